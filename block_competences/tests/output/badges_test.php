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

use local_sens\local\badges\badge_service;

/**
 * The block lists the learner's SENS badges (issue 15, item 7), each a link to its core badge page; nothing when
 * the learner holds none.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_competences\output\competences
 */
final class badges_test extends \advanced_testcase {

    /**
     * The DU CNS with badges: the learner whose Données de santé — Débutant is validated sees its badge; another
     * learner of the programme sees no badge list.
     */
    public function test_badges_listed(): void {
        global $PAGE;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $definition = json_decode(file_get_contents(\local_sens_generator::programme_file()), true);
        $definition['badges'] = ['units' => null];
        $version = $sens->create_programme_version(['definition' => $definition]);
        $learner = $this->getDataGenerator()->create_user();
        $other = $this->getDataGenerator()->create_user();
        $validated = ['units' => [['id' => 'donnees.debutant', 'state' => 'validated', 'reasons' => []]],
            'verdict' => ['code' => 'in_progress', 'reasons' => []]];
        foreach ([$learner, $other] as $user) {
            $sens->create_enrolment(['userid' => $user->id, 'versionid' => $version->id]);
            $sens->create_decision(['userid' => $user->id, 'versionid' => $version->id,
                'decision' => $user === $learner ? $validated : ['units' => []] + $validated]);
        }
        \core\di::get(badge_service::class)->follow([[(int)$learner->id, (int)$version->id, $validated]], 0);
        $output = $PAGE->get_renderer('block_competences');

        $this->setUser($learner);
        $data = (new competences((int)$learner->id, null))->export_for_template($output);
        $this->assertSame(['Données de santé — Débutant / Health data — Beginner'], array_column($data['badges'], 'name'));
        $html = $output->render(new competences((int)$learner->id, null));
        $this->assertStringContainsString('data-region="block_competences-badges"', $html);
        $this->assertStringContainsString('/badges/badge.php?hash=', $html);
        $this->assertStringContainsString(get_string('badges', 'block_competences'), $html);

        $this->setUser($other);
        $this->assertSame([], (new competences((int)$other->id, null))->export_for_template($output)['badges']);
        $this->assertStringNotContainsString('block_competences-badges', $output->render(new competences((int)$other->id, null)));
    }
}
