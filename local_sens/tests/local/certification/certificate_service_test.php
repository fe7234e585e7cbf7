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

namespace local_sens\local\certification;

use local_sens\local\decision\decision_service;
use local_sens\local\learner\record_builder;

/**
 * Tests of certificates: issued once from the verdict (participation; certified without a jury) or at the jury's
 * close (with a jury), idempotent, audited; the stored PDFs and their SHA-256, unchanged after a profile edit;
 * revocation with a required reason; re-issue with a new code pointing back; verification valid / revoked / unknown.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\certification\certificate_service
 * @covers     \local_sens\local\certification\certificate_repository
 * @covers     \local_sens\local\certification\certificate_document
 * @covers     \local_sens\local\decision\decision_service
 */
final class certificate_service_test extends \advanced_testcase {

    /**
     * A two-workshop programme without a jury (the seed's rule: every part validated certifies; at the deadline
     * without it, an attestation de participation).
     *
     * @return array
     */
    private static function definition(): array {
        $unit = fn(string $id, string $title, string $en, int $hours) => ['id' => $id, 'kind' => 'workshop',
            'title' => $title, 'titleEn' => $en, 'parent' => null, 'hours' => $hours,
            'codes' => [['system' => 'ametys', 'code' => strtoupper($id)]],
            'requirements' => [['kind' => 'attestation', 'id' => $id . '.att']]];
        return [
            'id' => 'mini', 'version' => '2026.1', 'title' => 'DU Mini', 'titleEn' => 'Mini diploma',
            'maxDurationMonths' => 12, 'hours' => 12, 'codes' => [['system' => 'ametys', 'code' => 'MINI01']],
            'units' => [$unit('atelier1', 'Atelier un', 'Workshop one', 5), $unit('atelier2', 'Atelier deux', 'Workshop two', 7)],
            'certification' => ['units' => ['atelier1', 'atelier2'], 'participationAttestation' => true],
        ];
    }

