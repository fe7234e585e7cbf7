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

use local_sens\local\engine\decide;
use local_sens\local\learner\record_builder;
use local_sens\local\mapping\mapping_service;
use local_sens\local\workshop\session_repository;
use local_sens\local\workshop\session_service;
use local_sens\local\workshop\sheet_service;

/**
 * A Mastère learner's record built from Moodle data only — grades of mapped grade items (a quiz out of 10, manual
 * items, a resit) and absences on teaching-session sheets — equals the committed fixture
 * tests/differential/moodle-records/mastere-sousse.moodle.asof-2027-02-01.json, which the differential stage decides
 * with the TypeScript engine and the generated PHP (and mutates 10,000 ways): so what Moodle decides for this
 * learner is what the TypeScript engine decides. The expected states are written from seed 000.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\learner\record_builder
 */
final class moodle_record_test extends \advanced_testcase {

    /** @var string The fixture, from the repository root. */
    private const FIXTURE = '/tests/differential/moodle-records/mastere-sousse.moodle.asof-2027-02-01.json';

    /**
     * The record a Moodle course gives, normalised (learner and fact ids numbered in order) and the fixture.
     */
    public function test_record_from_moodle_is_the_differential_fixture(): void {
        global $CFG, $DB;
        require_once($CFG->libdir . '/gradelib.php');
        $this->resetAfterTest();
        $this->setAdminUser();
        $gen = $this->getDataGenerator();
        /** @var \local_sens_generator $sens */
        $sens = $gen->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['file' => \local_sens_generator::programme_file('mastere-sousse'),
            'version' => 1]);
        $definition = json_decode($version->definition, true);
        $course = $gen->create_course();
        $sens->create_course_link(['courseid' => $course->id, 'programme' => 'mastere-sousse']);
        $teacher = $gen->create_and_enrol($course, 'editingteacher');
        $learner = $gen->create_and_enrol($course, 'student');
        $DB->delete_records('local_sens_enrolment', ['userid' => $learner->id]);
        $enrolment = \core\di::get(\local_sens\local\learner\enrolment_service::class)->enrol((int)$learner->id,
            (int)$version->id, '2026-09-01', (int)$teacher->id);

        // Grade items: UEF 1 written (a quiz out of 10) and continuous work; UEF 2 written and continuous work at the
        // main session and at the resit.
        $quiz = $gen->create_module('quiz', ['course' => $course->id, 'name' => 'Examen UEF1', 'grade' => 10]);
        $items = ['quiz' => \grade_item::fetch(['courseid' => $course->id, 'itemtype' => 'mod', 'itemmodule' => 'quiz',
            'iteminstance' => $quiz->id, 'itemnumber' => 0])];
        foreach (['cc1', 'ecrit2', 'cc2', 'ecrit2r', 'cc2r'] as $name) {
            $items[$name] = new \grade_item(['courseid' => $course->id, 'itemtype' => 'manual', 'itemname' => $name,
                'gradetype' => GRADE_TYPE_VALUE, 'grademin' => 0, 'grademax' => 20], false);
            $items[$name]->insert();
        }
        \core\di::get(mapping_service::class)->save((int)$course->id, (int)$version->id, [], (int)get_admin()->id, [
            ['unit' => 'uef1', 'component' => 'ecrit', 'session' => 'main', 'gradeitemid' => $items['quiz']->id],
            ['unit' => 'uef1', 'component' => 'cc', 'session' => 'main', 'gradeitemid' => $items['cc1']->id],
            ['unit' => 'uef2', 'component' => 'ecrit', 'session' => 'main', 'gradeitemid' => $items['ecrit2']->id],
            ['unit' => 'uef2', 'component' => 'cc', 'session' => 'main', 'gradeitemid' => $items['cc2']->id],
            ['unit' => 'uef2', 'component' => 'ecrit', 'session' => 'resit', 'gradeitemid' => $items['ecrit2r']->id],
            ['unit' => 'uef2', 'component' => 'cc', 'session' => 'resit', 'gradeitemid' => $items['cc2r']->id],
        ]);
        grade_update('mod/quiz', $course->id, 'mod', 'quiz', $quiz->id, 0, ['userid' => $learner->id, 'rawgrade' => 7.35]);
        $items['cc1']->update_final_grade($learner->id, 9.5, 'test');
        $items['ecrit2']->update_final_grade($learner->id, 12, 'test');
        $items['cc2']->update_final_grade($learner->id, 11, 'test');
        $items['ecrit2r']->update_final_grade($learner->id, 9.99, 'test');
        $items['cc2r']->update_final_grade($learner->id, 10.01, 'test');
        // The grades' dates: the exam days.
        $DB->execute("UPDATE {grade_grades} SET timemodified = :t WHERE userid = :u AND itemid IN (:a, :b, :c, :d)",
            ['t' => strtotime('2027-01-15 12:00'), 'u' => $learner->id, 'a' => $items['quiz']->id, 'b' => $items['cc1']->id,
                'c' => $items['ecrit2']->id, 'd' => $items['cc2']->id]);
        $DB->execute("UPDATE {grade_grades} SET timemodified = :t WHERE userid = :u AND itemid IN (:a, :b)",
            ['t' => strtotime('2027-01-29 12:00'), 'u' => $learner->id, 'a' => $items['ecrit2r']->id, 'b' => $items['cc2r']->id]);

