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
 * Tests of the gating service: the SENS level condition on each mapped activity of a gated unit, conditions a teacher
 * added kept, idempotence, the groups of the first gating migrated away, the health check's report, uninstall.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\gating\gating_service
 */
final class gating_service_test extends \advanced_testcase {

    /**
     * The DU CNS gates its 15 levels (5 domains × 3), nothing else; a level's title names its domain.
     */
    public function test_gated_units_of_du_cns(): void {
        $this->getDataGenerator()->get_plugin_generator('local_sens');
        $definition = json_decode(file_get_contents(\local_sens_generator::programme_file()), true);
        $gated = gating_service::gated_units($definition);
        $this->assertCount(15, $gated);
        $this->assertSame(3, $gated['telesante.avance']['rank']);
        $this->assertSame('donnees', $gated['donnees.intermediaire']['parent']['id']);
        $this->assertArrayNotHasKey('initiation.introduction', $gated);
        $this->assertSame('Health data — Applying and processing health data',
            gating_service::title($definition, 'donnees.intermediaire', 'en'));
        $this->assertSame('Données de santé — Application et traitement des données de santé',
            gating_service::title($definition, 'donnees.intermediaire', 'fr'));
    }

    /**
     * sync_course puts the SENS level condition on mapped activities of gated units only, keeps a teacher's
     * condition, creates no group, and a second call changes nothing; unmapping takes our condition off.
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

        $this->assertSame(0, $DB->count_records('groups', ['courseid' => $courseid]));
        $tree = json_decode($DB->get_field('course_modules', 'availability', ['id' => $gated]), true);
        $this->assertEquals(['op' => '&', 'c' => [$teacher['c'][0],
            ['type' => 'sens', 'p' => 'du-cns', 'u' => 'cybersecurite.avance']], 'showc' => [true, true]], $tree);
        $this->assertNull($DB->get_field('course_modules', 'availability', ['id' => $free]));
        // Moodle reads it: the condition's class is found and the tree is valid.
        new \core_availability\tree(json_decode(json_encode($tree)));

        $this->assertSame(0, $service->sync_course($courseid));
        $this->assertSame(['checked' => 3, 'missing' => []], $service->missing_conditions());

        $DB->delete_records('local_sens_mapping', ['cmid' => $gated]);
        $service->sync_course($courseid);
        $this->assertEquals($teacher, json_decode($DB->get_field('course_modules', 'availability', ['id' => $gated]), true));
    }

    /**
     * A course gated the first way (one sens:<unit> group per level, group conditions, memberships) is migrated in
     * one pass: the SENS level condition replaces each group condition, a teacher's own group condition stays, the
     * sens:* groups go with their memberships; a second pass changes nothing.
     */
    public function test_sync_course_migrates_group_gating(): void {
        global $CFG, $DB;
        require_once($CFG->dirroot . '/group/lib.php');
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        $courseid = (int)$fixture->course->id;
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $old = $this->getDataGenerator()->create_group(['courseid' => $courseid, 'idnumber' => 'sens:donnees.intermediaire',
            'visibility' => GROUPS_VISIBILITY_OWN]);
        $theirs = $this->getDataGenerator()->create_group(['courseid' => $courseid, 'idnumber' => 'tutorial-a']);
        groups_add_member($old, $learner, 'local_sens');
        $cmid = $fixture->cms['donnees.intermediaire.e1.exercices']->id;
        $DB->set_field('course_modules', 'availability', json_encode(['op' => '&', 'c' => [
            ['type' => 'group', 'id' => (int)$theirs->id], ['type' => 'group', 'id' => (int)$old->id]],
            'showc' => [false, true]]), ['id' => $cmid]);
        $service = \core\di::get(gating_service::class);

        $this->assertGreaterThan(0, $service->sync_course($courseid));

        $this->assertEquals(['op' => '&', 'c' => [['type' => 'group', 'id' => (int)$theirs->id],
            ['type' => 'sens', 'p' => 'du-cns', 'u' => 'donnees.intermediaire']], 'showc' => [false, true]],
            json_decode($DB->get_field('course_modules', 'availability', ['id' => $cmid]), true));
        $this->assertFalse($DB->record_exists('groups', ['id' => $old->id]));
        $this->assertSame(0, $DB->count_records('groups_members', ['component' => 'local_sens']));
        $this->assertTrue($DB->record_exists('groups', ['id' => $theirs->id]));
        $this->assertSame(0, $service->sync_course($courseid));
    }

    /**
     * The health check's report names a mapped activity whose condition was taken off; uninstall takes every
     * condition off and leaves the teacher's.
     */
    public function test_missing_conditions_and_remove_everywhere(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.intermediaire']]);
        $courseid = (int)$fixture->course->id;
        $service = \core\di::get(gating_service::class);
        $service->sync_course($courseid);
        $cmid = (int)$fixture->cms['donnees.intermediaire.e1.exercices']->id;
        $DB->set_field('course_modules', 'availability', null, ['id' => $cmid]);

        $report = $service->missing_conditions();
        $this->assertSame(4, $report['checked']);
        $this->assertSame([['courseid' => $courseid, 'cmid' => $cmid, 'unit' => 'donnees.intermediaire']], $report['missing']);
        $check = (new \local_sens\check\gating())->get_result();
        $this->assertSame(\core\check\result::ERROR, $check->get_status());
        $this->assertStringContainsString('#' . $cmid, $check->get_summary());

        $service->sync_course($courseid);
        $this->assertSame(\core\check\result::OK, (new \local_sens\check\gating())->get_result()->get_status());

        $teacher = ['type' => 'date', 'd' => '>=', 't' => 1767225600];
        $other = (int)$fixture->cms['donnees.intermediaire.e2.exercices']->id;
        $tree = json_decode($DB->get_field('course_modules', 'availability', ['id' => $other]), true);
        $tree['c'][] = $teacher;
        $tree['showc'][] = false;
        $DB->set_field('course_modules', 'availability', json_encode($tree), ['id' => $other]);
        $this->assertGreaterThan(0, $service->remove_everywhere());
        $this->assertSame(0, $DB->count_records_select('course_modules',
            $DB->sql_like('availability', ':p'), ['p' => '%"sens"%']));
        $this->assertEquals(['op' => '&', 'c' => [$teacher], 'showc' => [false]],
            json_decode($DB->get_field('course_modules', 'availability', ['id' => $other]), true));
    }
}
