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

namespace local_sens\local\attestation;

use core\clock;
use local_sens\local\audit\audit_repository;
use moodle_database;

/**
 * Records workshop attestations: validates, stores, audits and fires the event, all or nothing.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class attestation_service {

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param attestation_repository $attestations
     * @param audit_repository $audit
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var attestation_repository Attestations. */
        private readonly attestation_repository $attestations,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
    ) {
    }

    /**
     * Whether a string is a real YYYY-MM-DD date (2029-02-30 is not).
     *
     * @param string $date
     * @return bool
     */
    public static function is_valid_date(string $date): bool {
        if (!preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $date, $m)) {
            return false;
        }
        return checkdate((int)$m[2], (int)$m[3], (int)$m[1]);
    }

    /**
     * Record one attestation.
     *
     * @param int $recordedby The teacher.
     * @param int $userid The learner.
     * @param int $versionid Programme version.
     * @param string $unit Workshop unit id.
     * @param string $session Session id.
     * @param string $sessiondate YYYY-MM-DD.
     * @param string $result passed, failed or absent.
     * @param \context $context Where it was recorded (for the event).
     * @return attestation
     * @throws \invalid_parameter_exception On bad input; nothing is stored then.
     */
    public function record(int $recordedby, int $userid, int $versionid, string $unit, string $session,
            string $sessiondate, string $result, \context $context): attestation {
        if (!in_array($result, attestation::RESULTS, true)) {
            throw new \invalid_parameter_exception(get_string('attestationinvalidresult', 'local_sens', $result));
        }
        if (!self::is_valid_date($sessiondate)) {
            throw new \invalid_parameter_exception(get_string('attestationinvaliddate', 'local_sens', $sessiondate));
        }
        $transaction = $this->db->start_delegated_transaction();
        $stored = $this->attestations->insert(new attestation(0, $userid, $versionid, $unit, $session, $sessiondate,
            $result, $recordedby, $this->clock->time()));
        $this->audit->append($recordedby, 'attestation_recorded', $userid, $versionid, [
            'attestationid' => $stored->id, 'unit' => $unit, 'session' => $session,
            'sessiondate' => $sessiondate, 'result' => $result,
        ]);
        $transaction->allow_commit();
        \local_sens\event\attestation_recorded::create([
            'objectid' => $stored->id,
            'context' => $context,
            'relateduserid' => $userid,
            'other' => ['unit' => $unit, 'session' => $session, 'result' => $result],
        ])->trigger();
        return $stored;
    }
}
