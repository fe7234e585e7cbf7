<?php
// SENS demo data for the programmes of Sousse (issue 16): a Mastère professionnel course (7 core + 2 transversal
// modules, seed 000) and a CEC immunothérapies ciblées course (seed 002), each linked to its programme, with one
// manual grade item per assessment component and session mapped on the mapping page's service (the UEF 1 written
// exam graded out of 10, converted exactly to /20), teaching sessions whose sheets record absences in minutes, and
// learners in the states of the seeds' rules. Included by create_demo.php (README command 1); idempotent: the
// grades are set again on every run, sessions and sheets are made once.

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/gradelib.php');
require_once($CFG->libdir . '/enrollib.php');

/** The two courses: shortname => programme file, full name, enrolment start, teaching sessions, learners. */
const SENS_DEMO_SOUSSE = [
    'MASTERE-SOUSSE-2026' => [
        'file' => 'mastere-sousse',
        'fullname' => 'Mastère professionnel — Informatique médicale (Sousse), promotion 2026',
        'start' => '2026-09-01',
        // Teaching sessions: unit => [number of sessions, hours each]; weekly at 9:00 from today + first (all past).
        'sessions' => ['uef2' => [5, 6], 'uef5' => [5, 6]],
        'first' => '-84 days',
        // Grade items out of 10 instead of 20 (converted exactly).
        'outof' => ['uef1/ecrit/main' => 10],
        'learners' => [
            'mastere01' => ['Amel', 'Principale', 'UEF 1 validated at the main session: written 7.35/10 (14.7/20), ' .
                'continuous 9.5 — 0.6 × 14.7 + 0.4 × 9.5 = 12.62',
                'grades' => ['uef1/ecrit/main' => 7.35, 'uef1/cc/main' => 9.5]],
            'mastere02' => ['Bilel', 'Rattrapage', 'UEF 1 validated at the resit: main 4/10 (8/20) and 9 = 8.4, ' .
                'resit 12 and 11 = 11.6',
                'grades' => ['uef1/ecrit/main' => 4, 'uef1/cc/main' => 9, 'uef1/ecrit/resit' => 12, 'uef1/cc/resit' => 11]],
            'mastere03' => ['Chiraz', 'Absente', 'barred from the UEF 2 main session: 7 h absent of 30 h (23.33 % > 20 %); ' .
                'her main-session grades 12 and 11 are not counted; on the resit list',
                'grades' => ['uef1/ecrit/main' => 8, 'uef1/cc/main' => 14, 'uef2/ecrit/main' => 12, 'uef2/cc/main' => 11],
                'absent' => ['uef2' => [0 => 360, 1 => 60]]],
            'mastere04' => ['Dorra', 'Defaillante', 'défaillant in UEF 5: 18 h absent of 30 h (60 % > 50 %), redoes it ' .
                'with the next cohort; grades 13 and 12 not counted',
                'grades' => ['uef1/ecrit/main' => 6, 'uef1/cc/main' => 12, 'uef5/ecrit/main' => 13, 'uef5/cc/main' => 12],
                'absent' => ['uef5' => [0 => 360, 1 => 360, 2 => 360]]],
            'mastere05' => ['Elyes', 'Memoire', 'every core module and Anglais médical validated at the main session: ' .
                'the mémoire is open', 'all' => ['uef1', 'uef2', 'uef3', 'uef4', 'uef5', 'uef6', 'uef7', 'uet-anglais']],
            'mastere06' => ['Fatma', 'Moyenne', 'UEF 1 below 10 at the main session (3/10 = 6/20 and 8: 6.8): on the ' .
                'resit list', 'grades' => ['uef1/ecrit/main' => 3, 'uef1/cc/main' => 8]],
        ],
    ],
    'CEC-SOUSSE-2026' => [
        'file' => 'cec-sousse',
        'fullname' => 'CEC Immunothérapies ciblées (Sousse), promotion 2026',
        'start' => '2026-10-01',
        'sessions' => ['m1' => [1, 7], 'm2' => [1, 7], 'm3' => [1, 7], 'm4' => [1, 7], 'm5' => [1, 7], 'm6' => [1, 7],
            'm7' => [1, 7]],
        'first' => '-70 days',
        'outof' => [],
        'learners' => [
            'cec01' => ['Ghada', 'Reussite', 'final exam 14 at the main session: validated, mémoire open',
                'grades' => ['examen-final/ecrit/main' => 14]],
            'cec02' => ['Hedi', 'Second', 'final exam 8 at the main session, 12 at the resit: validated at the resit',
                'grades' => ['examen-final/ecrit/main' => 8, 'examen-final/ecrit/resit' => 12]],
            'cec03' => ['Ines', 'Retard', 'barred from the main session: 11 h absent of 49 h over the CEC (22.45 % > 20 %, ' .
                'no module above 50 %); her main grade 13 is not counted; on the resit list',
                'grades' => ['examen-final/ecrit/main' => 13],
                'absent' => ['m1' => [0 => 180], 'm2' => [0 => 180], 'm3' => [0 => 180], 'm4' => [0 => 120]]],
            'cec04' => ['Jalel', 'Abandon', 'défaillant: 4 h absent of module 2\'s 7 h (57.14 % > 50 %), redoes the CEC; ' .
                'his grade 15 is not counted', 'grades' => ['examen-final/ecrit/main' => 15],
                'absent' => ['m2' => [0 => 240]]],
        ],
    ],
];

