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


namespace local_sens\local\decision;

use local_sens\local\gating\gating_service;
use local_sens\task\recompute_pending;

/**
 * Tests of the deferred recompute of enrolments (issue 17): enrolment and role events, by any method, mark the learner
 * and queue one task per course; gating fails closed and the block says "being prepared" until the first decision; a mark made
 * during a run stays; runs are bounded and queue the next one; concurrent recomputes of one learner store one decision
 * and one audit entry; the nightly task steps aside when another process runs it.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\decision\pending_service
 * @covers     \local_sens\local\decision\pending_repository
 * @covers     \local_sens\task\recompute_pending
 * @covers     \local_sens\task\reconcile_decisions
 * @covers     \local_sens\observer
 */
final class pending_service_test extends \advanced_testcase {

    /**
     * A linked course (Données Débutant and Intermédiaire quizzes), gating synced.
     *
     * @return \stdClass The generator's fixture.
     */
    private function fixture(): \stdClass {
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        \core\di::get(gating_service::class)->sync_course((int)$fixture->course->id);
        return $fixture;
    }

    /**
     * Enrol new users through a cohort synced to the course (a bulk method), as a CSV upload with a cohort column does.
     *
     * @param \stdClass $course
     * @param int $count
     * @param string $role Role shortname of the sync.
     * @return \stdClass[] The users.
     */
    private function bulk_enrol(\stdClass $course, int $count, string $role = 'student'): array {
        global $CFG, $DB;
        require_once($CFG->dirroot . '/cohort/lib.php');
        $cohort = $this->getDataGenerator()->create_cohort();
        enrol_get_plugin('cohort')->add_instance($course, ['customint1' => $cohort->id,
            'roleid' => $DB->get_field('role', 'id', ['shortname' => $role], MUST_EXIST)]);
        $users = [];
        for ($i = 0; $i < $count; $i++) {
            $users[] = $user = $this->getDataGenerator()->create_user();
            cohort_add_member($cohort->id, $user->id);
        }
        return $users;
    }

    /**
     * Queued recompute tasks of a course that have not started.
     *
     * @param int $courseid
     * @return \stdClass[]
     */
    private function queued(int $courseid): array {
        global $DB;
        return array_values(array_filter($DB->get_records('task_adhoc', ['classname' => '\\' . recompute_pending::class]),
            fn($t) => (int)json_decode($t->customdata)->courseid === $courseid && $t->timestarted === null));
    }

    /**
     * Whether the SENS condition on a unit lets a user in (and its negation), as Moodle evaluates it.
     *
     * @param \stdClass $fixture
     * @param string $slot A slot id of the fixture (its quiz carries the condition).
     * @param string $unit
     * @param int $userid
     * @return bool[] [available, available with "not"]
     */
    private function gate(\stdClass $fixture, string $slot, string $unit, int $userid): array {
        $info = new \core_availability\info_module(get_fast_modinfo($fixture->course)->get_cm($fixture->cms[$slot]->id));
        $condition = new \availability_sens\condition((object)['type' => 'sens', 'p' => 'du-cns', 'u' => $unit]);
        return [$condition->is_available(false, $info, false, $userid), $condition->is_available(true, $info, false, $userid)];
    }

    /**
     * Bulk enrolments (a synced cohort) only mark the learners and queue one task for the course; nothing is computed
     * until it runs. Until
     * then the gated activities are refused (both ways) and the block says the situation is being prepared; the task
     * enrols the learners (not the teacher), computes one decision each, audits it once and clears the marks.
     */
    public function test_enrolments_defer_to_one_task(): void {
        global $DB;
        $this->resetAfterTest();
        $clock = $this->mock_clock_with_frozen(1790000000);
        $fixture = $this->fixture();
        $courseid = (int)$fixture->course->id;
        $learners = $this->bulk_enrol($fixture->course, 3);
        [$teacher] = $this->bulk_enrol($fixture->course, 1, 'editingteacher');

        $this->assertSame(0, $DB->count_records('local_sens_enrolment'));
        $this->assertSame(0, $DB->count_records('local_sens_decision'));
        $this->assertSame(4, $DB->count_records('local_sens_pending', ['courseid' => $courseid]), 'one mark per user');
        $this->assertCount(1, $this->queued($courseid), 'one task for the course');
        $slot = array_key_first(array_filter($fixture->cms, fn($k) => str_starts_with($k, 'donnees.debutant'),
            ARRAY_FILTER_USE_KEY));
        $this->assertSame([false, false], $this->gate($fixture, $slot, 'donnees.debutant', (int)$learners[0]->id),
            'fail closed before the first decision');
        $loaded = \core\di::get(\block_competences\local\competences_source::class)->load((int)$learners[0]->id, $courseid);
        $this->assertNotNull($loaded);
        $this->assertNull($loaded['stored']);
        $this->assertStringContainsString('being prepared', get_string('nodecision', 'block_competences'));

        $clock->bump(5);
        ob_start();
        $this->runAdhocTasks(recompute_pending::class);
        $output = ob_get_clean();

        $this->assertStringContainsString("4 learner(s) of course {$courseid} recomputed, 0 left", $output);
        $this->assertSame(3, $DB->count_records('local_sens_enrolment'));
        $this->assertFalse($DB->record_exists('local_sens_enrolment', ['userid' => $teacher->id]));
        $this->assertSame(3, $DB->count_records('local_sens_decision'));
        $this->assertSame(3, $DB->count_records('local_sens_audit', ['action' => 'decision_changed']), 'one audit each');
        $this->assertSame(0, $DB->count_records('local_sens_pending'));
        $this->assertCount(0, $this->queued($courseid));
        $this->assertSame([true, false], $this->gate($fixture, $slot, 'donnees.debutant', (int)$learners[0]->id));
        $this->assertSame([false, true], $this->gate($fixture, $slot, 'donnees.intermediaire', (int)$learners[0]->id));
    }

