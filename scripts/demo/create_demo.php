<?php
// SENS demo data (README command 1, `npm start`). Idempotent: re-running finds what exists and only adds
// what is missing. Moodle CLI script: config.php comes from $MOODLE_DIR (default ~/moodle).
//
// Steps (each a function, so later demo data — quizzes per level, learners in given states — adds steps):
//   1. the promotion cohort;            2. the DU CNS course (Initiation + the five domains);
//   3. learners from promotion-2026.csv through Moodle's own CSV upload (tool_uploaduser CLI, cohort1 column);
//   4. the cohort enrolled by cohort sync;   5. staff users and roles;   6. block_competences placed, if installed.
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->dirroot . '/cohort/lib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/my/lib.php');
require_once($CFG->dirroot . '/enrol/cohort/locallib.php');

const SENS_DEMO_COURSE = 'DUCNS-2026';
const SENS_DEMO_COHORT = 'DUCNS-2026';
const SENS_DEMO_PASSWORD = 'Sens-Demo-2026!';
const SENS_DEMO_CSV = __DIR__ . '/promotion-2026.csv';

/** Sections of the course: the Initiation block then the five domains (seed 001/003). */
const SENS_DEMO_SECTIONS = [
    'Initiation à la santé numérique',
    'Données de santé',
    'Cybersécurité',
    'Communication',
    'Outils numériques',
    'Télésanté',
];

/** Staff accounts: username => [firstname, lastname, role shortname on the course]. */
const SENS_DEMO_STAFF = [
    'ingenieur' => ['Inès', 'Pédago', 'manager'],
    'enseignant' => ['Étienne', 'Atelier', 'editingteacher'],
];

\core\session\manager::set_user(get_admin());

/**
 * The promotion cohort (system context); the CSV upload adds members to it through its cohort1 column.
 */
function sens_demo_cohort(): stdClass {
    global $DB;
    if ($cohort = $DB->get_record('cohort', ['idnumber' => SENS_DEMO_COHORT])) {
        return $cohort;
    }
    $cohort = (object)[
        'contextid' => context_system::instance()->id,
        'name' => 'DU CNS promotion 2026',
        'idnumber' => SENS_DEMO_COHORT,
        'description' => 'Promotion 2026 du DU Compétences Numériques en Santé',
    ];
    $cohort->id = cohort_add_cohort($cohort);
    mtrace("created cohort {$cohort->idnumber}");
    return $DB->get_record('cohort', ['id' => $cohort->id]);
}

/**
 * The DU CNS course with one section per block of the programme.
 */
function sens_demo_course(): stdClass {
    global $DB;
    if (!$course = $DB->get_record('course', ['shortname' => SENS_DEMO_COURSE])) {
        $course = create_course((object)[
            'fullname' => 'DU Compétences Numériques en Santé — promotion 2026',
            'shortname' => SENS_DEMO_COURSE,
            'idnumber' => SENS_DEMO_COURSE,
            'category' => core_course_category::get_default()->id,
            'format' => 'topics',
            'numsections' => count(SENS_DEMO_SECTIONS),
            'enablecompletion' => 1,
            'summary' => 'Initiation à la santé numérique et cinq domaines, trois niveaux chacun.',
        ]);
        mtrace("created course {$course->shortname}");
    }
    course_create_sections_if_missing($course, range(0, count(SENS_DEMO_SECTIONS)));
    foreach (SENS_DEMO_SECTIONS as $i => $name) {
        $section = $DB->get_record('course_sections', ['course' => $course->id, 'section' => $i + 1], '*', MUST_EXIST);
        if ($section->name !== $name) {
            course_update_section($course, $section, ['name' => $name]);
        }
    }
    return $course;
}

/**
 * Learners from the repo's CSV, through Moodle's own upload tool (add new, update existing from the file).
 */
function sens_demo_learners(): void {
    $cmd = implode(' ', [
        escapeshellarg(PHP_BINARY),
        escapeshellarg($GLOBALS['CFG']->dirroot . '/admin/tool/uploaduser/cli/uploaduser.php'),
        '--file=' . escapeshellarg(SENS_DEMO_CSV),
        '--delimiter_name=comma',
        '--encoding=UTF-8',
        '--uutype=' . 2,            // UU_USER_ADD_UPDATE: add new users, update existing ones.
        '--uuupdatetype=' . 1,      // UU_UPDATE_FILEOVERRIDE: the file wins for the fields it carries.
        '--uupasswordold=1',        // Existing users get the file's password too (demo passwords are fixed).
        '--uuforcepasswordchange=0',
    ]);
    $out = [];
    exec($cmd . ' 2>&1', $out, $rc);
    $summary = array_filter($out, fn($l) => preg_match('/(created|updated|errors|skipped|Users)/i', $l));
    mtrace('uploaduser: ' . implode(' | ', array_map('trim', array_slice($summary, -6))));
    if ($rc !== 0) {
        mtrace(implode("\n", array_slice($out, -30)));
        throw new moodle_exception('error', '', '', null, "uploaduser.php failed (exit $rc)");
    }
}

