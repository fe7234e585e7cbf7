<?php
// SENS demo data (README command 1, `npm start`). Idempotent: re-running finds what exists and only adds
// what is missing. Moodle CLI script: config.php comes from $MOODLE_DIR (default ~/moodle).
//
// Steps (each a function; each finds what exists before adding):
//   1. the course DUCNS-2026: one section for the Initiation, one per domain × level (titles from the programme JSON);
//   2. one real quiz per slot of the programme (one true/false question, complete on pass grade), cm idnumber = slot;
//   3. the programme imported and published (programme_import_service), the course linked and the quizzes mapped
//      to their slots (mapping_service; the SENS level restrictions follow);
//   4. the promotion cohort and learners from promotion-2026.csv (tool_uploaduser CLI), cohort sync enrolment,
//      staff users and roles, block_competences on the dashboard and the course;
//   5. every learner enrolled on the programme (enrolment_service) and four learners put in given states
//      (SENS_DEMO_STATES; enforced, so a re-run undoes what a test did), user tours marked seen for demo users;
//   6. the Mastère and CEC courses of Sousse (sousse.php: grade items mapped to components, teaching sessions with
//      absences, learners in the seeds' states);
//   7. decision_service::recompute_all(), then each demo learner's stored state is printed.
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->dirroot . '/cohort/lib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/my/lib.php');
require_once($CFG->dirroot . '/enrol/cohort/locallib.php');
require_once(__DIR__ . '/sousse.php');

const SENS_DEMO_COURSE = 'DUCNS-2026';
const SENS_DEMO_COHORT = 'DUCNS-2026';
const SENS_DEMO_PASSWORD = 'Sens-Demo-2026!';
const SENS_DEMO_CSV = __DIR__ . '/promotion-2026.csv';

/** The programme definition the demo course follows (sections and quizzes are named after it). */
const SENS_DEMO_PROGRAMME_FILE = __DIR__ . '/../../rules-engine/programmes/du-cns.json';

/**
 * Staff accounts: username => [firstname, lastname, role shortname on the course, role shortname on the site or null].
 * The pedagogical engineer manages the site's programmes (import, publish, link courses): manager at the system level.
 */
