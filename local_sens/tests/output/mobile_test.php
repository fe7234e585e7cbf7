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

namespace local_sens\output;

use local_sens\local\workshop\session_repository;
use local_sens\local\workshop\session_service;

/**
 * Tests of the Moodle app views: a lead gets the sessions and the sheet with the marks to send; a learner is refused.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\output\mobile
 */
final class mobile_test extends \advanced_testcase {

    /**
     * The lead sees the sessions and the sheet (rows bound to the web service's parameters); a learner is refused.
     */
    public function test_views(): void {
        $this->resetAfterTest();
        $gen = $this->getDataGenerator();
        $fixture = $gen->get_plugin_generator('local_sens')->create_linked_course(['units' => ['donnees.debutant']]);
        $teacher = $gen->create_and_enrol($fixture->course, 'teacher');
        $learner = $gen->create_and_enrol($fixture->course, 'student');
        $sessions = \core\di::get(session_service::class)->sessions((int)$fixture->course->id, (int)$teacher->id);
        $s1 = reset($sessions);

        $this->setUser($teacher);
        $init = mobile::mobile_init([]);
        $this->assertSame([(int)$fixture->course->id], $init['restrict']['courses']);
        $list = mobile::mobile_workshops(['courseid' => $fixture->course->id]);
        $this->assertStringContainsString('mobile_sheet', $list['templates'][0]['html']);
        $this->assertStringContainsString("workshop: 'donnees'", $list['templates'][0]['html']);
        $sheet = mobile::mobile_sheet(['sessionid' => $s1->id, 'workshop' => 'donnees']);
        $rows = json_decode($sheet['otherdata']['rows'], true);
        $this->assertSame([['userid' => (int)$learner->id, 'unit' => 'donnees.debutant', 'present' => false,
            'passed' => false, 'note' => '', 'reason' => '', 'key' => '']], $rows);
        $this->assertStringContainsString('local_sens_save_attestation_sheet', $sheet['templates'][0]['html']);

        $this->setUser($learner);
        $this->assertSame([], mobile::mobile_init([])['restrict']['courses']);
        $this->expectException(\required_capability_exception::class);
        mobile::mobile_sheet(['sessionid' => $s1->id, 'workshop' => 'donnees']);
    }
}