    /**
     * A learner enrolled on the mini programme from a start date.
     *
     * @param string $startdate
     * @param array $user Fields of the user.
     * @return array [version, user]
     */
    private function enrol(string $startdate, array $user = []): array {
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['programme' => 'mini', 'definition' => self::definition()]);
        $learner = $this->getDataGenerator()->create_user($user + ['firstname' => 'Camille', 'lastname' => 'Martin']);
        $sens->create_enrolment(['userid' => $learner->id, 'versionid' => $version->id, 'startdate' => $startdate]);
        return [$version, $learner];
    }

    /**
     * Attest a workshop today.
     *
     * @param \stdClass $version
     * @param \stdClass $learner
     * @param string $unit
     */
    private function attest(\stdClass $version, \stdClass $learner, string $unit): void {
        $this->getDataGenerator()->get_plugin_generator('local_sens')->create_attestation(['userid' => $learner->id,
            'versionid' => $version->id, 'unit' => $unit, 'sessiondate' => record_builder::date(time())]);
    }

    /**
     * Certified without a jury: the diploma is issued once — a second recompute issues nothing —, audited, one event,
     * both PDFs stored with the SHA-256 in the row; the fields come from the definition through the decision's units.
     */
    public function test_certified_issues_diploma_once(): void {
        global $DB;
        $this->resetAfterTest();
        set_config('signatory', 'Michel Deneken', 'local_sens');
        $this->mock_clock_with_frozen(time());
        [$version, $learner] = $this->enrol(record_builder::date(time()));
        // The learner's language (set directly: the test site may lack the French language pack).
        $DB->set_field('user', 'lang', 'fr', ['id' => $learner->id]);
        $service = \core\di::get(decision_service::class);
        $service->recompute_user((int)$learner->id);
        $this->attest($version, $learner, 'atelier1');
        $service->recompute_user((int)$learner->id);
        $this->assertSame(0, $DB->count_records('local_sens_certificate'), 'one workshop of two: not certified');
        $this->attest($version, $learner, 'atelier2');
        $sink = $this->redirectEvents();

        $service->recompute_user((int)$learner->id);
        $service->recompute_user((int)$learner->id);

        $rows = $DB->get_records('local_sens_certificate');
        $this->assertCount(1, $rows);
        $row = reset($rows);
        $this->assertSame('diploma', $row->kind);
        $this->assertSame('valid', $row->status);
        $this->assertSame('Camille Martin', $row->fullname);
        $this->assertSame('fr', $row->lang);
        $this->assertMatchesRegularExpression('/^[0-9A-HJKMNP-TV-Z]{16}$/', $row->code);
        $fields = json_decode($row->fields, true);
        $this->assertSame('DU Mini', $fields['title']['fr']);
        $this->assertSame('Mini diploma', $fields['title']['en']);
        $this->assertSame('2026.1', $fields['version']);
        $this->assertSame(12, $fields['hours']);
        $this->assertSame(['AMETYS MINI01'], $fields['codes']);
        $this->assertSame(['atelier1', 'atelier2'], array_column($fields['units'], 'id'));
        $this->assertSame('Workshop two', $fields['units'][1]['title']['en']);
        $this->assertSame(7, $fields['units'][1]['hours']);
        $this->assertSame('Michel Deneken', $fields['signatory']);
        $context = \context_user::instance((int)$learner->id);
        foreach (['fr', 'en'] as $lang) {
            $file = get_file_storage()->get_file($context->id, 'local_sens', 'certificate', $row->id, '/', "diploma-$lang.pdf");
            $this->assertNotFalse($file, $lang);
            $this->assertStringStartsWith('%PDF', $file->get_content());
            $this->assertSame($row->{'sha256' . $lang}, hash('sha256', $file->get_content()));
        }
        $audits = $DB->get_records('local_sens_audit', ['action' => 'certificate_issued']);
        $this->assertCount(1, $audits);
        $this->assertSame((int)$row->id, json_decode(reset($audits)->details, true)['certificateid']);
        $events = array_filter($sink->get_events(), fn($e) => $e instanceof \local_sens\event\certificate_issued);
        $this->assertCount(1, $events);
        $this->assertEquals($row->id, reset($events)->objectid);
    }

    /**
     * The stored PDF is made once: a profile edit and later recomputes change neither the file nor the name issued.
     */
    public function test_pdf_unchanged_after_profile_edit(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(time());
        [$version, $learner] = $this->enrol(record_builder::date(time()));
        $this->attest($version, $learner, 'atelier1');
        $this->attest($version, $learner, 'atelier2');
        $service = \core\di::get(decision_service::class);
        $service->recompute_user((int)$learner->id);
        $row = $DB->get_record('local_sens_certificate', [], '*', MUST_EXIST);
        $file = get_file_storage()->get_file(\context_user::instance((int)$learner->id)->id, 'local_sens', 'certificate',
            $row->id, '/', 'diploma-en.pdf');
        $before = $file->get_contenthash();

        $DB->set_field('user', 'lastname', 'Durand', ['id' => $learner->id]);
        \core\di::get(\core\clock::class)->bump(DAYSECS);
        $service->recompute_user((int)$learner->id);
        $service->recompute_all();

        $this->assertSame(1, $DB->count_records('local_sens_certificate'));
        $after = $DB->get_record('local_sens_certificate', ['id' => $row->id]);
        $this->assertSame('Camille Martin', $after->fullname);
        $this->assertSame($row->sha256en, $after->sha256en);
        $file = get_file_storage()->get_file(\context_user::instance((int)$learner->id)->id, 'local_sens', 'certificate',
            $row->id, '/', 'diploma-en.pdf');
        $this->assertSame($before, $file->get_contenthash());
    }

    /**
     * At the deadline without certification, with some fact recorded, the verdict becomes participation and the
     * attestation de participation is issued once.
     */
    public function test_participation_at_deadline(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(time());
        // Enrolled 13 months ago on a 12-month programme: the deadline has passed.
        [$version, $learner] = $this->enrol(record_builder::date(time() - 400 * DAYSECS));
        $this->getDataGenerator()->get_plugin_generator('local_sens')->create_attestation(['userid' => $learner->id,
            'versionid' => $version->id, 'unit' => 'atelier1', 'sessiondate' => record_builder::date(time() - 300 * DAYSECS)]);
        $service = \core\di::get(decision_service::class);

        $service->recompute_user((int)$learner->id);
        $service->recompute_user((int)$learner->id);

        $decision = json_decode($DB->get_field('local_sens_decision', 'decision', ['userid' => $learner->id]), true);
        $this->assertSame('participation', $decision['verdict']['code']);
        $rows = $DB->get_records('local_sens_certificate');
        $this->assertCount(1, $rows);
        $row = reset($rows);
        $this->assertSame('participation', $row->kind);
        $this->assertSame('en', $row->lang);
        $this->assertSame(['atelier1'], array_column(json_decode($row->fields, true)['units'], 'id'));
    }

    /**
     * The unique key refuses a second first issue of the same kind, whoever inserts it.
     */
    public function test_unique_key_refuses_second_issue(): void {
        global $DB;
        $this->resetAfterTest();
        [$version, $learner] = $this->enrol('2026-01-05');
        $row = ['userid' => $learner->id, 'versionid' => $version->id, 'kind' => 'diploma', 'replaces' => 0,
            'code' => certificate_code::generate(), 'fullname' => 'X', 'lang' => 'en', 'fields' => '{}',
            'sha256fr' => str_repeat('0', 64), 'sha256en' => str_repeat('0', 64), 'issuedby' => 0, 'timeissued' => 1];
        $DB->insert_record('local_sens_certificate', (object)$row);
        $this->expectException(\dml_write_exception::class);
        $DB->insert_record('local_sens_certificate', (object)(['code' => certificate_code::generate()] + $row));
    }

    /**
     * With a jury in the programme, the certified verdict alone issues nothing; the jury's close issues the diplomas
     * of the accepted candidates the engine certifies, once.
     */
    public function test_jury_programme_issues_at_close_only(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(time());
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $definition = self::definition();
        $definition['units'][1]['requirements'] = [['kind' => 'jury', 'id' => 'atelier2.jury', 'criteria' => []]];
        $version = $sens->create_programme_version(['programme' => 'mini', 'definition' => $definition]);
        $course = $this->getDataGenerator()->create_course();
        $sens->create_course_link(['courseid' => $course->id, 'programme' => 'mini']);
        $certified = $this->getDataGenerator()->create_user();
        $other = $this->getDataGenerator()->create_user();
        $decision = ['units' => [['id' => 'atelier1', 'state' => 'validated'], ['id' => 'atelier2', 'state' => 'validated']],
            'verdict' => ['code' => 'certified', 'reasons' => []]];
        foreach ([$certified, $other] as $i => $user) {
            $sens->create_enrolment(['userid' => $user->id, 'versionid' => $version->id]);
            $sens->create_decision(['userid' => $user->id, 'versionid' => $version->id,
                'decision' => $i === 0 ? $decision : ['verdict' => ['code' => 'in_progress']] + $decision]);
        }
        $this->assertTrue(certificate_service::waits_for_jury($definition));
        $service = \core\di::get(certificate_service::class);

        $first = $service->issue_after_jury((int)$course->id, [(int)$certified->id, (int)$other->id], 2);
        $second = $service->issue_after_jury((int)$course->id, [(int)$certified->id, (int)$other->id], 2);

        $this->assertCount(1, $first);
        $this->assertSame([], $second);
        $row = $DB->get_record('local_sens_certificate', [], '*', MUST_EXIST);
        $this->assertEquals($certified->id, $row->userid);
        $this->assertEquals(2, $row->issuedby);
        $this->assertSame('diploma', $row->kind);
    }

    /**
     * Revocation needs a reason (nothing changes without one), is audited and fires certificate_revoked; the verify
     * answer says revoked with the date and reason; a re-issue gets a new code and the old one points to it; unknown
     * and malformed codes are told apart from revoked ones.
     */
    public function test_revoke_reissue_and_verify(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(time());
        [$version, $learner] = $this->enrol(record_builder::date(time()));
        $this->attest($version, $learner, 'atelier1');
        $this->attest($version, $learner, 'atelier2');
        \core\di::get(decision_service::class)->recompute_user((int)$learner->id);
        $service = \core\di::get(certificate_service::class);
        $row = $DB->get_record('local_sens_certificate', [], '*', MUST_EXIST);
        $formatted = certificate_code::format($row->code);
        $this->assertSame('valid', $service->verify(strtolower($formatted))['status']);
        $this->assertSame('valid', $service->verify(' ' . str_replace('-', ' ', $formatted) . ' ')['status']);

        try {
            $service->revoke((int)$row->id, 2, '   ');
            $this->fail('a revocation without a reason is refused');
        } catch (\invalid_parameter_exception $e) {
            $this->assertStringContainsString('reason', $e->getMessage());
        }
        $this->assertSame('valid', $DB->get_field('local_sens_certificate', 'status', ['id' => $row->id]));

        $sink = $this->redirectEvents();
        $new = $service->reissue((int)$row->id, 2, 'Nom mal orthographié');
        $old = $DB->get_record('local_sens_certificate', ['id' => $row->id]);
        $this->assertSame('revoked', $old->status);
        $this->assertSame('Nom mal orthographié', $old->reason);
        $this->assertEquals($new->id, $old->replacedby);
        $this->assertEquals($old->id, $new->replaces);
        $this->assertNotSame($old->code, $new->code);
        $verified = $service->verify($old->code);
        $this->assertSame('revoked', $verified['status']);
        $this->assertEquals($new->id, $verified['replacement']->id);
        $this->assertSame('valid', $service->verify($new->code)['status']);
        $this->assertCount(1, array_filter($sink->get_events(), fn($e) => $e instanceof \local_sens\event\certificate_revoked));
        $this->assertCount(1, array_filter($sink->get_events(), fn($e) => $e instanceof \local_sens\event\certificate_issued));
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'certificate_revoked']));
        $this->assertSame(2, $DB->count_records('local_sens_audit', ['action' => 'certificate_issued']));

        $service->revoke((int)$new->id, 2, 'Fraude');
        $this->assertSame('revoked', $service->verify($new->code)['status']);
        $this->expectException(\invalid_parameter_exception::class);
        $service->revoke((int)$new->id, 2, 'again');
    }

    /**
     * Unknown, malformed, valid: three different answers.
     */
    public function test_verify_unknown_and_malformed(): void {
        $this->resetAfterTest();
        $service = \core\di::get(certificate_service::class);
        $this->assertSame('unknown', $service->verify('0000-0000-0000-0000')['status']);
        $this->assertSame('malformed', $service->verify('0000-0000-0000-000')['status']);
        $this->assertSame('malformed', $service->verify('UUUU-0000-0000-0000')['status']);
        $this->assertSame('malformed', $service->verify('')['status']);
    }

    /**
     * Only the learner and who may manage certificates may download the PDF; the code gives no access.
     */
    public function test_can_download(): void {
        $this->resetAfterTest();
        $learner = $this->getDataGenerator()->create_user();
        $other = $this->getDataGenerator()->create_user();
        $manager = $this->getDataGenerator()->create_user();
        $this->getDataGenerator()->role_assign('manager', $manager->id);
        $certificate = (object)['userid' => $learner->id];
        $this->assertTrue(certificate_service::can_download($certificate, (int)$learner->id));
        $this->assertFalse(certificate_service::can_download($certificate, (int)$other->id));
        $this->assertFalse(certificate_service::can_download($certificate, 0));
        $this->assertTrue(certificate_service::can_download($certificate, (int)$manager->id));
    }
}
