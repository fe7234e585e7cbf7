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
namespace mod_sensportfolio\local\jury;
namespace mod_sensportfolio\local\jury;

use mod_sensportfolio\local\submission\submission_service;

/**
 * The mémoire of the Mastère (seed 000, « Soutenance de mémoire … une évaluation notée sur 20 … avec les membres de
 * jurys »): the dossier is graded by the jury on /20 and the grade reaches the engine's mémoire assessment through
 * local_sens's hook (programme note memoire-seuil: passed from 10/20).
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\local\jury\jury_service
 * @covers     \mod_sensportfolio\local\jury\hook_callbacks
 * @covers     \mod_sensportfolio\local\deliberation\deliberation_service::grades
 */
final class memoire_grade_test extends \advanced_testcase {

    /**
     * A Mastère course whose mémoire activity holds a learner's submitted dossier. The mémoire's prerequisites (every
     * module) are left out of this copy of the programme, so the mémoire is open at once.
     *
     * @return \stdClass
     */
    private function fixture(): \stdClass {
        $this->resetAfterTest();
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $definition = json_decode(file_get_contents(\local_sens_generator::programme_file('mastere-sousse')), true);
        foreach ($definition['units'] as &$unit) {
            if ($unit['id'] === 'memoire') {
                $unit['prerequisites'] = [];
            }
        }
        unset($unit);
        $version = $sens->create_programme_version(['programme' => 'mastere-sousse', 'definition' => $definition]);
        /** @var \mod_sensportfolio_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $fixture = $generator->create_programme_portfolio(['version' => $version, 'unit' => 'memoire']);
        \core\di::get(\local_sens\local\learner\enrolment_service::class)->enrol_from_course((int)$fixture->learner->id,
            (int)$fixture->course->id, 0, 2);
        \local_sens\api::recompute_user((int)$fixture->learner->id);
        $generator->create_entry(['sensportfolioid' => $fixture->instance->id, 'userid' => $fixture->learner->id]);
        $fixture->submission = \core\di::get(submission_service::class)->submit($fixture->instance, $fixture->context,
            (int)$fixture->learner->id);
        return $fixture;
    }

    /**
     * The mémoire's state and first reason code in the learner's stored decision.
     *
     * @param \stdClass $fixture
     * @return array
     */
    private function memoire(\stdClass $fixture): array {
        $programme = \local_sens\api::learner_programme((int)$fixture->learner->id, (int)$fixture->course->id);
        $unit = \local_sens\api::unit_decision($programme['decision'], 'memoire');
        return [$unit['state'], $unit['reasons'][0]['code'] ?? null];
    }

    /**
     * Accepted with 12/20: the grade is in the record (through the hook) and the mémoire is validated.
     */
    public function test_grade_reaches_the_engine(): void {
        global $DB;
        $fixture = $this->fixture();
        $this->setAdminUser();
        $this->assertSame('open', $this->memoire($fixture)[0]);
        \core\di::get(jury_service::class)->decide((int)$fixture->submission->id, (int)$fixture->juror->id, 'accepted', [],
            '', $fixture->context, '', null, 12.5);
        $this->assertEquals(12.5, $DB->get_field('sensportfolio_review', 'grade', ['submissionid' => $fixture->submission->id]));
        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $fixture->learner->id], '*', MUST_EXIST);
        $record = \core\di::get(\local_sens\local\learner\record_builder::class)->build((int)$fixture->learner->id, $enrolment);
        $this->assertSame(['memoire', 'accepted', 12.5], [$record['juryDecisions'][0]['unit'],
            $record['juryDecisions'][0]['decision'], $record['juryDecisions'][0]['grade']]);
        $this->assertSame(['validated', 'jury_accepted'], $this->memoire($fixture));
        // The deliberation's minutes list each candidate's jury grade.
        $this->assertSame([(int)$fixture->learner->id => 12.5],
            \core\di::get(\mod_sensportfolio\local\deliberation\deliberation_service::class)->grades(
                (int)$fixture->instance->id, [(int)$fixture->learner->id]));
    }

    /**
     * Accepted but 8/20, below the pass mark 10: not validated (jury_grade_below).
     */
    public function test_grade_below_pass_mark(): void {
        $fixture = $this->fixture();
        $this->setAdminUser();
        \core\di::get(jury_service::class)->decide((int)$fixture->submission->id, (int)$fixture->juror->id, 'accepted', [],
            '', $fixture->context, '', null, 8.0);
        $this->assertSame('jury_grade_below', $this->memoire($fixture)[1]);
    }

    /**
     * The grade is required for a decision of the graded mémoire, within 0–20 with at most 5 decimals; nothing stored
     * otherwise. A deferred dossier needs none.
     */
    public function test_grade_refusals(): void {
        global $DB;
        $fixture = $this->fixture();
        $this->setAdminUser();
        $jury = \core\di::get(jury_service::class);
        foreach ([null, 20.5, -1.0, 12.000001] as $grade) {
            try {
                $jury->decide((int)$fixture->submission->id, (int)$fixture->juror->id, 'accepted', [], '', $fixture->context,
                    '', null, $grade);
                $this->fail('refused: ' . var_export($grade, true));
            } catch (\invalid_parameter_exception $e) {
                $this->assertStringContainsString('grade: ', $e->getMessage());
            }
        }
        $this->assertSame(0, $DB->count_records('sensportfolio_review'));
        $jury->decide((int)$fixture->submission->id, (int)$fixture->juror->id, 'deferred', [], 'À reprendre.',
            $fixture->context);
        $this->assertSame(1, $DB->count_records('sensportfolio_review'));
    }

    /**
     * The DU's portfolio is not graded: a grade is refused there.
     */
    public function test_ungraded_portfolio_refuses_a_grade(): void {
        $this->expectException(\invalid_parameter_exception::class);
        jury_service::check_grade(['jury' => ['kind' => 'jury', 'id' => 'portfolio']], 'accepted', 14.0);
    }
}
