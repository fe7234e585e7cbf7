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

use moodle_database;

/**
 * Storage of co-signatures (local_sens_cosignature): a further lead's signature of a workshop attestation, where the
 * programme's attestation requirement asks for more than one signer (definition field `signers`). The only class
 * that reads or writes the table.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class cosignature_repository {

    /** @var string Table name. */
    private const TABLE = 'local_sens_cosignature';

    /**
     * Constructor.
     *
     * @param moodle_database $db
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
    ) {
    }

    /**
     * Store co-signatures, in one statement.
     *
     * @param array[] $rows Each: attestationid, userid, timecreated.
     */
    public function insert_many(array $rows): void {
        if ($rows) {
            $this->db->insert_records(self::TABLE, $rows);
        }
    }

    /**
     * Co-signatures of some attestations, oldest first.
     *
     * @param int[] $attestationids
     * @return array<int, \stdClass[]> By attestation id: rows (id, attestationid, userid, timecreated).
     */
    public function for_attestations(array $attestationids): array {
        if (!$attestationids) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal(array_values($attestationids), SQL_PARAMS_NAMED, 'att');
        $out = [];
        foreach ($this->db->get_records_select(self::TABLE, "attestationid $insql", $params, 'timecreated, id') as $row) {
            $out[(int)$row->attestationid][] = $row;
        }
        return $out;
    }

    /**
     * Co-signatures of a learner's attestations, oldest first.
     *
     * @param int $userid The learner.
     * @return array<int, \stdClass[]> By attestation id.
     */
    public function for_learner(int $userid): array {
        $out = [];
        $rows = $this->db->get_records_sql("SELECT c.*
                                              FROM {local_sens_cosignature} c
                                              JOIN " . attestation_repository::from('a') . " ON a.id = c.attestationid
                                             WHERE a.userid = :userid
                                          ORDER BY c.timecreated, c.id", ['userid' => $userid]);
        foreach ($rows as $row) {
            $out[(int)$row->attestationid][] = $row;
        }
        return $out;
    }

    /**
     * Co-signatures of the current attestations (those no other corrects) of some learners on a programme version,
     * for the engine's record: by learner, then attestation id, each {by, at} with at the day it was co-signed.
     *
     * @param int $versionid
     * @param string $usersql Condition on a.userid (from the record builder).
     * @param array $userparams Its parameters.
     * @return array<int, array<int, \stdClass[]>> By user id, then attestation id: rows (userid, timecreated).
     */
    public function for_version(int $versionid, string $usersql, array $userparams): array {
        $out = [];
        $rows = $this->db->get_recordset_sql("SELECT c.id, a.userid AS learnerid, c.attestationid, c.userid, c.timecreated
                                                FROM {local_sens_cosignature} c
                                                JOIN " . attestation_repository::from('a') . " ON a.id = c.attestationid
                                               WHERE a.versionid = :versionid AND $usersql
                                            ORDER BY c.timecreated, c.id", ['versionid' => $versionid] + $userparams);
        foreach ($rows as $row) {
            $out[(int)$row->learnerid][(int)$row->attestationid][] = $row;
        }
        $rows->close();
        return $out;
    }

    /**
     * Forget the co-signatures of a learner's attestations (before the attestations themselves).
     *
     * @param int $userid The learner.
     */
    public function delete_for_learner(int $userid): void {
        $this->db->delete_records_select(self::TABLE,
            'attestationid IN (SELECT id FROM ' . attestation_repository::from('a') . ' WHERE userid = :userid)',
            ['userid' => $userid]);
    }
}
