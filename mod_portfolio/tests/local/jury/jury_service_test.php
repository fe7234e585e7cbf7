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

namespace mod_sensportfolio\local\jury;

/**
 * Tests of the jury service.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\local\jury\jury_service
 */
final class jury_service_test extends \advanced_testcase {

    /**
     * A decision is stored against the criteria, updates the submission and fires the event.
     */
    public function test_decide(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(1767225600);
        $course = $this->getDataGenerator()->create_course();
        $learner = $this->getDataGenerator()->create_user();
        $juror = $this->getDataGenerator()->create_user();
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $instance = $generator->create_instance(['course' => $course->id]);
        $context = \context_module::instance($instance->cmid);
        $service = \core\di::get(jury_service::class);
        $submissionid = $service->submit((int)$instance->id, (int)$learner->id);
        $this->assertSame('submitted', $service->latest_submission((int)$instance->id, (int)$learner->id)->status);

        $sink = $this->redirectEvents();
        $reviewid = $service->decide($submissionid, (int)$juror->id, 'rejected',
            [['criterion' => 'Réflexivité', 'met' => false, 'comment' => 'Trop court']], 'À reprendre', $context);

        $review = $DB->get_record('sensportfolio_review', ['id' => $reviewid], '*', MUST_EXIST);
        $this->assertSame('rejected', $review->decision);
        $this->assertFalse(json_decode($review->criteria, true)[0]['met']);
        $this->assertEquals(1767225600, $review->timecreated);
        $this->assertSame('rejected', $service->latest_submission((int)$instance->id, (int)$learner->id)->status);
        $events = array_values(array_filter($sink->get_events(),
            fn($e) => $e instanceof \mod_sensportfolio\event\jury_decision_recorded));
        $this->assertCount(1, $events);
        $this->assertEquals($learner->id, $events[0]->relateduserid);
    }

    /**
     * An unknown decision is refused and nothing changes.
     */
    public function test_decide_refuses_unknown_decision(): void {
        global $DB;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $learner = $this->getDataGenerator()->create_user();
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $instance = $generator->create_instance(['course' => $course->id]);
        $service = \core\di::get(jury_service::class);
        $submissionid = $service->submit((int)$instance->id, (int)$learner->id);
        try {
            $service->decide($submissionid, 2, 'maybe', [], '', \context_module::instance($instance->cmid));
            $this->fail('Unknown decision accepted');
        } catch (\invalid_parameter_exception $e) {
            $this->assertStringContainsString('maybe', $e->getMessage());
        }
        $this->assertSame(0, $DB->count_records('sensportfolio_review'));
        $this->assertSame('submitted', $DB->get_field('sensportfolio_submission', 'status', ['id' => $submissionid]));
    }
}
