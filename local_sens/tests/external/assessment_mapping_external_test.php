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

namespace local_sens\external;

use core_external\external_api;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');
require_once($CFG->libdir . '/gradelib.php');

/**
 * The mapping web services with assessment components (issue 16): the components of the Mastère by session and the
 * course's grade items are listed; a save with assessments stores them and answers within the declared structure; a
 * refused save (a grade item of another course) and a save by a learner change nothing; a save without assessments
 * keeps them.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\external\get_course_mapping
 * @covers     \local_sens\external\save_course_mapping
 */
final class assessment_mapping_external_test extends \externallib_advanced_testcase {

    /**
     * List, save, refuse, keep.
     */
    public function test_assessments_through_the_web_services(): void {
        global $DB;
        $this->resetAfterTest();
        $gen = $this->getDataGenerator();
        /** @var \local_sens_generator $sens */
        $sens = $gen->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['file' => \local_sens_generator::programme_file('mastere-sousse')]);
        $course = $gen->create_course();
        $sens->create_course_link(['courseid' => $course->id, 'programme' => 'mastere-sousse']);
        $quiz = $gen->create_module('quiz', ['course' => $course->id, 'name' => 'Examen UEF1', 'grade' => 10]);
        $scale = $gen->create_scale(['scale' => 'A,B,C', 'courseid' => $course->id]);
        $manual = new \grade_item(['courseid' => $course->id, 'itemtype' => 'manual', 'itemname' => 'Barème',
            'gradetype' => GRADE_TYPE_SCALE, 'scaleid' => $scale->id], false);
        $manual->load_scale();
        $manual->insert();
        $thirty = new \grade_item(['courseid' => $course->id, 'itemtype' => 'manual', 'itemname' => 'Sur 30',
            'gradetype' => GRADE_TYPE_VALUE, 'grademin' => 0, 'grademax' => 30], false);
        $thirty->insert();
        $other = new \grade_item(['courseid' => $gen->create_course()->id, 'itemtype' => 'manual', 'itemname' => 'x',
            'gradetype' => GRADE_TYPE_VALUE, 'grademax' => 20], false);
        $other->insert();
        $engineer = $gen->create_and_enrol($course, 'editingteacher');
        $learner = $gen->create_and_enrol($course, 'student');
        $quizitem = (int)$DB->get_field('grade_items', 'id', ['itemmodule' => 'quiz', 'iteminstance' => $quiz->id]);

        $this->setUser($engineer);
        $data = external_api::clean_returnvalue(get_course_mapping::execute_returns(),
            get_course_mapping::execute((int)$course->id));
        // 7 + 2 modules × 2 components × 2 sessions.
        $this->assertCount(36, $data['components']);
        $this->assertSame(['unit' => 'uef1', 'component' => 'ecrit', 'session' => 'main'],
            array_intersect_key($data['components'][0], ['unit' => 1, 'component' => 1, 'session' => 1]));
        $this->assertSame('resit', $data['components'][2]['session']);
        $items = array_column($data['gradeitems'], null, 'name');
        $this->assertSame(['quiz', 'value', true], [$items['Examen UEF1']['type'], $items['Examen UEF1']['gradetype'],
            $items['Examen UEF1']['exact']]);
        $this->assertSame(['manual', 'scale', true], [$items['Barème']['type'], $items['Barème']['gradetype'],
            $items['Barème']['exact']]);
        $this->assertFalse($items['Sur 30']['exact'], '7/30 is 4.666…/20');
        $this->assertSame([], $data['assessments']);

        $wanted = [['unit' => 'uef1', 'component' => 'ecrit', 'session' => 'main', 'gradeitemid' => $quizitem],
            ['unit' => 'uef1', 'component' => 'cc', 'session' => 'main', 'gradeitemid' => (int)$manual->id]];
        $result = external_api::clean_returnvalue(save_course_mapping::execute_returns(),
            save_course_mapping::execute((int)$course->id, (int)$version->id, [], $wanted));
        $this->assertTrue($result['saved'], $result['message']);
        $data = external_api::clean_returnvalue(get_course_mapping::execute_returns(),
            get_course_mapping::execute((int)$course->id));
        $this->assertSame($wanted, $data['assessments']);

        // Refused: nothing changes, the problem is named.
        $result = external_api::clean_returnvalue(save_course_mapping::execute_returns(),
            save_course_mapping::execute((int)$course->id, (int)$version->id, [],
                [['unit' => 'uef2', 'component' => 'ecrit', 'session' => 'main', 'gradeitemid' => (int)$other->id]]));
        $this->assertFalse($result['saved']);
        $this->assertSame(['item' => 0, 'cmid' => 0, 'field' => 'assessments'], array_intersect_key($result['errors'][0],
            ['item' => 1, 'cmid' => 1, 'field' => 1]));
        $this->assertCount(2, $DB->get_records('local_sens_assessmap'));

        // A save of the activities only keeps the components.
        $result = save_course_mapping::execute((int)$course->id, (int)$version->id, []);
        $this->assertTrue($result['saved']);
        $this->assertCount(2, $DB->get_records('local_sens_assessmap'));

        // A learner may not.
        $this->setUser($learner);
        try {
            save_course_mapping::execute((int)$course->id, (int)$version->id, [], []);
            $this->fail('a learner saved');
        } catch (\required_capability_exception $e) {
            $this->assertCount(2, $DB->get_records('local_sens_assessmap'));
        }
    }
}