/**
 * Both courses of Sousse with their grade items, sessions, learners and grades.
 */
function sens_demo_sousse(): void {
    foreach (SENS_DEMO_SOUSSE as $shortname => $spec) {
        sens_demo_sousse_course($shortname, $spec);
    }
}

/**
 * One course of Sousse.
 *
 * @param string $shortname
 * @param array $spec See SENS_DEMO_SOUSSE.
 */
function sens_demo_sousse_course(string $shortname, array $spec): void {
    global $DB, $CFG;
    $admin = get_admin();
    $json = file_get_contents(__DIR__ . '/../../rules-engine/programmes/' . $spec['file'] . '.json');
    $version = \core\di::get(\local_sens\local\programme\programme_import_service::class)->import($json, (int)$admin->id);
    if ($version->status !== 'published') {
        $version = \core\di::get(\local_sens\local\programme\programme_version_service::class)
            ->publish((int)$version->id, (int)$admin->id);
        mtrace("imported and published {$version->programme} version {$version->version}");
    }
    $definition = json_decode($json, true);
    $course = $DB->get_record('course', ['shortname' => $shortname]);
    if (!$course) {
        $course = create_course((object)['fullname' => $spec['fullname'], 'shortname' => $shortname,
            'category' => core_course_category::get_default()->id, 'enablecompletion' => 1,
            'summary' => 'SENS demo (seed ' . ($spec['file'] === 'cec-sousse' ? '002' : '000') . ').']);
        mtrace("created course $shortname");
    }
    $mapping = \core\di::get(\local_sens\local\mapping\mapping_service::class);
    if (\core\di::get(\local_sens\local\mapping\course_link_repository::class)->programme_of((int)$course->id)
            !== $definition['id']) {
        $mapping->link_course((int)$course->id, $definition['id'], (int)$admin->id);
    }
    // Staff: the demo teacher and engineer.
    $manual = enrol_get_plugin('manual');
    if (!$instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $course->id])) {
        $manual->add_default_instance($course);
        $instance = $DB->get_record('enrol', ['enrol' => 'manual', 'courseid' => $course->id], '*', MUST_EXIST);
    }
    $role = fn(string $shortname) => (int)$DB->get_field('role', 'id', ['shortname' => $shortname], MUST_EXIST);
    foreach (['enseignant' => 'editingteacher', 'ingenieur' => 'manager'] as $username => $rolename) {
        if ($userid = $DB->get_field('user', 'id', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id])) {
            $manual->enrol_user($instance, (int)$userid, $role($rolename));
        }
    }
    // One manual grade item per component and session (idnumber sens:unit/component/session), mapped.
    $items = [];
    $assessments = [];
    foreach (\local_sens\local\assessment\components::of($definition) as $component) {
        $idnumber = 'sens:' . $component['key'];
        $item = grade_item::fetch(['courseid' => $course->id, 'idnumber' => $idnumber]);
        if (!$item) {
            $outof = $spec['outof'][$component['key']] ?? $component['max'];
            $item = new grade_item(['courseid' => $course->id, 'itemtype' => 'manual', 'idnumber' => $idnumber,
                'itemname' => $component['unit'] . ' — ' . $component['title'] . ' — ' . ($component['session'] === 'main'
                    ? 'session principale' : 'session de rattrapage'),
                'gradetype' => GRADE_TYPE_VALUE, 'grademin' => 0, 'grademax' => $outof], false);
            $item->insert('sens_demo');
        }
        $items[$component['key']] = $item;
        $assessments[] = ['unit' => $component['unit'], 'component' => $component['component'],
            'session' => $component['session'], 'gradeitemid' => (int)$item->id];
    }
    $mapped = \core\di::get(\local_sens\local\assessment\assessment_repository::class)
        ->items((int)$version->id, (int)$course->id);
    if (count($mapped) !== count($assessments)) {
        $mapping->save((int)$course->id, (int)$version->id, [], (int)$admin->id, $assessments);
        mtrace('mapped ' . count($assessments) . " grade items to the components of $shortname");
    }
    // Learners: course and programme enrolment.
    $enrolments = \core\di::get(\local_sens\local\learner\enrolment_service::class);
    $users = [];
    foreach ($spec['learners'] as $username => $learner) {
        if (!$user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id])) {
            $user = $DB->get_record('user', ['id' => user_create_user((object)['username' => $username,
                'password' => SENS_DEMO_PASSWORD, 'firstname' => $learner[0], 'lastname' => $learner[1],
                'email' => "$username@example.invalid", 'auth' => 'manual', 'confirmed' => 1, 'lang' => 'fr',
                'mnethostid' => $CFG->mnet_localhost_id])]);
        }
        $manual->enrol_user($instance, (int)$user->id, $role('student'));
        if (!\core\di::get(\local_sens\local\learner\enrolment_repository::class)->follows((int)$user->id,
                (string)$definition['id'])) {
            $enrolments->enrol((int)$user->id, (int)$version->id, $spec['start'], (int)$admin->id);
        }
        $users[$username] = $user;
    }
    sens_demo_sousse_sessions($course, $spec, $users);
    // Grades (set again on every run; the others of these learners emptied).
    foreach ($spec['learners'] as $username => $learner) {
        $grades = $learner['grades'] ?? [];
        foreach ($learner['all'] ?? [] as $unit) {
            $grades[$unit . '/ecrit/main'] = 14 * (($spec['outof'][$unit . '/ecrit/main'] ?? 20) / 20);
            $grades[$unit . '/cc/main'] = 13;
        }
        foreach ($items as $key => $item) {
            $want = $grades[$key] ?? null;
            $have = grade_grade::fetch(['itemid' => $item->id, 'userid' => $users[$username]->id]);
            $current = $have && $have->finalgrade !== null ? (float)$have->finalgrade : null;
            if ($current !== ($want === null ? null : (float)$want)) {
                $item->update_final_grade((int)$users[$username]->id, $want, 'sens_demo');
            }
        }
    }
    mtrace("demo course $shortname (id {$course->id}): " . count($users) . ' learners');
}