        // UEF 2 taught in 5 sessions of 6 h: absent from the first, 1 h late to the second (7 h of 30 h).
        $sessions = \core\di::get(session_service::class);
        $this->setUser($teacher);
        for ($k = 0; $k < 5; $k++) {
            $start = time() - (20 - $k) * DAYSECS;
            $id = $sessions->create_teaching((int)$course->id, 'uef2', '', $start, $start + 6 * HOURSECS, 'ED',
                [(int)$teacher->id], (int)$teacher->id);
            $minutes = [360, 60, 0, 0, 0][$k];
            \core\di::get(sheet_service::class)->save(\core\di::get(session_repository::class)->get($id), 'uef2',
                [['userid' => (int)$learner->id, 'unit' => 'uef2', 'present' => $minutes < 360, 'passed' => false,
                    'minutesabsent' => $minutes, 'justified' => false, 'note' => '', 'reason' => '', 'key' => '']],
                (int)$teacher->id);
        }
        $this->setAdminUser();

        $record = self::normalise(\core\di::get(record_builder::class)->build((int)$learner->id, $enrolment));
        $fixture = json_decode(file_get_contents(self::root() . self::FIXTURE), true);
        $this->assertSame(json_encode($fixture, JSON_PRETTY_PRINT), json_encode($record, JSON_PRETTY_PRINT));

        // Seed 000: UEF 1 at the main session 0.6 × 14.7 + 0.4 × 9.5 = 12.62; UEF 2 barred from the main session
        // (23.33 % > 20 %), its main grades not counted, the resit 0.6 × 9.99 + 0.4 × 10.01 = 9.998 below 10.
        $decision = decide::decide($definition, $record, '2027-02-01');
        $uef1 = \local_sens\api::unit_decision($decision, 'uef1');
        $uef2 = \local_sens\api::unit_decision($decision, 'uef2');
        $this->assertSame(['validated', 12.62], [$uef1['state'], (float)$uef1['reasons'][0]['params']['average']]);
        $this->assertSame('failed', $uef2['state']);
        $this->assertSame(['resit', 9.998], [$uef2['reasons'][0]['params']['session'],
            (float)$uef2['reasons'][0]['params']['average']]);

        // The teacher's report from that decision: the resit's reason only, yet the main-session grades of UEF 2 are
        // shown not counted with the engine's bar (the record decided without the resit grades); the resit's count.
        $DB->set_field('local_sens_decision', 'decision', json_encode($decision),
            ['userid' => $learner->id, 'versionid' => $version->id]);
        $report = \core\di::get(module_report::class)->build((int)$course->id, 'en');
        $row = $report['modules'][1]['rows'][0];
        $this->assertSame(['uef2', 'failed', 'resit', '9.998', true], [$report['modules'][1]['unit'], $row['state'],
            $row['session'], $row['average'], $row['barred']]);
        $counted = array_column($row['grades'], 'counted', 'label');
        $this->assertSame(['Examen écrit — main session' => false, 'Travail personnel continu (partie pratique) — main session'
            => false, 'Examen écrit — resit session' => true, 'Travail personnel continu (partie pratique) — resit session'
            => true], $counted);
        $this->assertStringContainsString('23.33% absence, above the 20% limit', $row['grades'][0]['note']);
        $this->assertSame([], $report['resit'], 'failed at the resit: no session left');
    }

    /**
     * Ids that depend on the database (learner, grade rows) numbered in order; the rest as built.
     *
     * @param array $record
     * @return array
     */
    private static function normalise(array $record): array {
        $record['learner'] = 'moodle-learner';
        foreach (['exams', 'attendance', 'activities', 'attestations'] as $list) {
            foreach ($record[$list] ?? [] as $k => $fact) {
                $record[$list][$k]['id'] = $list . ($k + 1);
            }
        }
        return $record;
    }

    /**
     * Repository root (SENS_ROOT, else above the plugin).
     *
     * @return string
     */
    private static function root(): string {
        $env = getenv('SENS_ROOT');
        return $env !== false && $env !== '' ? $env : dirname(__DIR__, 4);
    }
}
