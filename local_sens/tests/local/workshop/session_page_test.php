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

namespace local_sens\local\workshop;

/**
 * The opening of the session pages (sheet.php, export.php, attendance_import.php, session.php): an unknown session
 * is named, the login is to the session's own course, and each page's capability is checked there — a lead for the
 * sheet, local/sens:recordattestation for the export and the import, local/sens:manageworkshops for dating.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\workshop\session_page
 */
final class session_page_test extends \advanced_testcase {

    /**
     * A DU CNS course whose session S1 is led by the editing teacher; a non-editing teacher, a learner, and an
     * editing teacher of another course.
     *
     * @return \stdClass course, session, lead, teacher, learner, stranger
     */
    private function setup_session(): \stdClass {
        $this->resetAfterTest();
        $gen = $this->getDataGenerator();
        $fixture = $gen->get_plugin_generator('local_sens')->create_linked_course(['units' => ['donnees.debutant']]);
        $lead = $gen->create_and_enrol($fixture->course, 'editingteacher');
        $teacher = $gen->create_and_enrol($fixture->course, 'teacher');
        $learner = $gen->create_and_enrol($fixture->course, 'student');
        $stranger = $gen->create_and_enrol($gen->create_course(), 'editingteacher');
        $service = \core\di::get(session_service::class);
        $sessions = $service->sessions((int)$fixture->course->id, (int)$lead->id);
        $s1 = reset($sessions);
        $this->setUser($lead);
        $service->update($s1, time() - 3600, time() + 3600, 'Salle B12', [(int)$lead->id], (int)$lead->id);
        return (object)['course' => $fixture->course, 'session' => session_page::session((int)$s1->id),
            'lead' => $lead, 'teacher' => $teacher, 'learner' => $learner, 'stranger' => $stranger];
    }

    /**
     * An unknown session id is refused with the page's error naming it.
     */
    public function test_unknown_session_is_named(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        try {
            session_page::open(987654, session_page::RECORD);
            $this->fail('an unknown session must be refused');
        } catch (\moodle_exception $e) {
            $this->assertSame('sheet:errorsession', $e->errorcode);
            $this->assertStringContainsString('987654', $e->getMessage());
        }
    }

    /**
     * The course and context come from the session itself; its lead passes every need.
     */
    public function test_open_returns_the_sessions_own_course(): void {
        $s = $this->setup_session();
        $this->setUser($s->lead);
        [$session, $course, $context] = session_page::open((int)$s->session->id, session_page::ATTEST);
        $this->assertSame((int)$s->session->id, (int)$session->id);
        $this->assertSame((int)$s->course->id, (int)$course->id);
        $this->assertSame(\context_course::instance($s->course->id)->id, $context->id);
        // The lead may also export and import (recordattestation) and date the session (manageworkshops).
        session_page::open((int)$s->session->id, session_page::RECORD);
        session_page::open((int)$s->session->id, session_page::MANAGE);
        [$course2] = session_page::open_course((int)$s->course->id, session_page::MANAGE);
        $this->assertSame((int)$s->course->id, (int)$course2->id);
    }

    /**
     * A teacher who may record attestations but does not lead the session is refused the sheet and dating.
     */
    public function test_the_sheet_needs_a_lead(): void {
        $s = $this->setup_session();
        // A non-editing teacher of the course may record attestations but does not lead S1.
        $this->setUser($s->teacher);
        session_page::open((int)$s->session->id, session_page::RECORD);
        try {
            session_page::open((int)$s->session->id, session_page::ATTEST);
            $this->fail('a teacher who does not lead the session must be refused the sheet');
        } catch (\moodle_exception $e) {
            $this->assertSame('sheet:errornotlead', $e->errorcode);
        }
        // Nor may they date sessions.
        $this->expectException(\required_capability_exception::class);
        session_page::open((int)$s->session->id, session_page::MANAGE);
    }

    /**
     * A learner of the course is refused every session page by its capability.
     */
    public function test_a_learner_is_refused_every_session_page(): void {
        $s = $this->setup_session();
        $this->setUser($s->learner);
        foreach ([session_page::ATTEST, session_page::RECORD, session_page::MANAGE] as $need) {
            try {
                session_page::open((int)$s->session->id, $need);
                $this->fail("a learner must be refused ({$need})");
            } catch (\required_capability_exception $e) {
                $this->assertSame('nopermissions', $e->errorcode);
            }
        }
    }

    /**
     * A teacher of another course is stopped by the login to the session's course.
     */
    public function test_a_teacher_of_another_course_cannot_enter_the_sessions_course(): void {
        $s = $this->setup_session();
        $this->setUser($s->stranger);
        try {
            session_page::open((int)$s->session->id, session_page::MANAGE);
            $this->fail('a teacher of another course must not enter this one');
        } catch (\moodle_exception $e) {
            // require_login() sends them to the course's enrolment page (a redirect, refused under PHPUnit).
            $this->assertContains($e->errorcode, ['redirecterrordetected', 'requireloginerror']);
        }
    }

    /**
     * ATTEST without a session is a coding error, not a silent pass.
     */
    public function test_attest_needs_a_session(): void {
        $s = $this->setup_session();
        $this->setUser($s->lead);
        $this->expectException(\coding_exception::class);
        session_page::open_course((int)$s->course->id, session_page::ATTEST);
    }

    /**
     * setup() sets the URL, context, layout, title, heading and the navigation bar.
     */
    public function test_setup_sets_the_page_in_the_course(): void {
        global $PAGE;
        $s = $this->setup_session();
        $this->setUser($s->lead);
        [$session, $course, $context] = session_page::open((int)$s->session->id, session_page::MANAGE);
        $url = new \moodle_url('/local/sens/session.php', ['id' => $session->id]);
        session_page::setup($url, $course, $context, 'Le titre', [[format_string($session->sessionkey), $url]]);
        $this->assertSame($url->out(false), $PAGE->url->out(false));
        $this->assertSame($context->id, $PAGE->context->id);
        $this->assertSame('incourse', $PAGE->pagelayout);
        $this->assertStringStartsWith('Le titre', $PAGE->title);
        $this->assertSame(format_string($course->fullname), $PAGE->heading);
        $texts = array_map(fn($item) => (string)$item->text, $PAGE->navbar->get_items());
        $this->assertContains(get_string('workshops:title', 'local_sens'), $texts);
        $this->assertSame(format_string($session->sessionkey), end($texts));
    }
}
