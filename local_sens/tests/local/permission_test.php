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

namespace local_sens\local;

/**
 * Tests of local_sens permissions: learners see their own competences only.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\permission
 */
final class permission_test extends \advanced_testcase {

    /**
     * A student sees their own competences, not another learner's; a teacher sees both and records attestations.
     */
    public function test_view_competences(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $context = \context_course::instance($course->id);
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $other = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');

        $this->setUser($student);
        $this->assertTrue(permission::can_view_competences((int)$student->id, $context));
        $this->assertFalse(permission::can_view_competences((int)$other->id, $context));
        $this->assertFalse(permission::can_record_attestation($context));
        try {
            permission::require_can_view_competences((int)$other->id, $context);
            $this->fail('A learner could see another learner');
        } catch (\required_capability_exception $e) {
            $this->assertSame('nopermissions', $e->errorcode);
            $this->assertStringContainsString(get_string('sens:viewlearnercompetences', 'local_sens'), $e->getMessage());
        }

        $this->setUser($teacher);
        $this->assertTrue(permission::can_view_competences((int)$student->id, $context));
        $this->assertTrue(permission::can_record_attestation($context));
        $this->assertTrue(permission::can_manage_mappings($context));
        $this->assertFalse(permission::can_manage_programmes());
    }
}
