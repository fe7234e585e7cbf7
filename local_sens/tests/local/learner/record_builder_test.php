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
 * Tests of the learner record built from Moodle's completion, gradebook and SENS facts.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\learner\record_builder
 */
final class record_builder_test extends \advanced_testcase {

    /**
     * A submitted attempt of a learner at a quiz with one short-answer question ("frog" is the right answer).
     *
     * @param int $quizid
     * @param \stdClass $user
     * @param string $answer
     */
    private function attempt(int $quizid, \stdClass $user, string $answer): void {
        /** @var \mod_quiz_generator $quizgen */
        $quizgen = $this->getDataGenerator()->get_plugin_generator('mod_quiz');
        $this->setUser($user);
        $attempt = $quizgen->create_attempt($quizid, $user->id);
        $quizgen->submit_responses($attempt->id, [1 => $answer], false, true);
        $this->setAdminUser();
    }

    /**
     * A course with the Initiation's introduction quizzes (completion on a grade) and one enrolled learner who
     * attempted the quiz of one slot.
     *
     * @param string $slot
     * @param string $answer
     * @return array [fixture, learner, enrolment row, cm of the slot]
     */
    private function learner_with_attempt(string $slot, string $answer): array {
        global $DB;
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['initiation.introduction'], 'completion' => 'grade']);
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $learner->id], '*', MUST_EXIST);
        $cm = $fixture->cms[$slot];
        $this->attempt((int)$cm->instance, $learner, $answer);
        return [$fixture, $learner, $enrolment, $cm];
    }

    /**
     * A real quiz attempt (graded, completion by grade) becomes an activity fact with grade, max and date; an
     * unmapped or unattempted quiz gives no fact; attestations and placements are read; the record is valid for
     * the engine.
     */
    public function test_build_from_real_attempt(): void {
        global $DB;
        $this->resetAfterTest();
        [$fixture, $learner, $enrolment, $cm] = $this->learner_with_attempt('initiation.introduction.e1.exercices', 'frog');
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $sens->create_attestation(['userid' => $learner->id, 'versionid' => $fixture->version->id,
            'unit' => 'donnees.debutant', 'session' => 'S1', 'sessiondate' => '2026-06-15', 'result' => 'failed']);
        $sens->create_placement(['enrolmentid' => $enrolment->id, 'domain' => 'cybersecurite',
            'level' => 'cybersecurite.intermediaire', 'basis' => 'PIX']);

        $queries = $DB->perf_get_reads();
        $record = \core\di::get(record_builder::class)->build((int)$learner->id, $enrolment);
        $reads = $DB->perf_get_reads() - $queries;

        $this->assertSame((string)$learner->id, $record['learner']);
        $this->assertSame(['id' => 'du-cns', 'version' => '2026.1'], $record['programme']);
        $this->assertSame($enrolment->startdate, $record['enrolment']['start']);
        $this->assertCount(1, $record['activities']);
        $activity = $record['activities'][0];
        $this->assertSame('cm' . $cm->id, $activity['id']);
        $this->assertSame('initiation.introduction.e1.exercices', $activity['slot']);
        $this->assertTrue($activity['completed']);
        $this->assertEqualsWithDelta(10.0, $activity['grade'], 0.0001);
        $this->assertEqualsWithDelta(10.0, $activity['max'], 0.0001);
        $this->assertSame(record_builder::date(time()), $activity['at']);
        $this->assertSame([['id' => $record['attestations'][0]['id'], 'unit' => 'donnees.debutant', 'session' => 'S1',
            'result' => 'failed', 'by' => (string)get_admin()->id, 'at' => '2026-06-15']], $record['attestations']);
        $this->assertSame('cybersecurite.intermediaire', $record['placements'][0]['unit']);
        $this->assertSame('PIX', $record['placements'][0]['basis']);
        $this->assertSame([], $record['juryDecisions']);
        $this->assertLessThanOrEqual(6, $reads);

        $definition = json_decode($fixture->version->definition, true);
        $this->assertSame([], \local_sens\local\engine\validate::validate_record($definition, $record));
    }

    /**
     * A wrong answer gives a grade of zero, still a fact (the slot is attempted, not passed, when the slot has a pass
     * mark); a bare level id in a placement is read within its domain.
     */
    public function test_failed_attempt_and_bare_level(): void {
        $this->resetAfterTest();
        [, $learner, $enrolment] = $this->learner_with_attempt('initiation.introduction.e2.exercices', 'not an animal');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->create_placement(['enrolmentid' => $enrolment->id,
            'domain' => 'outils', 'level' => 'avance']);

        $record = \core\di::get(record_builder::class)->build((int)$learner->id, $enrolment);

        $this->assertCount(1, $record['activities']);
        $this->assertEqualsWithDelta(0.0, $record['activities'][0]['grade'], 0.0001);
        $this->assertSame('outils.avance', $record['placements'][0]['unit']);
    }

    /**
     * Manual completion of several activities by several learners: build_many reads them in a number of queries
     * that depends neither on the number of activities nor on the number of learners.
     */
    public function test_build_many_query_count(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        $completion = new \completion_info($fixture->course);
        $learners = [];
        foreach ([2, 4, 6] as $count) {
            $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
            $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
            $learners[$learner->id] = $count;
            foreach (array_slice(array_values($fixture->cms), 0, $count) as $cm) {
                $completion->update_state(get_fast_modinfo($fixture->course)->get_cm($cm->id), COMPLETION_COMPLETE,
                    $learner->id);
            }
        }
        $enrolments = $DB->get_records('local_sens_enrolment');
        $this->assertCount(3, $enrolments);

        $queries = $DB->perf_get_reads();
        $records = \core\di::get(record_builder::class)->build_many($enrolments);
        $reads = $DB->perf_get_reads() - $queries;

        foreach ($enrolments as $enrolment) {
            $facts = $records[$enrolment->id]['activities'];
            $this->assertCount($learners[$enrolment->userid], $facts);
            foreach ($facts as $fact) {
                $this->assertTrue($fact['completed']);
                $this->assertNull($fact['passed']);
            }
        }
        $this->assertLessThanOrEqual(6, $reads);
    }

    /**
     * A quiz completed on a pass grade: a failing attempt is "complete, failed" in Moodle (passed false in the
     * record), a passing one "complete, passed" (passed true).
     */
    public function test_pass_grade_completion(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => []]);
        $quiz = $this->getDataGenerator()->create_module('quiz', ['course' => $fixture->course->id, 'grade' => 10,
            'sumgrades' => 1, 'gradepass' => 5, 'completion' => COMPLETION_TRACKING_AUTOMATIC, 'completionusegrade' => 1,
            'completionpassgrade' => 1]);
        $questions = $this->getDataGenerator()->get_plugin_generator('core_question');
        $category = $questions->create_question_category(['contextid' => \context_course::instance($fixture->course->id)->id]);
        $question = $questions->create_question('shortanswer', null, ['category' => $category->id]);
        quiz_add_quiz_question($question->id, $quiz);
        $sens->create_mapping(['versionid' => $fixture->version->id, 'cmid' => $quiz->cmid,
            'slot' => 'initiation.introduction.e1.exercices']);
        [$failing, $passing] = [
            $this->getDataGenerator()->create_and_enrol($fixture->course, 'student'),
            $this->getDataGenerator()->create_and_enrol($fixture->course, 'student'),
        ];
        $sens->run_pending_recomputes();
        $this->attempt((int)$quiz->id, $failing, 'not an animal');
        $this->attempt((int)$quiz->id, $passing, 'frog');

        $records = \core\di::get(record_builder::class)->build_many($DB->get_records('local_sens_enrolment'));
        $byuser = [];
        foreach ($DB->get_records('local_sens_enrolment') as $enrolment) {
            $byuser[$enrolment->userid] = $records[$enrolment->id]['activities'][0];
        }
        $this->assertSame([true, false], [$byuser[$failing->id]['completed'], $byuser[$failing->id]['passed']]);
        $this->assertSame([true, true], [$byuser[$passing->id]['completed'], $byuser[$passing->id]['passed']]);
    }

    /**
     * A version's facts come only from courses linked to its programme: a mapping row of the version on an activity
     * of an unlinked course, or of a course linked to another programme, feeds nothing (security finding 1: a
     * teacher's own course could validate a DU level).
     */
    public function test_facts_only_from_linked_courses(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $learner->id], '*', MUST_EXIST);
        $rogue = $this->getDataGenerator()->create_course(['enablecompletion' => 1]);
        $this->getDataGenerator()->enrol_user($learner->id, $rogue->id, 'student');
        $quiz = $this->getDataGenerator()->create_module('quiz', ['course' => $rogue->id,
            'completion' => COMPLETION_TRACKING_MANUAL]);
        $sens->create_mapping(['versionid' => $fixture->version->id, 'cmid' => $quiz->cmid,
            'slot' => 'donnees.intermediaire.e1.exercices']);
        (new \completion_info($rogue))->update_state(get_fast_modinfo($rogue)->get_cm($quiz->cmid), COMPLETION_COMPLETE,
            $learner->id);
        $facts = fn() => array_column(\core\di::get(record_builder::class)->build((int)$learner->id, $enrolment)['activities'],
            'slot', 'id');

        $this->assertSame([], $facts(), 'an unlinked course feeds no fact');
        $sens->create_course_link(['courseid' => $rogue->id, 'programme' => 'mastere-sousse']);
        $this->assertSame([], $facts(), 'a course linked to another programme feeds no fact');
        $DB->set_field('local_sens_course', 'programme', 'du-cns', ['courseid' => $rogue->id]);
        $this->assertSame(['cm' . $quiz->cmid => 'donnees.intermediaire.e1.exercices'], $facts(),
            'once linked to the programme, its mapped activity counts');
    }
}
