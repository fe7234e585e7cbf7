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


namespace block_competences\local;

/**
 * Who may see a given learner's competences.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_competences\local\permission
 */
final class permission_test extends \advanced_testcase {

    /**
     * A teacher may see a learner of their course; a learner may see neither another learner nor use the page for
     * themself; a user outside the course is refused even to the teacher.
     */
    public function test_view_learner(): void {
        $this->resetAfterTest();
        $gen = $this->getDataGenerator();
        $course = $gen->create_course();
        $context = \context_course::instance($course->id);
        $teacher = $gen->create_and_enrol($course, 'editingteacher');
        $learner = $gen->create_and_enrol($course, 'student');
        $other = $gen->create_and_enrol($course, 'student');
        $outsider = $gen->create_user();

        $this->setUser($teacher);
        $this->assertTrue(permission::can_view_learner((int)$learner->id, $context));
        permission::require_can_view_learner((int)$learner->id, $context);
        $this->assertFalse(permission::can_view_learner((int)$outsider->id, $context));
        try {
            permission::require_can_view_learner((int)$outsider->id, $context);
            $this->fail('a user outside the course was shown');
        } catch (\moodle_exception $e) {
            $this->assertSame('notalearner', $e->errorcode);
        }

        $this->setUser($learner);
        $this->assertFalse(permission::can_view_learners($context));
        $this->assertFalse(permission::can_view_learner((int)$other->id, $context));
        $this->assertFalse(permission::can_view_learner((int)$learner->id, $context));
        foreach ([$other, $learner] as $target) {
            try {
                permission::require_can_view_learner((int)$target->id, $context);
                $this->fail('a learner opened the view-as page');
            } catch (\required_capability_exception $e) {
                $this->assertSame('nopermissions', $e->errorcode);
            }
        }
    }
}
