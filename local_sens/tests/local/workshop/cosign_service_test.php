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

namespace local_sens\local\workshop;

use core_external\external_api;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * Co-signature (issue 13 §3: « A second lead may co-sign where the programme asks for it (definition field; the DU
 * does not by default) »): on the DU CNS with every workshop attestation asking for two signers, a level is validated
 * only once a second lead of the session co-signed the pass; the DU as shipped needs no co-signature.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\workshop\cosign_service
 * @covers     \local_sens\external\cosign_attestations
 * @covers     \local_sens\local\attestation\cosignature_repository
 * @covers     \local_sens\local\learner\record_builder
 * @covers     \local_sens\local\permission::require_can_attest_session
 * @covers     \local_sens\output\mobile::mobile_sheet
 */
final class cosign_service_test extends \externallib_advanced_testcase {

    /**
     * A DU CNS course whose workshop attestations ask for `signers` signers, two leads of S1 (started), a teacher who
     * does not lead it, a learner who passed the Données Débutant quizzes.
     *
     * @param int $signers
     * @return \stdClass fixture, lead1, lead2, other, learner, session
     */
    private function setup_course(int $signers): \stdClass {
        global $CFG;
        require_once($CFG->libdir . '/completionlib.php');
        $this->resetAfterTest();
        $gen = $this->getDataGenerator();
        $sens = $gen->get_plugin_generator('local_sens');
        $definition = json_decode(file_get_contents(\local_sens_generator::programme_file('du-cns')), true);
        foreach ($definition['units'] as &$unit) {
            foreach ($unit['requirements'] as &$requirement) {
                if ($requirement['kind'] === 'attestation' && $signers > 1) {
                    $requirement['signers'] = $signers;
                }
            }
        }
        unset($unit, $requirement);
        $version = $sens->create_programme_version(['definition' => $definition, 'programme' => 'du-cns']);
        $fixture = $sens->create_linked_course(['version' => $version, 'units' => ['donnees.debutant']]);
        $t = (object)['fixture' => $fixture];
        $t->lead1 = $gen->create_and_enrol($fixture->course, 'editingteacher');
        $t->lead2 = $gen->create_and_enrol($fixture->course, 'teacher');
        $t->other = $gen->create_and_enrol($fixture->course, 'teacher');
        $t->learner = $gen->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $service = \core\di::get(session_service::class);
        $sessions = $service->sessions((int)$fixture->course->id, (int)$t->lead1->id);
        $s1 = reset($sessions);
        $this->setUser($t->lead1);
        $service->update($s1, time() - 3600, time() + 3600, 'B12', [(int)$t->lead1->id, (int)$t->lead2->id],
            (int)$t->lead1->id);
        $t->session = \core\di::get(session_repository::class)->get($s1->id);
        $completion = new \completion_info($fixture->course);
        foreach ($fixture->cms as $cm) {
            $completion->update_state(get_fast_modinfo($fixture->course)->get_cm($cm->id), COMPLETION_COMPLETE, $t->learner->id);
        }
        return $t;
    }

    /**
     * A unit's decision (state and reason codes) in the learner's stored decision.
     *
     * @param \stdClass $learner
     * @param string $unit
     * @return array [state, reason codes]
     */
    private function decision(\stdClass $learner, string $unit): array {
        global $DB;
        $json = $DB->get_field_sql('SELECT decision FROM {local_sens_decision} WHERE userid = ? ORDER BY id DESC',
            [$learner->id], IGNORE_MULTIPLE);
        $units = array_column(json_decode($json, true)['units'], null, 'id');
        return [$units[$unit]['state'], array_column($units[$unit]['reasons'], 'code')];
    }

    /**
     * The lead saves a pass.
     *
     * @param \stdClass $t
     * @return int The attestation id.
     */
    private function attest(\stdClass $t): int {
        global $DB;
        $this->setUser($t->lead1);
        \core\di::get(sheet_service::class)->save($t->session, 'donnees', [['userid' => (int)$t->learner->id,
            'unit' => 'donnees.debutant', 'present' => true, 'passed' => true, 'note' => '', 'reason' => '', 'key' => '']],
            (int)$t->lead1->id);
        return (int)$DB->get_field('local_sens_attestation', 'MAX(id)', ['userid' => $t->learner->id]);
    }

    /**
     * Call local_sens_cosign_attestations as the browser does.
     *
     * @param \stdClass $t
     * @param int[] $ids
     * @return array
     */
    private function ajax(\stdClass $t, array $ids): array {
        unset($_POST['sesskey'], $_GET['sesskey']);
        $_POST['sesskey'] = sesskey();
        return external_api::call_external_function('local_sens_cosign_attestations',
            ['sessionid' => (int)$t->session->id, 'workshop' => 'donnees', 'attestationids' => $ids], true);
    }