/**
 * Cohort sync enrolment: every member of the promotion is a student of the course.
 */
function sens_demo_enrol_cohort(stdClass $course, stdClass $cohort): void {
    global $DB;
    if (!enrol_is_enabled('cohort')) {
        throw new moodle_exception('error', '', '', null, 'enrol_cohort is not enabled (scripts/lib/site-settings.php)');
    }
    $studentrole = $DB->get_field('role', 'id', ['shortname' => 'student'], MUST_EXIST);
    $exists = $DB->record_exists('enrol', ['enrol' => 'cohort', 'courseid' => $course->id, 'customint1' => $cohort->id]);
    if (!$exists) {
        enrol_get_plugin('cohort')->add_instance($course, ['customint1' => $cohort->id, 'roleid' => $studentrole,
            'name' => $cohort->name]);
        mtrace("enrolled cohort {$cohort->idnumber} in {$course->shortname}");
    }
    enrol_cohort_sync(new null_progress_trace(), $course->id);
}

/**
 * Staff accounts with their course roles (manual enrolment).
 */
function sens_demo_staff(stdClass $course): void {
    global $DB, $CFG;
    $manual = enrol_get_plugin('manual');
    $instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $course->id]);
    if (!$instance) {
        $manual->add_default_instance($course);
        $instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $course->id], '*', MUST_EXIST);
    }
    foreach (SENS_DEMO_STAFF as $username => [$first, $last, $role]) {
        if (!$user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id])) {
            $id = user_create_user((object)['username' => $username, 'password' => SENS_DEMO_PASSWORD,
                'firstname' => $first, 'lastname' => $last, 'email' => "$username@example.invalid",
                'auth' => 'manual', 'confirmed' => 1, 'mnethostid' => $CFG->mnet_localhost_id]);
            $user = $DB->get_record('user', ['id' => $id]);
            mtrace("created user $username");
        } else {
            update_internal_user_password($user, SENS_DEMO_PASSWORD);
        }
        $roleid = $DB->get_field('role', 'id', ['shortname' => $role], MUST_EXIST);
        $manual->enrol_user($instance, $user->id, $roleid);
    }
    // The admin's password is fixed for the demo too (setup-site installs with SENS_ADMIN_PASS).
}

/**
 * block_competences on the default dashboard and on the course, when the block plugin is installed.
 */
function sens_demo_blocks(stdClass $course): void {
    global $DB;
    if (!core_component::get_component_directory('block_competences') ||
            !$DB->record_exists('block', ['name' => 'competences'])) {
        mtrace('block_competences not installed: not placed');
        return;
    }
    $sys = context_system::instance();
    $defaultpage = my_get_page(null, MY_PAGE_PRIVATE);
    if (!$DB->record_exists('block_instances', ['blockname' => 'competences', 'pagetypepattern' => 'my-index',
            'parentcontextid' => $sys->id, 'subpagepattern' => $defaultpage->id])) {
        $page = new moodle_page();
        $page->set_context($sys);
        $page->set_pagetype('my-index');
        $page->set_subpage($defaultpage->id);
        $page->blocks->add_region('content');
        $page->blocks->add_block('competences', 'content', -10, false, 'my-index', $defaultpage->id);
        mtrace('added block_competences to the default dashboard');
        // Learners' own dashboards copy the default when first shown; reset existing ones to pick it up.
        my_reset_page_for_all_users(MY_PAGE_PRIVATE, 'my-index');
    }
    $ctx = context_course::instance($course->id);
    if (!$DB->record_exists('block_instances', ['blockname' => 'competences', 'parentcontextid' => $ctx->id])) {
        $page = new moodle_page();
        $page->set_context($ctx);
        $page->set_course($course);
        $page->set_pagetype('course-view-' . $course->format);
        $page->set_pagelayout('course');
        $page->blocks->load_blocks();
        $page->blocks->add_block_at_end_of_default_region('competences');
        mtrace("added block_competences to {$course->shortname}");
    }
}

$cohort = sens_demo_cohort();
$course = sens_demo_course();
sens_demo_learners();
sens_demo_enrol_cohort($course, $cohort);
sens_demo_staff($course);
sens_demo_blocks($course);
$n = $DB->count_records('cohort_members', ['cohortid' => $cohort->id]);
$e = count_enrolled_users(context_course::instance($course->id), '', 0);
mtrace("demo ready: course {$course->shortname} (id {$course->id}), cohort {$cohort->idnumber} with $n members, $e enrolled");
