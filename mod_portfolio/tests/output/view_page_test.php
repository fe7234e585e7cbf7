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

namespace mod_sensportfolio\output;

/**
 * Tests of the portfolio page: a learner sees only their own evidence; the jury sees the submissions.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\output\view_page
 * @covers     \mod_sensportfolio\output\submissions_page
 */
final class view_page_test extends \advanced_testcase {

    /**
     * Learner and jury views of the same portfolio.
     */
    public function test_learner_and_jury_views(): void {
        global $DB, $PAGE;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $learner = $this->getDataGenerator()->create_and_enrol($course, 'student', ['firstname' => 'Camille']);
        $other = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $juror = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $instance = $generator->create_instance(['course' => $course->id]);
        $context = \context_module::instance($instance->cmid);
        $generator->create_entry(['sensportfolioid' => $instance->id, 'userid' => $learner->id, 'title' => 'Ma trace']);
        $generator->create_entry(['sensportfolioid' => $instance->id, 'userid' => $other->id, 'title' => 'Trace d\'un autre']);
        $generator->create_submission(['sensportfolioid' => $instance->id, 'userid' => $learner->id]);
        $record = $DB->get_record('sensportfolio', ['id' => $instance->id]);
        $output = $PAGE->get_renderer('mod_sensportfolio');

        $this->setUser($learner);
        $html = $output->render(new view_page($record, $context, (int)$learner->id));
        $this->assertStringContainsString('Ma trace', $html);
        $this->assertStringNotContainsString('Trace d\'un autre', $html);
        $this->assertStringContainsString(get_string('status:submitted', 'mod_sensportfolio'), $html);
        $this->assertStringNotContainsString(get_string('submissions', 'mod_sensportfolio'), $html);

        $this->setUser($juror);
        $data = (new view_page($record, $context, (int)$juror->id))->export_for_template($output);
        $this->assertTrue($data['isjury']);
        $this->assertFalse($data['islearner']);
        $this->assertArrayNotHasKey('entries', $data);
        $page = new submissions_page($record, $context, '', 0);
        $rows = $page->export_for_template($output)['submissions'];
        $this->assertCount(1, $rows);
        $this->assertStringContainsString('Camille', $rows[0]['learner']);
    }
}
