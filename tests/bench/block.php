<?php
// Measures what block_competences adds to a page for one learner: database reads and render time, cold (caches
// purged) and warm, on the dashboard and on the course page of the programme. A measurement, never a test (it used to
// ship inside the block as cli/measure.php).
// Usage: php tests/bench/block.php --username=learner01 [--runs=50]
define('CLI_SCRIPT', true);

$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->libdir . '/clilib.php');

[$options, $unrecognised] = cli_get_params(['username' => '', 'runs' => 50, 'help' => false], ['h' => 'help']);
if ($options['help'] || $options['username'] === '' || $unrecognised) {
    cli_writeln("Usage: php tests/bench/block.php --username=USERNAME [--runs=50]");
    exit($options['help'] ? 0 : 2);
}
$user = $DB->get_record('user', ['username' => $options['username'], 'deleted' => 0]);
if (!$user) {
    cli_error("No user '{$options['username']}'.");
}
$runs = max(1, (int)$options['runs']);
\core\session\manager::set_user($user);

$enrolment = \core\di::get(\local_sens\local\learner\learner_repository::class)->enrolment((int)$user->id, null);
$courseids = $enrolment ? $DB->get_fieldset_select('local_sens_course', 'courseid', 'programme = ? ORDER BY id',
    [$enrolment->programme]) : [];
$pages = ['dashboard' => null];
if ($courseids) {
    $pages['course'] = (int)reset($courseids);
}

/**
 * Render the block's content once; reads and seconds it took.
 *
 * @param int $userid
 * @param int|null $courseid
 * @return array [reads, seconds, html length]
 */
function block_competences_measure_once(int $userid, ?int $courseid): array {
    global $DB, $PAGE;
    $output = $PAGE->get_renderer('block_competences');
    $reads = $DB->perf_get_reads();
    $start = microtime(true);
    $html = $output->render(new \block_competences\output\competences($userid, $courseid));
    return [$DB->perf_get_reads() - $reads, microtime(true) - $start, strlen($html)];
}

$PAGE->set_url('/my/');
$PAGE->set_context(context_user::instance($user->id));
foreach ($pages as $name => $courseid) {
    \cache_helper::purge_by_definition('block_competences', 'outline');
    [$coldreads, $coldtime] = block_competences_measure_once((int)$user->id, $courseid);
    $reads = [];
    $times = [];
    for ($i = 0; $i < $runs; $i++) {
        [$r, $t, $length] = block_competences_measure_once((int)$user->id, $courseid);
        $reads[] = $r;
        $times[] = $t;
    }
    sort($times);
    cli_writeln(sprintf('%-9s cold: %d reads %.1f ms | warm (%d runs): %d-%d reads, median %.2f ms, %d bytes of HTML',
        $name, $coldreads, $coldtime * 1000, $runs, min($reads), max($reads), $times[intdiv(count($times), 2)] * 1000,
        $length));
}
