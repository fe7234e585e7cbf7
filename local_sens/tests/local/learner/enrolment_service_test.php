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

namespace local_sens\local\learner;

/**
 * Tests of the enrolment service: enrol and place, audited; bad input refused with nothing stored.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\learner\enrolment_service
 */
final class enrolment_service_test extends \advanced_testcase {

    /**
     * Enrol then place: rows, audit entries and the placement event.
     */
    public function test_enrol_and_place(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(1780000000);
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['file' => \local_sens_generator::programme_file()]);
        $learner = $this->getDataGenerator()->create_user();
        $admin = get_admin();
        $service = \core\di::get(enrolment_service::class);
        $sink = $this->redirectEvents();

        $enrolment = $service->enrol((int)$learner->id, (int)$version->id, '2026-03-30', (int)$admin->id);
        $placement = $service->place($enrolment->id, 'telesante.avance', 'Europass', 'B2', (int)$admin->id);

        $this->assertSame('2026-03-30', $DB->get_field('local_sens_enrolment', 'startdate', ['id' => $enrolment->id]));
        $row = $DB->get_record('local_sens_placement', ['id' => $placement->id], '*', MUST_EXIST);
        $this->assertSame(['telesante', 'telesante.avance', 'Europass', 'B2', '1780000000'],
            [$row->domain, $row->level, $row->basis, $row->note, $row->timecreated]);
        $actions = $DB->get_fieldset_select('local_sens_audit', 'action', 'relateduserid = ? ORDER BY id', [$learner->id]);
        $this->assertSame(['enrolment_created', 'placement_recorded'], $actions);
        $events = array_values(array_filter($sink->get_events(),
            fn($e) => $e instanceof \local_sens\event\placement_recorded));
        $this->assertCount(1, $events);
        $this->assertEquals($learner->id, $events[0]->relateduserid);
    }

    /**
     * Bad input is refused with a message naming it; nothing is stored.
     */
    public function test_bad_input(): void {
        global $DB;
        $this->resetAfterTest();
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['file' => \local_sens_generator::programme_file()]);
        $draft = $sens->create_programme_version(['file' => \local_sens_generator::programme_file(), 'status' => 'draft']);
        $learner = $this->getDataGenerator()->create_user();
        $service = \core\di::get(enrolment_service::class);
        $cases = [
            [fn() => $service->enrol((int)$learner->id, (int)$version->id, '2029-02-30', 2), '2029-02-30'],
            [fn() => $service->enrol((int)$learner->id, (int)$draft->id, '2026-03-30', 2), (string)$draft->id],
        ];
        foreach ($cases as [$call, $named]) {
            try {
                $call();
                $this->fail('accepted bad input');
            } catch (\invalid_parameter_exception $e) {
                $this->assertStringContainsString($named, $e->getMessage());
            }
        }
        $this->assertSame(0, $DB->count_records('local_sens_enrolment'));

        $enrolment = $service->enrol((int)$learner->id, (int)$version->id, '2026-03-30', 2);
        $cases = [
            [fn() => $service->enrol((int)$learner->id, (int)$version->id, '2026-03-30', 2), 'already'],
            [fn() => $service->place($enrolment->id, 'initiation.introduction', 'PIX', null, 2), 'initiation.introduction'],
            [fn() => $service->place($enrolment->id, 'donnees.nope', 'PIX', null, 2), 'donnees.nope'],
            [fn() => $service->place($enrolment->id, 'donnees.avance', 'Diploma', null, 2), 'Diploma'],
        ];
        foreach ($cases as [$call, $named]) {
            try {
                $call();
                $this->fail('accepted bad input');
            } catch (\invalid_parameter_exception $e) {
                $this->assertStringContainsString($named, $e->getMessage());
            }
        }
        $this->assertSame(1, $DB->count_records('local_sens_enrolment'));
        $this->assertSame(0, $DB->count_records('local_sens_placement'));
        $this->assertSame(1, $DB->count_records('local_sens_audit'));
    }
}
