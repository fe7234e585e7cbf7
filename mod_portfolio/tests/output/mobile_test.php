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

use mod_sensportfolio\external\submit_portfolio;

/**
 * The Moodle app: the activity's view for a learner shows their own portfolio only (whatever user id the app sends),
 * with the submit button when the engine opens the portfolio unit; the app's submit call (the web service
 * mod_sensportfolio_submit_portfolio) stores the snapshot, and is refused — nothing stored — when the engine's stored
 * decision says the unit is locked.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\output\mobile
 * @covers     \mod_sensportfolio\external\submit_portfolio
 */
final class mobile_test extends \externallib_advanced_testcase {

    /**
     * A DU CNS portfolio with two learners, each with an entry.
     *
     * @return \stdClass
     */
    private function fixture(): \stdClass {
        $this->resetAfterTest();
        /** @var \mod_sensportfolio_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $fixture = $generator->create_programme_portfolio();
        $fixture->other = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $generator->create_entry(['sensportfolioid' => $fixture->instance->id, 'userid' => $fixture->learner->id,
            'title' => 'Stage en pharmacie', 'competences' => ['mc1.d1']]);
        $generator->create_entry(['sensportfolioid' => $fixture->instance->id, 'userid' => $fixture->other->id,
            'title' => 'Projet de Camille']);
        // Enrolments may be recomputed by a queued task: let it run.
        ob_start();
        $this->runAdhocTasks();
        ob_end_clean();
        return $fixture;
    }

    /**
     * The app's view, as tool_mobile_get_content calls it: one per request, on a new page.
     *
     * @param array $args
     * @return array
     */
    private function view(array $args): array {
        $GLOBALS['PAGE'] = new \moodle_page();
        return mobile::mobile_course_view($args);
    }

    /**
     * The view for the learner: their entry, their status, the submit button; not the other learner's entry, even
     * when the app sends the other learner's id.
     */
    public function test_view_shows_own_portfolio_only(): void {
        $fixture = $this->fixture();
        $this->setUser($fixture->learner);
        $result = $this->view(['cmid' => $fixture->instance->cmid, 'courseid' => $fixture->course->id,
            'userid' => $fixture->other->id, 'appversioncode' => 44000]);
        $this->assertSame('main', $result['templates'][0]['id']);
        $html = $result['templates'][0]['html'];
        $this->assertStringContainsString('Stage en pharmacie', $html);
        $this->assertStringNotContainsString('Projet de Camille', $html);
        $this->assertStringContainsString('data-status="draft"', $html);
        $this->assertStringContainsString('name="mod_sensportfolio_submit_portfolio"', $html);
        $this->assertStringContainsString('[params]="{cmid: ' . $fixture->instance->cmid . '}"', $html);

        // A user who may not enter the course gets no view.
        $this->setUser($this->getDataGenerator()->create_user());
        $this->expectException(\require_login_exception::class);
        $this->view(['cmid' => $fixture->instance->cmid]);
    }

    /**
     * Submitting from the app stores the learner's snapshot; the view then says it awaits the jury.
     */
    public function test_submit_from_the_app(): void {
        global $DB;
        $fixture = $this->fixture();
        $this->setUser($fixture->learner);
        $result = submit_portfolio::execute((int)$fixture->instance->cmid);
        $result = \core_external\external_api::clean_returnvalue(submit_portfolio::execute_returns(), $result);
        $this->assertSame('submitted', $result['status']);
        $submission = $DB->get_record('sensportfolio_submission', ['id' => $result['submissionid']], '*', MUST_EXIST);
        $this->assertEquals($fixture->learner->id, $submission->userid);
        $this->assertSame($submission->contenthash, $result['contenthash']);
        $this->assertStringContainsString('Stage en pharmacie', $submission->snapshot);
        $html = $this->view(['cmid' => $fixture->instance->cmid])['templates'][0]['html'];
        $this->assertStringContainsString('data-status="submitted"', $html);
        $this->assertStringNotContainsString('name="mod_sensportfolio_submit_portfolio"', $html);
    }

    /**
     * While the engine's stored decision keeps the portfolio unit locked, the view shows why and no button, and the
     * app's submit call is refused with the reasons: nothing stored.
     */
    public function test_submit_refused_while_locked(): void {
        global $DB;
        $fixture = $this->fixture();
        $row = $DB->get_record('local_sens_decision', ['userid' => $fixture->learner->id], '*', MUST_EXIST);
        $decision = json_decode($row->decision, true);
        foreach ($decision['units'] as &$unit) {
            if ($unit['id'] === 'portfolio') {
                $unit['state'] = 'locked';
                $unit['reasons'] = [['code' => 'prerequisite_missing', 'path' => '/units/0',
                    'params' => ['unit' => 'portfolio', 'missing' => 'initiation']]];
            }
        }
        unset($unit);
        $DB->set_field('local_sens_decision', 'decision', json_encode($decision), ['id' => $row->id]);

        $this->setUser($fixture->learner);
        $html = $this->view(['cmid' => $fixture->instance->cmid])['templates'][0]['html'];
        $this->assertStringNotContainsString('name="mod_sensportfolio_submit_portfolio"', $html);
        $this->assertStringContainsString(get_string('cannotsubmitnow', 'mod_sensportfolio'), $html);
        try {
            submit_portfolio::execute((int)$fixture->instance->cmid);
            $this->fail('submitted while locked');
        } catch (\moodle_exception $e) {
            $this->assertSame('cannotsubmit', $e->errorcode);
        }
        $this->assertSame(0, $DB->count_records('sensportfolio_submission'));
        $this->assertSame([], get_file_storage()->get_area_files($fixture->context->id, 'mod_sensportfolio', 'submission'));
    }
}
