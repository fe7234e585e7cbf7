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

namespace local_sens\local\mapping;

/**
 * Tests of the mapping service and repository: all-or-nothing saves with per-item errors, audit, cache, coverage,
 * recompute of the course's learners and gating sync, course link.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\mapping\mapping_service
 * @covers     \local_sens\local\mapping\mapping_repository
 * @covers     \local_sens\local\mapping\coverage
 * @covers     \local_sens\local\mapping\activity_types
 */
final class mapping_service_test extends \advanced_testcase {

    /** @var \stdClass Linked course with the quizzes of donnees.debutant mapped. */
    private \stdClass $fixture;

    /** @var \stdClass A quiz of the course mapped to nothing. */
    private \stdClass $spare;

    /**
     * A DU CNS course with the Débutant quizzes of "Données de santé" mapped, plus one unmapped quiz.
     */
    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->setAdminUser();
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $this->fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $this->spare = $this->getDataGenerator()->create_module('quiz', ['course' => $this->fixture->course->id,
            'name' => 'Spare quiz']);
    }

    /**
     * The service.
     *
     * @return mapping_service
     */
    private function service(): mapping_service {
        return \core\di::get(mapping_service::class);
    }

    /**
     * The stored rows of the course, comparable.
     *
     * @return array
     */
    private function rows(): array {
        global $DB;
        return array_values(array_map(fn($r) => [(int)$r->cmid, $r->slot, $r->competences],
            $DB->get_records('local_sens_mapping', ['versionid' => $this->fixture->version->id], 'cmid, slot')));
    }

    /**
     * A valid save replaces the mapping, is audited, drops the cache and syncs gating (availability on a gated level).
     */
    public function test_save_valid(): void {
        global $DB;
        $versionid = (int)$this->fixture->version->id;
        $courseid = (int)$this->fixture->course->id;
        $repository = \core\di::get(mapping_repository::class);
        $before = $repository->for_version_course($versionid, $courseid);
        $this->assertCount(6, $before);

        $first = reset($this->fixture->cms);
        $items = [
            ['cmid' => $first->id, 'slot' => 'donnees.debutant.e1.exercices', 'competences' => ['mc1.d1', 'mc1.d2', 'mc1.d1']],
            ['cmid' => (int)$this->spare->cmid, 'slot' => 'donnees.intermediaire.e1.exercices', 'competences' => []],
        ];
        $coverage = $this->service()->save($courseid, $versionid, $items, (int)get_admin()->id);

        $this->assertSame([
            [(int)$first->id, 'donnees.debutant.e1.exercices', '["mc1.d1","mc1.d2"]'],
            [(int)$this->spare->cmid, 'donnees.intermediaire.e1.exercices', '[]'],
        ], $this->rows());
        // The cached view was dropped: the new mapping is read back.
        $this->assertSame([
            'donnees.debutant.e1.exercices' => [(int)$first->id],
            'donnees.intermediaire.e1.exercices' => [(int)$this->spare->cmid],
        ], $repository->for_version_course($versionid, $courseid));
        $this->assertSame(2, $coverage['summary']['slotscovered']);
        $this->assertSame(count($this->fixture->definition['slots']), $coverage['summary']['slotstotal']);
        $this->assertSame(2, $coverage['summary']['competencescovered']);
        // The five other Débutant quizzes are now mapped to nothing.
        $this->assertSame(5, $coverage['summary']['cmsunmapped']);

        $audit = $DB->get_records('local_sens_audit', ['action' => 'mapping_saved']);
        $this->assertCount(1, $audit);
        $details = json_decode(reset($audit)->details, true);
        $this->assertSame(2, $details['items']);
        $this->assertContains($this->spare->cmid . ':donnees.intermediaire.e1.exercices', $details['added']);
        $this->assertCount(6, $details['removed']);

        // gating_service::sync_course ran: the Intermédiaire quiz is now behind its level's condition.
        $availability = $DB->get_field('course_modules', 'availability', ['id' => $this->spare->cmid]);
        $this->assertNotEmpty($availability);
        $this->assertStringContainsString('{"type":"sens","p":"du-cns","u":"donnees.intermediaire"}', $availability);
    }

    /**
     * A save recomputes the course's learners before syncing gating: a completion counts for the slot its activity
     * is now mapped to (stored decision, audit of the change), and the learner's open levels follow the new decision.
     */
    public function test_save_recomputes_learners(): void {
        global $DB;
        $this->mock_clock_with_frozen(time() + DAYSECS);
        $versionid = (int)$this->fixture->version->id;
        $courseid = (int)$this->fixture->course->id;
        \core\di::get(\local_sens\local\gating\gating_service::class)->sync_course($courseid);
        $learner = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        // The Débutant workshop attested; the exercises completed next (their observer recomputes).
        $this->getDataGenerator()->get_plugin_generator('local_sens')->create_attestation(['userid' => $learner->id,
            'versionid' => $versionid, 'unit' => 'donnees.debutant', 'session' => 'S1',
            'sessiondate' => \local_sens\local\learner\record_builder::date(time())]);
        $completion = new \completion_info($this->fixture->course);
        foreach ($this->fixture->cms as $cm) {
            $completion->update_state(get_fast_modinfo($this->fixture->course)->get_cm($cm->id), COMPLETION_COMPLETE,
                $learner->id);
        }
        $states = fn() => array_column(json_decode($DB->get_field('local_sens_decision', 'decision',
            ['userid' => $learner->id, 'versionid' => $versionid]), true)['units'], 'state', 'id');
        $this->assertSame('validated', $states()['donnees.debutant']);
        $this->assertSame('open', $states()['donnees.intermediaire']);
        $member = fn(string $unit) => $DB->record_exists('local_sens_openunit',
            ['programme' => 'du-cns', 'unit' => $unit, 'userid' => $learner->id]);
        $this->assertTrue($member('donnees.intermediaire'));
        $DB->delete_records('local_sens_audit');

        // Only one Débutant exercise stays mapped: the level is no longer validated, the next one locked again.
        $first = reset($this->fixture->cms);
        $this->service()->save($courseid, $versionid,
            [['cmid' => $first->id, 'slot' => 'donnees.debutant.e1.exercices', 'competences' => []]], (int)get_admin()->id);

        $this->assertSame('in_progress', $states()['donnees.debutant']);
        $this->assertSame('locked', $states()['donnees.intermediaire']);
        $this->assertFalse($member('donnees.intermediaire'));
        $this->assertTrue($member('donnees.debutant'));
        $audit = $DB->get_records('local_sens_audit', ['action' => 'decision_changed', 'relateduserid' => $learner->id]);
        $this->assertCount(1, $audit);
        $units = array_column(json_decode(reset($audit)->details, true)['units'], null, 'unit');
        $this->assertSame(['unit' => 'donnees.intermediaire', 'before' => 'open', 'after' => 'locked'],
            $units['donnees.intermediaire']);
    }

    /**
     * The slot → cmids view is served from MUC once read: no database read the second time.
     */
    public function test_repository_cached(): void {
        global $DB;
        $repository = \core\di::get(mapping_repository::class);
        $versionid = (int)$this->fixture->version->id;
        $courseid = (int)$this->fixture->course->id;
        $first = $repository->for_version_course($versionid, $courseid);
        $reads = $DB->perf_get_reads();
        $this->assertSame($first, $repository->for_version_course($versionid, $courseid));
        $this->assertSame($reads, $DB->perf_get_reads());
        $this->assertSame([(int)$this->fixture->cms['donnees.debutant.e1.exercices']->id],
            $first['donnees.debutant.e1.exercices']);
    }

    /**
     * Every problem is reported with its item and field; nothing is stored, audited or synced.
     */
    public function test_save_invalid_changes_nothing(): void {
        global $DB;
        $other = $this->getDataGenerator()->create_course();
        $foreign = $this->getDataGenerator()->create_module('quiz', ['course' => $other->id]);
        $before = $this->rows();
        $cmid = (int)$this->spare->cmid;
        $items = [
            ['cmid' => $cmid, 'slot' => 'donnees.debutant.e1.exercices', 'competences' => []],
            ['cmid' => (int)$foreign->cmid, 'slot' => 'donnees.debutant.e2.exercices', 'competences' => []],
            ['cmid' => $cmid, 'slot' => 'no.such.slot', 'competences' => []],
            ['cmid' => $cmid, 'slot' => 'donnees.debutant.e1.exercices', 'competences' => ['mc9.zz']],
        ];
        try {
            $this->service()->save((int)$this->fixture->course->id, (int)$this->fixture->version->id, $items, 2);
            $this->fail('An invalid mapping was saved');
        } catch (invalid_mapping_exception $e) {
            $found = array_map(fn($x) => [$x['item'], $x['field']], $e->errors);
            $this->assertSame([[1, 'cmid'], [2, 'slot'], [3, 'slot'], [3, 'competences']], $found);
            $this->assertStringContainsString('Item 2: activity ' . $foreign->cmid, $e->errors[0]['message']);
            $this->assertStringContainsString('"no.such.slot"', $e->errors[1]['message']);
            $this->assertStringContainsString('by item 1', $e->errors[2]['message']);
            $this->assertStringContainsString('"mc9.zz"', $e->errors[3]['message']);
            $this->assertStringContainsString('nothing was changed', $e->getMessage());
        }
        $this->assertSame($before, $this->rows());
        $this->assertSame(0, $DB->count_records('local_sens_audit', ['action' => 'mapping_saved']));
        $this->assertEmpty($DB->get_field('course_modules', 'availability', ['id' => $cmid]));
    }

    /**
     * A slot takes only the kind of activity the programme expects: a Page (or an assignment) of the course cannot
     * fill a quiz slot of the DU (its view would validate a level); nothing is stored then.
     */
    public function test_save_checks_slot_activity_type(): void {
        global $DB;
        $courseid = (int)$this->fixture->course->id;
        $page = $this->getDataGenerator()->create_module('page', ['course' => $courseid]);
        $assign = $this->getDataGenerator()->create_module('assign', ['course' => $courseid]);
        $slot = 'donnees.intermediaire.e1.exercices';
        $this->assertSame('quiz', array_column($this->fixture->definition['slots'], 'activityType', 'id')[$slot]);
        $before = $this->rows();
        $items = [
            ['cmid' => (int)$this->spare->cmid, 'slot' => $slot, 'competences' => []],
            ['cmid' => (int)$page->cmid, 'slot' => $slot, 'competences' => []],
            ['cmid' => (int)$assign->cmid, 'slot' => 'donnees.intermediaire.e2.exercices', 'competences' => []],
        ];
        try {
            $this->service()->save($courseid, (int)$this->fixture->version->id, $items, 2);
            $this->fail('A page was mapped to a quiz slot');
        } catch (invalid_mapping_exception $e) {
            $this->assertSame([[1, (int)$page->cmid, 'slot'], [2, (int)$assign->cmid, 'slot']],
                array_map(fn($x) => [$x['item'], $x['cmid'], $x['field']], $e->errors));
            $this->assertStringContainsString('expects an activity of type quiz, not page', $e->errors[0]['message']);
            $this->assertStringContainsString('not assign', $e->errors[1]['message']);
        }
        $this->assertSame($before, $this->rows());
        $this->assertSame(0, $DB->count_records('local_sens_audit', ['action' => 'mapping_saved']));
        // The quiz alone is accepted.
        $this->service()->save($courseid, (int)$this->fixture->version->id, [$items[0]], 2);
        $this->assertSame([[(int)$this->spare->cmid, $slot, '[]']], $this->rows());
    }

    /**
     * Accepted module names per activity type: "other" (or an unknown type) takes any module.
     */
    public function test_activity_types(): void {
        $this->assertTrue(activity_types::accepts('quiz', 'quiz'));
        $this->assertFalse(activity_types::accepts('quiz', 'page'));
        $this->assertTrue(activity_types::accepts('h5p', 'h5pactivity'));
        $this->assertFalse(activity_types::accepts('h5p', 'quiz'));
        $this->assertTrue(activity_types::accepts('other', 'page'));
        $this->assertSame('h5pactivity', activity_types::expected('h5p'));
    }

    /**
     * A version of another programme, or an unlinked course, is refused.
     */
    public function test_save_wrong_version_or_course(): void {
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $otherversion = $sens->create_programme_version(['programme' => 'other', 'definition' => ['id' => 'other']]);
        try {
            $this->service()->save((int)$this->fixture->course->id, (int)$otherversion->id, [], 2);
            $this->fail('A version of another programme was accepted');
        } catch (invalid_mapping_exception $e) {
            $this->assertSame('versionid', $e->errors[0]['field']);
        }
        $unlinked = $this->getDataGenerator()->create_course();
        try {
            $this->service()->save((int)$unlinked->id, (int)$this->fixture->version->id, [], 2);
            $this->fail('An unlinked course was accepted');
        } catch (invalid_mapping_exception $e) {
            $this->assertSame('courseid', $e->errors[0]['field']);
        }
        $this->assertCount(6, $this->rows());
    }

    /**
     * Coverage names the uncovered slots and competences, and shows the empty seed 001 crosswalk with its note.
     */
    public function test_overview_coverage_and_crosswalk(): void {
        $overview = $this->service()->overview((int)$this->fixture->course->id);
        $this->assertSame('du-cns', $overview['programme']);
        $this->assertSame((int)$this->fixture->version->id, (int)$overview['version']->id);
        $this->assertCount(7, $overview['cms']);
        $covered = array_column(array_filter($overview['coverage']['slots'], fn($s) => $s['covered']), 'id');
        sort($covered);
        $this->assertSame(array_keys($this->fixture->cms), $covered);
        $slot = $overview['coverage']['slots'][array_search('donnees.intermediaire.e1.exercices',
            array_column($overview['coverage']['slots'], 'id'))];
        $this->assertFalse($slot['covered']);
        $this->assertSame('Données de santé — Application et traitement des données de santé', $slot['grouptitle']);
        $this->assertSame(0, $overview['coverage']['summary']['competencescovered']);
        $this->assertSame([(int)$this->spare->cmid], $overview['coverage']['unmappedcmids']);
        $crosswalks = array_column($overview['coverage']['crosswalks'], null, 'id');
        $this->assertTrue($crosswalks['enseignement-x-micro']['empty']);
        $this->assertNotEmpty($crosswalks['enseignement-x-micro']['notes']);
        $this->assertStringContainsString('croix', $crosswalks['enseignement-x-micro']['notes'][0]['text']);
        $this->assertFalse($crosswalks['domaines-x-dns']['empty']);
        $this->assertCount(5, $crosswalks['domaines-x-dns']['links']);
    }

    /**
     * Linking needs an imported programme; a new link replaces the old one and is audited.
     */
    public function test_link_course(): void {
        global $DB;
        $course = $this->getDataGenerator()->create_course();
        try {
            $this->service()->link_course((int)$course->id, 'nope', 2);
            $this->fail('An unknown programme was linked');
        } catch (\moodle_exception $e) {
            $this->assertSame('errorunknownprogramme', $e->errorcode);
        }
        $this->assertFalse($DB->record_exists('local_sens_course', ['courseid' => $course->id]));
        $this->service()->link_course((int)$course->id, 'du-cns', 2);
        $this->service()->link_course((int)$course->id, 'du-cns', 2);
        $this->assertSame(1, $DB->count_records('local_sens_course', ['courseid' => $course->id]));
        $this->assertSame(2, $DB->count_records('local_sens_audit', ['action' => 'course_linked']));
        $this->assertSame((int)$this->fixture->version->id,
            (int)$this->service()->course_version((int)$course->id)['version']->id);
    }
}
