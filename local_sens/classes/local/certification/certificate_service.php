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

use core\clock;
use local_sens\local\audit\audit_repository;
use local_sens\local\decision\decision_repository;
use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * Issues, revokes and re-issues certificates, and answers the verify page.
 *
 * A certificate is issued once: the diploma when a learner's stored verdict is "certified" (at the jury's close
 * of a deliberation session when the programme has a jury, else when the decision becomes certified), the
 * attestation de participation when the verdict becomes "participation". Both PDFs (fr, en) are made at issue and
 * stored with their SHA-256 in the learner's user context; the row, the files and the audit entries are written in
 * one transaction — the caller's (the decision or the session close) when there is one. The unique key
 * (userid, versionid, kind, replaces) makes a second issue fail even when two requests race.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class certificate_service {

    /** @var string File area of the stored PDFs (user context of the learner, itemid = certificate id). */
    public const FILEAREA = 'certificate';

    /** @var string[] Kinds of certificate, by the verdict that issues them. */
    public const KIND_BY_VERDICT = ['certified' => 'diploma', 'participation' => 'participation'];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param certificate_repository $certificates
     * @param audit_repository $audit
     * @param programme_version_repository $versions
     * @param decision_repository $decisions
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var certificate_repository Certificates. */
        private readonly certificate_repository $certificates,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
        /** @var programme_version_repository Programme versions. */
        private readonly programme_version_repository $versions,
        /** @var decision_repository Stored decisions. */
        private readonly decision_repository $decisions,
    ) {
    }

    /**
     * Whether a programme's diploma waits for a jury's deliberation session (its definition has a jury requirement).
     *
     * @param array $definition
     * @return bool
     */
    public static function waits_for_jury(array $definition): bool {
        return \local_sens\api::jury_unit($definition) !== null;
    }

    /**
     * Issue the certificates these decisions call for, skipping what is already issued (one read for all).
     *
     * @param array[] $items Each ['userid' => int, 'versionid' => int, 'decision' => array (engine decision)].
     *     Verdicts other than certified / participation are skipped.
     * @param int $actorid Who issues (0: the system).
     * @return \stdClass[] The certificates issued now.
     */
    public function issue_many(array $items, int $actorid): array {
        $todo = [];
        foreach ($items as $item) {
            $kind = self::KIND_BY_VERDICT[$item['decision']['verdict']['code'] ?? ''] ?? null;
            if ($kind !== null) {
                $todo[] = $item + ['kind' => $kind];
            }
        }
        if (!$todo) {
            return [];
        }
        $issued = $this->certificates->issued_keys(array_column($todo, 'userid'));
        $todo = array_filter($todo, fn($i) => !isset($issued[$i['userid'] . '/' . $i['versionid'] . '/' . $i['kind']]));
        if (!$todo) {
            return [];
        }
        $users = $this->db->get_records_list('user', 'id', array_values(array_unique(array_column($todo, 'userid'))));
        $out = [];
        $transaction = $this->db->start_delegated_transaction();
        foreach ($todo as $item) {
            $user = $users[$item['userid']] ?? null;
            if ($user === null || !empty($user->deleted)) {
                continue;
            }
            $decisionid = $this->decisions->id_of((int)$item['userid'], (int)$item['versionid']);
            $out[] = $this->create($user, (int)$item['versionid'], $item['kind'], $item['decision'], $decisionid, 0,
                $actorid);
        }
        $this->audit->append_many($actorid, 'certificate_issued', array_map(fn($c) => [
            'relateduserid' => (int)$c->userid, 'versionid' => (int)$c->versionid,
            'details' => ['certificateid' => (int)$c->id, 'kind' => $c->kind, 'code' => $c->code,
                'replaces' => (int)$c->replaces ?: null, 'sha256fr' => $c->sha256fr, 'sha256en' => $c->sha256en],
        ], $out));
        $transaction->allow_commit();
        foreach ($out as $certificate) {
            $this->trigger_issued($certificate);
        }
        return $out;
    }

    /**
     * Issue the diplomas of the learners a jury accepted in a closed deliberation session, for those whose stored
     * verdict on the programme linked to the course is "certified" (one read per learner).
     *
     * @param int $courseid The course of the portfolio activity.
     * @param int[] $userids The learners the jury accepted.
     * @param int $actorid The president closing the session.
     * @return \stdClass[] The certificates issued now.
     */
    public function issue_after_jury(int $courseid, array $userids, int $actorid): array {
        $learners = \core\di::get(\local_sens\local\learner\learner_repository::class);
        $programme = $learners->programme_of_course($courseid);
        if ($programme === null) {
            return [];
        }
        $items = [];
        foreach ($userids as $userid) {
            $found = $learners->enrolment_and_decision((int)$userid, $programme);
            if ($found === null || $found[1] === null) {
                continue;
            }
            if (($found[1]['decision']['verdict']['code'] ?? null) === 'certified') {
                $items[] = ['userid' => (int)$userid, 'versionid' => (int)$found[0]->versionid,
                    'decision' => $found[1]['decision']];
            }
        }
        return $this->issue_many($items, $actorid);
    }

    /**
     * Make the PDFs, store the row and the files (the caller holds the transaction).
     *
     * @param \stdClass $user
     * @param int $versionid
     * @param string $kind
     * @param array $decision
     * @param int|null $decisionid
     * @param int $replaces
     * @param int $actorid
     * @param array|null $units Validated units to state instead of the decision's (a re-issue without a stored decision).
     * @return \stdClass The stored row.
     */
    private function create(\stdClass $user, int $versionid, string $kind, array $decision, ?int $decisionid,
            int $replaces, int $actorid, ?array $units = null): \stdClass {
        $now = $this->clock->time();
        $date = \local_sens\local\site_date::today($this->clock);
        $fields = certificate_document::fields($this->versions->definition($versionid), $decision, $kind, $date);
        if ($units !== null) {
            $fields['units'] = $units;
        }
        $fullname = fullname($user);
        $code = certificate_code::generate();
        while ($this->certificates->by_code($code) !== null) {
            $code = certificate_code::generate();
        }
        $pdfs = [];
        foreach (certificate_document::LANGS as $lang) {
            $pdfs[$lang] = certificate_document::pdf($fields, $fullname, $code, $lang);
        }
        $record = (object)[
            'userid' => (int)$user->id, 'versionid' => $versionid, 'decisionid' => $decisionid, 'kind' => $kind,
            'replaces' => $replaces, 'code' => $code, 'status' => 'valid', 'fullname' => $fullname,
            'lang' => str_starts_with((string)$user->lang, 'fr') ? 'fr' : 'en',
            'fields' => json_encode($fields, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),
            'sha256fr' => hash('sha256', $pdfs['fr']), 'sha256en' => hash('sha256', $pdfs['en']),
            'issuedby' => $actorid, 'timeissued' => $now,
        ];
        $record->id = $this->certificates->insert($record);
        $fs = get_file_storage();
        $context = \context_user::instance((int)$user->id);
        foreach ($pdfs as $lang => $content) {
            $fs->create_file_from_string(self::file_record($context->id, $record, $lang), $content);
        }
        return $record;
    }

    /**
     * The file record of a certificate's PDF in one language.
     *
     * @param int $contextid
     * @param \stdClass $certificate
     * @param string $lang
     * @return array
     */
    public static function file_record(int $contextid, \stdClass $certificate, string $lang): array {
        return ['contextid' => $contextid, 'component' => 'local_sens', 'filearea' => self::FILEAREA,
            'itemid' => (int)$certificate->id, 'filepath' => '/', 'filename' => $certificate->kind . '-' . $lang . '.pdf'];
    }

    /**
     * The download URL of a certificate's stored PDF (served to its owner and those who manage certificates).
     *
     * @param \stdClass $certificate
     * @param string|null $lang Null: the learner's language at issue.
     * @return \moodle_url
     */
    public static function download_url(\stdClass $certificate, ?string $lang = null): \moodle_url {
        $lang ??= $certificate->lang;
        $record = self::file_record(\context_user::instance((int)$certificate->userid)->id, $certificate, $lang);
        return \moodle_url::make_pluginfile_url($record['contextid'], 'local_sens', self::FILEAREA, $record['itemid'], '/',
            $record['filename'], true);
    }

    /**
     * Whether a user may download a certificate's stored PDF: the learner it was issued to, or who may manage
     * certificates. The verification code gives no access to the file.
     *
     * @param \stdClass $certificate
     * @param int $userid
     * @return bool
     */
    public static function can_download(\stdClass $certificate, int $userid): bool {
        return $userid > 0 && ((int)$certificate->userid === $userid
            || has_capability('local/sens:managecertificates', \context_system::instance(), $userid));
    }

    /**
     * Revoke a valid certificate, with a reason (audited; the verify page then says revoked, when and why).
     *
     * @param int $id
     * @param int $actorid
     * @param string $reason
     * @return \stdClass The revoked row.
     * @throws \invalid_parameter_exception When the reason is empty or the certificate is not valid (nothing changes).
     */
    public function revoke(int $id, int $actorid, string $reason): \stdClass {
        $reason = trim($reason);
        if ($reason === '') {
            throw new \invalid_parameter_exception('reason: required to revoke a certificate');
        }
        $certificate = $this->certificates->get($id);
        if ($certificate === null) {
            throw new \invalid_parameter_exception("id: no certificate $id");
        }
        if ($certificate->status !== 'valid') {
            throw new \invalid_parameter_exception("id: certificate $id is already revoked");
        }
        $now = $this->clock->time();
        $transaction = $this->db->start_delegated_transaction();
        $this->certificates->mark_revoked($id, $actorid, $now, $reason);
        $this->audit->append($actorid, 'certificate_revoked', (int)$certificate->userid, (int)$certificate->versionid,
            ['certificateid' => $id, 'code' => $certificate->code, 'reason' => $reason]);
        $transaction->allow_commit();
        $certificate = $this->certificates->get($id);
        \local_sens\event\certificate_revoked::create([
            'objectid' => $id, 'context' => \context_user::instance((int)$certificate->userid),
            'relateduserid' => (int)$certificate->userid, 'other' => ['reason' => $reason],
        ])->trigger();
        return $certificate;
    }

    /**
     * Revoke a certificate and issue a corrected one in its place: a new code, the learner's current name, the stored
     * decision as it is now (the old certificate's units when no decision is stored any more); the old code points to
     * the new certificate. All or nothing.
     *
     * @param int $id
     * @param int $actorid
     * @param string $reason Why (required): what the correction corrects.
     * @return \stdClass The new certificate.
     */
    public function reissue(int $id, int $actorid, string $reason): \stdClass {
        $transaction = $this->db->start_delegated_transaction();
        $old = $this->revoke($id, $actorid, $reason);
        $user = \core_user::get_user((int)$old->userid, '*', MUST_EXIST);
        $stored = $this->decisions->stored((int)$old->userid, (int)$old->versionid);
        $decision = $stored === null ? ['units' => [], 'verdict' => ['code' => '']] : $stored['decision'];
        $units = $stored === null ? (json_decode($old->fields, true)['units'] ?? []) : null;
        $new = $this->create($user, (int)$old->versionid, $old->kind, $decision, $old->decisionid === null ? null
            : (int)$old->decisionid, (int)$old->id, $actorid, $units);
        $this->certificates->set_replaced_by((int)$old->id, (int)$new->id);
        $this->audit->append($actorid, 'certificate_issued', (int)$new->userid, (int)$new->versionid,
            ['certificateid' => (int)$new->id, 'kind' => $new->kind, 'code' => $new->code, 'replaces' => (int)$old->id,
                'sha256fr' => $new->sha256fr, 'sha256en' => $new->sha256en]);
        $transaction->allow_commit();
        $this->trigger_issued($new);
        return $new;
    }

    /**
     * What the verify page shows for a code as typed.
     *
     * @param string $input
     * @return array ['status' => valid|revoked|unknown|malformed, 'certificate' => ?stdClass, 'replacement' => ?stdClass]
     */
    public function verify(string $input): array {
        $code = certificate_code::normalise($input);
        if ($code === null) {
            return ['status' => 'malformed', 'certificate' => null, 'replacement' => null];
        }
        $certificate = $this->certificates->by_code($code);
        if ($certificate === null) {
            return ['status' => 'unknown', 'certificate' => null, 'replacement' => null];
        }
        $replacement = $certificate->replacedby ? $this->certificates->get((int)$certificate->replacedby) : null;
        return ['status' => $certificate->status, 'certificate' => $certificate, 'replacement' => $replacement];
    }

    /**
     * Fire certificate_issued.
     *
     * @param \stdClass $certificate
     */
    private function trigger_issued(\stdClass $certificate): void {
        \local_sens\event\certificate_issued::create([
            'objectid' => (int)$certificate->id, 'context' => \context_user::instance((int)$certificate->userid),
            'relateduserid' => (int)$certificate->userid,
            'other' => ['kind' => $certificate->kind, 'versionid' => (int)$certificate->versionid],
        ])->trigger();
    }
}
