<?php
// Helper of tests/bench/dashboard.bench.sh (a measurement, never a test). Modes:
//   --hide=1|0   hide (1) or show again (0) block_competences on one learner's own dashboard (a block_positions row
//                in the learner's context: nobody else's page changes);
//   --growth     DB reads and time of the block's content for that learner while the course maps N activity rows
//                (N = 10, 86 = the demo, 344 = each quiz in 4 slots), cold (SENS caches purged) and warm, inside one
//                transaction that is rolled back (the demo mapping is left as it was, its cache dropped after).
// Usage: php tests/bench/dashboard.php --username=learner05 (--hide=1|--hide=0|--growth) [--runs=20]
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->dirroot . '/my/lib.php');
require_once($CFG->libdir . '/blocklib.php');

[$options] = cli_get_params(['username' => 'learner05', 'hide' => null, 'growth' => false, 'runs' => 20]);
$user = $DB->get_record('user', ['username' => $options['username'], 'deleted' => 0], '*', MUST_EXIST);
$usercontext = context_user::instance($user->id);

// The learner's own dashboard (a copy of the default one, made on the first visit) and the block on it.
$page = my_get_page($user->id, MY_PAGE_PRIVATE);
if (!$page || (int)$page->userid !== (int)$user->id) {
    $page = my_copy_page($user->id, MY_PAGE_PRIVATE);
}
$instance = $DB->get_record('block_instances', ['blockname' => 'competences', 'parentcontextid' => $usercontext->id,
    'pagetypepattern' => 'my-index', 'subpagepattern' => $page->id]);
if (!$instance) {
    cli_error("block_competences is not on {$user->username}'s dashboard (run the demo data script)");
}

if ($options['hide'] !== null) {
    $DB->delete_records('block_positions', ['blockinstanceid' => $instance->id, 'contextid' => $usercontext->id,
        'pagetype' => 'my-index', 'subpage' => (string)$page->id]);
    if ((int)$options['hide'] === 1) {
        $DB->insert_record('block_positions', (object)['blockinstanceid' => $instance->id, 'contextid' => $usercontext->id,
            'pagetype' => 'my-index', 'subpage' => (string)$page->id, 'visible' => 0,
            'region' => $instance->defaultregion, 'weight' => $instance->defaultweight]);
    }
    exit(0);
}

if (!$options['growth']) {
    cli_error('say --hide=1, --hide=0 or --growth');
}

/**
 * Drops the caches the block reads through (programme definitions, mappings, the block's outline).
 */
function bench_purge(): void {
    cache_helper::purge_by_definition('local_sens', 'programmedefinitions');
    cache_helper::purge_by_definition('local_sens', 'mapping');
    cache_helper::purge_by_definition('block_competences', 'outline');
}

/**
 * The block's content for the learner, as the dashboard builds it; DB reads and seconds.
 *
 * @param stdClass $instance
 * @param stdClass $user
 * @return array [reads, seconds, bytes]
 */
function bench_render(stdClass $instance, stdClass $user): array {
    global $DB, $PAGE;
    $PAGE = new moodle_page();
    $PAGE->set_context(context_user::instance($user->id));
    $PAGE->set_url('/my/index.php');
    $PAGE->set_pagelayout('mydashboard');
    $PAGE->set_pagetype('my-index');
    $reads = $DB->perf_get_reads();
    $start = microtime(true);
    $block = block_instance('competences', $instance, $PAGE);
    $content = $block->get_content();
    $html = ($content->text ?? '') . ($content->footer ?? '');
    return [$DB->perf_get_reads() - $reads, microtime(true) - $start, strlen($html)];
}

\core\session\manager::set_user($user);
$course = $DB->get_record('course', ['shortname' => 'DUCNS-2026'], '*', MUST_EXIST);
$enrolment = $DB->get_record_sql("SELECT * FROM {local_sens_enrolment} WHERE userid = ? ORDER BY id DESC", [$user->id],
    IGNORE_MULTIPLE);
if (!$enrolment) {
    cli_error("{$user->username} follows no programme (run the demo data script)");
}
$versionid = (int)$enrolment->versionid;
$definition = \core\di::get(\local_sens\local\programme\programme_version_repository::class)->definition($versionid);
$repository = \core\di::get(\local_sens\local\mapping\mapping_repository::class);
$demo = $repository->items($versionid, (int)$course->id);
$slots = array_column($definition['slots'], 'id');
$runs = max(3, (int)$options['runs']);

printf("%-26s %12s %12s %16s %8s\n", 'mapped activity rows', 'cold reads', 'warm reads', 'warm median ms', 'HTML kB');
$transaction = $DB->start_delegated_transaction();
try {
    foreach ([10, count($demo), 4 * count($demo)] as $n) {
        // The demo's rows first; beyond them every quiz also fills the next slots of the programme.
        $items = array_slice($demo, 0, $n);
        for ($k = 1; count($items) < $n; $k++) {
            foreach ($demo as $i => $item) {
                if (count($items) >= $n) {
                    break;
                }
                $items[] = ['cmid' => $item['cmid'], 'slot' => $slots[($i + $k) % count($slots)], 'competences' => []];
            }
        }
        $repository->replace($versionid, (int)$course->id, $items, (int)get_admin()->id, time());
        bench_purge();
        [$coldreads, $coldtime] = bench_render($instance, $user);
        $reads = [];
        $times = [];
        for ($i = 0; $i < $runs; $i++) {
            [$r, $t, $bytes] = bench_render($instance, $user);
            $reads[] = $r;
            $times[] = $t;
        }
        sort($times);
        $warm = min($reads) === max($reads) ? (string)min($reads) : min($reads) . '-' . max($reads);
        printf("%-26s %12d %12s %16.2f %8.1f\n", $n . ($n === count($demo) ? ' (the demo)' : ''), $coldreads, $warm,
            $times[intdiv(count($times), 2)] * 1000, $bytes / 1024);
    }
} finally {
    try {
        $transaction->rollback(new Exception('benchmark: rolled back'));
    } catch (Exception $e) {
        // Expected: rollback() rethrows what it is given.
        unset($e);
    }
    // The caches may hold the throwaway mappings: the next reader loads the demo's again.
    bench_purge();
}
