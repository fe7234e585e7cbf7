<?php
// Facts the browser tests need from the running site, printed as JSON (read-only): the demo course's activity ids
// by slot, the demo learners' ids, their stored decisions and their quiz attempts. Run by tests/e2e/*.test.ts.
// Usage: php tests/e2e/site-facts.php [username ...]
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');

$course = $DB->get_record('course', ['shortname' => 'DUCNS-2026'], 'id', MUST_EXIST);
$cms = $DB->get_records_select_menu('course_modules', "course = ? AND idnumber <> ''", [$course->id], '', 'idnumber, id');
$learners = [];
foreach (array_slice($argv, 1) as $username) {
    $user = $DB->get_record('user', ['username' => $username, 'deleted' => 0], 'id, username, lang', MUST_EXIST);
    $rows = $DB->get_records('local_sens_decision', ['userid' => $user->id], 'id DESC', 'id, versionid, decision', 0, 1);
    $attempts = $DB->get_records_sql(
        "SELECT qa.id, cm.idnumber, qa.state, qa.sumgrades
           FROM {quiz_attempts} qa
           JOIN {course_modules} cm ON cm.instance = qa.quiz
           JOIN {modules} md ON md.id = cm.module AND md.name = 'quiz'
          WHERE qa.userid = ? AND cm.course = ?", [$user->id, $course->id]);
    $learners[$username] = [
        'id' => (int)$user->id,
        'lang' => $user->lang,
        'decision' => $rows ? json_decode(reset($rows)->decision, true) : null,
        'attempts' => array_values(array_map(fn($a) => ['slot' => $a->idnumber, 'state' => $a->state], $attempts)),
    ];
}
echo json_encode(['courseid' => (int)$course->id, 'cms' => array_map('intval', $cms), 'learners' => $learners],
    JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
