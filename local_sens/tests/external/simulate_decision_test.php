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
use local_sens\local\decision\presenter;
use local_sens\local\engine\decide;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * Tests of local_sens_simulate_decision: the simulate panel's record decided by the server's engine and presented by
 * the one presenter; a document that is not a learner record gets its errors and no decision; semantic problems are
 * warnings; only who may map the course may ask, for a version of the course's programme; nothing is stored.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\external\simulate_decision
 */
final class simulate_decision_test extends \externallib_advanced_testcase {

    /** @var \stdClass Linked course with the Débutant quizzes of "Données de santé" mapped. */
    private \stdClass $fixture;

    /**
     * Fixture.
     */
    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->fixture = $this->getDataGenerator()->get_plugin_generator('local_sens')
            ->create_linked_course(['units' => ['donnees.debutant']]);
    }

    /**
     * Calls the function as core/ajax does.
     *
     * @param array $args
     * @return array Keys error, exception, data.
     */
    private function ajax(array $args): array {
        unset($_POST['sesskey'], $_GET['sesskey']);
        $_POST['sesskey'] = sesskey();
        return external_api::call_external_function('local_sens_simulate_decision', $args + [
            'courseid' => (int)$this->fixture->course->id, 'versionid' => (int)$this->fixture->version->id,
            'asof' => '2026-10-01'], true);
    }

    /**
     * A learner record of the fixture's programme.
     *
     * @param array $activities
     * @return array
     */
    private function record(array $activities): array {
        return ['learner' => 'simulation', 'programme' => ['id' => $this->fixture->definition['id'],
            'version' => $this->fixture->definition['version']], 'enrolment' => ['start' => '2026-09-01'],
            'activities' => $activities];
    }

    /**
     * The server decides the record with the generated engine and answers it as the presenter words it: states,
     * reasons with the slots' titles (a list param joined), verdict and next step; an unknown slot is a warning.
     */
    public function test_decision_presented(): void {
        global $DB;
        $this->setAdminUser();
        $record = $this->record([
            ['id' => 'a1', 'slot' => 'donnees.debutant.e1.exercices', 'completed' => true, 'passed' => true, 'at' => '2026-09-10'],
            ['id' => 'a2', 'slot' => 'no.such.slot', 'completed' => true, 'at' => '2026-09-10'],
        ]);
        $before = $DB->count_records('local_sens_decision');
        $response = $this->ajax(['record' => json_encode($record)]);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $data = $response['data'];
        $this->assertTrue($data['ok']);
        $this->assertSame([], $data['errors']);
        $this->assertCount(1, $data['warnings']);
        $this->assertStringContainsString('no.such.slot', $data['warnings'][0]);

        $expected = decide::decide($this->fixture->definition, $record, '2026-10-01');
        $this->assertEquals($expected, json_decode($data['decision'], true));
        $presented = presenter::for_decision($this->fixture->definition, $expected)->decision($expected);
        $units = array_column($data['presented']['units'], null, 'id');
        $want = array_column($presented['units'], null, 'id')['donnees.debutant'];
        $this->assertSame($want['reasons'], $units['donnees.debutant']['reasons']);
        $this->assertSame(presenter::state($want['state']), $units['donnees.debutant']['statelabel']);
        $pending = array_values(array_filter(array_column($expected['units'], null, 'id')['donnees.debutant']['reasons'],
            fn($r) => $r['code'] === 'activities_pending'))[0];
        $slots = array_column($this->fixture->definition['slots'], null, 'id');
        $titles = array_map(fn($id) => presenter::title_of($slots[$id]), $pending['params']['missing']);
        $this->assertStringContainsString(implode(get_string('decision:listseparator', 'local_sens'), $titles),
            implode(' ', $units['donnees.debutant']['reasons']));
        $this->assertSame($expected['verdict']['code'], $data['presented']['verdict']['code']);
        $this->assertSame($presented['verdict']['reasons'], $data['presented']['verdict']['reasons']);
        $this->assertSame($before, $DB->count_records('local_sens_decision'), 'nothing stored');
    }

    /**
     * People named in the record: by their name when the caller may see their profile (a teacher of the course;
     * anyone, for the admin), by their user id otherwise (a user of no course, for a teacher of this one).
     */
    public function test_people_named_only_when_visible(): void {
        $teacher = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'editingteacher',
            ['firstname' => 'Tina', 'lastname' => 'Lead']);
        $stranger = $this->getDataGenerator()->create_user(['firstname' => 'Sam', 'lastname' => 'Hidden']);
        $record = $this->record([]);
        $record['attestations'] = [
            ['id' => 't1', 'unit' => 'donnees.debutant', 'session' => 'S1', 'result' => 'passed', 'by' => (string)$teacher->id,
                'at' => '2026-09-20'],
            ['id' => 't2', 'unit' => 'cybersecurite.debutant', 'session' => 'S1', 'result' => 'passed',
                'by' => (string)$stranger->id, 'at' => '2026-09-20'],
        ];
        $texts = function(array $record): string {
            $data = $this->ajax(['record' => json_encode($record)])['data'];
            $this->assertTrue($data['ok'], implode(' ', $data['errors']));
            return implode(' ', array_merge(...array_column($data['presented']['units'], 'reasons')));
        };
        $this->setUser($teacher);
        $text = $texts($record);
        $this->assertStringContainsString('Tina Lead', $text);
        $this->assertStringNotContainsString('Sam Hidden', $text);
        $this->assertStringContainsString((string)$stranger->id, $text);
        $this->setAdminUser();
        $this->assertStringContainsString('Sam Hidden', $texts($record));
    }

    /**
     * A document that is not a learner record: its errors by path, no decision.
     */
    public function test_not_a_record(): void {
        $this->setAdminUser();
        $record = $this->record([]);
        unset($record['enrolment']);
        $data = $this->ajax(['record' => json_encode($record)])['data'];
        $this->assertFalse($data['ok']);
        $this->assertSame('', $data['decision']);
        $this->assertArrayNotHasKey('presented', $data);
        $this->assertStringContainsString('/enrolment', implode(' ', $data['errors']));
        $data = $this->ajax(['record' => '[1, 2]'])['data'];
        $this->assertFalse($data['ok']);
        $this->assertSame([get_string('simulate:notarecord', 'local_sens')], $data['errors']);
    }

    /**
     * Refusals: a learner of the course (no local/sens:managemappings), a version of another programme, a date that
     * does not exist.
     */
    public function test_refusals(): void {
        $learner = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'student');
        $this->setUser($learner);
        $response = $this->ajax(['record' => json_encode($this->record([]))]);
        $this->assertTrue($response['error']);
        $this->assertSame('nopermissions', $response['exception']->errorcode);

        $this->setAdminUser();
        $other = $this->getDataGenerator()->get_plugin_generator('local_sens')->create_programme_version(
            ['file' => \local_sens_generator::programme_file('mastere-sousse')]);
        $response = $this->ajax(['record' => json_encode($this->record([])), 'versionid' => (int)$other->id]);
        $this->assertTrue($response['error']);
        $this->assertSame('invalidparameter', $response['exception']->errorcode);
        $response = $this->ajax(['record' => json_encode($this->record([])), 'asof' => '2026-02-30']);
        $this->assertTrue($response['error']);
        $this->assertSame('invalidparameter', $response['exception']->errorcode);
    }
}
