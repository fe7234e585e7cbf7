<?php
// Helper of tests/bench/dashboard.bench.sh, part "gating" (a measurement, never a test): courses of N quizzes mapped
// to the DU CNS slots (round robin over its 86 slots, so most are gated levels), M learners, and one measured
// learner (sensbench0001, Débutant open, the rest locked) enrolled in that course only. Modes:
//   --setup --activities=N --learners=M   make the course and learners exist (idempotent); prints "courseid"
//   --mode=with|without --activities=N    with: linked to du-cns, the SENS level conditions on (gating_service);
//                                          without: not linked, no SENS condition (the same course without SENS)
//   --cleanup                             delete the bench courses and users
// Usage: php tests/bench/gating.php --setup --activities=86 --learners=25
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->libdir . '/testing/generator/lib.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->libdir . '/enrollib.php');

[$options] = cli_get_params(['setup' => false, 'mode' => null, 'activities' => 86, 'learners' => 25, 'cleanup' => false]);
\core\session\manager::set_user(get_admin());
$n = (int)$options['activities'];
$shortname = 'SENS-BENCH-' . $n;
$password = 'Sens-Demo-2026!';

/**
 * The bench user number $i, created if missing.
 *
 * @param int $i
 * @param string $password
 * @return stdClass
 */
function bench_user(int $i, string $password): stdClass {
    global $DB, $CFG;
    $username = sprintf('sensbench%04d', $i);
    $user = $DB->get_record('user', ['username' => $username, 'deleted' => 0]);
    if (!$user) {
        $id = user_create_user((object)['username' => $username, 'password' => $password, 'firstname' => 'Bench',
            'lastname' => sprintf('%04d', $i), 'email' => $username . '@example.invalid', 'auth' => 'manual',
            'confirmed' => 1, 'mnethostid' => $CFG->mnet_localhost_id, 'lang' => 'en'], true, false);
        $user = $DB->get_record('user', ['id' => $id], '*', MUST_EXIST);
    }
    return $user;
}

if ($options['cleanup']) {
    foreach ($DB->get_records_select('course', $DB->sql_like('shortname', ':p'), ['p' => 'SENS-BENCH-%']) as $course) {
        $DB->delete_records_select('local_sens_mapping', 'cmid IN (SELECT id FROM {course_modules} WHERE course = ?)',
            [$course->id]);
        $DB->delete_records('local_sens_course', ['courseid' => $course->id]);
        cache_helper::purge_by_definition('local_sens', 'mapping');
        delete_course($course, false);
        echo "deleted course {$course->shortname}\n";
    }
    $users = $DB->get_records_select('user', $DB->sql_like('username', ':p') . ' AND deleted = 0', ['p' => 'sensbench%']);
    foreach ($users as $user) {
        $DB->delete_records('local_sens_openunit', ['userid' => $user->id]);
        $DB->delete_records('local_sens_decision', ['userid' => $user->id]);
        $DB->delete_records('local_sens_enrolment', ['userid' => $user->id]);
        delete_user($user);
    }
    echo 'deleted ' . count($users) . " users\n";
    exit(0);
}

$programme = 'du-cns';
$versions = \core\di::get(\local_sens\local\programme\programme_version_repository::class);
$version = $versions->latest_published($programme) ?? cli_error('no published du-cns version (run npm start)');
$course = $DB->get_record('course', ['shortname' => $shortname]);

