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
use local_sens\local\workshop\session_repository;
use local_sens\local\workshop\session_service;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * Tests of local_sens_save_attestation_sheet: capability in the course, sesskey, refusals with nothing written, and
 * the level state before and after in words.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\external\save_attestation_sheet
 */
final class save_attestation_sheet_test extends \externallib_advanced_testcase {

    /** @var \stdClass Linked DU CNS course. */
    private \stdClass $fixture;

    /** @var \stdClass A teacher of the course. */
    private \stdClass $teacher;

    /** @var \stdClass A learner of the course. */
    private \stdClass $learner;

    /** @var \stdClass Session S1, started. */
    private \stdClass $session;

    /**
     * A course, a teacher, a learner, session S1 started ten minutes ago.
     */
    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $gen = $this->getDataGenerator();
        $this->fixture = $gen->get_plugin_generator('local_sens')->create_linked_course(['units' => ['donnees.debutant']]);
        $this->teacher = $gen->create_and_enrol($this->fixture->course, 'teacher');
        $this->learner = $gen->create_and_enrol($this->fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $service = \core\di::get(session_service::class);
        $sessions = $service->sessions((int)$this->fixture->course->id, (int)$this->teacher->id);
        $s1 = reset($sessions);
        // The teacher is the session's named lead: only leads (or local/sens:attestanysession) attest there.
        $service->update($s1, time() - 600, 0, 'B12', [(int)$this->teacher->id], (int)$this->teacher->id);
        $this->session = \core\di::get(session_repository::class)->get($s1->id);
    }

    /**
     * Call the function as the browser does.
     *
     * @param array $args
     * @param bool $withsesskey
     * @return array
     */
    private function ajax(array $args, bool $withsesskey = true): array {
        unset($_POST['sesskey'], $_GET['sesskey']);
        if ($withsesskey) {
            $_POST['sesskey'] = sesskey();
        }
        return external_api::call_external_function('local_sens_save_attestation_sheet', $args, true);
    }

    /**
     * The request of one row.
     *
     * @param array $row
     * @return array
     */
    private function args(array $row = []): array {
        return ['sessionid' => $this->session->id, 'workshop' => 'donnees', 'rows' => [$row + [
            'userid' => (int)$this->learner->id, 'unit' => 'donnees.debutant', 'present' => true, 'passed' => true,
            'note' => '', 'reason' => '', 'key' => '']]];
    }

    /**
     * A learner, or a teacher without sesskey, is refused; nothing is written.
     */
    public function test_refused_without_capability_or_sesskey(): void {
        global $DB;
        $this->setUser($this->learner);
        $response = $this->ajax($this->args());
        $this->assertTrue($response['error']);
        $this->assertSame('nopermissions', $response['exception']->errorcode);
        $this->setUser($this->teacher);
        $response = $this->ajax($this->args(), false);
        $this->assertTrue($response['error']);
        $this->assertSame(0, $DB->count_records('local_sens_attestation'));
    }

    /**
     * A teacher of another course cannot attest here.
     */
    public function test_teacher_of_other_course_refused(): void {
        global $DB;
        $other = $this->getDataGenerator()->create_course();
        $this->setUser($this->getDataGenerator()->create_and_enrol($other, 'editingteacher'));
        $response = $this->ajax($this->args());
        $this->assertTrue($response['error']);
        $this->assertSame(0, $DB->count_records('local_sens_attestation'));
    }

    /**
     * A lead saves: the attestation is stored and the level's state before and after comes back in words.
     */
    public function test_saved_with_states_in_words(): void {
        global $DB;
        $this->setUser($this->teacher);
        $response = $this->ajax($this->args());
        $this->assertFalse($response['error'], json_encode($response));
        $data = $response['data'];
        $this->assertTrue($data['saved']);
        $this->assertSame(1, $DB->count_records('local_sens_attestation', ['userid' => $this->learner->id]));
        $this->assertCount(1, $data['learners']);
        $this->assertSame('donnees.debutant', $data['learners'][0]['unit']);
        $this->assertNotSame('', $data['learners'][0]['before']);
        $this->assertNotEmpty($data['learners'][0]['reasons']);
    }

    /**
     * Only the session's leads attest: another teacher of the course is refused with a clear message and nothing is
     * written; a manager (local/sens:attestanysession) may attest at any session.
     */
    public function test_only_named_leads_attest(): void {
        global $DB;
        $gen = $this->getDataGenerator();
        $other = $gen->create_and_enrol($this->fixture->course, 'editingteacher');
        $audit = $DB->count_records('local_sens_audit');
        $this->setUser($other);
        $response = $this->ajax($this->args());
        $this->assertTrue($response['error']);
        $this->assertSame('sheet:errornotlead', $response['exception']->errorcode);
        $this->assertStringContainsString('S1', $response['exception']->message);
        $this->assertSame(0, $DB->count_records('local_sens_attestation'));
        $this->assertSame($audit, $DB->count_records('local_sens_audit'));

        $manager = $gen->create_user();
        $gen->enrol_user($manager->id, $this->fixture->course->id, 'manager');
        $this->setUser($manager);
        $this->assertTrue(has_capability('local/sens:attestanysession', \context_course::instance($this->fixture->course->id)));
        $response = $this->ajax($this->args());
        $this->assertFalse($response['error'], json_encode($response));
        $this->assertTrue($response['data']['saved']);
        $this->assertSame(1, $DB->count_records('local_sens_attestation'));
    }

    /**
     * A refused sheet answers saved = false with the row and field; nothing is written.
     */
    public function test_refusal_names_row(): void {
        global $DB;
        $this->setUser($this->teacher);
        $response = $this->ajax($this->args(['present' => false, 'passed' => true]));
        $this->assertFalse($response['error']);
        $this->assertFalse($response['data']['saved']);
        $this->assertSame('passed', $response['data']['errors'][0]['field']);
        $this->assertSame(0, $response['data']['errors'][0]['row']);
        $this->assertSame(0, $DB->count_records('local_sens_attestation'));
    }
}
