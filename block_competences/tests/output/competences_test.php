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
 * Tests of the block's renderable: empty states, the rendered grid, and the reads it adds to a page.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_competences\output\competences
 * @covers     \block_competences\local\competences_source
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
        $this->assertStringContainsString('data-region="block_competences-empty"', $html);
    }

    /**
     * An enrolled learner whose decision is not computed yet is told so.
     */
    public function test_no_decision_yet(): void {
        global $PAGE;
        $this->resetAfterTest();
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $learner = $this->getDataGenerator()->create_user();
        $version = $sens->create_programme_version();
        $sens->create_enrolment(['userid' => $learner->id, 'versionid' => $version->id]);
        $output = $PAGE->get_renderer('block_competences');
        $data = (new competences((int)$learner->id, null))->export_for_template($output);
        $this->assertTrue($data['enrolled']);
        $this->assertFalse($data['hasdecision']);
        $this->assertStringContainsString('data-region="block_competences-nodecision"',
            $output->render(new competences((int)$learner->id, null)));
    }

    /**
     * The stored decision rendered: domains and levels as lists, state in words, disclosure buttons, links to the
     * mapped activities of this course, on the dashboard and on the course page.
     */
    public function test_rendered_grid(): void {
        global $PAGE;
        $this->resetAfterTest();
        /** @var \block_competences_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('block_competences');
        [$course, $version, $programme, $cms] = $generator->create_programme_course(4, 'quiz');
        [$learner] = $generator->create_learner($course, $version, $programme);
        $output = $PAGE->get_renderer('block_competences');

        foreach ([null, (int)$course->id] as $courseid) {
            $data = (new competences((int)$learner->id, $courseid))->export_for_template($output);
            $this->assertTrue($data['hasdecision']);
            $this->assertCount(5, $data['domains']);
            $firstslot = $programme['slots'][0]['id'];
            $this->assertSame((new \moodle_url('/mod/quiz/view.php', ['id' => $cms[$firstslot]]))->out(false),
                $data['next']['link']['url']);
        }
        $html = $output->render(new competences((int)$learner->id, (int)$course->id));
        $this->assertSame(5, substr_count($html, 'data-region="block_competences-domain"'));
        $this->assertSame(15 + 3 + 4, substr_count($html, 'data-region="block_competences-unit"'));
        $this->assertStringContainsString('aria-expanded="false"', $html);
        $this->assertStringContainsString('data-region="block_competences-next-link"', $html);
        $this->assertStringContainsString('<time datetime="2029-03-30">', $html);
        $this->assertStringContainsString(get_string('decision:state_locked', 'local_sens'), $html);
        // Every disclosure button controls an element of the page.
        preg_match_all('/aria-controls="([^"]+)"/', $html, $controls);
        $this->assertNotEmpty($controls[1]);
        foreach ($controls[1] as $id) {
            $this->assertStringContainsString('id="' . $id . '"', $html);
        }
    }

    /**
     * Reasons name people by their full name (one lookup for the whole decision) and write dates out in the reader's
     * language, not as a user id and an ISO date; a "by" that is no user id is shown as it is.
     */
    public function test_reasons_show_names_and_dates(): void {
        global $PAGE;
        $this->resetAfterTest();
        /** @var \block_competences_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('block_competences');
        [$course, $version, $programme] = $generator->create_programme_course(0);
        $teacher = $this->getDataGenerator()->create_user(['firstname' => 'Agnès', 'lastname' => 'Kieffer']);
        $engineer = $this->getDataGenerator()->create_user(['firstname' => 'Paul', 'lastname' => 'Meyer']);
        [$learner] = $generator->create_learner($course, $version, $programme, [
            'activities' => $generator->passed_activities($programme, 'donnees.debutant'),
            'attestations' => [['id' => 't1', 'unit' => 'donnees.debutant', 'session' => 'S1', 'result' => 'passed',
                'by' => (string)$teacher->id, 'at' => '2026-06-02']],
            'placements' => [['id' => 'p1', 'unit' => 'communication.intermediaire', 'basis' => 'PIX',
                'by' => (string)$engineer->id, 'at' => '2026-04-01'],
                ['id' => 'p2', 'unit' => 'outils.intermediaire', 'basis' => 'PIX', 'by' => 'ing', 'at' => '2026-04-01']],
        ]);
        $this->setUser($learner);

        $data = (new competences((int)$learner->id, null))->export_for_template($PAGE->get_renderer('block_competences'));

        $levels = [];
        foreach ($data['domains'] as $domain) {
            $levels[$domain['id']] = $domain['levels'];
        }
        $attested = implode(' ', $levels['donnees'][0]['reasons']);
        $this->assertStringContainsString('attested by Agnès Kieffer on 2 June 2026', $attested);
        $this->assertStringNotContainsString('2026-06-02', $attested);
        $this->assertStringContainsString('by Paul Meyer on 1 April 2026', implode(' ', $levels['communication'][0]['reasons']));
        $this->assertStringContainsString('by ing on 1 April 2026', implode(' ', $levels['outils'][0]['reasons']));
        $this->assertStringContainsString('deadline 30 March 2029', implode(' ', $data['verdict']['reasons']));
    }

    /**
     * Reads the block adds to a page once caches are warm: at most 5, and the same for 3 or 90 mapped activities.
     */
    public function test_reads_bounded(): void {
        global $DB, $PAGE;
        $this->resetAfterTest();
        /** @var \block_competences_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('block_competences');
        $reads = [];
        foreach ([3, 90] as $mapped) {
            [$course, $version, $programme] = $generator->create_programme_course($mapped);
            // A full record: every Initiation and Débutant exercise passed, workshops attested, a placement.
            $activities = [];
            $attestations = [];
            // Attested by a real user: the block then also reads the names of the people its reasons name.
            $teacher = $this->getDataGenerator()->create_user();
            foreach ($programme['units'] as $unit) {
                if ($unit['parent'] === 'initiation' || str_ends_with($unit['id'], '.debutant')) {
                    $activities = array_merge($activities, $generator->passed_activities($programme, $unit['id']));
                    $attestations[] = ['id' => 't-' . $unit['id'], 'unit' => $unit['id'], 'session' => 'S1',
                        'result' => 'passed', 'by' => (string)$teacher->id, 'at' => '2026-06-02'];
                }
            }
            [$learner] = $generator->create_learner($course, $version, $programme, [
                'activities' => $activities,
                'attestations' => $attestations,
                'placements' => [['id' => 'p1', 'unit' => 'communication.intermediaire', 'basis' => 'PIX',
                    'by' => 'ing', 'at' => '2026-04-01']],
            ]);
            $this->setUser($learner);
            foreach (['dashboard' => null, 'course' => (int)$course->id] as $page => $courseid) {
                $output = $PAGE->get_renderer('block_competences');
                // Warm up the caches as an earlier page would have.
                $output->render(new competences((int)$learner->id, $courseid));
                $before = $DB->perf_get_reads();
                $html = $output->render(new competences((int)$learner->id, $courseid));
                $reads[$page][$mapped] = $DB->perf_get_reads() - $before;
                $this->assertStringContainsString('data-region="block_competences-domain"', $html);
                $this->assertStringContainsString(s(fullname($teacher)), $html);
            }
        }
        foreach ($reads as $page => $counts) {
            $this->assertLessThanOrEqual(5, $counts[3], "$page reads");
            $this->assertSame($counts[3], $counts[90], "$page reads grow with the mapped activities");
        }
    }
}
