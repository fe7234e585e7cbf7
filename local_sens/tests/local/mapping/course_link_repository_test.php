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

namespace local_sens\local\mapping;

/**
 * The links of courses to programmes (course_link_repository; local_sens\table_owners_test checks it alone names its
 * table).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\mapping\course_link_repository
 */
final class course_link_repository_test extends \advanced_testcase {

    /**
     * Link, relink, read, list and delete.
     */
    public function test_link_lifecycle(): void {
        $this->resetAfterTest();
        $links = \core\di::get(course_link_repository::class);
        $course = $this->getDataGenerator()->create_course();
        $other = $this->getDataGenerator()->create_course();
        $this->assertNull($links->programme_of((int)$course->id));
        $this->assertFalse($links->is_linked((int)$course->id));
        $this->assertFalse($links->is_linked(0));

        [$row, $previous] = $links->save((int)$course->id, 'du-cns', 2, 1000);
        $this->assertNull($previous);
        $this->assertSame('du-cns', $links->programme_of((int)$course->id));
        $this->assertTrue($links->is_linked((int)$course->id));
        [$again, $previous] = $links->save((int)$course->id, 'mastere-sousse', 3, 2000);
        $this->assertSame('du-cns', $previous);
        $this->assertSame((int)$row->id, (int)$again->id, 'relinking changes the row, it adds none');
        $stored = $links->get((int)$course->id);
        $this->assertSame('mastere-sousse', $stored->programme);
        $this->assertEquals(1000, $stored->timecreated);
        $this->assertEquals(2000, $stored->timemodified);
        $links->save((int)$other->id, 'du-cns', 2, 3000);
        $this->assertSame([(int)$course->id, (int)$other->id], $links->courseids());

        $links->delete((int)$course->id);
        $this->assertNull($links->get((int)$course->id));
        $this->assertSame([(int)$other->id], $links->courseids());
    }

    /**
     * The join fragment other repositories use finds the linked course of the right programme only.
     */
    public function test_join_fragment(): void {
        global $DB;
        $this->resetAfterTest();
        $links = \core\di::get(course_link_repository::class);
        $course = $this->getDataGenerator()->create_course();
        $links->save((int)$course->id, 'du-cns', 2, 1000);
        $sql = "SELECT c.id FROM {course} c " . course_link_repository::join('lc', 'c.id', ':programme');
        $this->assertSame([(int)$course->id], array_map('intval', $DB->get_fieldset_sql($sql, ['programme' => 'du-cns'])));
        $this->assertSame([], $DB->get_fieldset_sql($sql, ['programme' => 'cec-sousse']));
    }
}
