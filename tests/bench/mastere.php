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
 * Benchmark (issue 16): a 30-learner Mastère promotion after a grade import. A bench course linked to the Mastère
 * (one manual grade item per component and session, mapped), 30 bench learners enrolled on the programme, then the
 * written exam and the continuous work of one module imported for the 30 through Moodle's own grade import commit
 * (grade/import/lib.php grade_import_commit: what the CSV import runs after its preview; one user_graded event per
 * grade, so each learner is recomputed by local_sens' observer). Prints DB reads, writes and time of the import, of
 * one batched recompute of the promotion (decision_service::recompute_users, what the nightly task does for them)
 * and of the teacher's report (module_report::build). Each run imports grades different from the last (12 then 8 at
 * the main session), so decisions change every time. The bench course and learners stay for the next run.
 *
 * Usage: php tests/bench/mastere.php --moodle=DIR [--runs=5] [--learners=30]
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);

$options = getopt('', ['moodle:', 'runs::', 'learners::']);
require(rtrim($options['moodle'], '/') . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->libdir . '/gradelib.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/grade/import/lib.php');

$runs = (int)($options['runs'] ?? 5);
$count = (int)($options['learners'] ?? 30);
$admin = get_admin();
\core\session\manager::set_user($admin);
$file = dirname(__DIR__, 2) . '/rules-engine/programmes/mastere-sousse.json';
$json = file_get_contents($file);
$definition = json_decode($json, true);
$version = \core\di::get(\local_sens\local\programme\programme_import_service::class)->import($json, (int)$admin->id);
if ($version->status !== 'published') {
    $version = \core\di::get(\local_sens\local\programme\programme_version_service::class)->publish((int)$version->id,
        (int)$admin->id);
}
if (!$course = $DB->get_record('course', ['shortname' => 'SENS-BENCH-MASTERE'])) {
    $course = create_course((object)['fullname' => 'SENS bench: Mastère promotion', 'shortname' => 'SENS-BENCH-MASTERE',
        'category' => core_course_category::get_default()->id]);
}
$mapping = \core\di::get(\local_sens\local\mapping\mapping_service::class);
if ($DB->get_field('local_sens_course', 'programme', ['courseid' => $course->id]) !== 'mastere-sousse') {
    $mapping->link_course((int)$course->id, 'mastere-sousse', (int)$admin->id);
}
$items = [];
$assessments = [];
foreach (\local_sens\local\assessment\components::of($definition) as $component) {
    $item = grade_item::fetch(['courseid' => $course->id, 'idnumber' => 'sens:' . $component['key']]);
    if (!$item) {
        $item = new grade_item(['courseid' => $course->id, 'itemtype' => 'manual', 'idnumber' => 'sens:' . $component['key'],
            'itemname' => $component['key'], 'gradetype' => GRADE_TYPE_VALUE, 'grademin' => 0,
            'grademax' => $component['key'] === 'uef1/ecrit/main' ? 10 : 20], false);
        $item->insert('bench');
    }
    $items[$component['key']] = $item;
    $assessments[] = ['unit' => $component['unit'], 'component' => $component['component'],
        'session' => $component['session'], 'gradeitemid' => (int)$item->id];
}
if (count(\core\di::get(\local_sens\local\assessment\assessment_repository::class)->items((int)$version->id,
        (int)$course->id)) !== count($assessments)) {
    $mapping->save((int)$course->id, (int)$version->id, [], (int)$admin->id, $assessments);
}
$manual = enrol_get_plugin('manual');
if (!$instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $course->id])) {
    $manual->add_default_instance($course);
    $instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $course->id], '*', MUST_EXIST);
}
$student = (int)$DB->get_field('role', 'id', ['shortname' => 'student'], MUST_EXIST);
$userids = [];
for ($i = 1; $i <= $count; $i++) {
    $username = sprintf('benchmastere%02d', $i);
    if (!$userid = $DB->get_field('user', 'id', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id])) {
        $userid = user_create_user((object)['username' => $username, 'password' => 'Bench-2026!x', 'firstname' => 'Bench',
            'lastname' => sprintf('Mastère %02d', $i), 'email' => "$username@example.invalid", 'auth' => 'manual',
            'confirmed' => 1, 'mnethostid' => $CFG->mnet_localhost_id]);
    }
    $manual->enrol_user($instance, (int)$userid, $student);
    if (!$DB->record_exists('local_sens_enrolment', ['userid' => $userid, 'versionid' => $version->id])) {
        \core\di::get(\local_sens\local\learner\enrolment_service::class)->enrol((int)$userid, (int)$version->id,
            '2026-09-01', (int)$admin->id);
    }
    $userids[] = (int)$userid;
}
$decisions = \core\di::get(\local_sens\local\decision\decision_service::class);
$decisions->recompute_users((int)$course->id, $userids);

