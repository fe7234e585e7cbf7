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

/**
 * The block shows the engine's decisions of issue 10 in words: a rejected portfolio to submit again, the barred
 * verdict, a late jury decision.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_competences\output\grid_exporter
 */
final class engine_reasons_test extends \advanced_testcase {
    /**
     * A DU learner whose portfolio the jury rejected, decided by the generated engine as of $asof.
     *
     * @param string $asof
     * @param string $at date of the jury's decision
     * @return array [exporter data in en, exporter data in fr, the decision, the programme's outline]
     */
    private function rejected(string $asof, string $at): array {
        global $CFG;
        $this->resetAfterTest();
        $dir = $CFG->langotherroot . '/fr';
        if (!is_file($dir . '/langconfig.php')) {
            check_dir_exists($dir, true, true);
            file_put_contents($dir . '/langconfig.php', "<?php\n\$string['thislanguage'] = 'Français';\n"
                . "\$string['parentlanguage'] = '';\n\$string['iso6391'] = 'fr';\n");
            get_string_manager()->reset_caches();
        }
        /** @var \block_competences_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('block_competences');
        [$course, $version, $programme] = $generator->create_programme_course(0);
        [, $decision] = $generator->create_learner($course, $version, $programme, [
            'activities' => $generator->passed_activities($programme, 'donnees.debutant'),
            'juryDecisions' => [['id' => 'j1', 'unit' => 'portfolio', 'decision' => 'rejected', 'grade' => null,
                'by' => 'jury', 'at' => $at]],
        ], $asof);
        $outline = \block_competences\local\competences_source::outline_of($programme);
        $en = (new grid_exporter($outline, [], 'en'))->export($decision);
        $previous = force_current_language('fr');
        try {
            $fr = (new grid_exporter($outline, [], 'fr'))->export($decision);
        } finally {
            force_current_language($previous);
        }
        return [$en, $fr, $decision, $outline];
    }

    /**
     * The portfolio of the given export.
     *
     * @param array $data
     * @return array
     */
    private static function portfolio(array $data): array {
        return $data['others'][array_search('portfolio', array_column($data['others'], 'id'), true)];
    }

    /**
     * Rejected before the deadline: in progress, and the reason says to revise and submit again, in both languages.
     */
    public function test_rejected_portfolio_can_be_submitted_again(): void {
        [$en, $fr] = $this->rejected('2028-07-01', '2028-06-01');
        $this->assertSame('in_progress', self::portfolio($en)['state']);
        $this->assertSame('in_progress', $en['verdict']['code']);
        $this->assertStringContainsString('rejected by the jury', implode(' ', self::portfolio($en)['reasons']));
        $this->assertStringContainsString('submit it again (deadline 30 March 2029)', implode(' ', self::portfolio($en)['reasons']));
        $this->assertStringContainsString('à soumettre de nouveau (échéance ', implode(' ', self::portfolio($fr)['reasons']));
    }

    /**
     * A jury decision after the deadline is reported as late, not as awaited.
     */
    public function test_late_jury_decision(): void {
        [$en, $fr] = $this->rejected('2029-05-01', '2029-04-02');
        $this->assertSame('expired', self::portfolio($en)['state']);
        $this->assertSame('participation', $en['verdict']['code']);
        $text = implode(' ', self::portfolio($en)['reasons']);
        $this->assertStringContainsString('came after the deadline 30 March 2029', $text);
        $this->assertStringNotContainsString('awaiting the jury', $text);
        $this->assertStringContainsString('est postérieure à l\'échéance', implode(' ', self::portfolio($fr)['reasons']));
    }

    /**
     * The barred verdict has a label in both languages and its reasons in words.
     */
    public function test_barred_verdict_label(): void {
        [, , $decision, $programme] = $this->rejected('2028-07-01', '2028-06-01');
        $decision['verdict'] = ['code' => 'barred', 'reasons' => [['code' => 'verdict_barred', 'path' => '/units/0',
            'params' => ['unit' => 'portfolio', 'validated' => 1, 'total' => 7, 'deadline' => '2029-03-30']]]];
        $en = (new grid_exporter($programme, [], 'en'))->export($decision);
        $this->assertSame('Barred from a main session', $en['verdict']['label']);
        $this->assertStringStartsWith('Barred: see "', $en['verdict']['reasons'][0]);
        $previous = force_current_language('fr');
        try {
            $fr = (new grid_exporter($programme, [], 'fr'))->export($decision);
        } finally {
            force_current_language($previous);
        }
        $this->assertSame('Non autorisé à une session principale', $fr['verdict']['label']);
    }
}
