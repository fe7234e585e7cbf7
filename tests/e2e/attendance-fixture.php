<?php
// Sets up the attendance browser test (tests/e2e/attendance.test.ts): a course SENS-E2E-ATTENDANCE linked to the
// Mastère professionnel of Sousse (the shipped programme, imported and published when the site has none), the demo
// teacher (enseignant) as its editing teacher, one learner (e2e-attendance, English, demo password) enrolled on the
// programme, and five past teaching sessions of UEF 2 of 3 h each (15 h: 20 % = 3 h). Every run starts again from no
// attendance: the course's teaching sessions and their sheet rows are removed and made anew, the learner recomputed.
// Prints JSON: courseid, userid, sessions (ids, T1…T5).
// Usage: php tests/e2e/attendance-fixture.php
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->libdir . '/enrollib.php');

use local_sens\local\workshop\session_service;

\core\session\manager::set_user(get_admin());
$admin = get_admin();
$versions = \core\di::get(\local_sens\local\programme\programme_version_repository::class);
if ($versions->latest_published('mastere-sousse') === null) {
    $imported = \core\di::get(\local_sens\local\programme\programme_import_service::class)->import(
        file_get_contents(dirname(__DIR__, 2) . '/rules-engine/programmes/mastere-sousse.json'), (int)$admin->id);
    if ($imported->status !== 'published') {
        \core\di::get(\local_sens\local\programme\programme_version_service::class)->publish((int)$imported->id,
            (int)$admin->id);
    }
}

$course = $DB->get_record('course', ['shortname' => 'SENS-E2E-ATTENDANCE']);
if (!$course) {
    $course = create_course((object)['fullname' => 'E2E — Mastère attendance', 'shortname' => 'SENS-E2E-ATTENDANCE',
        'category' => 1, 'enablecompletion' => 1]);
}
if (!$DB->record_exists('local_sens_course', ['courseid' => $course->id])) {
    $DB->insert_record('local_sens_course', (object)['courseid' => $course->id, 'programme' => 'mastere-sousse',
        'usermodified' => $admin->id, 'timecreated' => time(), 'timemodified' => time()]);
}
$user = $DB->get_record('user', ['username' => 'e2e-attendance', 'mnethostid' => $CFG->mnet_localhost_id]);
if (!$user) {
    $id = user_create_user((object)['username' => 'e2e-attendance', 'password' => 'Sens-Demo-2026!', 'firstname' => 'Ines',
        'lastname' => 'Assiduite', 'email' => 'e2e-attendance@example.invalid', 'auth' => 'manual', 'confirmed' => 1,
        'lang' => 'en', 'mnethostid' => $CFG->mnet_localhost_id]);
    $user = $DB->get_record('user', ['id' => $id]);
}
$manual = enrol_get_plugin('manual');
$instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $course->id]);
if (!$instance) {
    $manual->add_default_instance($course);
    $instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $course->id], '*', MUST_EXIST);
}
$teacher = $DB->get_record('user', ['username' => 'enseignant'], '*', MUST_EXIST);
$manual->enrol_user($instance, $teacher->id, $DB->get_field('role', 'id', ['shortname' => 'editingteacher'], MUST_EXIST));
$manual->enrol_user($instance, $user->id, $DB->get_field('role', 'id', ['shortname' => 'student'], MUST_EXIST));
\core\di::get(\local_sens\local\learner\enrolment_service::class)->enrol_from_course((int)$user->id, (int)$course->id,
    strtotime('2026-09-01 09:00'), (int)$admin->id);

// No attendance yet: the course's teaching sessions and their rows go, five sessions of UEF 2 are made anew.
$old = $DB->get_fieldset_select('local_sens_session', 'id', 'courseid = ? AND kind = ?', [$course->id, session_service::TEACHING]);
if ($old) {
    [$insql, $params] = $DB->get_in_or_equal($old);
    $DB->delete_records_select('local_sens_attestation', "sessionid $insql", $params);
    $DB->delete_records_select('local_sens_sessionlead', "sessionid $insql", $params);
    $DB->delete_records_select('local_sens_session', "id $insql", $params);
}
$sessions = [];
for ($k = 0; $k < 5; $k++) {
    $start = strtotime('today 09:00') - (10 - $k) * DAYSECS;
    $sessions[] = \core\di::get(session_service::class)->create_teaching((int)$course->id, 'uef2', '', $start,
        $start + 3 * HOURSECS, 'Salle ED', [(int)$teacher->id], (int)$admin->id);
}
\local_sens\api::recompute_user((int)$user->id);
echo json_encode(['courseid' => (int)$course->id, 'userid' => (int)$user->id, 'sessions' => $sessions]), "\n";