/**
 * Runs a callable and measures it.
 *
 * @param callable $work
 * @return array [reads, writes, milliseconds]
 */
function sens_bench_measure(callable $work): array {
    global $DB;
    $reads = $DB->perf_get_reads();
    $writes = $DB->perf_get_writes();
    $start = microtime(true);
    $work();
    return [$DB->perf_get_reads() - $reads, $DB->perf_get_writes() - $writes, (microtime(true) - $start) * 1000];
}

mtrace(sprintf('Mastère promotion of %d learners (course %d, %d grade items mapped); import of UEF 1 written exam ' .
    '(out of 10) and continuous work (%d grades)', $count, $course->id, count($items), 2 * $count));
for ($run = 1; $run <= $runs; $run++) {
    $high = $run % 2 === 1;
    $importcode = get_new_importcode();
    $rows = [];
    foreach ($userids as $k => $userid) {
        // Main session: 7.35/10 and 9.5 (average 12.62), or 4/10 and 9 (8.4): every decision changes each run.
        $rows[] = (object)['itemid' => $items['uef1/ecrit/main']->id, 'userid' => $userid,
            'finalgrade' => $high ? 7.35 : 4, 'importcode' => $importcode, 'importer' => $admin->id];
        $rows[] = (object)['itemid' => $items['uef1/cc/main']->id, 'userid' => $userid,
            'finalgrade' => $high ? 9.5 : 9, 'importcode' => $importcode, 'importer' => $admin->id];
    }
    $DB->insert_records('grade_import_values', $rows);
    [$r, $w, $ms] = sens_bench_measure(fn() => grade_import_commit((int)$course->id, $importcode, false, false));
    $uef1 = \local_sens\api::unit_decision(json_decode($DB->get_field('local_sens_decision', 'decision',
        ['userid' => $userids[0], 'versionid' => $version->id]), true), 'uef1');
    mtrace(sprintf('run %d  import + observers: %5d reads %5d writes %7.0f ms (%.1f ms a learner) — uef1 %s %s', $run,
        $r, $w, $ms, $ms / $count, $uef1['state'], $uef1['reasons'][0]['params']['average'] ?? ''));
    [$r, $w, $ms] = sens_bench_measure(fn() => $decisions->recompute_users((int)$course->id, $userids));
    mtrace(sprintf('       recompute_users, nothing new: %5d reads %5d writes %7.0f ms', $r, $w, $ms));
    $DB->set_field_select('local_sens_decision', 'decision', '{}', 'versionid = ? AND userid IN (' .
        implode(',', $userids) . ')', [$version->id]);
    [$r, $w, $ms] = sens_bench_measure(fn() => $decisions->recompute_users((int)$course->id, $userids));
    mtrace(sprintf('       recompute_users, all %d changed: %5d reads %5d writes %7.0f ms', $count, $r, $w, $ms));
    [$r, $w, $ms] = sens_bench_measure(fn() => \core\di::get(\local_sens\local\assessment\module_report::class)
        ->build((int)$course->id, 'fr'));
    mtrace(sprintf('       teacher\'s report (9 modules × %d learners): %5d reads %5d writes %7.0f ms', $count, $r, $w, $ms));
}
