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

use local_sens\local\certification\certificate_service;

/**
 * The block shows the verdict's certificate (issue 15): the verify link to whoever sees the block, the download link
 * (pluginfile) only to the learner and those who manage certificates; nothing while the verdict issues none.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_competences\output\competences
 */
final class certificate_link_test extends \advanced_testcase {

    /**
     * Certified learner with a diploma: links for the owner, verify link only for another viewer; an in-progress
     * learner's block has no certificate.
     */
    public function test_certificate_links(): void {
        global $PAGE;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['file' => \local_sens_generator::programme_file()]);
        $learner = $this->getDataGenerator()->create_user();
        $other = $this->getDataGenerator()->create_user();
        $decision = ['units' => [], 'verdict' => ['code' => 'certified', 'reasons' => []]];
        foreach ([[$learner, $decision], [$other, ['verdict' => ['code' => 'in_progress', 'reasons' => []]] + $decision]]
                as [$user, $d]) {
            $sens->create_enrolment(['userid' => $user->id, 'versionid' => $version->id]);
            $sens->create_decision(['userid' => $user->id, 'versionid' => $version->id, 'decision' => $d]);
        }
        [$certificate] = \core\di::get(certificate_service::class)->issue_many([['userid' => (int)$learner->id,
            'versionid' => (int)$version->id, 'decision' => $decision]], 0);
        $output = $PAGE->get_renderer('block_competences');

        $this->setUser($learner);
        $data = (new competences((int)$learner->id, null))->export_for_template($output);
        $this->assertSame(certificate_service::download_url($certificate)->out(false), $data['certificate']['downloadurl']);
        $this->assertStringContainsString('/local/sens/verify.php?code=', $data['certificate']['verifyurl']);
        $html = $output->render(new competences((int)$learner->id, null));
        $this->assertStringContainsString('data-region="block_competences-certificate"', $html);
        $this->assertStringContainsString('pluginfile.php', $html);

        $this->setUser($other);
        $data = (new competences((int)$learner->id, null))->export_for_template($output);
        $this->assertNull($data['certificate']['downloadurl']);
        $this->assertNotEmpty($data['certificate']['verifyurl']);
        $this->assertNull((new competences((int)$other->id, null))->export_for_template($output)['certificate']);
    }
}
