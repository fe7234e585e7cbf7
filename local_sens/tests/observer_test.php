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

use local_sens\local\gating\gating_service;
use local_sens\local\gating\open_units_repository;

/**
 * Tests of the observers: facts from Moodle recompute only the learner concerned and move their open levels.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\observer
 * @covers     \local_sens\local\learner\enrolment_service
 */
final class observer_test extends \advanced_testcase {

    /**
     * The gated units open to a user: the stored rows, checked equal to what the condition reads (cached entry).
     *
     * @param int $courseid Unused: levels are per programme.
     * @param int $userid
     * @return string[] Unit ids, sorted.
     */
    private function unit_groups(int $courseid, int $userid): array {
        global $DB;
        $units = $DB->get_fieldset_select('local_sens_openunit', 'unit', 'userid = ? AND programme = ?',
            [$userid, 'du-cns']);
        sort($units);
        $cached = array_keys(\core\di::get(open_units_repository::class)->entry($userid)['du-cns']['open'] ?? []);
        sort($cached);
        $this->assertSame($units, $cached, 'the cached entry matches the stored rows');
        return $units;
    }

    /**
     * Enrolment in a linked course (one learner by hand) only marks the learner for the course's deferred recompute;
     * the task creates the SENS enrolment on the latest published version, from the course enrolment's start date in
     * the site timezone, and opens the first levels.
     */
    public function test_course_enrolment_enrols_on_latest_published_version(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        // A newer draft is not used; the published version is.
        $sens->create_programme_version(['file' => \local_sens_generator::programme_file(), 'status' => 'draft']);
        \core\di::get(gating_service::class)->sync_course((int)$fixture->course->id);
        $learner = $this->getDataGenerator()->create_user();
        // 2026-03-30 01:00 in Perth (PHPUnit's site timezone) is still 2026-03-29 in UTC.
        $start = (new \DateTimeImmutable('2026-03-30 01:00', new \DateTimeZone('Australia/Perth')))->getTimestamp();

        $this->getDataGenerator()->enrol_user($learner->id, $fixture->course->id, 'student', 'manual', $start);
        $this->assertFalse($DB->record_exists('local_sens_enrolment', ['userid' => $learner->id]), 'nothing in the request');
        $this->assertFalse($DB->record_exists('local_sens_decision', ['userid' => $learner->id]));
        $this->assertTrue($DB->record_exists('local_sens_pending', ['userid' => $learner->id,
            'courseid' => $fixture->course->id]));
        $this->assertSame(1, $sens->run_pending_recomputes(), 'one task for the course');

        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $learner->id], '*', MUST_EXIST);
        $this->assertEquals($fixture->version->id, $enrolment->versionid);
        $this->assertSame('2026-03-30', $enrolment->startdate);
        $this->assertTrue($DB->record_exists('local_sens_audit', ['action' => 'enrolment_created',
            'relateduserid' => $learner->id]));
        $this->assertSame(['donnees.debutant'], array_values(array_intersect(
            $this->unit_groups((int)$fixture->course->id, (int)$learner->id), ['donnees.debutant', 'donnees.intermediaire'])));
        // No group: the level condition reads the stored decision.
        $this->assertSame(0, $DB->count_records('groups', ['courseid' => $fixture->course->id]));

        // A teacher is not a learner: no programme enrolment.
        $teacher = $this->getDataGenerator()->create_and_enrol($fixture->course, 'editingteacher');
        $sens->run_pending_recomputes();
        $this->assertFalse($DB->record_exists('local_sens_enrolment', ['userid' => $teacher->id]));

        // A second course enrolment (another method) does not enrol twice.
        $this->getDataGenerator()->enrol_user($learner->id, $fixture->course->id, 'student', 'self');
        $sens->run_pending_recomputes();
        $this->assertSame(1, $DB->count_records('local_sens_enrolment', ['userid' => $learner->id]));
    }

    /**
     * Completing the last Débutant quiz of a domain, its workshop attested, opens Intermédiaire (stored row and cached
     * entry); another learner's decision is not touched.
     */
    public function test_last_debutant_quiz_opens_intermediaire(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        $courseid = (int)$fixture->course->id;
        \core\di::get(gating_service::class)->sync_course($courseid);
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $other = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $sens->run_pending_recomputes();
        $otherdecision = $DB->get_record('local_sens_decision', ['userid' => $other->id], '*', MUST_EXIST);

        \core\di::get(\local_sens\local\attestation\attestation_service::class)->record((int)get_admin()->id,
            (int)$learner->id, (int)$fixture->version->id, 'donnees.debutant', 'S1',
            \local_sens\local\learner\record_builder::date(time()), 'passed', \context_course::instance($courseid));
        $completion = new \completion_info($fixture->course);
        $debutant = array_values(array_filter(array_keys($fixture->cms), fn($s) => str_starts_with($s, 'donnees.debutant.')));
        $last = array_pop($debutant);
        foreach ($debutant as $slot) {
            $completion->update_state(get_fast_modinfo($courseid)->get_cm($fixture->cms[$slot]->id), COMPLETION_COMPLETE,
                $learner->id);
        }
        $this->assertNotContains('donnees.intermediaire', $this->unit_groups($courseid, (int)$learner->id));
        $decision = json_decode($DB->get_field('local_sens_decision', 'decision', ['userid' => $learner->id]), true);
        $this->assertSame('in_progress', array_column($decision['units'], 'state', 'id')['donnees.debutant']);

        $completion->update_state(get_fast_modinfo($courseid)->get_cm($fixture->cms[$last]->id), COMPLETION_COMPLETE,
            $learner->id);

        $this->assertContains('donnees.intermediaire', $this->unit_groups($courseid, (int)$learner->id));
        $this->assertContains('donnees.debutant', $this->unit_groups($courseid, (int)$learner->id));
        $decision = json_decode($DB->get_field('local_sens_decision', 'decision', ['userid' => $learner->id]), true);
        $states = array_column($decision['units'], 'state', 'id');
        $this->assertSame('validated', $states['donnees.debutant']);
        $this->assertSame('open', $states['donnees.intermediaire']);
        $this->assertEquals($otherdecision, $DB->get_record('local_sens_decision', ['userid' => $other->id]));
        $this->assertNotContains('donnees.intermediaire', $this->unit_groups($courseid, (int)$other->id));
    }

    /**
     * A grade in a linked course recomputes through user_graded; an unlinked course's events are ignored.
     */
    public function test_user_graded_and_unlinked_course(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['initiation.introduction'], 'completion' => 'grade']);
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $sens->run_pending_recomputes();
        $DB->delete_records('local_sens_decision');
        $unlinked = $this->getDataGenerator()->create_course(['enablecompletion' => 1]);
        $this->getDataGenerator()->enrol_user($learner->id, $unlinked->id, 'student');
        $this->assertFalse($DB->record_exists('local_sens_pending', ['courseid' => $unlinked->id]));
        $this->assertFalse($DB->record_exists('local_sens_decision', ['userid' => $learner->id]));

        $cm = $fixture->cms['initiation.introduction.e1.exercices'];
        $quizgen = $this->getDataGenerator()->get_plugin_generator('mod_quiz');
        $this->setUser($learner);
        $attempt = $quizgen->create_attempt($cm->instance, $learner->id);
        $quizgen->submit_responses($attempt->id, [1 => 'frog'], false, true);

        $decision = json_decode($DB->get_field('local_sens_decision', 'decision', ['userid' => $learner->id], MUST_EXIST), true);
        $reasons = array_column($decision['units'], 'reasons', 'id')['initiation.introduction'];
        $this->assertSame('activities_pending', $reasons[0]['code']);
        $this->assertSame(1, $reasons[0]['params']['passed']);
    }

    /**
     * The jury's decision on a portfolio (mod_sensportfolio, part of SENS: its service and event) reaches the record
     * and the decision: the portfolio unit is validated.
     */
    public function test_jury_decision(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $sens->run_pending_recomputes();
        $portfolio = $this->getDataGenerator()->create_module('sensportfolio', ['course' => $fixture->course->id]);
        $context = \context_module::instance($portfolio->cmid);
        $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio')->create_entry([
            'sensportfolioid' => $portfolio->id, 'userid' => $learner->id, 'competences' => ['mc1.d1']]);
        $submission = \core\di::get(\mod_sensportfolio\local\submission\submission_service::class)->submit($portfolio,
            $context, (int)$learner->id);

        \core\di::get(\mod_sensportfolio\local\jury\jury_service::class)->decide((int)$submission->id,
            (int)get_admin()->id, 'accepted', [], 'Bon travail.', $context);

        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $learner->id], '*', MUST_EXIST);
        $record = \core\di::get(\local_sens\local\learner\record_builder::class)->build((int)$learner->id, $enrolment);
        $this->assertCount(1, $record['juryDecisions']);
        $this->assertSame(['portfolio', 'accepted'], [$record['juryDecisions'][0]['unit'],
            $record['juryDecisions'][0]['decision']]);
        $decision = json_decode($DB->get_field('local_sens_decision', 'decision', ['userid' => $learner->id]), true);
        $this->assertSame('validated', array_column($decision['units'], 'state', 'id')['portfolio']);
    }
}
