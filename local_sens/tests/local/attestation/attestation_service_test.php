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

namespace local_sens\local\attestation;

/**
 * Tests of the attestation service: stored with audit and event, bad input refused with nothing stored.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\attestation\attestation_service
 */
final class attestation_service_test extends \advanced_testcase {

    /**
     * A valid attestation is stored, audited and its event fired, at the clock's time.
     */
    public function test_record(): void {
        global $DB;
        $this->resetAfterTest();
        $clock = $this->mock_clock_with_frozen(1767225600);
        $teacher = $this->getDataGenerator()->create_user();
        $learner = $this->getDataGenerator()->create_user();
        $course = $this->getDataGenerator()->create_course();
        $version = $this->getDataGenerator()->get_plugin_generator('local_sens')->create_programme_version();
        $service = \core\di::get(attestation_service::class);
        $sink = $this->redirectEvents();

        $stored = $service->record((int)$teacher->id, (int)$learner->id, (int)$version->id, 'atelier-cyber-debutant', 's1',
            '2026-06-15', 'passed', \context_course::instance($course->id));

        $this->assertGreaterThan(0, $stored->id);
        $this->assertSame(1767225600, $stored->timecreated);
        $record = $DB->get_record('local_sens_attestation', ['id' => $stored->id], '*', MUST_EXIST);
        $this->assertSame('passed', $record->result);
        $this->assertEquals($teacher->id, $record->recordedby);
        $audit = $DB->get_records('local_sens_audit', ['relateduserid' => $learner->id]);
        $this->assertCount(1, $audit);
        $entry = reset($audit);
        $this->assertSame('attestation_recorded', $entry->action);
        $this->assertEquals($stored->id, json_decode($entry->details)->attestationid);
        $events = array_values(array_filter($sink->get_events(),
            fn($e) => $e instanceof \local_sens\event\attestation_recorded));
        $this->assertCount(1, $events);
        $this->assertEquals($learner->id, $events[0]->relateduserid);
        $this->assertEquals($stored->id, $events[0]->objectid);
        $this->assertSame(1767225600, $clock->time());
    }

    /**
     * Cases of bad input.
     *
     * @return array
     */
    public static function bad_input_provider(): array {
        return [
            'date that does not exist' => ['2029-02-30', 'passed', '2029-02-30'],
            'not a date' => ['30/03/2026', 'passed', '30/03/2026'],
            'unknown result' => ['2026-06-15', 'ok', 'ok'],
        ];
    }

    /**
     * Bad input is refused with a message naming the value, and nothing is stored.
     *
     * @dataProvider bad_input_provider
     * @param string $date
     * @param string $result
     * @param string $named What the message must name.
     */
    public function test_record_refuses_bad_input(string $date, string $result, string $named): void {
        global $DB;
        $this->resetAfterTest();
        $learner = $this->getDataGenerator()->create_user();
        $version = $this->getDataGenerator()->get_plugin_generator('local_sens')->create_programme_version();
        $service = \core\di::get(attestation_service::class);
        try {
            $service->record(2, (int)$learner->id, (int)$version->id, 'u', 's1', $date, $result, \context_system::instance());
            $this->fail('Bad input was accepted');
        } catch (\invalid_parameter_exception $e) {
            $this->assertStringContainsString($named, $e->getMessage());
        }
        $this->assertSame(0, $DB->count_records('local_sens_attestation'));
        $this->assertSame(0, $DB->count_records('local_sens_audit'));
    }

    /**
     * Real dates are told from impossible ones, leap years included.
     */
    public function test_is_valid_date(): void {
        $this->assertTrue(attestation_service::is_valid_date('2028-02-29'));
        $this->assertFalse(attestation_service::is_valid_date('2029-02-29'));
        $this->assertFalse(attestation_service::is_valid_date('2026-13-01'));
        $this->assertFalse(attestation_service::is_valid_date('2026-1-01'));
    }
}
