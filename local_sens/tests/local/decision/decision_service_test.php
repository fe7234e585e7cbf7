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

use local_sens\local\engine\decide;
use local_sens\local\gating\gating_service;
use local_sens\local\learner\record_builder;

/**
 * Tests of the decision service: engine output stored unchanged, audit on change, idempotence, reconcile task.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\decision\decision_service
 * @covers     \local_sens\task\reconcile_decisions
 */
final class decision_service_test extends \advanced_testcase {

    /**
     * A course with the Débutant and Intermédiaire quizzes of "Données de santé", synced, and one enrolled learner.
     *
     * @return array [fixture, learner, enrolment]
     */
    private function setup_learner(): array {
        global $DB;
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        \core\di::get(gating_service::class)->sync_course((int)$fixture->course->id);
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $sens->run_pending_recomputes();
        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $learner->id], '*', MUST_EXIST);
        return [$fixture, $learner, $enrolment];
    }

    /**
     * Complete the given slots' quizzes (manual completion).
     *
     * @param \stdClass $fixture
     * @param \stdClass $learner
     * @param string $prefix Slot id prefix.
     */
    private function complete(\stdClass $fixture, \stdClass $learner, string $prefix): void {
        $completion = new \completion_info($fixture->course);
        foreach ($fixture->cms as $slot => $cm) {
            if (str_starts_with($slot, $prefix)) {
                $completion->update_state(get_fast_modinfo($fixture->course)->get_cm($cm->id), COMPLETION_COMPLETE,
                    $learner->id);
            }
        }
    }

    /**
     * The stored decision is the engine's output for the record built from Moodle, as of the clock's date in the
     * site timezone; a second recompute changes nothing; a change of unit state is audited with before/after.
     */
    public function test_recompute_user_stores_engine_output_and_audits_changes(): void {
        global $DB;
        $this->resetAfterTest();
        // Facts are dated today by Moodle; decide as of tomorrow noon (Perth, PHPUnit's site timezone).
        $clock = $this->mock_clock_with_frozen(time() + DAYSECS);
        [$fixture, $learner, $enrolment] = $this->setup_learner();
        $service = \core\di::get(decision_service::class);

        $row = $DB->get_record('local_sens_decision', ['userid' => $learner->id], '*', MUST_EXIST);
        $asof = $clock->now()->setTimezone(\core_date::get_server_timezone_object())->format('Y-m-d');
        $this->assertSame($asof, $row->asof);
        $decision = json_decode($row->decision, true);
        $this->assertSame('not_started', $decision['verdict']['code']);

        $this->complete($fixture, $learner, 'donnees.debutant.');
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $sens->create_attestation(['userid' => $learner->id, 'versionid' => $fixture->version->id,
            'unit' => 'donnees.debutant', 'session' => 'S1', 'sessiondate' => record_builder::date(time())]);
        $DB->delete_records('local_sens_audit');
        $decisions = $service->recompute_user((int)$learner->id);

        $record = \core\di::get(record_builder::class)->build((int)$learner->id, $enrolment);
        $expected = decide::decide($fixture->definition, $record, $asof);
        $this->assertSame($expected, $decisions[$fixture->version->id]);
        $stored = $DB->get_record('local_sens_decision', ['userid' => $learner->id], '*', MUST_EXIST);
        $this->assertSame(json_encode($expected, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), $stored->decision);
        $states = array_column($expected['units'], 'state', 'id');
        $this->assertSame('validated', $states['donnees.debutant']);
        $this->assertSame('open', $states['donnees.intermediaire']);

        $audit = $DB->get_records('local_sens_audit', ['relateduserid' => $learner->id, 'action' => 'decision_changed']);
        $this->assertCount(1, $audit);
        $details = json_decode(reset($audit)->details, true);
        // The completions already moved the verdict (their observer); the attestation, written directly, did not.
        $this->assertSame(['before' => 'in_progress', 'after' => 'in_progress'], $details['verdict']);
        $changes = array_column($details['units'], null, 'unit');
        $this->assertSame(['unit' => 'donnees.intermediaire', 'before' => 'locked', 'after' => 'open'],
            $changes['donnees.intermediaire']);

        // Idempotent: nothing written, nothing audited.
        $timecomputed = $stored->timecomputed;
        $clock->bump(60);
        $service->recompute_user((int)$learner->id);
        $this->assertEquals($timecomputed, $DB->get_field('local_sens_decision', 'timecomputed', ['id' => $stored->id]));
        $this->assertCount(1, $DB->get_records('local_sens_audit', ['action' => 'decision_changed']));
    }

    /**
     * Placements go through the service (audited, event) and their observer recomputes: lower levels exempt.
     */
    public function test_placement_recomputes(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(time() + DAYSECS);
        [$fixture, $learner, $enrolment] = $this->setup_learner();
        $enrolments = \core\di::get(\local_sens\local\learner\enrolment_service::class);

        $enrolments->place((int)$enrolment->id, 'donnees.intermediaire', 'PIX', 'PIX score 3', (int)get_admin()->id);

        $decision = json_decode($DB->get_field('local_sens_decision', 'decision', ['userid' => $learner->id]), true);
        $states = array_column($decision['units'], 'state', 'id');
        $this->assertSame('exempt', $states['donnees.debutant']);
        $this->assertSame('open', $states['donnees.intermediaire']);
        $this->assertSame('locked', $states['donnees.avance']);
        $this->assertTrue($DB->record_exists('local_sens_audit', ['action' => 'placement_recorded',
            'relateduserid' => $learner->id]));
    }

    /**
     * The reconcile task recomputes everyone (a fact written behind the observers' back is caught); a second start
     * after that run ended, in the same process, does nothing; a later run changes nothing: no decision, no audit
     * entry, no open unit.
     */
    public function test_reconcile_task_is_idempotent(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(time() + DAYSECS);
        [$fixture, $learner] = $this->setup_learner();
        $other = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        // Written directly: no event, so no observer ran.
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $sens->create_attestation(['userid' => $other->id, 'versionid' => $fixture->version->id,
            'unit' => 'donnees.debutant', 'session' => 'S1', 'sessiondate' => '2026-01-05', 'result' => 'failed']);
        $before = $DB->get_field('local_sens_decision', 'decision', ['userid' => $other->id]);

        $task = new \local_sens\task\reconcile_decisions();
        ob_start();
        $task->execute();
        $output = ob_get_clean();

        $this->assertStringContainsString('1 decision(s) changed', $output);
        $after = $DB->get_field('local_sens_decision', 'decision', ['userid' => $other->id]);
        $this->assertNotSame($before, $after);
        $this->assertStringContainsString('attestation_not_passed', $after);

        $snapshot = fn() => [
            $DB->get_records('local_sens_decision', null, 'id'),
            $DB->count_records('local_sens_audit'),
            $DB->get_records('local_sens_openunit', null, 'id'),
            $DB->get_records('course_modules', ['course' => $fixture->course->id], 'id', 'id, availability'),
        ];
        $first = $snapshot();
        // Started again in this process (as Moodle's task lock lets a second start wait for the first, on another
        // node): the run that ended since this process started is enough, nothing is done.
        ob_start();
        $task->execute();
        $output = ob_get_clean();
        $this->assertStringContainsString('ran in another process since this one started', $output);
        $this->assertEquals($first, $snapshot());
        // Started later (a run that ended before this process started): it recomputes, and nothing changes.
        set_config('nightlyfinished', $_SERVER['REQUEST_TIME'] - 1, 'local_sens');
        ob_start();
        $task->execute();
        $output = ob_get_clean();
        $this->assertStringContainsString('0 decision(s) changed', $output);
        $this->assertEquals($first, $snapshot());
        $this->assertSame(0, \core\di::get(decision_service::class)->recompute_all());
    }

    /**
     * The next day every stored decision is rewritten (its as-of date changed), in batched statements: each learner
     * keeps their own row, now holding the engine's decision for them as of the new day.
     */
    public function test_recompute_all_rewrites_each_learners_decision(): void {
        global $DB;
        $this->resetAfterTest();
        $clock = $this->mock_clock_with_frozen(time() + DAYSECS);
        [$fixture, $learner] = $this->setup_learner();
        $other = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $this->complete($fixture, $other, 'donnees.debutant.');
        $rows = $DB->get_records('local_sens_decision', null, 'id');
        $this->assertCount(2, $rows);

        $clock->bump(DAYSECS);
        $this->assertSame(2, \core\di::get(decision_service::class)->recompute_all());

        $asof = $clock->now()->setTimezone(\core_date::get_server_timezone_object())->format('Y-m-d');
        $builder = \core\di::get(record_builder::class);
        foreach ($rows as $row) {
            $stored = $DB->get_record('local_sens_decision', ['id' => $row->id], '*', MUST_EXIST);
            $this->assertSame($row->userid, $stored->userid);
            $this->assertSame($asof, $stored->asof);
            $this->assertEquals($clock->time(), $stored->timecomputed);
            $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $row->userid], '*', MUST_EXIST);
            $expected = decide::decide($fixture->definition, $builder->build((int)$row->userid, $enrolment), $asof);
            $this->assertSame(json_encode($expected, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), $stored->decision);
        }
        $this->assertNotSame($DB->get_field('local_sens_decision', 'decision', ['userid' => $learner->id]),
            $DB->get_field('local_sens_decision', 'decision', ['userid' => $other->id]));
    }

    /**
     * The verdict becoming "certified" fires certification_decided once.
     */
    public function test_certified_fires_event(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(time() + DAYSECS);
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        // A one-unit programme: a single attestation certifies.
        $definition = [
            'id' => 'mini', 'version' => '1', 'title' => 'Mini', 'maxDurationMonths' => 12,
            'units' => [['id' => 'atelier', 'kind' => 'workshop', 'title' => 'Atelier', 'parent' => null,
                'requirements' => [['kind' => 'attestation', 'id' => 'atelier.att']]]],
            'certification' => ['units' => ['atelier'], 'participationAttestation' => false],
        ];
        $version = $sens->create_programme_version(['programme' => 'mini', 'definition' => $definition]);
        $learner = $this->getDataGenerator()->create_user();
        $sens->create_enrolment(['userid' => $learner->id, 'versionid' => $version->id,
            'startdate' => record_builder::date(time())]);
        $service = \core\di::get(decision_service::class);
        $service->recompute_user((int)$learner->id);
        $sens->create_attestation(['userid' => $learner->id, 'versionid' => $version->id, 'unit' => 'atelier',
            'sessiondate' => record_builder::date(time())]);
        $sink = $this->redirectEvents();

        $service->recompute_user((int)$learner->id);
        $service->recompute_user((int)$learner->id);

        $events = array_values(array_filter($sink->get_events(),
            fn($e) => $e instanceof \local_sens\event\certification_decided));
        $this->assertCount(1, $events);
        $this->assertEquals($learner->id, $events[0]->relateduserid);
        $row = $DB->get_record('local_sens_decision', ['userid' => $learner->id]);
        $this->assertEquals($row->id, $events[0]->objectid);
        $this->assertSame('certified', json_decode($row->decision, true)['verdict']['code']);
    }

    /**
     * After a mapping change, recompute_course recomputes the course's learners: a completion now counts for the
     * slot its activity is mapped to; a second call changes nothing.
     */
    public function test_recompute_course_after_mapping_change(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(time() + DAYSECS);
        [$fixture, $learner] = $this->setup_learner();
        $cm = $fixture->cms['donnees.debutant.e1.exercices'];
        $completion = new \completion_info($fixture->course);
        $completion->update_state(get_fast_modinfo($fixture->course)->get_cm($cm->id), COMPLETION_COMPLETE, $learner->id);
        $passed = fn() => array_column(json_decode($DB->get_field('local_sens_decision', 'decision',
            ['userid' => $learner->id]), true)['units'], 'reasons', 'id')['donnees.debutant'][0]['params']['passed'];
        $this->assertSame(1, $passed());

        // The activity now counts for an Intermédiaire slot instead.
        $DB->set_field('local_sens_mapping', 'slot', 'donnees.intermediaire.e1.exercices', ['cmid' => $cm->id]);
        $DB->delete_records('local_sens_mapping', ['cmid' => $fixture->cms['donnees.intermediaire.e1.exercices']->id]);
        $service = \core\di::get(decision_service::class);

        $this->assertSame(1, $service->recompute_course((int)$fixture->course->id));
        $this->assertSame(0, $passed());
        $this->assertSame(0, $service->recompute_course((int)$fixture->course->id));
    }
}
