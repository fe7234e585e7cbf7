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

namespace mod_sensportfolio\local\deliberation;

/**
 * Closing a deliberation session publishes the jury's decision: local_sens queues, in the close's transaction, the
 * issue of the diploma of each candidate the jury accepted whose stored verdict is "certified"; the task issues each
 * once (issue 15).
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\local\deliberation\deliberation_service
 * @covers     \local_sens\local\certification\certificate_service
 * @covers     \local_sens\task\issue_certificates
 */
final class certificate_on_close_test extends \advanced_testcase {

    /**
     * Two sessions close with the certified candidate accepted: one diploma, issued by the president at the first
     * close; the candidate the engine does not certify gets none even when accepted (with a justification).
     */
    public function test_close_issues_diplomas_once(): void {
        global $DB;
        $this->resetAfterTest();
        $fixture = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio')->create_programme_portfolio();
        $second = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $row = $DB->get_record('local_sens_decision', ['userid' => $second->id], '*', MUST_EXIST);
        $decision = json_decode($row->decision, true);
        $decision['verdict'] = ['code' => 'certified', 'reasons' => []];
        $DB->set_field('local_sens_decision', 'decision', json_encode($decision), ['id' => $row->id]);
        $service = \core\di::get(deliberation_service::class);
        $juror = (int)$fixture->juror->id;
        for ($i = 1; $i <= 2; $i++) {
            $session = $service->get($service->create($fixture->instance, $fixture->context, $juror, "Jury $i", ''),
                (int)$fixture->instance->id);
            $candidates = $service->candidates($fixture->instance, $fixture->context);
            $service->record($session, $juror, [
                (int)$second->id => ['decision' => 'accepted', 'justification' => ''],
                (int)$fixture->learner->id => ['decision' => 'accepted', 'justification' => 'Dossier complet.'],
            ], $candidates);
            $this->assertSame(0, $DB->count_records('local_sens_certificate', ['userid' => $fixture->learner->id]));
            $service->close($session, $juror, $fixture->instance, $fixture->context);
            // The close queues the issue; cron (the adhoc task) makes the PDFs.
            $this->assertSame($i - 1, $DB->count_records('local_sens_certificate'));
            $this->expectOutputRegex('/certificate\(s\) issued after the jury/');
            $this->run_all_adhoc_tasks();
            $this->assertSame(1, $DB->count_records('local_sens_certificate'));
        }

        $certificates = $DB->get_records('local_sens_certificate');
        $this->assertCount(1, $certificates);
        $certificate = reset($certificates);
        $this->assertEquals($second->id, $certificate->userid);
        $this->assertSame('diploma', $certificate->kind);
        $this->assertEquals($juror, $certificate->issuedby);
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'certificate_issued']));
    }
}
