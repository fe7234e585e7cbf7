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
 * Promotion benchmark steps (issue 17), run on the test cluster's node a (tests/bench/promotion.bench.sh): its own
 * database, so the development site is untouched.
 *
 *   php promotion.php cohorts RUN             cohorts bench_RUN_plain (not synced), bench_RUN_moodle (synced to a
 *                                             course without SENS) and bench_RUN_sens (synced to the cluster
 *                                             fixture's SENS course), student role
 *   php promotion.php csv RUN KIND N FILE     a tool_uploaduser CSV of N new users in cohort bench_RUN_KIND; for KIND
 *                                             courseplain* / coursesens* a course1 column instead (the course without
 *                                             SENS / the cluster fixture's SENS course: manual enrolment, student)
 *   php promotion.php state RUN [KIND]        "marked decisions": the learners of that upload (default sens) still
 *                                             marked, and those with a stored decision
 *   php promotion.php nightly-setup N         N learners on a DU CNS course (86 mapped quizzes, ~60 facts each),
 *                                             inserted in bulk, no decision yet
 *   php promotion.php nightly-run             the nightly task as cron runs it: wall time, CPU, peak memory
 *   php promotion.php nightly-clean           the nightly-setup learners removed
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require(getenv('MOODLE_DIR') . '/config.php');
require_once($CFG->dirroot . '/cohort/lib.php');
require_once($CFG->libdir . '/testing/generator/lib.php');

if (!getenv('SENS_CLUSTER_NODE')) {
    cli_error('run on the test cluster (scripts/cluster.sh php a ...)');
}
\core\cron::setup_user();
$step = $argv[1] ?? '';
$fixture = json_decode((string)@file_get_contents($CFG->dataroot . '/sens-cluster-fixture.json'), true);
$prefix = 'sensnightly_';
switch ($step) {
    case 'cohorts':
        $run = clean_param($argv[2] ?? '', PARAM_ALPHANUM);
        // Moodle's own cost of a synced cohort, without SENS: a cohort synced to a course not linked to a programme.
        if (!$plaincourse = $DB->get_record('course', ['shortname' => 'sensbenchplain'])) {
            $plaincourse = (new testing_data_generator())->create_course(['fullname' => 'Course without SENS',
                'shortname' => 'sensbenchplain']);
        }
        foreach (['plain', 'moodle', 'sens'] as $kind) {
            $idnumber = "bench_{$run}_{$kind}";
            if (!$cohortid = $DB->get_field('cohort', 'id', ['idnumber' => $idnumber])) {
                $cohortid = cohort_add_cohort((object)['contextid' => context_system::instance()->id,
                    'name' => $idnumber, 'idnumber' => $idnumber]);
            }
            if ($kind !== 'plain') {
                enrol_get_plugin('cohort')->add_instance($kind === 'sens' ? get_course((int)$fixture['courseid']) : $plaincourse,
                    ['customint1' => $cohortid, 'roleid' => $DB->get_field('role', 'id', ['shortname' => 'student'], MUST_EXIST)]);
            }
            echo "$idnumber\n";
        }
        break;
    case 'csv':
        [$run, $kind, $n, $file] = [clean_param($argv[2], PARAM_ALPHANUM), clean_param($argv[3], PARAM_ALPHA),
            (int)$argv[4], $argv[5]];
        $incourse = str_starts_with($kind, 'course');
        $lines = ['username,firstname,lastname,email,' . ($incourse ? 'course1' : 'cohort1')];
        $target = "bench_{$run}_{$kind}";
        if ($incourse) {
            $target = str_starts_with($kind, 'coursesens')
                ? $DB->get_field('course', 'shortname', ['id' => $fixture['courseid']], MUST_EXIST) : 'sensbenchplain';
        }
        for ($i = 1; $i <= $n; $i++) {
            $username = "b{$run}{$kind}{$i}";
            $lines[] = "$username,Learner,{$kind}{$i},$username@example.invalid,$target";
        }
        file_put_contents($file, implode("\n", $lines) . "\n");
        break;
    case 'state':
        $run = clean_param($argv[2] ?? '', PARAM_ALPHANUM);
        $like = $DB->sql_like('u.username', ':prefix');
        $params = ['prefix' => 'b' . $run . clean_param($argv[3] ?? 'sens', PARAM_ALPHA) . '%'];
        $marked = $DB->count_records_sql("SELECT COUNT(1) FROM {local_sens_pending} p
            JOIN {user} u ON u.id = p.userid WHERE $like", $params);
        $decided = $DB->count_records_sql("SELECT COUNT(DISTINCT d.userid) FROM {local_sens_decision} d
            JOIN {user} u ON u.id = d.userid WHERE $like", $params);
        echo "$marked $decided\n";
        break;
    case 'nightly-setup':
        $count = (int)($argv[2] ?? 30000);
        $definitionjson = file_get_contents(getenv('SENS_ROOT') . '/rules-engine/programmes/du-cns.json');
        $definition = json_decode($definitionjson, true);
        $gen = new testing_data_generator();
        $now = time();
        $versionid = $DB->insert_record('local_sens_progversion', (object)['programme' => 'bench-nightly', 'version' => 1,
            'status' => 'published', 'definition' => $definitionjson, 'checksum' => hash('sha256', $definitionjson),
            'createdby' => $USER->id, 'timecreated' => $now, 'publishedby' => $USER->id, 'timepublished' => $now]);
        $course = $gen->create_course(['fullname' => 'SENS nightly benchmark', 'shortname' => 'sensnightly' . $now,
            'enablecompletion' => 1]);
        $DB->insert_record('local_sens_course', (object)['courseid' => $course->id, 'programme' => 'bench-nightly',
            'usermodified' => $USER->id, 'timecreated' => $now, 'timemodified' => $now]);
        $cms = [];
        foreach ($definition['slots'] as $slot) {
            $quiz = $gen->create_module('quiz', ['course' => $course->id, 'name' => $slot['id'],
                'completion' => COMPLETION_TRACKING_MANUAL]);
            $DB->insert_record('local_sens_mapping', (object)['versionid' => $versionid, 'cmid' => $quiz->cmid,
                'slot' => $slot['id'], 'competences' => '[]', 'usermodified' => $USER->id, 'timecreated' => $now,
                'timemodified' => $now]);
            $cms[] = (int)$quiz->cmid;
        }
        $enrol = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
        $facts = 0;
        // In chunks of 1,000 learners: the setup's own memory stays small.
        for ($start = 0; $start < $count; $start += 1000) {
            $users = [];
            for ($i = $start; $i < min($count, $start + 1000); $i++) {
                $users[] = ['username' => $prefix . $i, 'auth' => 'manual', 'confirmed' => 1,
                    'mnethostid' => $CFG->mnet_localhost_id, 'firstname' => 'Nightly', 'lastname' => (string)$i,
                    'email' => $prefix . $i . '@example.invalid', 'password' => 'x', 'timecreated' => $now];
            }
            $DB->insert_records('user', $users);
            [$insql, $params] = $DB->get_in_or_equal(array_column($users, 'username'));
            $userids = array_map('intval', $DB->get_fieldset_select('user', 'id', "username $insql", $params));
            $ues = $enrolments = $completions = $attestations = [];
            foreach ($userids as $n => $userid) {
                $ues[] = ['enrolid' => $enrol->id, 'userid' => $userid, 'status' => 0, 'timestart' => 0, 'timeend' => 0,
                    'modifierid' => $USER->id, 'timecreated' => $now, 'timemodified' => $now];
                $enrolments[] = ['userid' => $userid, 'versionid' => $versionid, 'startdate' => '2026-03-30',
                    'usermodified' => $USER->id, 'timecreated' => $now, 'timemodified' => $now];
                foreach (array_slice($cms, 0, min(count($cms), 30 + mt_rand(0, 60))) as $cmid) {
                    $completions[] = ['coursemoduleid' => $cmid, 'userid' => $userid, 'completionstate' => 1,
                        'viewed' => 0, 'overrideby' => null, 'timemodified' => $now - mt_rand(0, 86400 * 100)];
                }
                if ($n % 2 === 0) {
                    $attestations[] = ['userid' => $userid, 'versionid' => $versionid, 'unit' => 'donnees.debutant',
                        'session' => 'S1', 'sessiondate' => date('Y-m-d', $now - 86400 * 10), 'result' => 'passed',
                        'recordedby' => $USER->id, 'timecreated' => $now];
                }
            }
            $facts += count($completions) + count($attestations);
            $DB->insert_records('user_enrolments', $ues);
            $DB->insert_records('local_sens_enrolment', $enrolments);
            foreach (array_chunk($completions, 5000) as $chunk) {
                $DB->insert_records('course_modules_completion', $chunk);
            }
            $DB->insert_records('local_sens_attestation', $attestations);
        }
        foreach (['user', 'user_enrolments', 'course_modules_completion', 'local_sens_enrolment', 'local_sens_attestation',
                'local_sens_mapping', 'course_modules', 'local_sens_decision'] as $table) {
            $DB->execute('ANALYZE {' . $table . '}');
        }
        printf("%d learners, %d mapped quizzes, %.0f facts per learner\n", $count, count($cms), $facts / max(1, $count));
        break;
    case 'nightly-run':
        $t = microtime(true);
        $usage = getrusage();
        $reads = $DB->perf_get_reads();
        $writes = $DB->perf_get_writes();
        ob_start();
        (new \local_sens\task\reconcile_decisions())->execute();
        $output = trim(ob_get_clean());
        $end = getrusage();
        $cpu = ($end['ru_utime.tv_sec'] + $end['ru_utime.tv_usec'] / 1e6) - ($usage['ru_utime.tv_sec'] + $usage['ru_utime.tv_usec'] / 1e6);
        printf("%.1f s wall, %.1f s PHP CPU, peak memory %.1f MB, %d reads, %d writes, %d learners on the site (%s)\n",
            microtime(true) - $t, $cpu, memory_get_peak_usage(true) / 1048576, $DB->perf_get_reads() - $reads,
            $DB->perf_get_writes() - $writes, $DB->count_records('local_sens_enrolment'), $output);
        break;
    case 'nightly-clean':
        $versionids = $DB->get_fieldset_select('local_sens_progversion', 'id', 'programme = ?', ['bench-nightly']);
        foreach ($versionids as $versionid) {
            $userids = $DB->get_fieldset_select('local_sens_enrolment', 'userid', 'versionid = ?', [$versionid]);
            foreach (array_chunk($userids, 5000) as $chunk) {
                [$insql, $params] = $DB->get_in_or_equal($chunk);
                foreach (['local_sens_decision', 'local_sens_openunit', 'course_modules_completion', 'user_enrolments',
                        'local_sens_attestation', 'local_sens_audit'] as $table) {
                    $DB->delete_records_select($table, ($table === 'local_sens_audit' ? 'relateduserid' : 'userid') . " $insql",
                        $params);
                }
                $DB->delete_records_select('user', "id $insql", $params);
            }
            $DB->delete_records('local_sens_enrolment', ['versionid' => $versionid]);
            $DB->delete_records('local_sens_mapping', ['versionid' => $versionid]);
            $DB->delete_records('local_sens_progversion', ['id' => $versionid]);
        }
        foreach ($DB->get_records_select('course', $DB->sql_like('shortname', '?'), ['sensnightly%']) as $course) {
            $DB->delete_records('local_sens_course', ['courseid' => $course->id]);
            delete_course($course, false);
        }
        break;
    default:
        cli_error('usage: promotion.php cohorts|csv|state|nightly-setup|nightly-run|nightly-clean');
}
