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
namespace mod_sensportfolio\local\submission;

use mod_sensportfolio\local\entry\entry_repository;

/**
 * Tests of submitting: a snapshot the jury reads unchanged whatever the learner edits afterwards; refused (nothing
 * stored) when the engine's stored decision does not say the portfolio unit is open, when the learner does not follow
 * the programme, or while a submission awaits the jury.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\local\submission\submission_service
 */
final class submission_service_test extends \advanced_testcase {

    /**
     * A programme portfolio with one entry (and one file) of the learner.
     *
     * @return \stdClass The fixture, with entryid.
     */
    private function fixture(): \stdClass {
        $this->resetAfterTest();
        /** @var \mod_sensportfolio_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $fixture = $generator->create_programme_portfolio();
        $fixture->entryid = (int)$generator->create_entry(['sensportfolioid' => $fixture->instance->id,
            'userid' => $fixture->learner->id, 'title' => 'Atelier', 'competences' => ['mc1.d1'], 'filename' => 'trace.txt'])->id;
        return $fixture;
    }

    /**
     * Set the portfolio unit's state in the learner's stored decision (what the engine would have decided).
     *
     * @param \stdClass $fixture
     * @param string $state
     */
    private function set_portfolio_state(\stdClass $fixture, string $state): void {
        global $DB;
        $row = $DB->get_record('local_sens_decision', ['userid' => $fixture->learner->id], '*', MUST_EXIST);
        $decision = json_decode($row->decision, true);
        foreach ($decision['units'] as &$unit) {
            if ($unit['id'] === 'portfolio') {
                $unit['state'] = $state;
                $unit['reasons'] = [['code' => 'prerequisite_missing', 'path' => '/units/0',
                    'params' => ['unit' => 'portfolio', 'missing' => 'initiation']]];
            }
        }
        $DB->set_field('local_sens_decision', 'decision', json_encode($decision), ['id' => $row->id]);
    }

    /**
     * The engine's stored decision opens the portfolio to a new DU learner: submitting stores a snapshot with its
     * hash and fires the event; later edits of the draft change nothing the jury reads.
     */
    public function test_submit_is_a_snapshot(): void {
        global $DB;
        $fixture = $this->fixture();
        $service = \core\di::get(submission_service::class);
        $this->setUser($fixture->learner);
        $gate = $service->gate($fixture->instance, (int)$fixture->learner->id);
        $this->assertTrue($gate['allowed'], implode(' ', $gate['reasons']));
        $this->assertSame('portfolio', $gate['unit']['id']);

        $sink = $this->redirectEvents();
        $submission = $service->submit($fixture->instance, $fixture->context, (int)$fixture->learner->id);
        $events = array_values(array_filter($sink->get_events(),
            fn($e) => $e instanceof \mod_sensportfolio\event\portfolio_submitted));
        $sink->close();
        $this->assertCount(1, $events);
        $this->assertSame(hash('sha256', $submission->snapshot), $submission->contenthash);
        $snapshot = json_decode($submission->snapshot, true);
        $this->assertSame('Atelier', $snapshot[0]['title']);
        $this->assertSame(hash('sha256', 'evidence'), $snapshot[0]['files'][0]['sha256']);

        // The learner edits the draft: new title, the file replaced, a second entry.
        $fs = get_file_storage();
        $fs->delete_area_files($fixture->context->id, 'mod_sensportfolio', 'entry', $fixture->entryid);
        $fs->create_file_from_string(['contextid' => $fixture->context->id, 'component' => 'mod_sensportfolio',
            'filearea' => 'entry', 'itemid' => $fixture->entryid, 'filepath' => '/', 'filename' => 'trace.txt'], 'changed');
        \core\di::get(entry_repository::class)->save((object)['id' => $fixture->entryid, 'title' => 'Changé',
            'competences' => []], (int)$fixture->instance->id, (int)$fixture->learner->id, $fixture->context, [], []);

        $stored = $service->get((int)$submission->id, (int)$fixture->instance->id);
        $this->assertSame($submission->snapshot, $stored->snapshot);
        $this->assertTrue($service->verify($stored, $fixture->context));
        $copy = $fs->get_file($fixture->context->id, 'mod_sensportfolio', 'submission', $submission->id,
            '/' . $fixture->entryid . '/', 'trace.txt');
        $this->assertSame('evidence', $copy->get_content());

        // What the jury reads is the snapshot.
        global $PAGE;
        $this->setUser($fixture->juror);
        $html = $PAGE->get_renderer('mod_sensportfolio')->render(new \mod_sensportfolio\output\submission_view($stored,
            $fixture->context, $fixture->definition));
        $this->assertStringContainsString('Atelier', $html);
        $this->assertStringNotContainsString('Changé', $html);

        // A second submission waits for the jury's decision first.
        $this->setUser($fixture->learner);
        $this->assertFalse($service->gate($fixture->instance, (int)$fixture->learner->id)['allowed']);
        $this->assertSame(1, $DB->count_records('sensportfolio_submission'));
    }

    /**
     * A tampered snapshot no longer verifies.
     */
    public function test_verify_detects_change(): void {
        $fixture = $this->fixture();
        $service = \core\di::get(submission_service::class);
        $submission = $service->submit($fixture->instance, $fixture->context, (int)$fixture->learner->id);
        $submission->snapshot = str_replace('Atelier', 'Autre', $submission->snapshot);
        $this->assertFalse($service->verify($submission, $fixture->context));
    }

    /**
     * A portfolio the engine says is locked (or not passed) is refused by the server with the engine's reasons;
     * nothing is stored.
     */
    public function test_submit_refused_when_engine_says_not_open(): void {
        global $DB;
        $fixture = $this->fixture();
        $service = \core\di::get(submission_service::class);
        foreach (['locked', 'failed', 'validated'] as $state) {
            $this->set_portfolio_state($fixture, $state);
            $gate = $service->gate($fixture->instance, (int)$fixture->learner->id);
            $this->assertFalse($gate['allowed'], $state);
            $this->assertStringContainsString(submission_service::state_text($state), $gate['reasons'][0]);
            try {
                $service->submit($fixture->instance, $fixture->context, (int)$fixture->learner->id);
                $this->fail("$state: submitted");
            } catch (\moodle_exception $e) {
                $this->assertSame('cannotsubmit', $e->errorcode);
            }
        }
        $this->assertSame(0, $DB->count_records('sensportfolio_submission'));
        $this->assertSame([], get_file_storage()->get_area_files($fixture->context->id, 'mod_sensportfolio', 'submission'));
    }

    /**
     * A learner who does not follow the course's programme (here: a course linked to none) cannot submit.
     */
    public function test_submit_refused_outside_programme(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $learner = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $module = $this->getDataGenerator()->create_module('sensportfolio', ['course' => $course->id]);
        $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio')->create_entry([
            'sensportfolioid' => $module->id, 'userid' => $learner->id]);
        $gate = \core\di::get(submission_service::class)->gate($module, (int)$learner->id);
        $this->assertFalse($gate['allowed']);
        $this->assertSame([get_string('gate:notfollowing', 'mod_sensportfolio')], $gate['reasons']);
    }

    /**
     * Without entries there is nothing to submit.
     */
    public function test_submit_refused_without_entries(): void {
        $this->resetAfterTest();
        $fixture = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio')->create_programme_portfolio();
        $gate = \core\di::get(submission_service::class)->gate($fixture->instance, (int)$fixture->learner->id);
        $this->assertSame([get_string('gate:noentries', 'mod_sensportfolio')], $gate['reasons']);
    }

    /**
     * After a rejection, whether the learner may submit again is what the engine decides for the portfolio unit.
     */
    public function test_resubmission_follows_the_engine(): void {
        $fixture = $this->fixture();
        $service = \core\di::get(submission_service::class);
        $submission = $service->submit($fixture->instance, $fixture->context, (int)$fixture->learner->id);
        $this->setAdminUser();
        \core\di::get(\mod_sensportfolio\local\jury\jury_service::class)->decide((int)$submission->id, (int)$fixture->juror->id,
            'rejected', [], 'À reprendre.', $fixture->context);
        $programme = \local_sens\api::learner_programme((int)$fixture->learner->id, (int)$fixture->course->id);
        $state = \local_sens\api::unit_decision($programme['decision'], 'portfolio')['state'];
        $gate = $service->gate($fixture->instance, (int)$fixture->learner->id);
        $this->assertSame(in_array($state, \local_sens\api::SUBMITTABLE_STATES, true), $gate['allowed'], $state);
        $this->set_portfolio_state($fixture, 'open');
        $this->assertTrue($service->gate($fixture->instance, (int)$fixture->learner->id)['allowed']);
        $this->assertNotEmpty($service->submit($fixture->instance, $fixture->context, (int)$fixture->learner->id)->id);
    }
}
