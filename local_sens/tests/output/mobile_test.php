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
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $service = \core\di::get(session_service::class);
        $sessions = $service->sessions((int)$fixture->course->id, (int)$teacher->id);
        $s1 = reset($sessions);
        $service->update($s1, time() - 600, 0, 'B12', [(int)$teacher->id], (int)$teacher->id);

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

        $this->assertSame('', $sheet['javascript']);
        $this->assertStringContainsString('core-site-plugins-call-ws', $sheet['templates'][0]['html']);
        $this->assertStringContainsString('CONTENT_OTHERDATA.rows[0].present', $sheet['templates'][0]['html']);
        $this->assertStringNotContainsString('local_sens_cosign_attestations', $sheet['templates'][0]['html']);

        // A teacher of the course who does not lead S1: the session is not listed, its sheet refused.
        $other = $gen->create_and_enrol($fixture->course, 'teacher');
        $this->setUser($other);
        $this->assertStringNotContainsString("sessionid: {$s1->id},", mobile::mobile_workshops(['courseid' => $fixture->course->id])
            ['templates'][0]['html']);
        try {
            mobile::mobile_sheet(['sessionid' => $s1->id, 'workshop' => 'donnees']);
            $this->fail('a teacher who does not lead the session got its sheet');
        } catch (\moodle_exception $e) {
            $this->assertSame('sheet:errornotlead', $e->errorcode);
        }

        // A teacher of another course cannot enter this one.
        $outsider = $gen->create_and_enrol($gen->create_course(), 'editingteacher');
        $this->setUser($outsider);
        try {
            mobile::mobile_workshops(['courseid' => $fixture->course->id]);
            $this->fail('a teacher of another course got the sessions');
        } catch (\require_login_exception $e) {
            $this->assertStringContainsString('Course not accessible', $e->getMessage());
        }

        $this->setUser($learner);
        $this->assertSame([], mobile::mobile_init([])['restrict']['courses']);
        $this->expectException(\required_capability_exception::class);
        mobile::mobile_sheet(['sessionid' => $s1->id, 'workshop' => 'donnees']);
    }
}
