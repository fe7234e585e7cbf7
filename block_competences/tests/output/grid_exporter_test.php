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
 * Tests of the grid exporter on real decisions of the generated engine for the DU CNS.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_competences\output\grid_exporter
 * @covers     \block_competences\local\competences_source
 */
final class grid_exporter_test extends \advanced_testcase {

    /**
     * Make 'fr' an installed language in the test dataroot (Moodle's fr pack cannot be downloaded here).
     */
    private static function install_fr(): void {
        global $CFG;
        $dir = $CFG->langotherroot . '/fr';
        if (!is_file($dir . '/langconfig.php')) {
            check_dir_exists($dir, true, true);
            file_put_contents($dir . '/langconfig.php', "<?php\n\$string['thislanguage'] = 'Français';\n"
                . "\$string['parentlanguage'] = '';\n\$string['iso6391'] = 'fr';\n");
            get_string_manager()->reset_caches();
        }
    }

    /**
     * A learner: Données de santé Débutant validated (exercises and workshop), one Cybersécurité exercise passed,
     * placed at Intermédiaire in Communication.
     *
     * @return array [exporter data in en, decision, programme, cms by slot]
     */
    private function fixture(): array {
        $this->resetAfterTest();
        /** @var \block_competences_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('block_competences');
        [$course, $version, $programme, $cms] = $generator->create_programme_course(0);
        $activities = $generator->passed_activities($programme, 'donnees.debutant');
        $activities[] = ['id' => 'c1', 'slot' => 'cybersecurite.debutant.e1.exercices', 'completed' => true,
            'passed' => true, 'at' => '2026-05-02'];
        [$user, $decision] = $generator->create_learner($course, $version, $programme, [
            'activities' => $activities,
            'attestations' => [['id' => 't1', 'unit' => 'donnees.debutant', 'session' => 'S1', 'result' => 'passed',
                'by' => 'teacher1', 'at' => '2026-06-02']],
            'placements' => [['id' => 'p1', 'unit' => 'communication.intermediaire', 'basis' => 'PIX', 'by' => 'ing',
                'at' => '2026-04-01']],
        ]);
        return [$user, $course, $decision, $programme];
    }

    /**
     * Five domains × three levels, states as decided by the engine, the Initiation and the other parts apart.
     */
    public function test_grid_from_engine_decision(): void {
        [, , $decision, $programme] = $this->fixture();
        $outline = \block_competences\local\competences_source::outline_of($programme);
        $data = (new grid_exporter($outline, [], 'en'))->export($decision);

        $this->assertSame(['donnees', 'cybersecurite', 'communication', 'outils', 'telesante'],
            array_column($data['domains'], 'id'));
        foreach ($data['domains'] as $domain) {
            // The programme's English level titles (du-cns.json levels[].titleEn).
            $this->assertSame(['Beginner', 'Intermediate', 'Advanced (Expert)'], array_column($domain['levels'], 'label'));
        }
        $states = [];
        foreach ($data['domains'] as $domain) {
            $states[$domain['id']] = array_column($domain['levels'], 'state');
        }
        $this->assertSame(['validated', 'open', 'locked'], $states['donnees']);
        $this->assertSame(['in_progress', 'locked', 'locked'], $states['cybersecurite']);
        $this->assertSame(['exempt', 'open', 'locked'], $states['communication']);
        $this->assertSame('Exempt', $data['domains'][2]['levels'][0]['statelabel']);
        $this->assertSame('Fundamentals of health data', $data['domains'][0]['levels'][0]['title']);

        $this->assertSame('initiation', $data['initiation']['id']);
        $this->assertCount(3, $data['initiation']['items']);
        $this->assertSame(['atelier.debutant', 'atelier.intermediaire', 'atelier.avance', 'portfolio'],
            array_column($data['others'], 'id'));
        $this->assertSame('in_progress', $data['verdict']['code']);
        $this->assertSame('2029-03-30', $data['deadline']['iso']);
        $this->assertSame('initiation.introduction', $data['next']['unit']);
        // Element ids are unique in the page (aria-controls targets).
        $ids = array_merge(array_column($data['domains'], 'domid'),
            ...array_map(fn($d) => array_column($d['levels'], 'domid'), $data['domains']));
        $this->assertSame(count($ids), count(array_unique($ids)));
    }


    /**
     * A programme whose levels have no English title: the block names the usual levels in English; French keeps the
     * programme's titles.
     */
    public function test_level_labels_without_english_titles(): void {
        [, , $decision, $programme] = $this->fixture();
        $programme['levels'] = array_map(function (array $level): array {
            unset($level['titleEn']);
            return $level;
        }, $programme['levels']);
        $outline = \block_competences\local\competences_source::outline_of($programme);
        $en = (new grid_exporter($outline, [], 'en'))->export($decision);
        $this->assertSame(['Beginner', 'Intermediate', 'Advanced'], array_column($en['domains'][0]['levels'], 'label'));
        $fr = (new grid_exporter($outline, [], 'fr'))->export($decision);
        $this->assertSame(['Débutant', 'Intermédiaire', 'Avancé (Expert)'], array_column($fr['domains'][0]['levels'], 'label'));
    }
    /**
     * Reasons in English and in French, with titles instead of ids and states in words.
     */
    public function test_reasons_in_learner_language(): void {
        [, , $decision, $programme] = $this->fixture();
        self::install_fr();
        $outline = \block_competences\local\competences_source::outline_of($programme);

        $en = (new grid_exporter($outline, [], 'en'))->export($decision);
        $locked = $en['domains'][1]['levels'][1];
        $this->assertSame('locked', $locked['state']);
        $this->assertTrue($locked['hasreasons']);
        $this->assertStringContainsString('is locked: level "Cybersecurity stakes in healthcare facilities',
            $locked['reasons'][0]);
        $this->assertStringContainsString('(state: In progress)', $locked['reasons'][0]);
        $this->assertStringNotContainsString('cybersecurite.debutant', $locked['reasons'][0]);

        $previous = force_current_language('fr');
        try {
            $this->assertSame('fr', \local_sens\local\decision\presenter::lang());
            $fr = (new grid_exporter($outline, [], 'fr'))->export($decision);
        } finally {
            force_current_language($previous);
        }
        $locked = $fr['domains'][1]['levels'][1];
        $this->assertSame('Verrouillé', $locked['statelabel']);
        $this->assertSame('Intermédiaire', $locked['label']);
        $this->assertStringContainsString('il faut d\'abord valider le niveau « Les enjeux de la cybersécurité',
            $locked['reasons'][0]);
        $this->assertStringContainsString('(état : En cours)', $locked['reasons'][0]);
        // People by their name, given by the source's one lookup (competences_test covers it on real users).
        $people = ['42' => 'Agnès Kieffer'];
        $decision['units'][] = ['id' => 'donnees.debutant', 'state' => 'validated', 'reasons' => [['code' =>
            'attestation_passed', 'path' => '/units/0', 'params' => ['unit' => 'donnees.debutant', 'session' => 'S1',
            'by' => '42', 'at' => '2026-06-02']]]];
        $this->assertSame([42], \local_sens\local\decision\wording::people_of($decision));
        $previous = force_current_language('fr');
        try {
            $fr = (new grid_exporter($outline, [], 'fr', 'b', $people))->export($decision);
        } finally {
            force_current_language($previous);
        }
        $this->assertStringContainsString('attesté par Agnès Kieffer le ', implode(' ', $fr['domains'][0]['levels'][0]['reasons']));
        // The pending exercises are named by their titles, in the reason of the level in progress.
        $inprogress = $fr['domains'][1]['levels'][0];
        $this->assertStringContainsString('Exercices en ligne', implode(' ', $inprogress['reasons']));
        $this->assertStringNotContainsString('.exercices', implode(' ', $inprogress['reasons']));
    }

    /**
     * Links: the first activity still to pass in an open level, the unit's first otherwise, none when locked; the
     * next step links to its activity.
     */
    public function test_links(): void {
        [, , $decision, $programme] = $this->fixture();
        $outline = \block_competences\local\competences_source::outline_of($programme);
        $links = [
            'cybersecurite.debutant.e1.exercices' => new \moodle_url('/mod/quiz/view.php', ['id' => 11]),
            'cybersecurite.debutant.e2.exercices' => new \moodle_url('/mod/quiz/view.php', ['id' => 12]),
            'donnees.intermediaire.e3.exercices' => new \moodle_url('/mod/quiz/view.php', ['id' => 13]),
            'cybersecurite.intermediaire.e1.exercices' => new \moodle_url('/mod/quiz/view.php', ['id' => 14]),
            'initiation.introduction.e1.exercices' => new \moodle_url('/mod/page/view.php', ['id' => 15]),
        ];
        $data = (new grid_exporter($outline, $links, 'en'))->export($decision);
        // e1 is passed: the link goes to e2, the first still missing.
        $this->assertStringContainsString('id=12', $data['domains'][1]['levels'][0]['link']['url']);
        $this->assertStringContainsString('id=13', $data['domains'][0]['levels'][1]['link']['url']);
        $this->assertNull($data['domains'][1]['levels'][1]['link']);
        $this->assertNull($data['domains'][0]['levels'][0]['link']);
        $this->assertStringContainsString('/mod/page/view.php?id=15', $data['next']['link']['url']);
        $this->assertStringStartsWith('Open: ', $data['next']['link']['label']);
    }

    /**
     * The workshop of a level: "waiting for the workshop of <date>" once the online exercises are done, the next
     * session's date and room before, who attested and when after (seed 003: the level is validated in the room).
     */
    public function test_workshop_line(): void {
        $this->resetAfterTest();
        /** @var \block_competences_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('block_competences');
        [$course, $version, $programme] = $generator->create_programme_course(0);
        [, $decision] = $generator->create_learner($course, $version, $programme, [
            'activities' => $generator->passed_activities($programme, 'donnees.debutant'),
        ]);
        $outline = \block_competences\local\competences_source::outline_of($programme);
        $when = make_timestamp(2027, 3, 12, 9, 0);
        $sessions = [['timestart' => $when, 'room' => 'B12', 'units' => null]];
        $levels = fn(array $data) => array_column($data['domains'][0]['levels'], 'workshop', 'id');

        $data = (new grid_exporter($outline, [], 'en', 'b', [], $sessions))->export($decision);
        $date = userdate($when, get_string('strftimedatetime', 'langconfig'));
        $this->assertSame(get_string('decision:workshopwaiting', 'local_sens', (object)['date' => $date, 'room' => 'B12']),
            $levels($data)['donnees.debutant']);
        $this->assertNull($levels($data)['donnees.intermediaire'], 'locked: nothing to say yet');
        $cyber = array_column($data['domains'][1]['levels'], 'workshop', 'id')['cybersecurite.debutant'];
        $this->assertSame(get_string('decision:workshopnext', 'local_sens', (object)['date' => $date, 'room' => 'B12']), $cyber);

        $none = (new grid_exporter($outline, [], 'en', 'b', [], []))->export($decision);
        $this->assertSame(get_string('decision:workshopnotdated', 'local_sens'), $levels($none)['donnees.debutant']);

        [, $attested] = $generator->create_learner($course, $version, $programme, [
            'activities' => $generator->passed_activities($programme, 'donnees.debutant'),
            'attestations' => [['id' => 't1', 'unit' => 'donnees.debutant', 'session' => 'S1', 'result' => 'passed',
                'by' => '42', 'at' => '2026-06-02']],
        ]);
        $line = $levels((new grid_exporter($outline, [], 'en', 'b', ['42' => 'Étienne Atelier'], $sessions))
            ->export($attested))['donnees.debutant'];
        $this->assertStringContainsString('Étienne Atelier', $line);
        $this->assertStringContainsString('S1', $line);
    }
}
