<?php
// SENS demo (part of create_demo.php): every learner of the promotion enrolled on the programme (enrolment_service),
// the demo learners put in given states (SENS_DEMO_STATES; enforced, so a re-run undoes what a test did), the
// decisions recomputed and each demo learner's stored state printed.

defined('MOODLE_INTERNAL') || die();

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
    $repository = \core\di::get(\local_sens\local\learner\enrolment_repository::class);
    $adminid = (int)get_admin()->id;
    $today = (new DateTimeImmutable('now', core_date::get_server_timezone_object()))->format('Y-m-d');
    $members = $DB->get_records_sql(
        "SELECT u.id, u.username FROM {cohort_members} cm JOIN {user} u ON u.id = cm.userid
          WHERE cm.cohortid = ? ORDER BY u.username", [$cohort->id]);
    $enrolled = 0;
    foreach ($members as $user) {
        if (!$repository->follows((int)$user->id, (string)$version->programme)) {
            $enrolments->enrol((int)$user->id, (int)$version->id, $today, $adminid);
            $enrolled++;
        }
    }
    if ($enrolled) {
        mtrace("enrolled $enrolled learners on {$version->programme} version {$version->version}");
    }
    // When the programme file changed, the demo published a new version: move the promotion onto it, as the
    // pedagogical engineer would (learners otherwise stay on the version they enrolled under).
    $older = array_filter($repository->of_learners(array_keys($members), (string)$version->programme),
        fn($e) => (int)$e->versionid !== (int)$version->id);
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
        $enrolment = \core\di::get(\local_sens\local\learner\enrolment_repository::class)
            ->latest((int)$user->id, (string)$version->programme, false);
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
            if (!\core\di::get(\local_sens\local\attestation\attestation_repository::class)
                    ->has((int)$user->id, (int)$enrolment->versionid, $unit, 'passed')) {
                \core\di::get(\local_sens\local\attestation\attestation_service::class)->record($adminid, (int)$user->id,
                    (int)$enrolment->versionid, $unit, 'S1', $today, 'passed', context_course::instance($course->id));
                mtrace("$username: workshop attestation for $unit recorded");
            }
        }
        foreach ($want['placed'] ?? [] as $unit => $basis) {
            if (!\core\di::get(\local_sens\local\learner\placement_repository::class)->is_placed((int)$enrolment->id, $unit)) {
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
 * Decisions of every learner recomputed by the engine and stored; gating synced. The enrolments made above only
 * marked their learners for the deferred recompute (cron's task): those marks are processed here first, so the demo
 * ends with every decision stored and nothing left waiting.
 */
function sens_demo_recompute(): void {
    $pending = \core\di::get(\local_sens\local\decision\pending_service::class)->run_all();
    mtrace("learners marked by their enrolment computed ($pending)");
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
        $decision = \core\di::get(\local_sens\local\decision\decision_repository::class)->latest_of((int)$userid);
        $units = [];
        if ($decision !== null) {
            foreach ($decision['units'] ?? [] as $u) {
                if (preg_match('/^(initiation|(donnees|cybersecurite)\.(debutant|intermediaire))$/', $u['id'])) {
                    $units[] = "{$u['id']}={$u['state']}";
                }
            }
        }
        mtrace(sprintf('  %-10s %s%s', $username, $want['state'], $units ? ' [' . implode(' ', $units) . ']' : ''));
    }
}
