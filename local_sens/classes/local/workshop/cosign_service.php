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

use core\clock;
use local_sens\local\attestation\attestation_repository;
use local_sens\local\attestation\cosignature_repository;
use local_sens\local\audit\audit_repository;
use local_sens\local\decision\decision_service;
use moodle_database;

/**
 * Co-signature of workshop attestations: where the programme's attestation requirement asks for more than one
 * signer (definition field `signers`; the DU CNS asks for one), a further lead of the session signs an existing
 * attestation from the sheet. Each co-signature is a row (who, when) of local_sens_cosignature, audited, and the
 * engine counts the distinct signers (record_builder passes them as the attestation's cosignatures).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class cosign_service {

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param sheet_service $sheets
     * @param cosignature_repository $cosignatures
     * @param audit_repository $audit
     * @param decision_service $decisions
     * @param attestation_repository $attestations
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var sheet_service Sheets. */
        private readonly sheet_service $sheets,
        /** @var cosignature_repository Co-signatures. */
        private readonly cosignature_repository $cosignatures,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
        /** @var decision_service Decisions. */
        private readonly decision_service $decisions,
        /** @var attestation_repository Attestations co-signed. */
        private readonly attestation_repository $attestations,
    ) {
    }

    /**
     * Distinct signers the programme asks for on a unit's workshop attestation (its attestation requirement's
     * signers; 1 when the unit has none or the field is absent).
     *
     * @param array $definition Decoded programme definition.
     * @param string $unit
     * @return int
     */
    public static function required_signers(array $definition, string $unit): int {
        foreach ($definition['units'] ?? [] as $u) {
            if (($u['id'] ?? null) === $unit) {
                foreach ($u['requirements'] ?? [] as $requirement) {
                    if (($requirement['kind'] ?? '') === 'attestation') {
                        return max(1, (int)($requirement['signers'] ?? 1));
                    }
                }
            }
        }
        return 1;
    }

    /**
     * The signatures of attestations: who recorded each and its co-signatures.
     *
     * @param \stdClass[] $attestations Rows of local_sens_attestation.
     * @return array<int, array> By attestation id: signers (int, distinct), cosignatures (\stdClass[] userid, timecreated).
     */
    public function signatures(array $attestations): array {
        $cosignatures = $this->cosignatures->for_attestations(array_map(fn($a) => (int)$a->id, $attestations));
        $out = [];
        foreach ($attestations as $a) {
            $rows = $cosignatures[(int)$a->id] ?? [];
            $people = array_unique(array_merge([(int)$a->recordedby], array_map(fn($c) => (int)$c->userid, $rows)));
            $out[(int)$a->id] = ['signers' => count($people), 'cosignatures' => $rows];
        }
        return $out;
    }

    /**
     * What a sheet row says of its latest attestation's signatures: "awaiting co-signature: n of m" for a pass the
     * programme wants signed by more leads than have signed it, and whether this user may co-sign it (a lead who
     * neither recorded nor co-signed it; the caller has checked they may attest at the session).
     *
     * @param \stdClass|null $latest The row's latest attestation.
     * @param array $definition Decoded programme definition.
     * @param array $signatures signatures() of the sheet's attestations.
     * @param int $userid The reader.
     * @return array awaiting (?string), cancosign (bool), attestationid (int, 0 when none)
     */
    public static function row_status(?\stdClass $latest, array $definition, array $signatures, int $userid): array {
        if ($latest === null) {
            return ['awaiting' => null, 'cancosign' => false, 'attestationid' => 0];
        }
        $required = self::required_signers($definition, $latest->unit);
        $signed = $signatures[(int)$latest->id] ?? ['signers' => 1, 'cosignatures' => []];
        $awaiting = $latest->result === 'passed' && $signed['signers'] < $required;
        return [
            'awaiting' => $awaiting ? get_string('sheet:awaitingcosign', 'local_sens',
                (object)['signers' => $signed['signers'], 'required' => $required]) : null,
            'cancosign' => $awaiting && (int)$latest->recordedby !== $userid
                && !in_array($userid, array_map(fn($c) => (int)$c->userid, $signed['cosignatures']), true),
            'attestationid' => (int)$latest->id,
        ];
    }

    /**
     * Co-sign current attestations of a workshop of a session: all or nothing, then the learners concerned are
     * recomputed in one batch. The caller has checked that $by may attest at the session (permission).
     *
     * @param \stdClass $session
     * @param string $workshopid
     * @param int[] $attestationids
     * @param int $by The co-signing lead.
     * @return array Keys written (int), learners (by user id: unit, before, after), definition.
     * @throws invalid_sheet_exception Naming each attestation refused; nothing is written.
     */
    public function cosign(\stdClass $session, string $workshopid, array $attestationids, int $by): array {
        $errors = [];
        $error = function(int $row, int $userid, string $key, $a) use (&$errors) {
            $errors[] = ['row' => $row, 'userid' => $userid, 'field' => 'attestationid',
                'message' => get_string('sheet:error' . $key, 'local_sens', $a)];
        };
        $workshop = $this->sheets->workshop($session, $workshopid);
        if ($workshop === null) {
            $errors[] = ['row' => -1, 'userid' => 0, 'field' => 'workshop',
                'message' => get_string('sheet:errorworkshop', 'local_sens', s($workshopid))];
            throw new invalid_sheet_exception($errors);
        }
        $ids = array_values(array_unique(array_map('intval', $attestationids)));
        if (!$ids) {
            $errors[] = ['row' => -1, 'userid' => 0, 'field' => 'attestationids',
                'message' => get_string('sheet:errorempty', 'local_sens')];
            throw new invalid_sheet_exception($errors);
        }
        $found = $this->attestations->rows($ids);
        $userids = array_values(array_unique(array_map(fn($a) => (int)$a->userid, $found)));
        $history = $userids ? $this->sheets->history((int)$session->id, $workshop['units'], $userids) : [];
        $current = [];
        foreach ($history as $rows) {
            foreach (sheet_service::latest($rows) as $latest) {
                $current[(int)$latest->id] = $latest;
            }
        }
        $signatures = $this->signatures(array_values($current));
        $names = $userids ? $this->db->get_records_list('user', 'id', $userids, '',
            'id, ' . implode(', ', \core_user\fields::get_name_fields())) : [];
        $now = $this->clock->time();
        $inserts = [];
        foreach ($ids as $i => $id) {
            $a = $current[$id] ?? null;
            if ($a === null) {
                $error($i, isset($found[$id]) ? (int)$found[$id]->userid : 0, 'cosignunknown', $id);
                continue;
            }
            $name = isset($names[(int)$a->userid]) ? fullname($names[(int)$a->userid]) : (string)$a->userid;
            $signed = $signatures[$id];
            $required = self::required_signers($workshop['definition'], $a->unit);
            if ((int)$a->recordedby === $by) {
                $error($i, (int)$a->userid, 'cosignown', $name);
            } else if (in_array($by, array_map(fn($c) => (int)$c->userid, $signed['cosignatures']), true)) {
                $error($i, (int)$a->userid, 'cosigntwice', $name);
            } else if ($a->result !== 'passed' || $signed['signers'] >= $required) {
                $error($i, (int)$a->userid, 'cosignnotneeded', $name);
            } else {
                $inserts[] = ['attestationid' => $id, 'userid' => $by, 'timecreated' => $now, 'attestation' => $a];
            }
        }
        if ($errors) {
            throw new invalid_sheet_exception($errors);
        }
        $transaction = $this->db->start_delegated_transaction();
        $this->cosignatures->insert_many(array_map(fn($r) => ['attestationid' => $r['attestationid'], 'userid' => $r['userid'],
            'timecreated' => $r['timecreated']], $inserts));
        $this->audit->append_many($by, 'attestation_cosigned', array_map(fn($r) => [
            'relateduserid' => (int)$r['attestation']->userid, 'versionid' => (int)$r['attestation']->versionid,
            'details' => ['attestationid' => $r['attestationid'], 'unit' => $r['attestation']->unit,
                'session' => $r['attestation']->session, 'sessionid' => (int)$session->id],
        ], $inserts));
        $transaction->allow_commit();
        $learners = array_values(array_unique(array_map(fn($r) => (int)$r['attestation']->userid, $inserts)));
        $changes = $this->decisions->recompute_users((int)$session->courseid, $learners);
        $context = \context_course::instance((int)$session->courseid);
        $out = [];
        foreach ($inserts as $r) {
            $a = $r['attestation'];
            \local_sens\event\attestation_cosigned::create([
                'objectid' => (int)$a->id,
                'context' => $context,
                'relateduserid' => (int)$a->userid,
                'other' => ['unit' => $a->unit, 'session' => $a->session, 'sessionid' => (int)$session->id],
            ])->trigger();
            $find = fn(?array $decision) => $decision === null ? null
                : (array_column($decision['units'] ?? [], null, 'id')[$a->unit] ?? null);
            $out[(int)$a->userid] = ['unit' => $a->unit, 'before' => $find($changes[(int)$a->userid]['before'] ?? null),
                'after' => $find($changes[(int)$a->userid]['after'] ?? null)];
        }
        return ['written' => count($inserts), 'learners' => $out, 'definition' => $workshop['definition']];
    }
}