if ($options['setup']) {
    $gen = new testing_data_generator();
    if (!$course) {
        $course = $gen->create_course(['shortname' => $shortname, 'fullname' => "SENS gating bench, $n quizzes",
            'enablecompletion' => 1, 'numsections' => 10]);
    }
    $have = $DB->count_records('quiz', ['course' => $course->id]);
    for ($i = $have; $i < $n; $i++) {
        // Ungraded beyond 900 quizzes: the course total (10 points each) would overflow its grade column.
        $gen->create_module('quiz', ['course' => $course->id, 'name' => "Bench quiz $i", 'section' => $i % 10,
            'completion' => COMPLETION_TRACKING_MANUAL] + ($i >= 900 ? ['grade' => 0] : []));
    }
    $definition = $versions->definition((int)$version->id);
    $slots = array_column($definition['slots'], 'id');
    $cmids = $DB->get_fieldset_sql("SELECT cm.id FROM {course_modules} cm JOIN {modules} m ON m.id = cm.module
                                     WHERE cm.course = ? AND m.name = 'quiz' ORDER BY cm.id", [$course->id]);
    $items = [];
    foreach ($cmids as $i => $cmid) {
        $items[] = ['cmid' => (int)$cmid, 'slot' => $slots[$i % count($slots)], 'competences' => []];
    }
    \core\di::get(\local_sens\local\mapping\mapping_repository::class)->replace((int)$version->id, (int)$course->id,
        $items, (int)get_admin()->id, time());
    if (!$DB->record_exists('local_sens_course', ['courseid' => $course->id])) {
        $DB->insert_record('local_sens_course', ['courseid' => $course->id, 'programme' => $programme,
            'usermodified' => get_admin()->id, 'timecreated' => time(), 'timemodified' => time()]);
    }
    // Learners: the measured one is enrolled in this bench course only.
    $plugin = enrol_get_plugin('manual');
    $instance = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
    $student = $DB->get_field('role', 'id', ['shortname' => 'student']);
    $measured = bench_user(1, $password);
    $others = $DB->get_records_select('course', $DB->sql_like('shortname', ':p') . ' AND id <> :id',
        ['p' => 'SENS-BENCH-%', 'id' => $course->id]);
    foreach ($others as $other) {
        $oi = $DB->get_record('enrol', ['courseid' => $other->id, 'enrol' => 'manual']);
        if ($oi) {
            $plugin->unenrol_user($oi, $measured->id);
        }
    }
    $enrolled = $DB->count_records('user_enrolments', ['enrolid' => $instance->id]);
    for ($i = 1; $i <= (int)$options['learners']; $i++) {
        if ($i > 1 && $i <= $enrolled) {
            continue;
        }
        $user = bench_user($i, $password);
        if (!is_enrolled(context_course::instance($course->id), $user)) {
            $plugin->enrol_user($instance, $user->id, $student);
        }
    }
    echo $course->id . "\n";
    exit(0);
}

if ($options['mode'] !== null) {
    if (!$course) {
        cli_error("no course $shortname: run --setup first");
    }
    $gating = \core\di::get(\local_sens\local\gating\gating_service::class);
    if ($options['mode'] === 'with') {
        if (!$DB->record_exists('local_sens_course', ['courseid' => $course->id])) {
            $DB->insert_record('local_sens_course', ['courseid' => $course->id, 'programme' => $programme,
                'usermodified' => get_admin()->id, 'timecreated' => time(), 'timemodified' => time()]);
        }
        $gating->sync_course((int)$course->id);
        // Enrolments defer (issue 17): the learners get their first decision as cron's task gives it; without it every
        // level stays closed as "being prepared" and the page measured is not the gated one.
        $pending = \core\di::get(\local_sens\local\decision\pending_service::class);
        foreach (get_enrolled_users(context_course::instance($course->id), '', 0, 'u.id') as $enrolled) {
            $pending->mark((int)$enrolled->id, (int)$course->id);
        }
        $pending->run_all();
    } else {
        $DB->delete_records('local_sens_course', ['courseid' => $course->id]);
        foreach ($DB->get_records('course_modules', ['course' => $course->id], 'id', 'id, availability') as $cm) {
            $availability = \availability_sens\local\tree_editor::without_levels($cm->availability);
            if ($availability !== $cm->availability) {
                $DB->set_field('course_modules', 'availability', $availability, ['id' => $cm->id]);
            }
        }
        rebuild_course_cache((int)$course->id, true);
    }
    $gated = $DB->count_records_select('course_modules', 'course = :c AND ' . $DB->sql_like('availability', ':p'),
        ['c' => $course->id, 'p' => '%"type":"sens"%']);
    echo "$gated\n";
    exit(0);
}
cli_error('say --setup, --mode=with|without or --cleanup');
