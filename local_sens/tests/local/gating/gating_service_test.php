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
 * Tests of the gating service: groups per gated unit, availability conditions kept alongside others, idempotence.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\gating\gating_service
 */
final class gating_service_test extends \advanced_testcase {

    /**
     * The DU CNS gates its 15 levels (5 domains × 3), nothing else.
     */
    public function test_gated_units_of_du_cns(): void {
        $this->getDataGenerator()->get_plugin_generator('local_sens');
        $definition = json_decode(file_get_contents(\local_sens_generator::programme_file()), true);
        $gated = gating_service::gated_units($definition);
        $this->assertCount(15, $gated);
        $this->assertSame(3, $gated['telesante.avance']['rank']);
        $this->assertSame('donnees', $gated['donnees.intermediaire']['parent']['id']);
        $this->assertArrayNotHasKey('initiation.introduction', $gated);
        $this->assertSame('Données de santé — Intermédiaire (niveau ouvert) · Health data — level 2 open',
            gating_service::group_name($definition, $gated['donnees.intermediaire']));
    }

    /**
     * Cases of availability trees.
     *
     * @return array
     */
    public static function availability_provider(): array {
        $date = ['type' => 'date', 'd' => '>=', 't' => 1767225600];
        return [
            'none, add ours' => [null, [7], ['op' => '&', 'c' => [['type' => 'group', 'id' => 7]], 'showc' => [true]]],
            'empty tree, nothing to add' => ['{"op":"&","c":[],"showc":[]}', [], '{"op":"&","c":[],"showc":[]}'],
            'date kept, ours added' => [
                ['op' => '&', 'c' => [$date], 'showc' => [false]], [7],
                ['op' => '&', 'c' => [$date, ['type' => 'group', 'id' => 7]], 'showc' => [false, true]],
            ],
            'ours replaced, date kept' => [
                ['op' => '&', 'c' => [$date, ['type' => 'group', 'id' => 8]], 'showc' => [true, true]], [7],
                ['op' => '&', 'c' => [$date, ['type' => 'group', 'id' => 7]], 'showc' => [true, true]],
            ],
            'ours removed, another group kept' => [
                ['op' => '&', 'c' => [['type' => 'group', 'id' => 99], ['type' => 'group', 'id' => 8]], 'showc' => [true, true]],
                [], ['op' => '&', 'c' => [['type' => 'group', 'id' => 99]], 'showc' => [true]],
            ],
            'only ours removed' => [['op' => '&', 'c' => [['type' => 'group', 'id' => 8]], 'showc' => [true]], [], null],
            'or tree wrapped' => [
                ['op' => '|', 'c' => [$date], 'show' => false], [7],
                ['op' => '&', 'c' => [['op' => '|', 'c' => [$date]], ['type' => 'group', 'id' => 7]], 'showc' => [false, true]],
            ],
        ];
    }

    /**
     * Our group conditions are set exactly, other conditions are kept, and a tree already right is returned as is.
     *
     * @dataProvider availability_provider
     * @param array|string|null $current
     * @param int[] $target
     * @param array|string|null $expected
     */
    public function test_with_group_conditions($current, array $target, $expected): void {
        $json = is_array($current) ? json_encode($current) : $current;
        $result = gating_service::with_group_conditions($json, $target, [7, 8]);
        if (is_string($expected) || $expected === null) {
            $this->assertSame($expected, $result);
        } else {
            $this->assertEquals($expected, json_decode($result, true));
            // Valid for Moodle, and stable: applying it again changes nothing.
            new \core_availability\tree(json_decode($result));
            $this->assertSame($result, gating_service::with_group_conditions($result, $target, [7, 8]));
        }
    }

    /**
     * sync_course creates one group per gated unit, puts the condition on mapped activities of gated units only,
     * keeps a teacher's condition, and a second call changes nothing; unmapping takes our condition off.
     */
    public function test_sync_course(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['initiation.introduction', 'cybersecurite.avance']]);
        $courseid = (int)$fixture->course->id;
        $gated = $fixture->cms['cybersecurite.avance.e1.exercices']->id;
        $free = $fixture->cms['initiation.introduction.e1.exercices']->id;
        $teacher = ['op' => '&', 'c' => [['type' => 'date', 'd' => '>=', 't' => 1767225600]], 'showc' => [true]];
        $DB->set_field('course_modules', 'availability', json_encode($teacher), ['id' => $gated]);
        $service = \core\di::get(gating_service::class);

        $this->assertGreaterThan(0, $service->sync_course($courseid));

        $groups = $DB->get_records_select('groups', 'courseid = ? AND ' . $DB->sql_like('idnumber', '?'), [$courseid, 'sens:%']);
        $this->assertCount(15, $groups);
        $group = groups_get_group_by_idnumber($courseid, 'sens:cybersecurite.avance');
        $tree = json_decode($DB->get_field('course_modules', 'availability', ['id' => $gated]), true);
        $this->assertEquals(['op' => '&', 'c' => [$teacher['c'][0], ['type' => 'group', 'id' => (int)$group->id]],
            'showc' => [true, true]], $tree);
        $this->assertNull($DB->get_field('course_modules', 'availability', ['id' => $free]));

        $this->assertSame(0, $service->sync_course($courseid));

        $DB->delete_records('local_sens_mapping', ['cmid' => $gated]);
        $service->sync_course($courseid);
        $this->assertEquals($teacher, json_decode($DB->get_field('course_modules', 'availability', ['id' => $gated]), true));
    }

    /**
     * Many membership changes at once (over the API limit) are written in bulk with our component, Moodle's group
     * cache sees them at once, and a second sync changes nothing.
     */
    public function test_sync_course_bulk_memberships(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $courseid = (int)$fixture->course->id;
        $learners = [];
        for ($i = 0; $i < 12; $i++) {
            $learners[] = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        }
        // Learners enrolled before the groups exist: no membership yet; their decisions are stored.
        $this->assertSame(0, $DB->count_records('groups_members'));
        $first = $learners[0];
        $this->assertSame([], groups_get_user_groups($courseid, $first->id, true)[0]);
        $service = \core\di::get(gating_service::class);

        $changes = $service->sync_course($courseid);

        // 15 groups, 6 activities restricted, 12 learners × 5 Débutant levels open.
        $this->assertSame(15 + 6 + 60, $changes);
        $this->assertSame(60, $DB->count_records('groups_members', ['component' => 'local_sens']));
        $this->assertCount(5, groups_get_user_groups($courseid, $first->id, true)[0]);
        $cm = get_fast_modinfo($courseid, $first->id)->get_cm($fixture->cms['donnees.debutant.e1.exercices']->id);
        $this->assertTrue($cm->uservisible);
        $this->assertSame(0, $service->sync_course($courseid));

        // Enrolment removed from SENS: the bulk sync takes every membership away.
        $DB->delete_records('local_sens_decision');
        $this->assertSame(60, $service->sync_course($courseid));
        $this->assertSame([], groups_get_user_groups($courseid, $first->id, true)[0]);
    }
}
