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
 * Benchmark of issuing the diplomas of a promotion at one jury close (issue 15) on the dev site: N learners (300 by
 * default) inserted in bulk on the demo course's DU CNS version, each with a stored decision "certified" whose
 * levels and parts are all validated; then the adhoc task issue_certificates the close queues, run as cron runs it
 * (two PDFs per learner, stored with their SHA-256, audited in the hash chain). A second run issues nothing. Prints
 * time, DB reads and writes. Everything is written in one transaction that is rolled back, and the PDFs' stored
 * contents are removed afterwards: the site is left as it was.
 *
 * Usage: php tests/bench/certificates.php --moodle=DIR [--learners=300]
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);

$options = getopt('', ['moodle:', 'learners::']);
require(rtrim($options['moodle'], '/') . '/config.php');
require_once($CFG->libdir . '/clilib.php');

$n = max(1, (int)($options['learners'] ?? 300));
$course = $DB->get_record('course', ['shortname' => 'DUCNS-2026'], 'id', MUST_EXIST);
$programme = $DB->get_field('local_sens_course', 'programme', ['courseid' => $course->id], MUST_EXIST);
$version = $DB->get_record_sql("SELECT id FROM {local_sens_progversion} WHERE programme = ? AND status = 'published'
                                 ORDER BY version DESC", [$programme], IGNORE_MULTIPLE);
$definition = \core\di::get(\local_sens\local\programme\programme_version_repository::class)->definition((int)$version->id);
$today = date('Y-m-d');
$decision = ['asOf' => $today, 'units' => array_map(fn($u) => ['id' => $u['id'], 'state' => 'validated', 'reasons' => []],
    $definition['units']), 'verdict' => ['code' => 'certified', 'reasons' => []]];
$president = $DB->get_record('user', ['username' => 'enseignant'], '*', MUST_EXIST);
\core\session\manager::set_user(get_admin());

$contenthashes = [];
$transaction = $DB->start_delegated_transaction();
try {
    $users = [];
    for ($i = 0; $i < $n; $i++) {
        $users[] = ['username' => "benchcert$i", 'firstname' => 'Banc', 'lastname' => "Diplôme $i", 'auth' => 'manual',
            'email' => "benchcert$i@example.invalid", 'mnethostid' => 1, 'confirmed' => 1, 'lang' => $i % 2 ? 'en' : 'fr',
            'timecreated' => 1764900000];
    }
    $DB->insert_records('user', $users);
    $userids = array_map('intval', array_values($DB->get_fieldset_select('user', 'id', $DB->sql_like('username', '?'),
        ['benchcert%'])));
    $enrolments = $decisions = [];
    foreach ($userids as $userid) {
        $enrolments[] = ['userid' => $userid, 'versionid' => $version->id, 'startdate' => $today, 'usermodified' => 2,
            'timecreated' => 1764900000, 'timemodified' => 1764900000];
        $decisions[] = ['userid' => $userid, 'versionid' => $version->id, 'asof' => $today,
            'decision' => json_encode($decision, JSON_UNESCAPED_UNICODE), 'timecomputed' => 1764900000];
    }
    $DB->insert_records('local_sens_enrolment', $enrolments);
    $DB->insert_records('local_sens_decision', $decisions);
    foreach ([1, 2] as $run) {
        $task = new \local_sens\task\issue_certificates();
        $task->set_custom_data(['courseid' => (int)$course->id, 'userids' => $userids, 'actorid' => (int)$president->id]);
        $reads = $DB->perf_get_reads();
        $writes = $DB->perf_get_writes();
        $start = microtime(true);
        ob_start();
        $task->execute();
        ob_end_clean();
        $seconds = microtime(true) - $start;
        printf("run %d: %d learners, %d certificates now, %.1f s (%.3f s a learner), %d DB reads, %d DB writes\n", $run, $n,
            $DB->count_records_select('local_sens_certificate', 'userid IN (SELECT id FROM {user} WHERE ' .
                $DB->sql_like('username', '?') . ')', ['benchcert%']), $seconds, $seconds / $n,
            $DB->perf_get_reads() - $reads, $DB->perf_get_writes() - $writes);
    }
    $contenthashes = $DB->get_fieldset_select('files', 'contenthash', "component = 'local_sens' AND filearea = ? AND " .
        "filename <> '.' AND itemid IN (SELECT c.id FROM {local_sens_certificate} c JOIN {user} u ON u.id = c.userid WHERE " .
        $DB->sql_like('u.username', '?') . ')', [\local_sens\local\certification\certificate_service::FILEAREA, 'benchcert%']);
} finally {
    try {
        $transaction->rollback(new \moodle_exception('error:benchrolledback', 'error', '', 'bench: rolled back'));
    } catch (\Throwable $e) {
        // The rollback rethrows its exception: the site is as it was.
        unset($e);
    }
}
// The stored PDFs' contents outlive the rollback in the file directory; no file record names them any more.
$fs = get_file_storage()->get_file_system();
foreach (array_unique($contenthashes) as $hash) {
    $fs->remove_file($hash);
}
printf("audit chain after the rollback: %s\n", \core\di::get(\local_sens\local\audit\audit_repository::class)->verify()['ok']
    ? 'whole' : 'BROKEN');
printf("load average %s\n", implode(' ', array_map(fn($l) => sprintf('%.2f', $l), sys_getloadavg())));
