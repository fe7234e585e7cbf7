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
 * Storage of workshop attestations.
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
     * Forget every attestation of a learner (the user was deleted, or asked for it through the privacy API).
     *
     * @param int $userid
     */
    public function delete_for_learner(int $userid): void {
        // Their co-signatures first: they name the attestations.
        $this->cosignatures->delete_for_learner($userid);
        $this->db->delete_records(self::TABLE, ['userid' => $userid]);
    }
}
