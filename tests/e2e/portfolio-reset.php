<?php
// Empties a demo learner's portfolio in the demo course (entries, submissions, jury reviews and their files) and the
// browser test's deliberation sessions, and recomputes that learner, so tests/e2e/portfolio.test.ts starts from a new
// learner's portfolio. Run by that test only.
// Usage: php tests/e2e/portfolio-reset.php USERNAME
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');

$username = $argv[1] ?? '';
$user = $DB->get_record('user', ['username' => $username, 'deleted' => 0], 'id', MUST_EXIST);
$course = $DB->get_record('course', ['shortname' => 'DUCNS-2026'], 'id', MUST_EXIST);
$cm = $DB->get_record('course_modules', ['course' => $course->id, 'idnumber' => 'portfolio'], 'id, instance', MUST_EXIST);
$context = context_module::instance($cm->id);
$fs = get_file_storage();
foreach ($DB->get_fieldset_select('sensportfolio_entry', 'id', 'sensportfolioid = ? AND userid = ?',
        [$cm->instance, $user->id]) as $id) {
    $fs->delete_area_files($context->id, 'mod_sensportfolio', 'entry', $id);
}
foreach ($DB->get_fieldset_select('sensportfolio_submission', 'id', 'sensportfolioid = ? AND userid = ?',
        [$cm->instance, $user->id]) as $id) {
    $fs->delete_area_files($context->id, 'mod_sensportfolio', 'submission', $id);
    $DB->delete_records('sensportfolio_review', ['submissionid' => $id]);
}
$DB->delete_records('sensportfolio_submission', ['sensportfolioid' => $cm->instance, 'userid' => $user->id]);
$DB->delete_records('sensportfolio_entry', ['sensportfolioid' => $cm->instance, 'userid' => $user->id]);
// Sessions the browser test opened (named "e2e: ..."), with their decisions and minutes.
foreach ($DB->get_records_select('sensportfolio_session', "sensportfolioid = ? AND name LIKE 'e2e:%'", [$cm->instance]) as $s) {
    $fs->delete_area_files($context->id, 'mod_sensportfolio', 'minutes', $s->id);
    $DB->delete_records('sensportfolio_sessiondec', ['sessionid' => $s->id]);
    $DB->delete_records('sensportfolio_session', ['id' => $s->id]);
}
$DB->delete_records('course_modules_completion', ['coursemoduleid' => $cm->id, 'userid' => $user->id]);
// With --facts, also what portfolio-everything-else.php gave this (plain promotion) learner: the DU course's
// completions and the learner's attestations, so the tests that run later (the workshop sheet's expected learners)
// find the promotion as the demo made it.
if (in_array('--facts', $argv, true)) {
    $DB->delete_records_select('course_modules_completion',
        'userid = ? AND coursemoduleid IN (SELECT id FROM {course_modules} WHERE course = ?)', [$user->id, $course->id]);
    cache::make('core', 'completion')->purge();
    $DB->delete_records_select('local_sens_cosignature',
        'attestationid IN (SELECT id FROM {local_sens_attestation} WHERE userid = ?)', [$user->id]);
    $DB->delete_records_select('local_sens_attestation', 'userid = ? AND corrects IS NOT NULL', [$user->id]);
    $DB->delete_records('local_sens_attestation', ['userid' => $user->id]);
}
\core\session\manager::set_user(get_admin());
\local_sens\api::recompute_user((int)$user->id);
echo json_encode(['cmid' => (int)$cm->id, 'userid' => (int)$user->id]), "\n";
