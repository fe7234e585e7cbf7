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
 * Tests of the deliberation session: the engine's proposal per candidate, decisions in one batch (a decision that
 * differs from the proposal needs a justification, else nothing is stored), only the president records and closes,
 * the minutes PDF stored with its SHA-256, a closed session is read-only.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\local\deliberation\deliberation_service
 */
final class deliberation_service_test extends \advanced_testcase {

    /**
     * A programme portfolio with two learners; the second one's stored verdict is "certified".
     *
     * @return \stdClass Fixture with second (learner), session (open, presided by the juror).
     */
    private function fixture(): \stdClass {
        global $DB;
        $this->resetAfterTest();
        $fixture = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio')->create_programme_portfolio();
        $fixture->second = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $row = $DB->get_record('local_sens_decision', ['userid' => $fixture->second->id], '*', MUST_EXIST);
        $decision = json_decode($row->decision, true);
        $decision['verdict'] = ['code' => 'certified', 'reasons' => []];
        $DB->set_field('local_sens_decision', 'decision', json_encode($decision), ['id' => $row->id]);
        $service = \core\di::get(deliberation_service::class);
        $fixture->session = $service->get($service->create($fixture->instance, $fixture->context, (int)$fixture->juror->id,
            'Jury de certification, juin 2029', 'É. Atelier (président), C. Martin'), (int)$fixture->instance->id);
        return $fixture;
    }

    /**
     * The proposal follows the engine's verdict: accepted when certified, rejected otherwise, with its reasons.
     */
    public function test_candidates_carry_the_engines_proposal(): void {
        $fixture = $this->fixture();
        $candidates = \core\di::get(deliberation_service::class)->candidates($fixture->instance, $fixture->context);
        $this->assertSame(['rejected', 'accepted'], [$candidates[(int)$fixture->learner->id]['proposal'],
            $candidates[(int)$fixture->second->id]['proposal']]);
        $this->assertNotSame('certified', $candidates[(int)$fixture->learner->id]['verdict']);
        $this->assertNotEmpty($candidates[(int)$fixture->learner->id]['reasons']);
        $this->assertArrayNotHasKey((int)$fixture->juror->id, $candidates);
    }

    /**
     * A batch with a decision that differs from the proposal and no justification stores nothing; with it, all.
     */
    public function test_batch_needs_justification_when_differing(): void {
        global $DB;
        $fixture = $this->fixture();
        $service = \core\di::get(deliberation_service::class);
        $candidates = $service->candidates($fixture->instance, $fixture->context);
        $batch = [
            (int)$fixture->second->id => ['decision' => 'accepted', 'justification' => ''],
            (int)$fixture->learner->id => ['decision' => 'accepted', 'justification' => ''],
        ];
        try {
            $service->record($fixture->session, (int)$fixture->juror->id, $batch, $candidates);
            $this->fail('a differing decision without justification was recorded');
        } catch (\invalid_parameter_exception $e) {
            $this->assertStringContainsString("decisions[{$fixture->learner->id}].justification", $e->debuginfo);
            $this->assertStringContainsString(fullname($fixture->learner), $e->debuginfo);
        }
        $this->assertSame(0, $DB->count_records('sensportfolio_sessiondec'));

        $batch[(int)$fixture->learner->id]['justification'] = 'Mémoire soutenu devant le jury, dossier complet.';
        $service->record($fixture->session, (int)$fixture->juror->id, $batch, $candidates);
        $decisions = $service->decisions((int)$fixture->session->id);
        $this->assertCount(2, $decisions);
        $this->assertSame(['rejected', 'accepted'], [$decisions[(int)$fixture->learner->id]->proposal,
            $decisions[(int)$fixture->learner->id]->decision]);
    }

    /**
     * Only the president records and closes; closing stores the minutes PDF with its SHA-256 and audits the decisions;
     * closed is read-only.
     */
    public function test_president_close_and_read_only(): void {
        global $DB;
        $fixture = $this->fixture();
        $service = \core\di::get(deliberation_service::class);
        $candidates = $service->candidates($fixture->instance, $fixture->context);
        $batch = [(int)$fixture->second->id => ['decision' => 'accepted', 'justification' => '']];
        $other = $this->getDataGenerator()->create_and_enrol($fixture->course, 'editingteacher');
        foreach ([fn() => $service->record($fixture->session, (int)$other->id, $batch, $candidates),
                fn() => $service->close($fixture->session, (int)$other->id, $fixture->instance, $fixture->context)] as $call) {
            try {
                $call();
                $this->fail('not the president');
            } catch (\moodle_exception $e) {
                $this->assertSame('notpresident', $e->errorcode);
            }
        }
        $service->record($fixture->session, (int)$fixture->juror->id, $batch, $candidates);
        $file = $service->close($fixture->session, (int)$fixture->juror->id, $fixture->instance, $fixture->context);
        $session = $service->get((int)$fixture->session->id, (int)$fixture->instance->id);
        $this->assertSame('closed', $session->status);
        $this->assertSame(hash('sha256', $file->get_content()), $session->minuteshash);
        $this->assertStringStartsWith('%PDF', $file->get_content());
        // The session's decisions are audited in SENS's hash chain with the minutes' hash (issue 15).
        $audit = array_values($DB->get_records('local_sens_audit', ['action' => 'jury_session_closed']));
        $this->assertCount(1, $audit);
        $this->assertEquals($fixture->second->id, $audit[0]->relateduserid);
        $this->assertSame(['accepted', $session->minuteshash], array_values(array_intersect_key(
            json_decode($audit[0]->details, true), ['decision' => 1, 'minuteshash' => 1])));
        $this->assertTrue(\core\di::get(\local_sens\local\audit\audit_repository::class)->verify()['ok']);

        foreach ([fn() => $service->record($session, (int)$fixture->juror->id, $batch, $candidates),
                fn() => $service->close($session, (int)$fixture->juror->id, $fixture->instance, $fixture->context)] as $call) {
            try {
                $call();
                $this->fail('a closed session changed');
            } catch (\moodle_exception $e) {
                $this->assertSame('sessionclosed', $e->errorcode);
            }
        }
        $this->assertSame(1, $DB->count_records('sensportfolio_sessiondec'));
        $this->assertSame(1, count(get_file_storage()->get_area_files($fixture->context->id, 'mod_sensportfolio', 'minutes',
            $session->id, 'id', false)));
    }

    /**
     * Opening a session needs mod/sensportfolio:decide; a session of another activity is not found.
     */
    public function test_create_and_get_refusals(): void {
        $fixture = $this->fixture();
        $service = \core\di::get(deliberation_service::class);
        try {
            $service->create($fixture->instance, $fixture->context, (int)$fixture->learner->id, 'Session', '');
            $this->fail('a learner opened a session');
        } catch (\required_capability_exception $e) {
            $this->assertSame('nopermissions', $e->errorcode);
        }
        $this->expectExceptionMessage(get_string('sessionnotfound', 'mod_sensportfolio'));
        $service->get((int)$fixture->session->id, (int)$fixture->instance->id + 1);
    }
}
