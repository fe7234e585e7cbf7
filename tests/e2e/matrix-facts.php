<?php
// Ids the role × endpoint matrix (tests/e2e/role-endpoint-matrix.test.ts) puts in its page URLs, printed as JSON.
// Makes sure the persona "teacher of another course" exists: enseignant2, editing teacher of course SENS-MATRIX-C2
// (idempotent; the demo password).
// Usage: php tests/e2e/matrix-facts.php
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->dirroot . '/user/lib.php');

\core\session\manager::set_user(get_admin());
$course = $DB->get_record('course', ['shortname' => 'DUCNS-2026'], 'id', MUST_EXIST);
if (!$other = $DB->get_record('course', ['shortname' => 'SENS-MATRIX-C2'])) {
    $other = create_course((object)['fullname' => 'SENS matrix: another course', 'shortname' => 'SENS-MATRIX-C2',
        'category' => core_course_category::get_default()->id]);
}
if (!$teacher = $DB->get_record('user', ['username' => 'enseignant2', 'mnethostid' => $CFG->mnet_localhost_id])) {
    $teacher = $DB->get_record('user', ['id' => user_create_user((object)['username' => 'enseignant2',
        'password' => 'Sens-Demo-2026!', 'firstname' => 'Emma', 'lastname' => 'Autrecours',
        'email' => 'enseignant2@example.invalid', 'auth' => 'manual', 'confirmed' => 1,
        'mnethostid' => $CFG->mnet_localhost_id])]);
}
$manual = enrol_get_plugin('manual');
if (!$instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $other->id])) {
    $manual->add_default_instance($other);
    $instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $other->id], '*', MUST_EXIST);
}
$manual->enrol_user($instance, $teacher->id, $DB->get_field('role', 'id', ['shortname' => 'editingteacher'], MUST_EXIST));

$portfolio = $DB->get_record('course_modules', ['course' => $course->id, 'idnumber' => 'portfolio'], 'id, instance');
$submissions = $portfolio ? $DB->get_fieldset_select('sensportfolio_submission', 'id', 'sensportfolioid = ?',
    [$portfolio->instance]) : [];
$session = $DB->get_records('local_sens_session', ['courseid' => $course->id], 'id', 'id', 0, 1);
// A teaching session (the Mastère's UEF 2, made by the demo), for the attendance CSV import.
$mastere = $DB->get_field('course', 'id', ['shortname' => 'MASTERE-SOUSSE-2026'], MUST_EXIST);
$teaching = $DB->get_records_select('local_sens_session', "courseid = ? AND kind = 'teaching' AND units LIKE ?",
    [$mastere, '%"uef2"%'], 'id', 'id', 0, 1);
$ids = fn(string $username) => (int)$DB->get_field('user', 'id', ['username' => $username], MUST_EXIST);
echo json_encode([
    'courseid' => (int)$course->id,
    'portfolio' => $portfolio ? (int)$portfolio->id : 0,
    'submissionid' => $submissions ? (int)max($submissions) : 0,
    'sessionid' => $session ? (int)reset($session)->id : 0,
    'teachingsessionid' => $teaching ? (int)reset($teaching)->id : 0,
    'learner' => $ids('learner01'),
]), "\n";
