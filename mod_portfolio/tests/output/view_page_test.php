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

namespace mod_sensportfolio\output;

/**
 * Tests of the portfolio page: a learner sees only their own evidence; the jury sees the submissions.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\output\view_page
 * @covers     \mod_sensportfolio\output\submissions_page
 */
final class view_page_test extends \advanced_testcase {

    /**
     * Learner and jury views of the same portfolio.
     */
    public function test_learner_and_jury_views(): void {
        global $DB, $PAGE;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $learner = $this->getDataGenerator()->create_and_enrol($course, 'student', ['firstname' => 'Camille']);
        $other = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $juror = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $instance = $generator->create_instance(['course' => $course->id]);
        $context = \context_module::instance($instance->cmid);
        $generator->create_entry(['sensportfolioid' => $instance->id, 'userid' => $learner->id, 'title' => 'Ma trace']);
        $generator->create_entry(['sensportfolioid' => $instance->id, 'userid' => $other->id, 'title' => 'Trace d\'un autre']);
        $generator->create_submission(['sensportfolioid' => $instance->id, 'userid' => $learner->id]);
        $record = $DB->get_record('sensportfolio', ['id' => $instance->id]);
        $output = $PAGE->get_renderer('mod_sensportfolio');

        $this->setUser($learner);
        $html = $output->render(new view_page($record, $context, (int)$learner->id));
        $this->assertStringContainsString('Ma trace', $html);
        $this->assertStringNotContainsString('Trace d\'un autre', $html);
        $this->assertStringContainsString(get_string('status:submitted', 'mod_sensportfolio'), $html);
        $this->assertStringNotContainsString(get_string('submissions', 'mod_sensportfolio'), $html);

        $this->setUser($juror);
        $data = (new view_page($record, $context, (int)$juror->id))->export_for_template($output);
        $this->assertTrue($data['isjury']);
        $this->assertFalse($data['islearner']);
        $this->assertArrayNotHasKey('entries', $data);
        $page = new submissions_page($record, $context, '', 0);
        $rows = $page->export_for_template($output)['submissions'];
        $this->assertCount(1, $rows);
        $this->assertStringContainsString('Camille', $rows[0]['learner']);
    }

    /**
     * A DU learner: draft with the engine's portfolio open (submit offered), then submitted (wait), then rejected with
     * the jury's feedback (revise and submit again, as the engine keeps the portfolio in progress); fr and en.
     */
    public function test_learner_status_and_next_step(): void {
        global $PAGE;
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $fixture = $generator->create_programme_portfolio();
        $output = $PAGE->get_renderer('mod_sensportfolio');
        $this->setUser($fixture->learner);
        $page = fn() => (new view_page($fixture->instance, $fixture->context, (int)$fixture->learner->id))
            ->export_for_template($output);

        $data = $page();
        $this->assertSame('draft', $data['statuscode']);
        $this->assertFalse($data['cansubmit']);
        $this->assertSame(get_string('next:addentries', 'mod_sensportfolio'), $data['next']);
        // The DU référentiel's micro-competences (those with a level): 5 macro-competences, 18 micro-competences.
        $this->assertSame(get_string('coverage_summary', 'mod_sensportfolio', (object)['covered' => 0, 'total' => 18]),
            $data['coverage']['summary']);

        $generator->create_entry(['sensportfolioid' => $fixture->instance->id, 'userid' => $fixture->learner->id,
            'competences' => ['mc1.d1']]);
        $data = $page();
        $this->assertTrue($data['cansubmit']);
        $covered = [];
        foreach ($data['coverage']['domains'] as $domain) {
            foreach ($domain['levels'] as $level) {
                foreach ($level['items'] as $item) {
                    $covered[$item['id']] = $item['covered'];
                }
            }
        }
        $this->assertTrue($covered['mc1.d1']);
        $this->assertFalse($covered['mc1.d2']);
        $this->assertSame(1, count(array_filter($covered)));

        $submission = \core\di::get(\mod_sensportfolio\local\submission\submission_service::class)->submit(
            $fixture->instance, $fixture->context, (int)$fixture->learner->id);
        $data = $page();
        $this->assertSame('submitted', $data['statuscode']);
        $this->assertSame(get_string('next:waiting', 'mod_sensportfolio'), $data['next']);

        \core\di::get(\mod_sensportfolio\local\jury\jury_service::class)->decide((int)$submission->id,
            (int)$fixture->juror->id, 'rejected', [], 'Développez la partie éthique.', $fixture->context);
        $data = $page();
        $this->assertSame('rejected', $data['statuscode']);
        $this->assertStringContainsString('Développez la partie éthique.', $data['feedback']);
        // FORMAT.md, jury.maxSubmissions absent: a rejected dossier stays in progress; revise and submit it again.
        $this->assertTrue($data['cansubmit']);
        $deadline = \local_sens\api::learner_programme((int)$fixture->learner->id, (int)$fixture->course->id)
            ['decision']['deadline'];
        $this->assertSame(get_string('next:resubmit', 'mod_sensportfolio', $deadline), $data['next']);
        // French (Moodle's fr pack cannot be downloaded here: its langconfig only, as the setup installs it).
        global $CFG;
        make_writable_directory($CFG->dataroot . '/lang/fr');
        file_put_contents($CFG->dataroot . '/lang/fr/langconfig.php',
            "<?php\n\$string['thislanguage'] = 'Français';\n\$string['parentlanguage'] = '';\n");
        get_string_manager()->reset_caches();
        force_current_language('fr');
        try {
            $this->assertSame("Révisez votre portfolio avec le retour du jury et soumettez-le à nouveau avant le $deadline.",
                $page()['next']);
        } finally {
            force_current_language('');
        }
    }
}
