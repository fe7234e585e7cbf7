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
 * Tests of the block's renderable: empty states, and domains × levels with states and reasons.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_competences\output\competences
 */
final class competences_test extends \advanced_testcase {

    /**
     * A learner without enrolment gets the empty state; on a course without programme too.
     */
    public function test_not_enrolled(): void {
        global $PAGE;
        $this->resetAfterTest();
        $learner = $this->getDataGenerator()->create_user();
        $course = $this->getDataGenerator()->create_course();
        $output = $PAGE->get_renderer('block_competences');
        $this->assertFalse((new competences((int)$learner->id, null))->export_for_template($output)['enrolled']);
        $this->assertFalse((new competences((int)$learner->id, (int)$course->id))->export_for_template($output)['enrolled']);
        $html = $output->render(new competences((int)$learner->id, null));
        $this->assertStringContainsString(get_string('emptystate', 'block_competences'), $html);
    }

    /**
     * An enrolled learner with a stored decision sees each domain and level with its state in words.
     */
    public function test_with_decision(): void {
        global $PAGE;
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $learner = $this->getDataGenerator()->create_user();
        $course = $this->getDataGenerator()->create_course();
        $version = $generator->create_programme_version(['programme' => 'du-cns']);
        $generator->create_course_link(['courseid' => $course->id, 'programme' => 'du-cns']);
        $generator->create_enrolment(['userid' => $learner->id, 'versionid' => $version->id]);
        $generator->create_decision(['userid' => $learner->id, 'versionid' => $version->id, 'asof' => '2026-11-23',
            'decision' => ['domains' => [[
                'id' => 'cyber', 'label' => 'Cybersécurité',
                'levels' => [
                    ['id' => 'debutant', 'label' => 'Débutant', 'state' => 'validated', 'reasons' => []],
                    ['id' => 'intermediaire', 'label' => 'Intermédiaire', 'state' => 'locked',
                        'reasons' => [['code' => 'no-such-code-for-test', 'params' => []]]],
                ],
            ]]],
        ]);
        $output = $PAGE->get_renderer('block_competences');
        $data = (new competences((int)$learner->id, (int)$course->id))->export_for_template($output);
        $this->assertTrue($data['enrolled']);
        $this->assertTrue($data['hasdecision']);
        $this->assertSame('Cybersécurité', $data['domains'][0]['name']);
        $this->assertSame('validated', $data['domains'][0]['levels'][0]['state']);
        $this->assertSame(get_string('state:locked', 'block_competences'), $data['domains'][0]['levels'][1]['statelabel']);
        // Without a generated string the code itself is shown, never nothing.
        $this->assertSame('no-such-code-for-test', $data['domains'][0]['levels'][1]['reasons'][0]['text']);
        $html = $output->render(new competences((int)$learner->id, (int)$course->id));
        $this->assertStringContainsString(get_string('state:validated', 'block_competences'), $html);
        $this->assertStringContainsString('Intermédiaire', $html);
    }

    /**
     * An enrolled learner whose decision is not computed yet is told so.
     */
    public function test_no_decision_yet(): void {
        global $PAGE;
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $learner = $this->getDataGenerator()->create_user();
        $version = $generator->create_programme_version();
        $generator->create_enrolment(['userid' => $learner->id, 'versionid' => $version->id]);
        $output = $PAGE->get_renderer('block_competences');
        $data = (new competences((int)$learner->id, null))->export_for_template($output);
        $this->assertTrue($data['enrolled']);
        $this->assertFalse($data['hasdecision']);
    }
}
