<?php
// Gives a demo learner every fact of the DU CNS but the portfolio: each mapped activity of the demo course completed
// and passed (completion rows, as Moodle writes them when a quiz is passed) and a passed workshop attestation for each
// level (through local_sens's attestation service), then recomputes the learner and prints the stored state of each
// unit the certification needs. Idempotent. Run by tests/e2e/portfolio.test.ts, so that the jury's acceptance of the
// portfolio is the last thing the learner needs for the verdict "certified".
// Usage: php tests/e2e/portfolio-everything-else.php USERNAME
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->libdir . '/completionlib.php');

$username = $argv[1] ?? '';
$user = $DB->get_record('user', ['username' => $username, 'deleted' => 0], 'id', MUST_EXIST);
$course = $DB->get_record('course', ['shortname' => 'DUCNS-2026'], 'id', MUST_EXIST);
\core\session\manager::set_user(get_admin());
$enrolment = $DB->get_record_sql("SELECT e.* FROM {local_sens_enrolment} e
                                    JOIN {local_sens_progversion} v ON v.id = e.versionid
                                   WHERE e.userid = ? AND v.programme = 'du-cns'
                                ORDER BY e.id DESC", [$user->id], IGNORE_MULTIPLE, MUST_EXIST);
$definition = json_decode($DB->get_field('local_sens_progversion', 'definition', ['id' => $enrolment->versionid],
    MUST_EXIST), true);

// Every mapped activity of the course passed.
$now = time();
$mapped = $DB->get_records_sql("SELECT m.id, m.cmid FROM {local_sens_mapping} m
                                  JOIN {course_modules} cm ON cm.id = m.cmid
                                 WHERE m.versionid = ? AND cm.course = ?", [$enrolment->versionid, $course->id]);
foreach ($mapped as $mapping) {
    $row = $DB->get_record('course_modules_completion', ['coursemoduleid' => $mapping->cmid, 'userid' => $user->id]);
    if (!$row) {
        $DB->insert_record('course_modules_completion', (object)['coursemoduleid' => $mapping->cmid,
            'userid' => $user->id, 'completionstate' => COMPLETION_COMPLETE_PASS, 'overrideby' => null,
            'timemodified' => $now]);
    } else if ((int)$row->completionstate !== COMPLETION_COMPLETE_PASS) {
        $DB->update_record('course_modules_completion', (object)['id' => $row->id,
            'completionstate' => COMPLETION_COMPLETE_PASS, 'timemodified' => $now]);
    }
}
cache::make('core', 'completion')->purge();

// A passed workshop attestation for every unit that asks for one.
$today = (new DateTimeImmutable('now', core_date::get_server_timezone_object()))->format('Y-m-d');
$attestations = \core\di::get(\local_sens\local\attestation\attestation_service::class);
foreach ($definition['units'] as $unit) {
    if (!in_array('attestation', array_column($unit['requirements'], 'kind'), true)) {
        continue;
    }
    if (!$DB->record_exists('local_sens_attestation', ['userid' => $user->id, 'versionid' => $enrolment->versionid,
            'unit' => $unit['id'], 'result' => 'passed'])) {
        $attestations->record((int)get_admin()->id, (int)$user->id, (int)$enrolment->versionid, $unit['id'], 'S1', $today,
            'passed', context_course::instance($course->id));
    }
}

\local_sens\api::recompute_user((int)$user->id);
$stored = json_decode($DB->get_field('local_sens_decision', 'decision', ['userid' => $user->id,
    'versionid' => $enrolment->versionid], MUST_EXIST), true);
$states = array_column($stored['units'], 'state', 'id');
$wanted = $definition['certification']['units'] ?? [];
echo json_encode(['userid' => (int)$user->id, 'verdict' => $stored['verdict']['code'] ?? '',
    'units' => array_intersect_key($states, array_flip($wanted))]), "\n";
