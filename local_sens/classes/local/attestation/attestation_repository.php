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

use local_sens\local\workshop\session_repository;
use local_sens\local\workshop\session_service;
use moodle_database;

/**
 * Storage of workshop attestations and of the rows of session sheets (table local_sens_attestation): the only class
 * that reads or writes it. The record builder's query, which leaves out the rows of teaching sessions, joins the
 * sessions through {@see session_repository::from()}; other repositories take the table from {@see self::from()}.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class attestation_repository {

    /** @var string Table name. */
    private const TABLE = 'local_sens_attestation';

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param cosignature_repository $cosignatures
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var cosignature_repository Co-signatures of attestations. */
        private readonly cosignature_repository $cosignatures,
    ) {
    }

    /**
     * Store a new attestation.
     *
     * @param attestation $attestation
     * @return attestation The stored attestation with its id.
     */
    public function insert(attestation $attestation): attestation {
        $record = (object)[
            'userid' => $attestation->userid,
            'versionid' => $attestation->versionid,
            'unit' => $attestation->unit,
            'session' => $attestation->session,
            'sessiondate' => $attestation->sessiondate,
            'result' => $attestation->result,
            'recordedby' => $attestation->recordedby,
            'timecreated' => $attestation->timecreated,
        ];
        $record->id = $this->db->insert_record(self::TABLE, $record);
        return attestation::from_record($record);
    }

    /**
     * Attestations of a learner on a programme version, oldest first.
     *
     * @param int $userid
     * @param int $versionid
     * @return attestation[]
     */
    public function for_learner(int $userid, int $versionid): array {
        $records = $this->db->get_records(self::TABLE, ['userid' => $userid, 'versionid' => $versionid], 'timecreated, id');
        return array_values(array_map([attestation::class, 'from_record'], $records));
    }

    /**
     * Move a learner's attestations from one version to another (their enrolment migrates: attestations are facts
     * about units, linked by id, not about a version).
     *
     * @param int $userid
     * @param int $fromversionid
     * @param int $toversionid
     * @return int How many moved.
     */
    public function move_to_version(int $userid, int $fromversionid, int $toversionid): int {
        $where = ['userid' => $userid, 'versionid' => $fromversionid];
        $count = $this->db->count_records(self::TABLE, $where);
        $this->db->set_field(self::TABLE, 'versionid', $toversionid, $where);
        return $count;
    }

    /**
     * The current attestations of some learners on a version (those no other corrects), without the attendance rows
     * of teaching sessions, in id order: what the engine's record states.
     *
     * @param int $versionid
     * @param string $usersql Condition on a.userid.
     * @param array $userparams Its parameters.
     * @return \stdClass[] id, userid, unit, session, sessiondate, result, recordedby.
     */
    public function current_for_record(int $versionid, string $usersql, array $userparams): array {
        return $this->db->get_records_sql("SELECT a.id, a.userid, a.unit, a.session, a.sessiondate, a.result, a.recordedby
                                             FROM {" . self::TABLE . "} a
                                            WHERE a.versionid = :versionid AND $usersql
                                                  AND NOT EXISTS (SELECT 1
                                                                    FROM {" . self::TABLE . "} c
                                                                   WHERE c.corrects = a.id)
                                                  AND NOT EXISTS (SELECT 1
                                                                    FROM " . session_repository::from('ts') . "
                                                                   WHERE ts.id = a.sessionid AND ts.kind = :teaching)
                                         ORDER BY a.id",
            ['versionid' => $versionid, 'teaching' => session_service::TEACHING] + $userparams);
    }

    /**
     * The rows of a session's sheet for some units, oldest first.
     *
     * @param int $sessionid
     * @param string[] $units
     * @param int[]|null $userids Only these learners (null: all).
     * @return \stdClass[] Whole rows, in id order.
     */
    public function of_session(int $sessionid, array $units, ?array $userids = null): array {
        [$insql, $params] = $this->db->get_in_or_equal($units, SQL_PARAMS_NAMED, 'unit');
        $params['sessionid'] = $sessionid;
        $where = '';
        if ($userids !== null) {
            [$usql, $uparams] = $this->db->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'usr');
            $where = "AND a.userid $usql";
            $params += $uparams;
        }
        return $this->db->get_records_sql("SELECT a.*
                                             FROM {" . self::TABLE . "} a
                                            WHERE a.sessionid = :sessionid AND a.unit $insql $where
                                         ORDER BY a.id", $params);
    }

    /**
     * Rows by id (whole rows).
     *
     * @param int[] $ids
     * @return \stdClass[] By id.
     */
    public function rows(array $ids): array {
        if (!$ids) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal($ids, SQL_PARAMS_NAMED, 'att');
        return $this->db->get_records_select(self::TABLE, "id $insql", $params);
    }

    /**
     * Which of these idempotency keys a stored row already has (a sheet sent twice).
     *
     * @param string[] $keys
     * @return string[]
     */
    public function known_keys(array $keys): array {
        if (!$keys) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal($keys, SQL_PARAMS_NAMED, 'key');
        return $this->db->get_fieldset_select(self::TABLE, 'idempotencykey', "idempotencykey $insql", $params);
    }

    /**
     * Store the rows of a sheet in one statement.
     *
     * @param array[] $rows Whole rows, each with its idempotencykey.
     * @return array<string, int> The new ids by idempotency key.
     */
    public function insert_rows(array $rows): array {
        $this->db->insert_records(self::TABLE, $rows);
        [$insql, $params] = $this->db->get_in_or_equal(array_column($rows, 'idempotencykey'), SQL_PARAMS_NAMED);
        return $this->db->get_records_select_menu(self::TABLE, "idempotencykey $insql", $params, '', 'idempotencykey, id');
    }

    /**
     * Whether a learner has an attestation of a unit with this result on a version.
     *
     * @param int $userid
     * @param int $versionid
     * @param string $unit
     * @param string $result
     * @return bool
     */
    public function has(int $userid, int $versionid, string $unit, string $result): bool {
        return $this->db->record_exists(self::TABLE, ['userid' => $userid, 'versionid' => $versionid, 'unit' => $unit,
            'result' => $result]);
    }

    /**
     * Forget every attestation of a learner (the user was deleted, or asked for it through the privacy API).
     *
     * @param int $userid
     */
    public function delete_for_learner(int $userid): void {
        // Their co-signatures first: they name the attestations.
        $this->cosignatures->delete_for_learner($userid);
        $this->db->delete_records(self::TABLE, ['userid' => $userid]);
    }

    /**
     * SQL of the table for another repository's join: "{local_sens_attestation} <alias>".
     *
     * @param string $alias
     * @return string
     */
    public static function from(string $alias): string {
        return "{" . self::TABLE . "} $alias";
    }
}
