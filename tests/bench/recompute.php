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
 * Benchmark of decision recompute on the dev site, throwaway: everything is created inside one database
 * transaction that is rolled back at the end (then caches are purged), so the site is left as it was.
 *
 * Creates a DU CNS course (one quiz per slot, 86 mapped quizzes, gating synced), N learners enrolled with about 60
 * completions each and a few attestations, then times recompute_all (first run: creates decisions and the open
 * units availability_sens reads; second run: nothing changes; the next day: every decision rewritten), recompute_course (what a
 * mapping save runs) and recompute_user for single learners.
 *
 * While it runs (about a minute) the open transaction holds row locks (e.g. the course category's course count):
 * another request writing those rows waits until the rollback. recompute_all also covers the site's own learners
 * (their number is printed). Timings are wall-clock with the PHP process's CPU time beside them, since the machine
 * may be busy (the load average is printed).
 *
 * Usage: php tests/bench/recompute.php --moodle=DIR --programme=FILE [--learners=1500]
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);

$options = getopt('', ['moodle:', 'programme:', 'learners::']);
require($options['moodle'] . '/config.php');
require_once($CFG->libdir . '/testing/generator/lib.php');
require_once($CFG->libdir . '/completionlib.php');
require_once($CFG->dirroot . '/group/lib.php');

$learnercount = (int)($options['learners'] ?? 1500);
$programmejson = file_get_contents($options['programme']);
$definition = json_decode($programmejson, true);
\core\session\manager::set_user(get_admin());
mt_srand(42);

/**
 * Milliseconds since $start.
 *
 * @param float $start
 * @return string
 */
function sens_bench_ms(float $start): string {
    $wall = number_format((microtime(true) - $start) * 1000, 0, '.', ',') . ' ms';
    return $wall;
}

/**
 * PHP process CPU seconds so far (user + system), to read figures on a busy machine.
 *
 * @return float
 */
function sens_bench_cpu(): float {
    $u = getrusage();
    return $u['ru_utime.tv_sec'] + $u['ru_utime.tv_usec'] / 1e6 + $u['ru_stime.tv_sec'] + $u['ru_stime.tv_usec'] / 1e6;
}

