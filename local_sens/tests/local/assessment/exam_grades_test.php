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

namespace local_sens\local\assessment;

use local_sens\local\decision\decision_service;
use local_sens\local\engine\decide;
use local_sens\local\learner\record_builder;
use local_sens\local\mapping\invalid_mapping_exception;
use local_sens\local\mapping\mapping_service;

/**
 * The Mastère's exams from Moodle's gradebook: grade items mapped to module › component › session, grades read in
 * one query and converted exactly, the engine's decision from them, barred and défaillant grades not counted, the
 * teacher's report and who may see it.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\learner\record_builder
 * @covers     \local_sens\local\mapping\mapping_service
 * @covers     \local_sens\local\assessment\module_report
 * @covers     \local_sens\local\assessment\assessment_repository
 */
final class exam_grades_test extends \advanced_testcase {

    /** @var \stdClass The course. */
    private \stdClass $course;

    /** @var \stdClass The Mastère version. */
    private \stdClass $version;

    /** @var array<string, \grade_item> Grade items by name. */
    private array $items = [];

    /**
     * A course linked to the Mastère with a quiz graded out of 10 (UEF 1 written exam, main session), a manual item
     * out of 20 (UEF 1 continuous assessment, main), a manual item on a five-item scale (UEF 2 written exam, main), a
     * manual item out of 20 (UEF 2 continuous assessment, main) and one for UEF 1's written resit; mapped through the
     * mapping service as the pedagogical engineer would.
     */
    private function mastere_course(): void {
        global $CFG, $USER;
        require_once($CFG->libdir . '/gradelib.php');
        $this->resetAfterTest();
        $this->setAdminUser();
        $gen = $this->getDataGenerator();
        /** @var \local_sens_generator $sens */
        $sens = $gen->get_plugin_generator('local_sens');
        $this->version = $sens->create_programme_version(['file' => \local_sens_generator::programme_file('mastere-sousse'),
            'version' => 1]);
        $this->course = $gen->create_course(['enablecompletion' => 1]);
        $sens->create_course_link(['courseid' => $this->course->id, 'programme' => 'mastere-sousse']);
        $quiz = $gen->create_module('quiz', ['course' => $this->course->id, 'name' => 'Examen UEF1', 'grade' => 10]);
        $this->items['quiz'] = \grade_item::fetch(['courseid' => $this->course->id, 'itemtype' => 'mod',
            'itemmodule' => 'quiz', 'iteminstance' => $quiz->id, 'itemnumber' => 0]);
        $scale = $gen->create_scale(['scale' => 'Insuffisant,Passable,Assez bien,Bien,Très bien',
            'courseid' => $this->course->id]);
        $manual = function(string $name, array $fields = []): \grade_item {
            $item = new \grade_item($fields + ['courseid' => $this->course->id, 'itemtype' => 'manual', 'itemname' => $name,
                'gradetype' => GRADE_TYPE_VALUE, 'grademin' => 0, 'grademax' => 20], false);
            $item->load_scale();
            $item->insert();
            return $item;
        };
        $this->items['cc1'] = $manual('CC UEF1');
        $this->items['scale'] = $manual('Écrit UEF2', ['gradetype' => GRADE_TYPE_SCALE, 'scaleid' => $scale->id]);
        $this->items['cc2'] = $manual('CC UEF2');
        $this->items['resit1'] = $manual('Rattrapage écrit UEF1');
        $this->items['resitcc1'] = $manual('Rattrapage CC UEF1');
        \core\di::get(mapping_service::class)->save((int)$this->course->id, (int)$this->version->id, [], (int)$USER->id, [
            ['unit' => 'uef1', 'component' => 'ecrit', 'session' => 'main', 'gradeitemid' => $this->items['quiz']->id],
            ['unit' => 'uef1', 'component' => 'cc', 'session' => 'main', 'gradeitemid' => $this->items['cc1']->id],
            ['unit' => 'uef2', 'component' => 'ecrit', 'session' => 'main', 'gradeitemid' => $this->items['scale']->id],
            ['unit' => 'uef2', 'component' => 'cc', 'session' => 'main', 'gradeitemid' => $this->items['cc2']->id],
            ['unit' => 'uef1', 'component' => 'ecrit', 'session' => 'resit', 'gradeitemid' => $this->items['resit1']->id],
            ['unit' => 'uef1', 'component' => 'cc', 'session' => 'resit', 'gradeitemid' => $this->items['resitcc1']->id],
        ]);
    }