    /**
     * Two signers asked: the lead's pass waits for a co-signature (Intermédiaire stays locked, the reason says so in
     * words); the lead cannot co-sign their own; the second lead co-signs (who, when, audited, event) and Débutant is
     * validated, Intermédiaire opens; co-signing twice is refused.
     */
    public function test_second_lead_cosigns(): void {
        global $DB;
        $t = $this->setup_course(2);
        $id = $this->attest($t);
        $this->assertSame(['in_progress', ['activities_met', 'attestation_awaiting_cosign']],
            $this->decision($t->learner, 'donnees.debutant'));
        $this->assertSame('locked', $this->decision($t->learner, 'donnees.intermediaire')[0]);

        // The sheet and the block say it in words.
        $json = $DB->get_field('local_sens_decision', 'decision', ['userid' => $t->learner->id]);
        $unit = array_column(json_decode($json, true)['units'], null, 'id')['donnees.debutant'];
        $words = (new state_words($t->fixture->definition, [$unit]))->change(null, $unit);
        $this->assertStringContainsString('awaiting co-signature: 1 of the 2 signatures', implode(' ', $words['reasons']));

        // The app's sheet: the row awaits a co-signature; the second lead gets Co-sign, the lead who attested does not.
        $html = \local_sens\output\mobile::mobile_sheet(['sessionid' => $t->session->id, 'workshop' => 'donnees'])
            ['templates'][0]['html'];
        $this->assertStringContainsString('Awaiting co-signature: 1 of 2 signatures', $html);
        $this->assertStringNotContainsString('local_sens_cosign_attestations', $html);
        $this->setUser($t->lead2);
        $html = \local_sens\output\mobile::mobile_sheet(['sessionid' => $t->session->id, 'workshop' => 'donnees'])
            ['templates'][0]['html'];
        $this->assertStringContainsString("attestationids: [$id]", $html);
        $this->setUser($t->lead1);

        $cosign = \core\di::get(cosign_service::class);
        try {
            $cosign->cosign($t->session, 'donnees', [$id], (int)$t->lead1->id);
            $this->fail('the lead co-signed their own attestation');
        } catch (invalid_sheet_exception $e) {
            $this->assertSame('attestationid', $e->errors[0]['field']);
            $this->assertStringContainsString('another lead must co-sign', $e->errors[0]['message']);
        }
        $this->assertSame(0, $DB->count_records('local_sens_cosignature'));

        $this->setUser($t->lead2);
        $sink = $this->redirectEvents();
        $response = $this->ajax($t, [$id]);
        $this->assertFalse($response['error'], json_encode($response));
        $this->assertTrue($response['data']['saved']);
        $this->assertSame('1 attestation(s) co-signed.', $response['data']['message']);
        $row = $DB->get_record('local_sens_cosignature', ['attestationid' => $id], '*', MUST_EXIST);
        $this->assertSame((int)$t->lead2->id, (int)$row->userid);
        $this->assertGreaterThan(0, (int)$row->timecreated);
        $events = array_filter($sink->get_events(), fn($e) => $e instanceof \local_sens\event\attestation_cosigned);
        $this->assertCount(1, $events);
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'attestation_cosigned',
            'relateduserid' => $t->learner->id]));
        $this->assertSame(['validated', ['activities_met', 'attestation_passed']], $this->decision($t->learner, 'donnees.debutant'));
        $this->assertSame('open', $this->decision($t->learner, 'donnees.intermediaire')[0]);

        // The record the engine read names both signers.
        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $t->learner->id]);
        $record = \core\di::get(\local_sens\local\learner\record_builder::class)->build((int)$t->learner->id, $enrolment);
        $this->assertSame([['by' => (string)$t->lead2->id, 'at' => $record['attestations'][0]['at']]],
            $record['attestations'][0]['cosignatures']);

        $response = $this->ajax($t, [$id]);
        $this->assertFalse($response['data']['saved']);
        $this->assertStringContainsString('already co-signed', $response['data']['errors'][0]['message']);
        $this->assertSame(1, $DB->count_records('local_sens_cosignature'));
    }

    /**
     * Only the session's leads co-sign: another teacher of the course is refused, nothing written. A correction
     * appends a new attestation that needs its own co-signature; the corrected one cannot be co-signed any more.
     */
    public function test_not_lead_refused_and_correction_needs_new_signature(): void {
        global $DB;
        $t = $this->setup_course(2);
        $id = $this->attest($t);
        $this->setUser($t->other);
        $response = $this->ajax($t, [$id]);
        $this->assertTrue($response['error']);
        $this->assertSame('sheet:errornotlead', $response['exception']->errorcode);
        $this->assertSame(0, $DB->count_records('local_sens_cosignature'));

        $this->setUser($t->lead1);
        \core\di::get(sheet_service::class)->save($t->session, 'donnees', [['userid' => (int)$t->learner->id,
            'unit' => 'donnees.debutant', 'present' => true, 'passed' => true, 'note' => 'revu', 'reason' => 'comment added',
            'key' => '']], (int)$t->lead1->id);
        $this->setUser($t->lead2);
        $response = $this->ajax($t, [$id]);
        $this->assertFalse($response['data']['saved']);
        $this->assertStringContainsString('not a current attestation', $response['data']['errors'][0]['message']);
        $latest = (int)$DB->get_field('local_sens_attestation', 'MAX(id)', ['userid' => $t->learner->id]);
        $this->assertTrue($this->ajax($t, [$latest])['data']['saved']);
        $this->assertSame('validated', $this->decision($t->learner, 'donnees.debutant')[0]);
    }

    /**
     * The DU as shipped asks for one signer: the lead's pass validates at once and there is nothing to co-sign.
     */
    public function test_du_needs_no_cosignature(): void {
        global $DB;
        $t = $this->setup_course(1);
        $id = $this->attest($t);
        $this->assertSame('validated', $this->decision($t->learner, 'donnees.debutant')[0]);
        $this->setUser($t->lead2);
        $response = $this->ajax($t, [$id]);
        $this->assertFalse($response['data']['saved']);
        $this->assertStringContainsString('awaits no co-signature', $response['data']['errors'][0]['message']);
        $this->assertSame(0, $DB->count_records('local_sens_cosignature'));
    }
}
