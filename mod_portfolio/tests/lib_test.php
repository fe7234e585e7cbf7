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

namespace mod_sensportfolio;

/**
 * Tests of lib.php: features, instance life cycle.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     ::sensportfolio_supports
 * @covers     ::sensportfolio_delete_instance
 * @covers     ::sensportfolio_file_access
 * @covers     ::sensportfolio_reset_userdata
 * @covers     ::sensportfolio_get_coursemodule_info
 */
final class lib_test extends \advanced_testcase {

    /**
     * Load lib.php.
     */
    public static function setUpBeforeClass(): void {
        global $CFG;
        require_once($CFG->dirroot . '/mod/sensportfolio/lib.php');
        parent::setUpBeforeClass();
    }

    /**
     * The module declares backup, intro and view completion, and no grade.
     */
    public function test_supports(): void {
        $this->assertTrue(sensportfolio_supports(FEATURE_BACKUP_MOODLE2));
        $this->assertTrue(sensportfolio_supports(FEATURE_MOD_INTRO));
        $this->assertTrue(sensportfolio_supports(FEATURE_COMPLETION_TRACKS_VIEWS));
        $this->assertTrue(sensportfolio_supports(FEATURE_COMPLETION_HAS_RULES));
        $this->assertTrue(sensportfolio_supports(FEATURE_GROUPS));
        $this->assertFalse(sensportfolio_supports(FEATURE_GRADE_HAS_GRADE));
        $this->assertNull(sensportfolio_supports('unknownfeature'));
    }

    /**
     * Creating an instance stores the clock's time; deleting the module removes its entries, submissions, reviews.
     */
    public function test_instance_life_cycle(): void {
        global $DB;
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->mock_clock_with_frozen(1767225600);
        $course = $this->getDataGenerator()->create_course();
        $learner = $this->getDataGenerator()->create_user();
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $instance = $generator->create_instance(['course' => $course->id]);
        $this->assertEquals(1767225600, $DB->get_field('sensportfolio', 'timecreated', ['id' => $instance->id]));
        $generator->create_entry(['sensportfolioid' => $instance->id, 'userid' => $learner->id]);
        $submission = $generator->create_submission(['sensportfolioid' => $instance->id, 'userid' => $learner->id]);
        $generator->create_review(['submissionid' => $submission->id, 'reviewerid' => 2]);

        course_delete_module($instance->cmid);

        $this->assertFalse($DB->record_exists('sensportfolio', ['id' => $instance->id]));
        $this->assertSame(0, $DB->count_records('sensportfolio_entry'));
        $this->assertSame(0, $DB->count_records('sensportfolio_submission'));
        $this->assertSame(0, $DB->count_records('sensportfolio_review'));
        $this->assertFalse(sensportfolio_delete_instance($instance->id));
    }

    /**
     * Files of an entry or a submission: its learner and the jury read them; another learner does not, nor anyone
     * through another activity.
     */
    public function test_file_access(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $learner = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $other = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $juror = $this->getDataGenerator()->create_and_enrol($course, 'teacher');
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $instance = $generator->create_instance(['course' => $course->id]);
        $second = $generator->create_instance(['course' => $course->id]);
        $cm = get_coursemodule_from_id('sensportfolio', $instance->cmid);
        $secondcm = get_coursemodule_from_id('sensportfolio', $second->cmid);
        $context = \context_module::instance($cm->id);
        $entry = $generator->create_entry(['sensportfolioid' => $instance->id, 'userid' => $learner->id, 'filename' => 'a.txt']);
        $submission = $generator->create_submission(['sensportfolioid' => $instance->id, 'userid' => $learner->id,
            'filename' => 'a.txt']);
        foreach (['entry' => $entry->id, 'submission' => $submission->id] as $area => $itemid) {
            $this->assertTrue(sensportfolio_file_access($cm, $context, $area, (int)$itemid, (int)$learner->id), $area);
            $this->assertTrue(sensportfolio_file_access($cm, $context, $area, (int)$itemid, (int)$juror->id), $area);
            $this->assertFalse(sensportfolio_file_access($cm, $context, $area, (int)$itemid, (int)$other->id), $area);
            $this->assertFalse(sensportfolio_file_access($secondcm, \context_module::instance($secondcm->id), $area,
                (int)$itemid, (int)$learner->id), $area);
        }
        $this->assertFalse(sensportfolio_file_access($cm, $context, 'intro', 0, (int)$learner->id));
    }

    /**
     * Course reset removes the portfolios' entries, submissions, reviews and files; the activity stays.
     */
    public function test_reset_userdata(): void {
        global $DB;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $learner = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $instance = $generator->create_instance(['course' => $course->id]);
        $generator->create_entry(['sensportfolioid' => $instance->id, 'userid' => $learner->id, 'filename' => 'a.txt']);
        $submission = $generator->create_submission(['sensportfolioid' => $instance->id, 'userid' => $learner->id,
            'filename' => 'a.txt']);
        $generator->create_review(['submissionid' => $submission->id, 'reviewerid' => 2]);

        $this->assertSame([], sensportfolio_reset_userdata((object)['courseid' => $course->id, 'reset_sensportfolio' => 0]));
        $this->assertSame(1, $DB->count_records('sensportfolio_entry'));
        $status = sensportfolio_reset_userdata((object)['courseid' => $course->id, 'reset_sensportfolio' => 1]);
        $this->assertFalse($status[0]['error']);
        foreach (['sensportfolio_entry', 'sensportfolio_submission', 'sensportfolio_review'] as $table) {
            $this->assertSame(0, $DB->count_records($table), $table);
        }
        $this->assertSame([], get_file_storage()->get_area_files(\context_module::instance($instance->cmid)->id,
            'mod_sensportfolio', false, false, 'id', false));
        $this->assertTrue($DB->record_exists('sensportfolio', ['id' => $instance->id]));
    }

    /**
     * The completion rule "portfolio accepted" is in the course module's custom data when completion is automatic.
     */
    public function test_completion_rule_in_cm_info(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course(['enablecompletion' => 1]);
        $instance = $this->getDataGenerator()->create_module('sensportfolio', ['course' => $course->id,
            'completion' => COMPLETION_TRACKING_AUTOMATIC, 'completionaccepted' => 1]);
        $cm = get_fast_modinfo($course)->get_cm($instance->cmid);
        $this->assertSame(1, $cm->customdata['customcompletionrules']['completionaccepted']);
    }
}
