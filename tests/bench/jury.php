<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

/**
 * Benchmark of the jury's list of submissions (mod_sensportfolio submissions.php's content: the query and the
 * rendering) on the dev site: the demo DU portfolio activity with 30, then 300 submissions (learners and submissions
 * inserted in bulk, one in three with two members' reviews for a president, half of them decided), read as the demo
 * teacher, all filters. Everything is written in one transaction that is rolled back: the site is left as it was.
 * Prints DB reads and the time per rendering (median of the runs).
 *
 * Usage: php tests/bench/jury.php --moodle=DIR [--runs=5]
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);

$options = getopt('', ['moodle:', 'runs::']);
require(rtrim($options['moodle'], '/') . '/config.php');
require_once($CFG->libdir . '/clilib.php');

$runs = max(1, (int)($options['runs'] ?? 5));
$course = $DB->get_record('course', ['shortname' => 'DUCNS-2026'], 'id', MUST_EXIST);
$cm = $DB->get_record('course_modules', ['course' => $course->id, 'idnumber' => 'portfolio'], 'id, instance', MUST_EXIST);
$instance = $DB->get_record('sensportfolio', ['id' => $cm->instance], '*', MUST_EXIST);
$context = context_module::instance($cm->id);
$jury = $DB->get_record('user', ['username' => 'enseignant'], '*', MUST_EXIST);
\core\session\manager::set_user($jury);
$PAGE->set_context($context);
$PAGE->set_url('/mod/sensportfolio/submissions.php', ['id' => $cm->id]);
$output = $PAGE->get_renderer('mod_sensportfolio');

/**
 * Adds bulk learners with a submission each until the activity has $n submissions.
 *
 * @param stdClass $instance
 * @param int $n
 * @param int $reviewerid
 */
function sens_bench_jury_fill(stdClass $instance, int $n, int $reviewerid): void {
    global $DB;
    $have = $DB->count_records('sensportfolio_submission', ['sensportfolioid' => $instance->id]);
    $users = [];
    for ($i = $have; $i < $n; $i++) {
        $users[] = ['username' => "benchjury$i", 'firstname' => 'Banc', 'lastname' => "Jury $i", 'auth' => 'manual',
            'email' => "benchjury$i@example.invalid", 'mnethostid' => 1, 'confirmed' => 1, 'timecreated' => 1764900000];
    }
    if (!$users) {
        return;
    }
    $DB->insert_records('user', $users);
    [$insql, $params] = $DB->get_in_or_equal(array_column($users, 'username'));
    $rows = [];
    foreach (array_values($DB->get_fieldset_select('user', 'id', "username $insql", $params)) as $i => $userid) {
        $rows[] = ['sensportfolioid' => $instance->id, 'userid' => $userid, 'status' => $i % 2 ? 'underreview' : 'accepted',
            'snapshot' => '[]', 'contenthash' => hash('sha256', '[]'), 'timesubmitted' => 1764900000 + $i,
            'timemodified' => 1764900000 + $i];
    }
    $DB->insert_records('sensportfolio_submission', $rows);
    $reviews = [];
    foreach ($DB->get_records_select('sensportfolio_submission', "sensportfolioid = ? AND " .
            "userid IN (SELECT id FROM {user} WHERE username LIKE 'benchjury%')", [$instance->id], 'id', 'id') as $s) {
        if ($s->id % 3 === 0) {
            foreach ([0, 1] as $k) {
                $reviews[] = ['submissionid' => $s->id, 'reviewerid' => $reviewerid, 'decision' => 'accepted',
                    'criteria' => '[]', 'feedback' => '', 'note' => '', 'isfinal' => 0, 'timecreated' => 1764900000 + $k];
            }
        }
    }
    $DB->insert_records('sensportfolio_review', $reviews);
}

$transaction = $DB->start_delegated_transaction();
try {
    foreach ([30, 300] as $n) {
        sens_bench_jury_fill($instance, $n, (int)$jury->id);
        $count = $DB->count_records('sensportfolio_submission', ['sensportfolioid' => $instance->id]);
        foreach (['' => 'all', 'waiting' => 'waiting', 'reviewed' => 'reviewed'] as $filter => $label) {
            $page = new \mod_sensportfolio\output\submissions_page($instance, $context, $filter, 0);
            $output->render($page);
            $reads = [];
            $times = [];
            for ($run = 0; $run < $runs; $run++) {
                $before = $DB->perf_get_reads();
                $start = microtime(true);
                $html = $output->render($page);
                $times[] = (microtime(true) - $start) * 1000;
                $reads[] = $DB->perf_get_reads() - $before;
            }
            sort($times);
            printf("%d submissions, filter %-8s: %s DB reads, %d rows shown, %.1f ms (median of %d)\n", $count, $label,
                implode('/', array_unique($reads)), substr_count($html, '<tr>') - 1, $times[intdiv($runs, 2)], $runs);
        }
    }
} finally {
    try {
        $transaction->rollback(new \moodle_exception('error:benchrolledback', 'error', '', 'bench: rolled back'));
    } catch (\Throwable $e) {
        // The rollback rethrows its exception: the site is as it was.
        unset($e);
    }
}
printf("load average %s\n", implode(' ', array_map(fn($l) => sprintf('%.2f', $l), sys_getloadavg())));