    /**
     * Grade a learner on an item, the way Moodle's gradebook does (user_graded follows, the learner is recomputed).
     *
     * @param string $item
     * @param int $userid
     * @param float $grade
     */
    private function grade(string $item, int $userid, float $grade): void {
        $gradeitem = $this->items[$item];
        if ($gradeitem->itemtype === 'mod') {
            grade_update('mod/quiz', $this->course->id, 'mod', 'quiz', $gradeitem->iteminstance, 0,
                ['userid' => $userid, 'rawgrade' => $grade]);
        } else {
            $gradeitem->update_final_grade($userid, $grade, 'test');
        }
    }

    /**
     * The learner's stored decision of a unit.
     *
     * @param int $userid
     * @param string $unit
     * @return array
     */
    private function unit(int $userid, string $unit): array {
        global $DB;
        $decision = json_decode($DB->get_field('local_sens_decision', 'decision',
            ['userid' => $userid, 'versionid' => $this->version->id], MUST_EXIST), true);
        return \local_sens\api::unit_decision($decision, $unit);
    }

    /**
     * A quiz out of 10 (7.35 → 14.7/20), a manual item out of 20 and a scale item (4th of 5 → 15/20) become the
     * record's exam facts, exactly; the engine validates UEF 1 at 0.6 × 14.7 + 0.4 × 9.5 = 12.62 and UEF 2 at
     * 0.6 × 15 + 0.4 × 4 = 10.6 (seed 000: written exam 60 %, continuous work 40 %, average ≥ 10), in the stored
     * decision the observers compute after each grade.
     */
    public function test_grades_become_exam_facts(): void {
        global $DB;
        $this->mastere_course();
        $learner = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $this->grade('quiz', $learner->id, 7.35);
        $this->grade('cc1', $learner->id, 9.5);
        $this->grade('scale', $learner->id, 4);
        $this->grade('cc2', $learner->id, 4);

        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $learner->id], '*', MUST_EXIST);
        $record = \core\di::get(record_builder::class)->build((int)$learner->id, $enrolment);
        $exams = [];
        foreach ($record['exams'] as $exam) {
            $exams[$exam['unit'] . '/' . $exam['component'] . '/' . $exam['session']] = $exam['grade'];
        }
        ksort($exams);
        $this->assertSame(['uef1/cc/main' => 9.5, 'uef1/ecrit/main' => 14.7, 'uef2/cc/main' => 4.0,
            'uef2/ecrit/main' => 15.0], array_map('floatval', $exams));

        $uef1 = $this->unit((int)$learner->id, 'uef1');
        $this->assertSame('validated', $uef1['state']);
        $this->assertSame('assessment_passed', $uef1['reasons'][0]['code']);
        $this->assertEquals(12.62, $uef1['reasons'][0]['params']['average']);
        $this->assertSame('main', $uef1['reasons'][0]['params']['session']);
        $uef2 = $this->unit((int)$learner->id, 'uef2');
        $this->assertSame('validated', $uef2['state']);
        $this->assertEquals(10.6, $uef2['reasons'][0]['params']['average']);
    }

    /**
     * A grade that does not convert exactly (a four-item scale's 2nd item: 6.666…/20) is left out of the record, not
     * rounded: the component stays expected; the report says why.
     */
    public function test_inexact_grade_not_counted(): void {
        $this->mastere_course();
        $scale = $this->getDataGenerator()->create_scale(['scale' => 'A,B,C,D', 'courseid' => $this->course->id]);
        $this->items['scale']->scaleid = $scale->id;
        $this->items['scale']->load_scale();
        $this->items['scale']->update();
        $learner = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $this->grade('scale', $learner->id, 2);
        $this->grade('cc2', $learner->id, 12);
        $uef2 = $this->unit((int)$learner->id, 'uef2');
        $this->assertSame('assessment_pending', $uef2['reasons'][0]['code']);
        $this->assertSame(['ecrit'], $uef2['reasons'][0]['params']['missing'], 'the written exam is the one component missing: a list of one');

        $report = \core\di::get(module_report::class)->build((int)$this->course->id, 'en');
        $row = $report['modules'][1]['rows'][0];
        $this->assertSame('uef2', $report['modules'][1]['unit']);
        $grades = array_column($row['grades'], null, 'label');
        $written = $grades['Examen écrit — main session'];
        $this->assertFalse($written['counted']);
        $this->assertSame('6.66666…/20', $written['value']);
        $this->assertStringContainsString('not exactly a grade out of 20', $written['note']);
        $this->assertTrue($grades['Travail personnel continu (partie pratique) — main session']['counted']);
    }

    /**
     * The engine's decision with an absence fact (the attendance sheets' part: 7 h of 30 absent, 23.33 % > 20 %;
     * 16 h of 30, 53.33 % > 50 %) next to the Moodle grades: the barred learner's main-session grade is shown as not
     * counted with the engine's reason and they are on the resit list; the défaillant learner's grades do not count
     * and they sit no session; a learner below 10 at the main session is on the resit list; the validated one is
     * neither there nor admitted to the mémoire (UEF 2…7 and a transversal module are still to validate).
     */
    public function test_barred_grades_not_counted_and_resit_list(): void {
        global $DB;
        $this->mastere_course();
        $gen = $this->getDataGenerator();
        $barred = $gen->create_and_enrol($this->course, 'student', ['firstname' => 'Barred', 'lastname' => 'A']);
        $defaillant = $gen->create_and_enrol($this->course, 'student', ['firstname' => 'Defaillant', 'lastname' => 'B']);
        $below = $gen->create_and_enrol($this->course, 'student', ['firstname' => 'Below', 'lastname' => 'C']);
        $passed = $gen->create_and_enrol($this->course, 'student', ['firstname' => 'Passed', 'lastname' => 'D']);
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        foreach ([$barred, $defaillant, $passed] as $user) {
            $this->grade('quiz', $user->id, 8);
            $this->grade('cc1', $user->id, 14);
        }
        $this->grade('quiz', $below->id, 4);
        $this->grade('cc1', $below->id, 9);
        // Absences, as the attendance facts will give them: decided by the engine and stored.
        $definition = json_decode($this->version->definition, true);
        $asof = \core\di::get(decision_service::class)->asof();
        foreach ([[$barred, 7], [$defaillant, 16]] as [$user, $hours]) {
            $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $user->id], '*', MUST_EXIST);
            $record = \core\di::get(record_builder::class)->build((int)$user->id, $enrolment);
            $record['attendance'] = [['id' => 'ab1', 'unit' => 'uef1', 'hoursAbsent' => $hours, 'hours' => 30]];
            $decision = decide::decide($definition, $record, $asof);
            $DB->set_field('local_sens_decision', 'decision', json_encode($decision),
                ['userid' => $user->id, 'versionid' => $this->version->id]);
        }
        $this->assertSame('barred', $this->unit((int)$barred->id, 'uef1')['state']);

        $report = \core\di::get(module_report::class)->build((int)$this->course->id, 'en');
        $uef1 = $report['modules'][0];
        $this->assertSame('uef1', $uef1['unit']);
        $rows = array_column($uef1['rows'], null, 'userid');
        $bar = $rows[$barred->id];
        $this->assertTrue($bar['barred']);
        $this->assertCount(2, $bar['grades']);
        foreach ($bar['grades'] as $grade) {
            $this->assertFalse($grade['counted']);
            $this->assertStringContainsString('23.33% absence, above the 20% limit', $grade['note']);
        }
        $this->assertSame('16/20', array_column($bar['grades'], 'value', 'label')['Examen écrit — main session']);
        $this->assertTrue($rows[$defaillant->id]['defaillant']);
        $this->assertStringContainsString('53.33% absence', $rows[$defaillant->id]['grades'][0]['note']);
        $this->assertTrue($rows[$passed->id]['grades'][0]['counted']);
        // 0.6 × 16 + 0.4 × 14 = 15.2; 0.6 × 8 + 0.4 × 9 = 8.4 (main session, below 10).
        $this->assertSame(['validated', 'main', '15.2'], [$rows[$passed->id]['state'], $rows[$passed->id]['session'],
            $rows[$passed->id]['average']]);
        $this->assertSame(['in_progress', 'main', '8.4'], [$rows[$below->id]['state'], $rows[$below->id]['session'],
            $rows[$below->id]['average']]);

        $resit = array_map(fn(array $r) => [$r['userid'], $r['unit']], $report['resit']);
        $this->assertEqualsCanonicalizing([[(int)$barred->id, 'uef1'], [(int)$below->id, 'uef1']], $resit);
        $this->assertSame([], $report['memoire']);

        // The resit grades count for the barred learner: 0.6 × 11 + 0.4 × 10 = 10.6 at the resit session.
        $this->grade('resit1', $barred->id, 11);
        $this->grade('resitcc1', $barred->id, 10);
        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $barred->id], '*', MUST_EXIST);
        $record = \core\di::get(record_builder::class)->build((int)$barred->id, $enrolment);
        $record['attendance'] = [['id' => 'ab1', 'unit' => 'uef1', 'hoursAbsent' => 7, 'hours' => 30]];
        $unit = \local_sens\api::unit_decision(decide::decide($definition, $record, $asof), 'uef1');
        $this->assertSame('validated', $unit['state']);
        $this->assertSame(['resit', 10.6], [$unit['reasons'][0]['params']['session'],
            (float)$unit['reasons'][0]['params']['average']]);

        // Export rows: one per learner and module, the not-counted note in the grades column.
        [$columns, $lines] = module_report::export_rows($report, 'modules');
        $this->assertSame(['module', 'learner', 'state', 'session', 'average', 'grades', 'reasons'], array_keys($columns));
        $this->assertCount(4 * 9, $lines);
        [, $lines] = module_report::export_rows($report, 'resit');
        $this->assertCount(2, $lines);
    }

    /**
     * The mapping of components refuses, naming each problem, and stores nothing: an unknown component or session
     * (UEF 1 has no "oral"; the transversal block has no assessment), a grade item of another course, the same
     * component twice, a grade item given twice.
     */
    public function test_mapping_refusals(): void {
        global $DB, $USER;
        $this->mastere_course();
        $other = $this->getDataGenerator()->create_course();
        $foreign = new \grade_item(['courseid' => $other->id, 'itemtype' => 'manual', 'itemname' => 'x',
            'gradetype' => GRADE_TYPE_VALUE, 'grademax' => 20], false);
        $foreign->insert();
        $before = $DB->get_records('local_sens_assessmap', null, 'id');
        try {
            \core\di::get(mapping_service::class)->save((int)$this->course->id, (int)$this->version->id, [], (int)$USER->id, [
                ['unit' => 'uef1', 'component' => 'oral', 'session' => 'main', 'gradeitemid' => $this->items['cc1']->id],
                ['unit' => 'transversal', 'component' => 'ecrit', 'session' => 'main', 'gradeitemid' => $this->items['cc2']->id],
                ['unit' => 'uef3', 'component' => 'ecrit', 'session' => 'main', 'gradeitemid' => $foreign->id],
                ['unit' => 'uef4', 'component' => 'ecrit', 'session' => 'main', 'gradeitemid' => $this->items['resit1']->id],
                ['unit' => 'uef4', 'component' => 'ecrit', 'session' => 'main', 'gradeitemid' => $this->items['quiz']->id],
                ['unit' => 'uef5', 'component' => 'cc', 'session' => 'resit', 'gradeitemid' => $this->items['resit1']->id],
            ]);
            $this->fail('saved');
        } catch (invalid_mapping_exception $e) {
            $messages = array_column($e->errors, 'message', 'item');
            $this->assertStringContainsString('"uef1/oral/main" is not an assessment component', $messages[0]);
            $this->assertStringContainsString('"transversal/ecrit/main" is not an assessment component', $messages[1]);
            $this->assertStringContainsString('grade item ' . $foreign->id . ' is not a grade item of this course',
                $messages[2]);
            $this->assertStringContainsString('"uef4/ecrit/main" is already given a grade item (component 4)', $messages[4]);
            $this->assertStringContainsString('already holds "uef4/ecrit/main"', $messages[5]);
            $this->assertCount(5, $e->errors);
        }
        $this->assertEquals($before, $DB->get_records('local_sens_assessmap', null, 'id'));
    }

    /**
     * Who sees the report: teachers and engineers of the course; not a learner, not a teacher of another course.
     */
    public function test_report_permission(): void {
        $this->mastere_course();
        $gen = $this->getDataGenerator();
        $context = \context_course::instance($this->course->id);
        $learner = $gen->create_and_enrol($this->course, 'student');
        $teacher = $gen->create_and_enrol($this->course, 'editingteacher');
        $otherteacher = $gen->create_and_enrol($gen->create_course(), 'editingteacher');
        $this->setUser($teacher);
        $this->assertTrue(\local_sens\local\permission::can_view_module_report($context));
        foreach ([$learner, $otherteacher] as $user) {
            $this->setUser($user);
            $this->assertFalse(\local_sens\local\permission::can_view_module_report($context));
            try {
                \local_sens\local\permission::require_can_view_module_report($context);
                $this->fail('allowed');
            } catch (\required_capability_exception $e) {
                $this->assertSame('nopermissions', $e->errorcode);
            }
        }
    }
}
