<?php
// SENS demo (part of create_demo.php): the DU CNS course DUCNS-2026 — one section for the Initiation and one per
// domain × level (titles from the programme JSON), one real quiz per slot (one true/false question, complete on pass
// grade, cm idnumber = slot), the portfolio activity, and the programme's workshop sessions dated. Each step finds
// what exists before adding.

defined('MOODLE_INTERNAL') || die();

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