    /**
     * One learner enrolled by hand (or enrolling themselves) is deferred like a bulk enrolment: nothing computed in
     * the request, one mark and one task for the course (the enrolment and the role events); until the task runs the
     * gated activities are refused; the task computes the learner once (one decision, one audit entry).
     */
    public function test_single_manual_enrolment_deferred(): void {
        global $DB;
        $this->resetAfterTest();
        $clock = $this->mock_clock_with_frozen(1790000000);
        $fixture = $this->fixture();
        $courseid = (int)$fixture->course->id;
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $self = $this->getDataGenerator()->create_user();
        $this->getDataGenerator()->enrol_user($self->id, $courseid, 'student', 'self');

        $this->assertSame(0, $DB->count_records('local_sens_decision'));
        $this->assertSame(0, $DB->count_records('local_sens_enrolment'));
        $this->assertSame(2, $DB->count_records('local_sens_pending', ['courseid' => $courseid]));
        $this->assertCount(1, $this->queued($courseid));
        $slot = array_key_first(array_filter($fixture->cms, fn($k) => str_starts_with($k, 'donnees.debutant'),
            ARRAY_FILTER_USE_KEY));
        $this->assertSame([false, false], $this->gate($fixture, $slot, 'donnees.debutant', (int)$learner->id));

        $clock->bump(5);
        ob_start();
        $this->runAdhocTasks(recompute_pending::class);
        ob_end_clean();
        foreach ([$learner, $self] as $user) {
            $this->assertSame(1, $DB->count_records('local_sens_decision', ['userid' => $user->id]));
            $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'decision_changed',
                'relateduserid' => $user->id]));
        }
        $this->assertSame(0, $DB->count_records('local_sens_pending'));
        $this->assertCount(0, $this->queued($courseid));
        $this->assertSame([true, false], $this->gate($fixture, $slot, 'donnees.debutant', (int)$learner->id));
    }

    /**
     * A learner marked again after a run started keeps the mark (cleared only when older than the run's start) and
     * the run queues the next one; a run stops after its batch and queues the next one while marks remain.
     */
    public function test_marks_newer_than_the_run_stay_and_batches_requeue(): void {
        global $DB;
        $this->resetAfterTest();
        $clock = $this->mock_clock_with_frozen(1790000000);
        $fixture = $this->fixture();
        $courseid = (int)$fixture->course->id;
        $users = $this->bulk_enrol($fixture->course, 3);
        $DB->delete_records('task_adhoc');
        $clock->bump(10);
        $service = \core\di::get(pending_service::class);

        $result = $service->run($courseid, 2);
        $this->assertSame(['processed' => 2, 'remaining' => 1], $result);
        $this->assertCount(1, $this->queued($courseid), 'the run queued the next one');
        $this->assertSame(2, $DB->count_records('local_sens_decision'));

        // Marked at the run's start second: computed, but the mark stays (it may postdate what was read).
        $DB->delete_records('task_adhoc');
        $repository = \core\di::get(pending_repository::class);
        $repository->mark((int)$users[0]->id, $courseid);
        $result = $service->run($courseid);
        $this->assertSame(2, $result['processed']);
        $this->assertSame(1, $result['remaining']);
        $this->assertTrue($repository->is_pending((int)$users[0]->id, $courseid));
        $this->assertSame(3, $DB->count_records('local_sens_decision'));
        $next = $this->queued($courseid);
        $this->assertCount(1, $next);
        $this->assertSame($clock->time() + 1, (int)$next[0]->nextruntime, 'not before the next second');

        $clock->bump(1);
        $this->assertSame(['processed' => 1, 'remaining' => 0], $service->run($courseid));
        // Recomputing the same facts wrote no second audit entry.
        $this->assertSame(3, $DB->count_records('local_sens_audit', ['action' => 'decision_changed']));
    }

    /**
     * The nightly task steps aside while another process holds its lock, and processes the marks before
     * recomputing everyone when it runs.
     */
    public function test_nightly_task_runs_once(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(1790000000);
        $fixture = $this->fixture();
        $this->bulk_enrol($fixture->course, 1);
        $task = new \local_sens\task\reconcile_decisions();

        // Another process (its own connection) runs the nightly task: it holds the task's lock for a few seconds.
        $ready = make_request_directory() . '/ready';
        $pid = $this->fork(function() use ($ready) {
            $lock = \core\lock\lock_config::get_lock_factory('local_sens_reconcile')->get_lock('nightly', 0);
            file_put_contents($ready, $lock ? 'locked' : 'not locked');
            sleep(4);
            $lock && $lock->release();
        });
        for ($i = 0; $i < 100 && !file_exists($ready); $i++) {
            usleep(50000);
        }
        $this->assertSame('locked', file_get_contents($ready));
        ob_start();
        $task->execute();
        $output = ob_get_clean();
        pcntl_waitpid($pid, $status);
        $this->assertStringContainsString('running in another process', $output);
        $this->assertSame(0, $DB->count_records('local_sens_decision'));

        \core\di::get(\core\clock::class)->bump(1);
        ob_start();
        $task->execute();
        $output = ob_get_clean();
        $this->assertStringContainsString('1 marked learner(s) enrolled and computed', $output);
        $this->assertSame(1, $DB->count_records('local_sens_decision'));
        $this->assertSame(0, $DB->count_records('local_sens_pending'));
    }

    /**
     * Run a function in a child process with its own database connection and services; it ends without running this
     * process's shutdown code.
     *
     * @param callable $fn
     * @return int The child's pid.
     */
    private function fork(callable $fn): int {
        global $DB, $CFG;
        if (!function_exists('pcntl_fork') || !function_exists('posix_kill')) {
            $this->markTestSkipped('pcntl and posix are needed to run two processes');
        }
        $pid = pcntl_fork();
        if ($pid !== 0) {
            return $pid;
        }
        try {
            $DB = \moodle_database::get_driver_instance($CFG->dbtype, $CFG->dblibrary);
            $DB->connect($CFG->dbhost, $CFG->dbuser, $CFG->dbpass, $CFG->dbname, $CFG->prefix, $CFG->dboptions);
            \core\di::reset_container();
            $fn();
        } finally {
            posix_kill(posix_getpid(), SIGKILL);
        }
        return 0;
    }

    /**
     * Two processes recompute the same 40 new learners at the same time (pcntl_fork, each with its own database
     * connection): each learner has one decision and one audit entry, and neither process fails.
     */
    public function test_two_processes_recompute_one_decision_each(): void {
        global $DB;
        $this->resetAfterTest();
        // Committed data, seen by the other process's connection.
        $this->preventResetByRollback();
        $fixture = $this->fixture();
        $courseid = (int)$fixture->course->id;
        $userids = [];
        for ($i = 0; $i < 40; $i++) {
            $user = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
            $userids[] = (int)$user->id;
        }
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        // New learners again: enrolled on the programme, no decision yet.
        [$insql, $params] = $DB->get_in_or_equal($userids);
        $DB->delete_records_select('local_sens_decision', "userid $insql", $params);
        $DB->delete_records_select('local_sens_openunit', "userid $insql", $params);
        $DB->delete_records_select('local_sens_audit', "relateduserid $insql", $params);
        $result = make_request_directory() . '/child';

        $pid = $this->fork(function() use ($courseid, $userids, $result) {
            try {
                \core\di::get(decision_service::class)->recompute_users($courseid, $userids);
                file_put_contents($result, 'ok');
            } catch (\Throwable $e) {
                file_put_contents($result, get_class($e) . ': ' . $e->getMessage());
            }
        });
        $error = null;
        try {
            \core\di::get(decision_service::class)->recompute_users($courseid, $userids);
        } catch (\Throwable $e) {
            $error = get_class($e) . ': ' . $e->getMessage();
        }
        pcntl_waitpid($pid, $status);

        $this->assertNull($error, 'this process');
        $this->assertSame('ok', file_get_contents($result), 'the other process');
        $this->assertSame(40, $DB->count_records_select('local_sens_decision', "userid $insql", $params));
        $this->assertSame(40, $DB->count_records_select('local_sens_audit',
            "action = 'decision_changed' AND relateduserid $insql", $params));
    }
}
