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

namespace block_competences\output;

use local_sens\local\workshop\attendance_repository;

/**
 * The learner's view of the Mastère (seed 000): modules instead of levels, each with its assessment (écrit 60 %,
 * travail personnel continu 40 %, pass mark 10/20, resit) and its absences against 20 % (main session barred) and
 * 50 % (défaillant), with the time left before each limit; the CEC's 20 % over the whole programme shown once.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_competences\output\modules_exporter
 * @covers     \local_sens\local\workshop\attendance_repository::summary
 */
final class modules_exporter_test extends \advanced_testcase {

    /**
     * A shipped programme.
     *
     * @param string $name
     * @return array
     */
    private static function programme(string $name): array {
        $file = \local_sens_generator::programme_file($name);
        return json_decode(file_get_contents($file), true);
    }

    /**
     * Mastère, uef2 taught 15 h (900 min): 190 min absent is above 20 % (180 min allowed) by 10 min; 50 % allows 450,
     * 260 min left. uef3 taught 10 h with 2 h absent: exactly 20 %, not above — 0 min left before the bar.
     */
    public function test_mastere_modules_and_attendance(): void {
        global $CFG;
        require_once($CFG->dirroot . '/local/sens/tests/generator/lib.php');
        $this->resetAfterTest();
        force_current_language('en');
        $definition = self::programme('mastere-sousse');
        $this->assertTrue(modules_exporter::applies($definition));
        $this->assertFalse(modules_exporter::applies(self::programme('du-cns')));
        $summary = attendance_repository::summary($definition, ['uef2' => [900, 190, 0], 'uef3' => [600, 120, 0]]);
        $byunit = [];
        foreach ($summary as $entry) {
            $byunit[$entry['unit']][$entry['rule']] = [$entry['allowed'], $entry['left'], $entry['over']];
        }
        $this->assertSame(['absence-20' => [180, 0, true], 'absence-50' => [450, 260, false]], $byunit['uef2']);
        $this->assertSame(['absence-20' => [120, 0, false], 'absence-50' => [300, 180, false]], $byunit['uef3']);

        $grid = ['others' => [['id' => 'uef2', 'label' => 'UEF 2', 'state' => 'barred'], ['id' => 'memoire', 'label' => 'Mémoire']],
            'initiation' => ['id' => 'transversal', 'label' => 'Transversal', 'items' => [['id' => 'uet-anglais',
            'label' => 'Anglais']]]];
        // Grades: main session 12 and 14.7 (not counted: barred), resit 11 and a grade that is not an exact /20.
        $grades = [['unit' => 'uef2', 'component' => 'ecrit', 'session' => 'main', 'grade' => 12.0, 'max' => 20, 'problem' => null],
            ['unit' => 'uef2', 'component' => 'cc', 'session' => 'main', 'grade' => 14.7, 'max' => 20, 'problem' => null],
            ['unit' => 'uef2', 'component' => 'ecrit', 'session' => 'resit', 'grade' => 11.0, 'max' => 20, 'problem' => null],
            ['unit' => 'uef2', 'component' => 'cc', 'session' => 'resit', 'grade' => null, 'max' => 20, 'problem' => 'notexact'],
            ['unit' => 'uef1', 'component' => 'ecrit', 'session' => 'main', 'grade' => 9.0, 'max' => 20, 'problem' => null]];
        $merged = modules_exporter::merge($grid, $definition, $summary, 'en', $grades);
        $this->assertTrue($merged['modulesview']);
        $this->assertNull($merged['initiation']);
        $this->assertSame(['uef2', 'memoire', 'transversal', 'uet-anglais'], array_column($merged['others'], 'id'));
        $uef2 = $merged['others'][0];
        $this->assertSame('Assessed by Examen écrit /20 (60 %), Travail personnel continu (partie pratique) /20 (40 %); '
            . 'validated from an average of 10/20; resit session if not.', $uef2['components']);
        $this->assertSame([
            'Absences: 3 h 10 of 15 h 00 (21.11 %), above the 20 % limit (3 h 00) by 0 h 10: barred from the main session.',
            'Absences: 3 h 10 of 15 h 00 (21.11 %). Limit 50 % (défaillant) at 7 h 30: 4 h 20 left before it.',
        ], $uef2['attendance']);
        $this->assertSame([
            'Main session: Examen écrit 12/20 (not counted: barred from the main session), Travail personnel continu (partie '
                . 'pratique) 14.7/20 (not counted: barred from the main session).',
            'Resit session: Examen écrit 11/20, Travail personnel continu (partie pratique): a grade that does not convert '
                . 'exactly to /20 (not counted; see your teacher).',
        ], $uef2['grades']);
        $this->assertFalse($merged['others'][1]['hasgrades']);
        $this->assertFalse($merged['others'][1]['hasattendance']);
        $this->assertNull($merged['others'][1]['components']);
    }

    /**
     * CEC: 20 % over the seven modules' total (bars the final exam's main session), shown once; justified
     * absences counted (the shipped rule) are said to be.
     */
    public function test_cec_total(): void {
        global $CFG;
        require_once($CFG->dirroot . '/local/sens/tests/generator/lib.php');
        $this->resetAfterTest();
        force_current_language('en');
        $definition = self::programme('cec-sousse');
        // m1 and m2 taught 12 h each: 24 h, 20 % = 4 h 48; 5 h absent (1 h justified) is above by 12 min.
        $summary = attendance_repository::summary($definition, ['m1' => [720, 300, 60], 'm2' => [720, 0, 0]]);
        $merged = modules_exporter::merge(['others' => [['id' => 'm1', 'label' => 'M1']]], $definition, $summary, 'en');
        $this->assertSame(['Absences: 5 h 00 of 24 h 00 (20.83 %), above the 20 % limit (4 h 48) by 0 h 12: barred from '
            . 'the main session. Of which 1 h 00 justified, counted as the programme says.'], $merged['attendancetotal']);
        // The module's own 50 % rule: 300 of 720 min, 360 allowed.
        $this->assertSame(['Absences: 5 h 00 of 12 h 00 (41.67 %). Limit 50 % (défaillant) at 6 h 00: 1 h 00 left before it. '
            . 'Of which 1 h 00 justified, counted as the programme says.'], $merged['others'][0]['attendance']);
    }
}
