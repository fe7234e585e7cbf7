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

namespace local_sens;

use local_sens\local\mapping\mapping_repository;

/**
 * Tests of what SENS forgets when Moodle deletes (security finding 4 of issue 11): a deleted user's programme data,
 * a deleted course's link and mappings, a deleted activity's mapping (its learners recomputed).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\observer
 * @covers     \local_sens\local\mapping\mapping_repository
 * @covers     \local_sens\local\learner\learner_repository
 */
final class deletion_observer_test extends \advanced_testcase {

    /**
     * The SENS rows of a user, by table.
     *
     * @param int $userid
     * @return array<string, int>
     */
    private function rows_of(int $userid): array {
        global $DB;
        $enrolmentids = $DB->get_fieldset_select('local_sens_enrolment', 'id', 'userid = ?', [$userid]);
        return [
            'enrolment' => count($enrolmentids),
            'placement' => $enrolmentids ? $DB->count_records_select('local_sens_placement',
                'enrolmentid ' . $DB->get_in_or_equal($enrolmentids)[0], $DB->get_in_or_equal($enrolmentids)[1]) : 0,
            'attestation' => $DB->count_records('local_sens_attestation', ['userid' => $userid]),
            'decision' => $DB->count_records('local_sens_decision', ['userid' => $userid]),
            'audit' => $DB->count_records('local_sens_audit', ['relateduserid' => $userid]),
        ];
    }

    /**
     * A learner of a linked course with an enrolment, a placement, an attestation, a stored decision and audit entries.
     *
     * @param \stdClass $fixture From create_linked_course().
     * @return \stdClass The learner.
     */
    private function learner_with_data(\stdClass $fixture): \stdClass {
        global $DB;
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $learner->id], '*', MUST_EXIST);
        $sens->create_placement(['enrolmentid' => $enrolment->id, 'domain' => 'cybersecurite',
            'level' => 'cybersecurite.intermediaire', 'basis' => 'PIX']);
        $sens->create_attestation(['userid' => $learner->id, 'versionid' => $fixture->version->id,
            'unit' => 'donnees.debutant', 'session' => 'S1', 'sessiondate' => '2026-06-15']);
        $sens->create_audit(['userid' => get_admin()->id, 'relateduserid' => $learner->id,
            'versionid' => $fixture->version->id]);
        \core\di::get(\local_sens\local\decision\decision_service::class)->recompute_user((int)$learner->id);
        return $learner;
    }

    /**
     * Deleting a user deletes their programme data, and only theirs (the version page no longer counts them); the
     * audit entries about them are kept.
     */
    public function test_user_deleted(): void {
        $this->resetAfterTest();
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $gone = $this->learner_with_data($fixture);
        $kept = $this->learner_with_data($fixture);
        $full = ['enrolment' => 1, 'placement' => 1, 'attestation' => 1, 'decision' => 1, 'audit' => 1];
        $this->assertEquals($full, array_map(fn($n) => min($n, 1), $this->rows_of((int)$gone->id)));

        delete_user($gone);

        // The audit entries about them stay: the hash-chained trail is kept (privacy provider).
        $this->assertEquals(['audit' => 1] + array_fill_keys(array_keys($full), 0),
            array_map(fn($n) => min($n, 1), $this->rows_of((int)$gone->id)));
        $this->assertEquals($full, array_map(fn($n) => min($n, 1), $this->rows_of((int)$kept->id)));
    }

    /**
     * Deleting a course deletes its programme link and the mappings of its activities; another course's stay.
     */
    public function test_course_deleted(): void {
        global $DB;
        $this->resetAfterTest();
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $other = $sens->create_linked_course(['version' => $fixture->version, 'units' => ['donnees.intermediaire']]);
        $othercount = count($other->cms);
        $this->assertSame(6 + $othercount, $DB->count_records('local_sens_mapping'));
        // Read once, so that the cached view must be dropped.
        $repository = \core\di::get(mapping_repository::class);
        $this->assertCount(6, $repository->for_version_course((int)$fixture->version->id, (int)$fixture->course->id));

        delete_course($fixture->course, false);

        $this->assertFalse($DB->record_exists('local_sens_course', ['courseid' => $fixture->course->id]));
        $this->assertSame($othercount, $DB->count_records('local_sens_mapping'));
        $this->assertSame([], $repository->for_version_course((int)$fixture->version->id, (int)$fixture->course->id));
        $this->assertTrue($DB->record_exists('local_sens_course', ['courseid' => $other->course->id]));
    }

    /**
     * Deleting a mapped activity deletes its mapping and recomputes the course's learners at once: a level validated
     * with it is no longer validated without it.
     */
    public function test_course_module_deleted(): void {
        global $DB;
        $this->resetAfterTest();
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $versionid = (int)$fixture->version->id;
        $sens->create_attestation(['userid' => $learner->id, 'versionid' => $versionid, 'unit' => 'donnees.debutant',
            'session' => 'S1', 'sessiondate' => \local_sens\local\learner\record_builder::date(time())]);
        $completion = new \completion_info($fixture->course);
        foreach ($fixture->cms as $cm) {
            $completion->update_state(get_fast_modinfo($fixture->course)->get_cm($cm->id), COMPLETION_COMPLETE, $learner->id);
        }
        $state = fn() => array_column(json_decode($DB->get_field('local_sens_decision', 'decision',
            ['userid' => $learner->id, 'versionid' => $versionid]), true)['units'], 'state', 'id')['donnees.debutant'];
        $this->assertSame('validated', $state());
        $repository = \core\di::get(mapping_repository::class);
        $this->assertCount(6, $repository->for_version_course($versionid, (int)$fixture->course->id));

        $cmid = (int)reset($fixture->cms)->id;
        course_delete_module($cmid);

        $this->assertFalse($DB->record_exists('local_sens_mapping', ['cmid' => $cmid]));
        $this->assertCount(5, $repository->for_version_course($versionid, (int)$fixture->course->id));
        $this->assertNotSame('validated', $state(), 'recomputed without the deleted activity');
    }
}
