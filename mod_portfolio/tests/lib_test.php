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
}
