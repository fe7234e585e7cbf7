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
 * Benchmark of saving a workshop sheet on the dev site (demo data): the S1 › Données de santé sheet of a 30-learner
 * workshop (issue 13's measure: the 25 demo learners of the course and, for the rest, bench learners enrolled for the
 * run and deleted after it), marked present and some passed, saved by the web service's function as the demo teacher
 * (a lead of S1), recompute and events included. Each run empties the demo course's sheets first (as
 * tests/e2e/workshop-reset.php), and the last run leaves them empty. Prints DB reads and writes and the time of each
 * save, then the same for a sheet of 10 learners: writes must not grow with the learners (batched).
 *
 * Usage: php tests/bench/sheet.php --moodle=DIR [--runs=5] [--learners=30]
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);

$options = getopt('', ['moodle:', 'runs::', 'learners::']);
require(rtrim($options['moodle'], '/') . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->dirroot . '/user/lib.php');

$runs = (int)($options['runs'] ?? 5);
$course = $DB->get_record('course', ['shortname' => 'DUCNS-2026'], 'id', MUST_EXIST);
$session = \core\di::get(\local_sens\local\workshop\session_repository::class)->get((int)$DB->get_field('local_sens_session',
    'id', ['courseid' => $course->id, 'sessionkey' => 'S1'], MUST_EXIST));
$teacher = $DB->get_record('user', ['username' => 'enseignant'], '*', MUST_EXIST);
$service = \core\di::get(\local_sens\local\workshop\sheet_service::class);

/**
 * Empties the demo course's sheets and recomputes the course.
 *
 * @param int $courseid
 */
function sens_bench_reset(int $courseid): void {
    global $DB;
    $ids = $DB->get_fieldset_select('local_sens_session', 'id', 'courseid = ?', [$courseid]);
    [$insql, $params] = $DB->get_in_or_equal($ids);
    // Co-signatures first: they name the attestations.
    $DB->delete_records_select('local_sens_cosignature',
        "attestationid IN (SELECT id FROM {local_sens_attestation} WHERE sessionid $insql)", $params);
    $DB->delete_records_select('local_sens_attestation', "sessionid $insql AND corrects IS NOT NULL", $params);
    $DB->delete_records_select('local_sens_attestation', "sessionid $insql", $params);
    \core\di::get(\local_sens\local\decision\decision_service::class)->recompute_course($courseid);
}

\core\session\manager::set_user($teacher);
// Bench learners up to the wanted size of the workshop: enrolled in the course and the programme, decided, deleted at
// the end (the deletion observer takes their SENS rows).
$want = (int)($options['learners'] ?? 30);
$benchusers = [];
$have = count($service->sheet($session, $service->workshop($session, 'donnees'))['expected']);
$manual = enrol_get_plugin('manual');
$instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $course->id], '*', MUST_EXIST);
$student = (int)$DB->get_field('role', 'id', ['shortname' => 'student'], MUST_EXIST);
for ($i = 1; $have + count($benchusers) < $want; $i++) {
    $username = sprintf('sensbenchsheet%02d', $i);
    $userid = (int)$DB->get_field('user', 'id', ['username' => $username, 'deleted' => 0]);
    if ($userid === 0) {
        $userid = user_create_user((object)['username' => $username, 'password' => random_string(16) . 'A1!',
            'firstname' => 'Banc', 'lastname' => sprintf('Feuille %02d', $i), 'email' => $username . '@example.invalid',
            'auth' => 'manual', 'confirmed' => 1, 'mnethostid' => $CFG->mnet_localhost_id]);
    }
    $manual->enrol_user($instance, $userid, $student);
    \core\di::get(\local_sens\local\learner\enrolment_service::class)->enrol_from_course($userid, (int)$course->id, 0,
        (int)$teacher->id);
    $benchusers[] = $userid;
}
\core\di::get(\local_sens\local\decision\decision_service::class)->recompute_users((int)$course->id, $benchusers);
$sizes = [$want, 10];
for ($run = 1; $run <= $runs * count($sizes); $run++) {
    $size = $sizes[intdiv($run - 1, $runs)];
    sens_bench_reset((int)$course->id);
    $sheet = $service->sheet($session, $service->workshop($session, 'donnees'));
    $rows = [];
    foreach (array_slice($sheet['expected'], 0, $size) as $i => $row) {
        $rows[] = ['userid' => (int)$row['user']->id, 'unit' => $row['unit'], 'present' => true, 'passed' => $i % 3 === 0,
            'note' => '', 'reason' => '', 'key' => ''];
    }
    $reads = $DB->perf_get_reads();
    $writes = $DB->perf_get_writes();
    $start = microtime(true);
    $cpu = getrusage();
    $data = \local_sens\external\save_attestation_sheet::execute($session->id, 'donnees', $rows);
    $end = getrusage();
    $ms = (microtime(true) - $start) * 1000;
    $cpums = ($end['ru_utime.tv_sec'] - $cpu['ru_utime.tv_sec']) * 1000 + ($end['ru_utime.tv_usec'] - $cpu['ru_utime.tv_usec']) / 1000;
    if (!$data['saved']) {
        cli_error(json_encode($data));
    }
    printf("run %d: %d learners, %d attestations written, %d reads, %d writes, %.0f ms wall, %.0f ms CPU\n", $run,
        count($rows), count($rows),
        $DB->perf_get_reads() - $reads, $DB->perf_get_writes() - $writes, $ms, $cpums);
}
sens_bench_reset((int)$course->id);
foreach ($benchusers as $userid) {
    delete_user($DB->get_record('user', ['id' => $userid]));
}
printf("load average %s\n", implode(' ', array_map(fn($l) => sprintf('%.2f', $l), sys_getloadavg())));
