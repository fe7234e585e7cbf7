<?php
// SENS demo (part of create_demo.php): who uses the demo — the promotion cohort and its learners from
// promotion-2026.csv (tool_uploaduser CLI), cohort sync enrolment, staff users and roles, block_competences on the
// dashboard and the course, user tours marked seen for demo users. Each step finds what exists before adding.

defined('MOODLE_INTERNAL') || die();

/**
 * Staff accounts: username => [firstname, lastname, role shortname on the course, role shortname on the site or null].
 * The pedagogical engineer manages the site's programmes (import, publish, link courses): manager at the system level.
 */
const SENS_DEMO_STAFF = [
    'ingenieur' => ['Inès', 'Pédago', 'manager', 'manager'],
    'enseignant' => ['Étienne', 'Atelier', 'editingteacher', null],
];

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
    foreach (SENS_DEMO_STAFF as $username => [$first, $last, $role, $siterole]) {
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
        if ($siterole !== null) {
            // Idempotent: role_assign() returns the existing assignment.
            role_assign($DB->get_field('role', 'id', ['shortname' => $siterole], MUST_EXIST), $user->id,
                context_system::instance()->id);
        }
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

/**
 * Moodle's first-visit user tours cover the page for a new user: mark them seen for the demo accounts.
 */
function sens_demo_no_user_tours(): void {
    global $DB;
    $tours = $DB->get_fieldset_select('tool_usertours_tours', 'id', 'enabled = 1');
    $users = $DB->get_records_select('user', "username IN ('admin', 'ingenieur', 'enseignant') OR username LIKE 'learner%'",
        null, '', 'id');
    foreach ($users as $user) {
        foreach ($tours as $tourid) {
            $name = \tool_usertours\tour::TOUR_LAST_COMPLETED_BY_USER . $tourid;
            if (!$DB->record_exists('user_preferences', ['userid' => $user->id, 'name' => $name])) {
                set_user_preference($name, time(), $user->id);
            }
        }
    }
}