/**
 * The teaching sessions of a course (made once, in the past) and their sheets: every learner present but the
 * absences planned (minutes; a whole session when it is the session's length).
 *
 * @param stdClass $course
 * @param array $spec
 * @param stdClass[] $users By username.
 */
function sens_demo_sousse_sessions(stdClass $course, array $spec, array $users): void {
    global $DB;
    if (\core\di::get(\local_sens\local\workshop\session_repository::class)->count_kind((int)$course->id, 'teaching')) {
        return;
    }
    $lead = (int)$DB->get_field('user', 'id', ['username' => 'enseignant']);
    $adminid = (int)get_admin()->id;
    $sessions = \core\di::get(\local_sens\local\workshop\session_service::class);
    $sheets = \core\di::get(\local_sens\local\workshop\sheet_service::class);
    $repository = \core\di::get(\local_sens\local\workshop\session_repository::class);
    $first = (new DateTimeImmutable('today 09:00', core_date::get_server_timezone_object()))->modify($spec['first']);
    $n = 0;
    foreach ($spec['sessions'] as $unit => [$count, $hours]) {
        for ($k = 0; $k < $count; $k++) {
            $start = $first->modify('+' . (7 * $n) . ' days');
            $n++;
            $id = $sessions->create_teaching((int)$course->id, $unit, '', $start->getTimestamp(),
                $start->modify("+$hours hours")->getTimestamp(), 'Salle d\'ED — Faculté de médecine de Sousse',
                $lead ? [$lead] : [], $adminid);
            $rows = [];
            foreach ($spec['learners'] as $username => $learner) {
                $minutes = $learner['absent'][$unit][$k] ?? 0;
                $rows[] = ['userid' => (int)$users[$username]->id, 'unit' => $unit,
                    'present' => $minutes < $hours * 60, 'passed' => false, 'minutesabsent' => $minutes,
                    'justified' => false, 'note' => '', 'reason' => '', 'key' => ''];
            }
            try {
                $sheets->save($repository->get($id), $unit, $rows, $lead ?: $adminid);
            } catch (\local_sens\local\workshop\invalid_sheet_exception $e) {
                mtrace("sheet of {$course->shortname} $unit #" . ($k + 1) . ': ' . $e->getMessage() . ' '
                    . json_encode($e->errors, JSON_UNESCAPED_UNICODE));
                throw $e;
            }
        }
    }
    mtrace("teaching sessions of {$course->shortname}: $n, attendance recorded");
}

/**
 * Prints each Sousse demo learner's planned state and the stored state of the units that have an assessment.
 */
function sens_demo_sousse_report(): void {
    global $DB;
    foreach (SENS_DEMO_SOUSSE as $spec) {
        foreach ($spec['learners'] as $username => $learner) {
            $userid = $DB->get_field('user', 'id', ['username' => $username]);
            $programme = json_decode(file_get_contents(__DIR__ . '/../../rules-engine/programmes/' . $spec['file'] . '.json'),
                true)['id'];
            $stored = \core\di::get(\local_sens\local\learner\learner_repository::class)
                ->enrolment_and_decision((int)$userid, $programme)[1] ?? null;
            $units = [];
            if ($stored !== null) {
                foreach ($stored['decision']['units'] ?? [] as $u) {
                    if (!in_array($u['state'], ['open', 'locked'], true) || $u['id'] === 'memoire') {
                        $units[] = "{$u['id']}={$u['state']}";
                    }
                }
            }
            mtrace(sprintf('  %-10s %s [%s]', $username, $learner[2], implode(' ', $units)));
        }
    }
}