const SENS_DEMO_STAFF = [
    'ingenieur' => ['Inès', 'Pédago', 'manager', 'manager'],
    'enseignant' => ['Étienne', 'Atelier', 'editingteacher', null],
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
 * The programme definition (seeds 001/003 as the engine's JSON), decoded.
 */
function sens_demo_definition(): array {
    $json = file_get_contents(SENS_DEMO_PROGRAMME_FILE);
    return json_decode($json, true, 512, JSON_THROW_ON_ERROR);
}

/**
 * Sections of the course: the Initiation block, then each domain × level ("Données de santé — Débutant : …").
 *
 * @param array $definition
 * @return array list of ['name' => section name, 'units' => unit ids whose slots go there]
 */
function sens_demo_sections(array $definition): array {
    $units = array_column($definition['units'], null, 'id');
    $leveltitles = array_column($definition['levels'], 'title', 'id');
    $sections = [];
    foreach ($definition['units'] as $u) {
        if ($u['kind'] === 'block') {
            $children = array_values(array_map(fn($c) => $c['id'],
                array_filter($definition['units'], fn($c) => ($c['parent'] ?? null) === $u['id'])));
            $sections[] = ['name' => $u['title'], 'units' => $children];
        } else if ($u['kind'] === 'level') {
            $level = substr($u['id'], strrpos($u['id'], '.') + 1);
            $domain = $units[$u['parent']]['title'];
            $sections[] = ['name' => $domain . ' — ' . ($leveltitles[$level] ?? $level) . ' : ' . $u['title'],
                'units' => [$u['id']]];
        }
    }
    return $sections;
}

/**
 * The DU CNS course with one section for the Initiation and one per domain × level.
 *
 * @param array $definition
 * @return stdClass
 */
function sens_demo_course(array $definition): stdClass {
    global $DB;
    $sections = sens_demo_sections($definition);
    if (!$course = $DB->get_record('course', ['shortname' => SENS_DEMO_COURSE])) {
        $course = create_course((object)[
            'fullname' => 'DU Compétences Numériques en Santé — promotion 2026',
            'shortname' => SENS_DEMO_COURSE,
            'idnumber' => SENS_DEMO_COURSE,
            'category' => core_course_category::get_default()->id,
            'format' => 'topics',
            'numsections' => count($sections),
            'enablecompletion' => 1,
            'summary' => 'Initiation à la santé numérique et cinq domaines, trois niveaux chacun.',
        ]);
        mtrace("created course {$course->shortname}");
    }
    course_create_sections_if_missing($course, range(0, count($sections)));
    foreach ($sections as $i => $section) {
        $record = $DB->get_record('course_sections', ['course' => $course->id, 'section' => $i + 1], '*', MUST_EXIST);
        if ($record->name !== $section['name']) {
            course_update_section($course, $record, ['name' => $section['name']]);
        }
    }
    return $DB->get_record('course', ['id' => $course->id], '*', MUST_EXIST);
}

/**
 * One real quiz per slot of the programme (every slot of the DU CNS is an online quiz), in its level's section:
 * one true/false question, grade 10, pass grade 5, complete when passed. The cm idnumber is the slot id.
 *
 * @param stdClass $course
 * @param array $definition
 * @return array slot id => cmid
 */
function sens_demo_quizzes(stdClass $course, array $definition): array {
    global $DB;
    $sectionofunit = [];
    foreach (sens_demo_sections($definition) as $i => $section) {
        foreach ($section['units'] as $unit) {
            $sectionofunit[$unit] = $i + 1;
        }
    }
    $existing = $DB->get_records_menu('course_modules', ['course' => $course->id], '', 'idnumber, id');
    $withquestion = $DB->get_records_sql_menu(
        "SELECT DISTINCT cm.id, 1
           FROM {course_modules} cm
           JOIN {modules} md ON md.id = cm.module AND md.name = 'quiz'
           JOIN {quiz} q ON q.id = cm.instance
           JOIN {quiz_slots} qs ON qs.quizid = q.id
          WHERE cm.course = ? AND q.sumgrades > 0", [$course->id]);
    $cms = [];
    $created = 0;
    foreach ($definition['slots'] as $slot) {
        if (($slot['activityType'] ?? 'quiz') !== 'quiz' || !isset($sectionofunit[$slot['unit']])) {
            continue;
        }
        if (isset($existing[$slot['id']])) {
            $cms[$slot['id']] = (int)$existing[$slot['id']];
            if (!isset($withquestion[$cms[$slot['id']]])) {
                // A quiz left without its question by an interrupted run.
                sens_demo_quiz_question($cms[$slot['id']], preg_replace('/^Exercices en ligne — /u', '', $slot['title']));
            }
            continue;
        }
        $cms[$slot['id']] = sens_demo_create_quiz($course, $sectionofunit[$slot['unit']], $slot);
        $created++;
    }
    if ($created) {
        rebuild_course_cache($course->id, true);
        mtrace("created $created quizzes (one per slot of the programme)");
    }
    return $cms;
}

/**
 * A quiz with one true/false question, through core APIs (create_module, question bank, quiz structure).
 *
 * @param stdClass $course
 * @param int $sectionnum
 * @param array $slot The programme slot.
 * @return int cmid
 */
function sens_demo_create_quiz(stdClass $course, int $sectionnum, array $slot): int {
    global $CFG, $DB, $USER;
    require_once($CFG->dirroot . '/course/modlib.php');
    require_once($CFG->dirroot . '/mod/quiz/locallib.php');
    require_once($CFG->libdir . '/questionlib.php');
    $topic = preg_replace('/^Exercices en ligne — /u', '', $slot['title']);
    $reviewoptions = [];
    foreach (['attempt', 'correctness', 'maxmarks', 'marks', 'specificfeedback', 'generalfeedback', 'rightanswer',
            'overallfeedback'] as $what) {
        foreach (['during', 'immediately', 'open', 'closed'] as $when) {
            $reviewoptions[$what . $when] = 1;
        }
    }
    $moduleinfo = (object)(array_merge($reviewoptions, [
        'modulename' => 'quiz',
        'module' => $DB->get_field('modules', 'id', ['name' => 'quiz'], MUST_EXIST),
        'course' => $course->id,
        'section' => $sectionnum,
        'visible' => 1,
        'name' => $slot['title'],
        'cmidnumber' => $slot['id'],
        'introeditor' => ['text' => '<p>Exercice en ligne : ' . s($topic) . '</p>', 'format' => FORMAT_HTML,
            'itemid' => 0],
        'timeopen' => 0, 'timeclose' => 0, 'timelimit' => 0,
        'overduehandling' => 'autosubmit', 'graceperiod' => 0,
        'preferredbehaviour' => 'deferredfeedback',
        'attempts' => 0, 'attemptonlast' => 0, 'grademethod' => QUIZ_GRADEHIGHEST,
        'decimalpoints' => 2, 'questiondecimalpoints' => -1,
        'questionsperpage' => 1, 'navmethod' => QUIZ_NAVMETHOD_FREE, 'shuffleanswers' => 1,
        'sumgrades' => 0, 'grade' => 10, 'gradepass' => 5,
        'quizpassword' => '', 'subnet' => '', 'browsersecurity' => '', 'delay1' => 0, 'delay2' => 0,
        'showuserpicture' => 0, 'showblocks' => 0,
        // Complete when the pass grade is reached: the learner completes it in the browser by passing.
        'completion' => COMPLETION_TRACKING_AUTOMATIC, 'completionusegrade' => 1, 'completionpassgrade' => 1,
        'completionview' => 0, 'completionexpected' => 0, 'completionminattempts' => 0,
        'completionattemptsexhausted' => 0,
    ]));
    $moduleinfo = create_module($moduleinfo);
    sens_demo_quiz_question((int)$moduleinfo->coursemodule, $topic);
    return (int)$moduleinfo->coursemodule;
}

/**
 * The quiz's one true/false question (correct answer: true), in the quiz's own question category.
 *
 * @param int $cmid
 * @param string $topic What the exercise is about.
 */
function sens_demo_quiz_question(int $cmid, string $topic): void {
    global $CFG, $DB, $USER;
    require_once($CFG->dirroot . '/mod/quiz/locallib.php');
    require_once($CFG->libdir . '/questionlib.php');
    $cm = get_coursemodule_from_id('quiz', $cmid, 0, false, MUST_EXIST);
    $quiz = $DB->get_record('quiz', ['id' => $cm->instance], '*', MUST_EXIST);
    $quiz->cmid = $cmid;
    if (!$DB->record_exists('quiz_slots', ['quizid' => $quiz->id])) {
        sens_demo_add_truefalse($quiz, $topic);
    }
    \mod_quiz\quiz_settings::create($quiz->id)->get_grade_calculator()->recompute_quiz_sumgrades();
}

/**
 * Adds a true/false question (correct answer: true) to the quiz.
 *
 * @param stdClass $quiz With cmid.
 * @param string $topic
 */
function sens_demo_add_truefalse(stdClass $quiz, string $topic): void {
    global $USER;
    $context = context_module::instance($quiz->cmid);
    $category = question_make_default_categories([$context]);
    $question = (object)['category' => $category->id, 'qtype' => 'truefalse', 'createdby' => $USER->id];
    $form = (object)[
        'category' => $category->id . ',' . $context->id,
        'name' => mb_substr($topic, 0, 250),
        'questiontext' => ['format' => FORMAT_HTML,
            'text' => '<p>Vrai ou faux : cet exercice porte sur « ' . s($topic) . ' ».</p>'],
        'generalfeedback' => ['format' => FORMAT_HTML, 'text' => ''],
        'defaultmark' => 1,
        'penalty' => 1,
        'correctanswer' => '1',
        'feedbacktrue' => ['format' => FORMAT_HTML, 'text' => 'Bonne réponse.'],
        'feedbackfalse' => ['format' => FORMAT_HTML, 'text' => 'Ce n’est pas la bonne réponse.'],
        'showstandardinstruction' => 0,
        'status' => \core_question\local\bank\question_version_status::QUESTION_STATUS_READY,
    ];
    $question = question_bank::get_qtype('truefalse')->save_question($question, $form);
    quiz_add_quiz_question($question->id, $quiz, 0, 1);
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
 * The portfolio activity (mod_sensportfolio, cm idnumber "portfolio") in the course's last section: the jury decides
 * on the programme's portfolio unit; completion when the jury accepts it. Left as it is when present.
 *
 * @param stdClass $course
 */
function sens_demo_portfolio(stdClass $course): void {
    global $CFG, $DB;
    if (!core_component::get_component_directory('mod_sensportfolio') ||
            !$DB->record_exists('modules', ['name' => 'sensportfolio'])) {
        mtrace('mod_sensportfolio not installed: no portfolio activity');
        return;
    }
    if ($DB->record_exists('course_modules', ['course' => $course->id, 'idnumber' => 'portfolio'])) {
        return;
    }
    require_once($CFG->dirroot . '/course/modlib.php');
    $section = (int)$DB->get_field_sql('SELECT MAX(section) FROM {course_sections} WHERE course = ?', [$course->id]);
    $moduleinfo = create_module((object)[
        'modulename' => 'sensportfolio',
        'module' => $DB->get_field('modules', 'id', ['name' => 'sensportfolio'], MUST_EXIST),
        'course' => $course->id,
        'section' => $section,
        'visible' => 1,
        'name' => 'Portfolio — Certification',
        'cmidnumber' => 'portfolio',
        'introeditor' => ['text' => '<p>Documentez l\'évolution de votre expertise au regard du référentiel, puis '
            . 'soumettez votre portfolio au jury de certification.</p>', 'format' => FORMAT_HTML, 'itemid' => 0],
        'criteria' => "Réflexivité sur le parcours\nCouverture du référentiel\nQualité des traces",
        'unit' => '',
        'maxbytes' => 0,
        'maxfiles' => 5,
        'filetypes' => '',
        'completion' => COMPLETION_TRACKING_AUTOMATIC, 'completionview' => 0, 'completionexpected' => 0,
        'completionaccepted' => 1,
    ]);
    mtrace("created the portfolio activity (cm {$moduleinfo->coursemodule})");
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
 * The programme imported (validated by the engine) and published, through the référentiel import service.
 *
 * @return stdClass The published version.
 */
function sens_demo_programme(): stdClass {
    $admin = get_admin();
    $version = \core\di::get(\local_sens\local\programme\programme_import_service::class)->import(file_get_contents(SENS_DEMO_PROGRAMME_FILE), (int)$admin->id);
    if ($version->status !== 'published') {
        $version = \core\di::get(\local_sens\local\programme\programme_version_service::class)
            ->publish((int)$version->id, (int)$admin->id);
        mtrace("imported and published {$version->programme} version {$version->version} (id {$version->id})");
    }
    return $version;
}

/**
 * The course linked to the programme and every quiz mapped to its slot (saved only when it differs).
 *
 * @param stdClass $course
 * @param stdClass $version
 * @param array $quizzes slot id => cmid
 */
function sens_demo_mapping(stdClass $course, stdClass $version, array $quizzes): void {
    global $DB;
    $mapping = \core\di::get(\local_sens\local\mapping\mapping_service::class);
    $adminid = (int)get_admin()->id;
    $programme = (string)$version->programme;
    if ($DB->get_field('local_sens_course', 'programme', ['courseid' => $course->id]) !== $programme) {
        $mapping->link_course((int)$course->id, $programme, $adminid);
        mtrace("linked {$course->shortname} to $programme");
    }
    // The seed 001 crosswalk enseignement × micro-compétence has no recoverable crosses: no competences mapped.
    $items = [];
    foreach ($quizzes as $slot => $cmid) {
        $items[] = ['cmid' => $cmid, 'slot' => $slot, 'competences' => []];
    }
    $current = \core\di::get(\local_sens\local\mapping\mapping_repository::class)->items((int)$version->id, (int)$course->id);
    $current = array_map(fn($i) => $i['cmid'] . ':' . $i['slot'], $current);
    $wanted = array_map(fn($i) => $i['cmid'] . ':' . $i['slot'], $items);
    sort($wanted);
    sort($current);
    if ($current !== $wanted) {
        $mapping->save((int)$course->id, (int)$version->id, $items, $adminid);
        mtrace('mapped ' . count($items) . " quizzes to the slots of {$programme} version {$version->version}");
    } else {
        // The mapping is there; make the gating match it anyway (SENS level restrictions), as save() would.
        \core\di::get(\local_sens\local\gating\gating_service::class)->sync_course((int)$course->id);
    }
}

/** Learners in given states (e2e tests and the README rely on these logins). */
const SENS_DEMO_STATES = [
    'learner01' => ['state' => 'new: nothing done yet (Débutant levels open, Intermédiaire locked)'],
    'learner02' => ['state' => 'Données de santé — Débutant validated (6 quizzes passed + workshop attested)',
        'passed' => ['donnees.debutant' => 'all'], 'attested' => ['donnees.debutant']],
    'learner03' => ['state' => 'placed at Intermédiaire in Cybersécurité (PIX): Débutant exempt, Intermédiaire open',
        'placed' => ['cybersecurite.intermediaire' => 'PIX']],
    'learner04' => ['state' => 'Données de santé — Débutant: all quizzes passed but the last, workshop attested ' .
        '(pass the last quiz to open Intermédiaire)',
        'passed' => ['donnees.debutant' => 'allbutlast'], 'attested' => ['donnees.debutant']],
    'learner05' => ['state' => 'well advanced (a full record, used by the dashboard benchmark): Initiation validated, ' .
        'Données Débutant + Intermédiaire validated, placed at Intermédiaire in Cybersécurité and validated it, ' .
        'Communication Débutant half done',
        'passed' => ['initiation.introduction' => 'all', 'initiation.information' => 'all', 'initiation.enjeux' => 'all',
            'donnees.debutant' => 'all', 'donnees.intermediaire' => 'all', 'cybersecurite.intermediaire' => 'all',
            'communication.debutant' => 'half'],
        'attested' => ['donnees.debutant', 'donnees.intermediaire', 'cybersecurite.intermediaire'],
        'placed' => ['cybersecurite.intermediaire' => 'PIX']],
    'learner06' => ['state' => 'Données de santé — Débutant: every quiz passed, workshop not attested yet (waiting for ' .
        'the workshop; the lead attests it on the S1 sheet and Intermédiaire opens)',
        'passed' => ['donnees.debutant' => 'all']],
];

/**
 * Every member of the promotion follows the programme (the course-enrolment observer does it for new course
 * enrolments; learners enrolled before the course was linked are enrolled here), then the demo states are set.
 * States are enforced: a re-run undoes what a test or a visitor did to these four learners' quizzes.
 *
 * @param stdClass $course
 * @param stdClass $cohort
 * @param stdClass $version
 * @param array $quizzes slot id => cmid
 * @param array $definition
 */
function sens_demo_learner_states(stdClass $course, stdClass $cohort, stdClass $version, array $quizzes,
        array $definition): void {
    global $DB;
    $enrolments = \core\di::get(\local_sens\local\learner\enrolment_service::class);
    $adminid = (int)get_admin()->id;
    $today = (new DateTimeImmutable('now', core_date::get_server_timezone_object()))->format('Y-m-d');
    $members = $DB->get_records_sql(
        "SELECT u.id, u.username FROM {cohort_members} cm JOIN {user} u ON u.id = cm.userid
          WHERE cm.cohortid = ? ORDER BY u.username", [$cohort->id]);
    $enrolled = 0;
    foreach ($members as $user) {
        $sql = "SELECT e.* FROM {local_sens_enrolment} e JOIN {local_sens_progversion} v ON v.id = e.versionid
                 WHERE e.userid = ? AND v.programme = ? ORDER BY e.id DESC";
        if (!$DB->get_records_sql($sql, [$user->id, $version->programme], 0, 1)) {
            $enrolments->enrol((int)$user->id, (int)$version->id, $today, $adminid);
            $enrolled++;
        }
    }
    if ($enrolled) {
        mtrace("enrolled $enrolled learners on {$version->programme} version {$version->version}");
    }
    // When the programme file changed, the demo published a new version: move the promotion onto it, as the
    // pedagogical engineer would (learners otherwise stay on the version they enrolled under).
    $older = $DB->get_records_sql(
        "SELECT e.id, e.versionid FROM {local_sens_enrolment} e
           JOIN {local_sens_progversion} v ON v.id = e.versionid
           JOIN {cohort_members} cm ON cm.userid = e.userid AND cm.cohortid = ?
          WHERE v.programme = ? AND e.versionid <> ?", [$cohort->id, $version->programme, $version->id]);
    foreach ($older as $enrolment) {
        \core\di::get(\local_sens\local\programme\version_migration_service::class)
            ->migrate((int)$enrolment->id, (int)$version->id, $adminid);
    }
    if ($older) {
        mtrace('migrated ' . count($older) . " learners to {$version->programme} version {$version->version}");
    }
    $slotsbyunit = [];
    foreach ($definition['slots'] as $slot) {
        if (isset($quizzes[$slot['id']])) {
            $slotsbyunit[$slot['unit']][] = $slot['id'];
        }
    }
    foreach (SENS_DEMO_STATES as $username => $want) {
        $user = $DB->get_record('user', ['username' => $username], '*', MUST_EXIST);
        $enrolment = $DB->get_record_sql(
            "SELECT e.* FROM {local_sens_enrolment} e JOIN {local_sens_progversion} v ON v.id = e.versionid
              WHERE e.userid = ? AND v.programme = ? ORDER BY e.id DESC", [$user->id, $version->programme],
            IGNORE_MULTIPLE);
        // Quizzes this learner has passed, exactly.
        $pass = [];
        foreach ($want['passed'] ?? [] as $unit => $how) {
            $slots = $slotsbyunit[$unit];
            $pass = array_merge($pass, match ($how) {
                'allbutlast' => array_slice($slots, 0, -1),
                'half' => array_slice($slots, 0, intdiv(count($slots), 2)),
                default => $slots,
            });
        }
        foreach ($quizzes as $slot => $cmid) {
            sens_demo_quiz_state($cmid, $user, in_array($slot, $pass, true));
        }
        foreach ($want['attested'] ?? [] as $unit) {
            if (!$DB->record_exists('local_sens_attestation', ['userid' => $user->id, 'versionid' => $enrolment->versionid,
                    'unit' => $unit, 'result' => 'passed'])) {
                \core\di::get(\local_sens\local\attestation\attestation_service::class)->record($adminid, (int)$user->id,
                    (int)$enrolment->versionid, $unit, 'S1', $today, 'passed', context_course::instance($course->id));
                mtrace("$username: workshop attestation for $unit recorded");
            }
        }
        foreach ($want['placed'] ?? [] as $unit => $basis) {
            if (!$DB->record_exists('local_sens_placement', ['enrolmentid' => $enrolment->id, 'level' => $unit])) {
                $enrolments->place((int)$enrolment->id, $unit, $basis, 'Démo : positionnement ' . $basis, $adminid);
                mtrace("$username: placed at $unit ($basis)");
            }
        }
    }
}

/**
 * Makes a learner's quiz passed (one real attempt, answered right and submitted) or untouched (attempts removed).
 *
 * @param int $cmid
 * @param stdClass $user
 * @param bool $passed
 */
function sens_demo_quiz_state(int $cmid, stdClass $user, bool $passed): void {
    global $CFG, $DB;
    require_once($CFG->dirroot . '/mod/quiz/locallib.php');
    $cm = get_coursemodule_from_id('quiz', $cmid, 0, false, MUST_EXIST);
    $quiz = $DB->get_record('quiz', ['id' => $cm->instance], '*', MUST_EXIST);
    $quiz->cmid = $cmid;
    $attempts = $DB->get_records('quiz_attempts', ['quiz' => $quiz->id, 'userid' => $user->id], 'attempt');
    $haspass = (bool)array_filter($attempts, fn($a) => $a->state === 'finished' && (float)$a->sumgrades >= 1);
    if ($passed && $haspass) {
        return;
    }
    if (!$passed && !$attempts) {
        return;
    }
    foreach ($attempts as $attempt) {
        quiz_delete_attempt($attempt, $quiz);
    }
    if (!$passed) {
        mtrace("{$user->username}: attempts at '{$cm->idnumber}' removed");
        return;
    }
    // The learner answers, as in the browser (events, grades and completion follow).
    $admin = get_admin();
    \core\session\manager::set_user($user);
    try {
        $quizobj = \mod_quiz\quiz_settings::create($quiz->id, $user->id);
        $attempt = quiz_prepare_and_start_new_attempt($quizobj, 1, null, false, [], [], $user->id);
        $attemptobj = \mod_quiz\quiz_attempt::create($attempt->id);
        $slots = $attemptobj->get_slots();
        $responses = array_fill_keys($slots, ['answer' => 1]);
        $attemptobj->process_submitted_actions(time(), false, $responses);
        $attemptobj->process_finish(time(), false);
    } finally {
        \core\session\manager::set_user($admin);
    }
}

/**
 * The programme's workshop sessions in the course, dated (S1 started two weeks ago, the next ones each semester from
 * next month), in a room, led by the demo teacher. A session an engineer already dated is left as it is.
 *
 * @param stdClass $course
 */
function sens_demo_sessions(stdClass $course): void {
    global $DB;
    $adminid = (int)get_admin()->id;
    $lead = (int)$DB->get_field('user', 'id', ['username' => 'enseignant']);
    $service = \core\di::get(\local_sens\local\workshop\session_service::class);
    $sessions = $service->sessions((int)$course->id, $adminid);
    $start = (new DateTimeImmutable('today 09:00', core_date::get_server_timezone_object()))->modify('-14 days');
    $n = 0;
    foreach ($sessions as $session) {
        $when = $n === 0 ? $start : $start->modify('+' . (6 * $n - 5) . ' months');
        $n++;
        if ($session->timestart > 0) {
            continue;
        }
        $service->update($session, $when->getTimestamp(), $when->modify('+5 hours')->getTimestamp(),
            'Salle B12 — Faculté de médecine', $lead ? [$lead] : [], $adminid);
        mtrace("workshop session {$session->sessionkey} dated " . $when->format('Y-m-d H:i'));
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

/**
 * Decisions of every learner recomputed by the engine and stored; gating synced.
 */
function sens_demo_recompute(): void {
    $changed = \core\di::get(\local_sens\local\decision\decision_service::class)->recompute_all();
    mtrace("decisions recomputed ($changed changed)");
}

/**
 * Prints each demo learner's stored state of the levels that differ from a new learner's.
 */
function sens_demo_report(): void {
    global $DB;
    foreach (SENS_DEMO_STATES as $username => $want) {
        $userid = $DB->get_field('user', 'id', ['username' => $username]);
        $row = $DB->get_records('local_sens_decision', ['userid' => $userid], 'id DESC', 'id, decision', 0, 1);
        $units = [];
        if ($row) {
            $decision = json_decode(reset($row)->decision, true);
            foreach ($decision['units'] ?? [] as $u) {
                if (preg_match('/^(initiation|(donnees|cybersecurite)\.(debutant|intermediaire))$/', $u['id'])) {
                    $units[] = "{$u['id']}={$u['state']}";
                }
            }
        }
        mtrace(sprintf('  %-10s %s%s', $username, $want['state'], $units ? ' [' . implode(' ', $units) . ']' : ''));
    }
}

$definition = sens_demo_definition();
$cohort = sens_demo_cohort();
$course = sens_demo_course($definition);
$quizzes = sens_demo_quizzes($course, $definition);
$version = sens_demo_programme();
sens_demo_mapping($course, $version, $quizzes);
sens_demo_learners();
sens_demo_enrol_cohort($course, $cohort);
sens_demo_staff($course);
sens_demo_blocks($course);
sens_demo_portfolio($course);
sens_demo_sessions($course);
sens_demo_learner_states($course, $cohort, $version, $quizzes, $definition);
sens_demo_no_user_tours();
sens_demo_sousse();
sens_demo_recompute();
$n = $DB->count_records('cohort_members', ['cohortid' => $cohort->id]);
$e = count_enrolled_users(context_course::instance($course->id), '', 0);
mtrace("demo ready: course {$course->shortname} (id {$course->id}), cohort {$cohort->idnumber} with $n members, $e enrolled");
mtrace('demo learners:');
sens_demo_report();
mtrace('demo learners of Sousse (Mastère, CEC; teacher enseignant sees local/sens/modules.php):');
sens_demo_sousse_report();
