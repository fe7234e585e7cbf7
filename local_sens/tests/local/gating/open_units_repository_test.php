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


namespace local_sens\local\gating;

/**
 * Tests of the open-units repository: rows written with the decision of the latest enrolment, rebuilt from the
 * stored decisions (the upgrade step), the cached entry equal to the rows and left alone inside a transaction.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\gating\open_units_repository
 * @covers     \local_sens\local\decision\decision_service
 */
final class open_units_repository_test extends \advanced_testcase {

    /**
     * A learner's rows follow their decision; rebuild_all (the upgrade step) writes the same rows again from the
     * stored decisions, and the cached entry agrees.
     */
    public function test_rows_follow_decision_and_rebuild(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $learners = [];
        for ($i = 0; $i < 3; $i++) {
            $learners[] = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
            $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        }
        $rows = fn() => array_values(array_map(fn($r) => [(int)$r->userid, $r->programme, $r->unit],
            $DB->get_records('local_sens_openunit', null, 'userid, unit')));
        $before = $rows();
        // Three learners, the five Débutant levels open to each.
        $this->assertCount(15, $before);
        $repository = \core\di::get(open_units_repository::class);
        $this->assertSame(3, $repository->rebuild_all());
        $this->assertSame($before, $rows());
        $entry = $repository->entry((int)$learners[0]->id);
        $this->assertSame((int)$fixture->version->id, $entry['du-cns']['versionid']);
        $this->assertCount(5, $entry['du-cns']['open']);
        $this->assertSame('locked_by_level', $entry['du-cns']['locked']['donnees.intermediaire']['code']);

        // The nightly task changes nothing when nothing changed.
        $this->assertSame(0, \core\di::get(\local_sens\local\decision\decision_service::class)->recompute_all());
        $this->assertSame($before, $rows());
    }
}