$transaction = $DB->start_delegated_transaction();
try {
    $t = microtime(true);
    $gen = new testing_data_generator();
    $now = time();
    $versionid = $DB->insert_record('local_sens_progversion', (object)[
        'programme' => 'bench-' . $definition['id'], 'version' => 1, 'status' => 'published',
        'definition' => $programmejson, 'checksum' => hash('sha256', $programmejson), 'createdby' => $USER->id,
        'timecreated' => $now, 'publishedby' => $USER->id, 'timepublished' => $now,
    ]);
    $course = $gen->create_course(['fullname' => 'SENS recompute benchmark', 'enablecompletion' => 1]);
    $DB->insert_record('local_sens_course', (object)['courseid' => $course->id, 'programme' => 'bench-' . $definition['id'],
        'usermodified' => $USER->id, 'timecreated' => $now, 'timemodified' => $now]);
    $cms = [];
    foreach ($definition['slots'] as $slot) {
        $quiz = $gen->create_module('quiz', ['course' => $course->id, 'name' => $slot['id'],
            'completion' => COMPLETION_TRACKING_MANUAL]);
        $DB->insert_record('local_sens_mapping', (object)['versionid' => $versionid, 'cmid' => $quiz->cmid,
            'slot' => $slot['id'], 'competences' => '[]', 'usermodified' => $USER->id, 'timecreated' => $now,
            'timemodified' => $now]);
        $cms[] = ['cmid' => (int)$quiz->cmid, 'slot' => $slot['id'], 'unit' => $slot['unit']];
    }
    \core\di::get(\local_sens\local\gating\gating_service::class)->sync_course((int)$course->id);
    $enrol = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);

    // Learners, inserted in bulk (no events: the benchmark measures recompute, not the observers).
    $users = $ues = $enrolments = $completions = $attestations = [];
    $prefix = 'sensbench' . $now . '_';
    for ($i = 0; $i < $learnercount; $i++) {
        $users[] = ['username' => $prefix . $i, 'auth' => 'manual', 'confirmed' => 1, 'mnethostid' => $CFG->mnet_localhost_id,
            'firstname' => 'Bench', 'lastname' => (string)$i, 'email' => $prefix . $i . '@example.invalid',
            'password' => 'x', 'timecreated' => $now];
    }
    $DB->insert_records('user', $users);
    $userids = array_map('intval', $DB->get_fieldset_select('user', 'id', $DB->sql_like('username', '?'), [$prefix . '%']));
    $facts = 0;
    foreach ($userids as $n => $userid) {
        $ues[] = ['enrolid' => $enrol->id, 'userid' => $userid, 'status' => 0, 'timestart' => 0, 'timeend' => 0,
            'modifierid' => $USER->id, 'timecreated' => $now, 'timemodified' => $now];
        $enrolments[] = ['userid' => $userid, 'versionid' => $versionid, 'startdate' => '2026-03-30',
            'usermodified' => $USER->id, 'timecreated' => $now, 'timemodified' => $now];
        // About 60 completions in programme order (initiation first, then levels), a learner-dependent amount.
        $done = min(count($cms), 30 + mt_rand(0, 60));
        foreach (array_slice($cms, 0, $done) as $cm) {
            $completions[] = ['coursemoduleid' => $cm['cmid'], 'userid' => $userid, 'completionstate' => 1,
                'viewed' => 0, 'overrideby' => null, 'timemodified' => $now - mt_rand(0, 86400 * 100)];
            $facts++;
        }
        foreach (['donnees.debutant', 'cybersecurite.debutant', 'communication.debutant'] as $k => $unit) {
            if (($n + $k) % 2 === 0) {
                $attestations[] = ['userid' => $userid, 'versionid' => $versionid, 'unit' => $unit, 'session' => 'S1',
                    'sessiondate' => date('Y-m-d', $now - 86400 * 10), 'result' => 'passed', 'recordedby' => $USER->id,
                    'timecreated' => $now];
                $facts++;
            }
        }
    }
    $DB->insert_records('user_enrolments', $ues);
    $DB->insert_records('local_sens_enrolment', $enrolments);
    foreach (array_chunk($completions, 5000) as $chunk) {
        $DB->insert_records('course_modules_completion', $chunk);
    }
    $DB->insert_records('local_sens_attestation', $attestations);
    if ($DB->get_dbfamily() === 'postgres') {
        // Fresh statistics, as autovacuum keeps them on a live site (else the planner sees empty tables).
        foreach (['user', 'user_enrolments', 'course_modules_completion', 'local_sens_enrolment', 'local_sens_attestation',
                'local_sens_mapping', 'course_modules'] as $table) {
            $DB->execute('ANALYZE {' . $table . '}');
        }
    }
    printf("load average %s; setup: %d learners, %d mapped quizzes, %.0f facts per learner on average (%s)\n",
        implode(' ', array_slice(sys_getloadavg(), 0, 3)), count($userids),
        count($cms), $facts / max(1, count($userids)), sens_bench_ms($t));

    $service = \core\di::get(\local_sens\local\decision\decision_service::class);
    // Only the benchmark's learners: restrict recompute_all to them by timing it with the site's own learners
    // counted apart (their number is printed).
    $others = $DB->count_records_select('local_sens_enrolment', 'versionid <> ?', [$versionid]);

    $reads = $DB->perf_get_reads();
    $writes = $DB->perf_get_writes();
    $t = microtime(true);
    $cpu = sens_bench_cpu();
    $changed = $service->recompute_all();
    printf("recompute_all, first run (decisions and open units created): %s (PHP CPU %.2f s), %d decisions " .
        "changed, %d reads, %d writes (%d other enrolments on the site)\n", sens_bench_ms($t), sens_bench_cpu() - $cpu,
        $changed, $DB->perf_get_reads() - $reads, $DB->perf_get_writes() - $writes, $others);
    echo "  open units stored (rows of local_sens_openunit): " . $DB->count_records('local_sens_openunit') . "\n";

    $reads = $DB->perf_get_reads();
    $writes = $DB->perf_get_writes();
    $t = microtime(true);
    $cpu = sens_bench_cpu();
    $changed = $service->recompute_all();
    printf("recompute_all, second run (nothing changes): %s (PHP CPU %.2f s), %d decisions changed, %d reads, " .
        "%d writes\n", sens_bench_ms($t), sens_bench_cpu() - $cpu, $changed, $DB->perf_get_reads() - $reads,
        $DB->perf_get_writes() - $writes);

    // The next day (what the daily reconcile task meets): every decision's as-of date changes, so every stored
    // decision is rewritten, and the states that depend on the date are audited.
    $nextday = new class implements \core\clock {
        /** @var int Offset in seconds. */
        private const OFFSET = 86400;
        /**
         * Now, a day later.
         *
         * @return \DateTimeImmutable
         */
        public function now(): \DateTimeImmutable {
            return new \DateTimeImmutable('@' . (time() + self::OFFSET));
        }
        /**
         * Unix time, a day later.
         *
         * @return int
         */
        public function time(): int {
            return time() + self::OFFSET;
        }
    };
    $tomorrow = \core\di::get_container()->make(\local_sens\local\decision\decision_service::class, ['clock' => $nextday]);
    $reads = $DB->perf_get_reads();
    $writes = $DB->perf_get_writes();
    $t = microtime(true);
    $cpu = sens_bench_cpu();
    $changed = $tomorrow->recompute_all();
    printf("recompute_all, the next day (every decision rewritten): %s (PHP CPU %.2f s), %d decisions changed, " .
        "%d reads, %d writes\n", sens_bench_ms($t), sens_bench_cpu() - $cpu, $changed, $DB->perf_get_reads() - $reads,
        $DB->perf_get_writes() - $writes);

    // What a mapping save costs on top of its own writes: the course's learners recomputed, then its gating synced.
    $reads = $DB->perf_get_reads();
    $writes = $DB->perf_get_writes();
    $t = microtime(true);
    $cpu = sens_bench_cpu();
    $changed = $tomorrow->recompute_course((int)$course->id);
    printf("recompute_course (after a mapping save; nothing changes): %s (PHP CPU %.2f s), %d decisions changed, " .
        "%d reads, %d writes\n", sens_bench_ms($t), sens_bench_cpu() - $cpu, $changed, $DB->perf_get_reads() - $reads,
        $DB->perf_get_writes() - $writes);

    // Where the time goes: building the records (SQL + PHP) and the engine alone.
    $benchenrolments = $DB->get_records('local_sens_enrolment', ['versionid' => $versionid], 'id',
        'id, userid, versionid, startdate, timecreated');
    $builder = \core\di::get(\local_sens\local\learner\record_builder::class);
    $t = microtime(true);
    $records = $builder->build_many($benchenrolments);
    printf("  of which: build_many for %d learners %s", count($records), sens_bench_ms($t));
    $t = microtime(true);
    $decide = \local_sens\local\engine\decide::class;
    $index = $decide::prepare($definition);
    foreach ($records as $record) {
        $decide::decide($definition, $record, date('Y-m-d'), $index);
    }
    printf(", engine decide %s\n", sens_bench_ms($t));

    // One learner, after a new fact (what an observer does), then unchanged.
    $sample = array_slice($userids, 0, 50);
    $t = microtime(true);
    $reads = $DB->perf_get_reads();
    foreach ($sample as $userid) {
        $DB->insert_record('local_sens_attestation', (object)['userid' => $userid, 'versionid' => $versionid,
            'unit' => 'outils.debutant', 'session' => 'S2', 'sessiondate' => date('Y-m-d', $now - 86400),
            'result' => 'passed', 'recordedby' => $USER->id, 'timecreated' => $now]);
        $service->recompute_user($userid);
    }
    printf("recompute_user after a new fact: %.1f ms per learner, %.1f reads (mean of %d)\n",
        (microtime(true) - $t) * 1000 / count($sample), ($DB->perf_get_reads() - $reads) / count($sample), count($sample));
    $t = microtime(true);
    $reads = $DB->perf_get_reads();
    foreach ($sample as $userid) {
        $service->recompute_user($userid);
    }
    printf("recompute_user, nothing new: %.1f ms per learner, %.1f reads (mean of %d)\n",
        (microtime(true) - $t) * 1000 / count($sample), ($DB->perf_get_reads() - $reads) / count($sample), count($sample));
} finally {
    // Throwaway: nothing of the benchmark stays in the site.
    try {
        $transaction->rollback(new \moodle_exception('benchmark done'));
    } catch (\moodle_exception $e) {
        if ($e->errorcode !== 'benchmark done') {
            throw $e;
        }
    }
    purge_all_caches();
    echo "rolled back; caches purged\n";
}
