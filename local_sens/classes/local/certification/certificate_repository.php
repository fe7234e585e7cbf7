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

use moodle_database;

/**
 * The one repository of issued certificates (local_sens_certificate). A certificate is issued once per learner,
 * programme version, kind and correction (unique key userid, versionid, kind, replaces); rows are never deleted:
 * revoking marks them, a corrected re-issue is a new row that points back to the one it replaces.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class certificate_repository {

    /** @var string Table name. */
    public const TABLE = 'local_sens_certificate';

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
     * Which of these learners already hold a first issue of a kind on a version (revoked or not): in one read.
     *
     * @param int[] $userids
     * @return array<string, true> Keys "userid/versionid/kind".
     */
    public function issued_keys(array $userids): array {
        if (!$userids) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal(array_values(array_unique($userids)), SQL_PARAMS_NAMED, 'usr');
        $keys = [];
        foreach ($this->db->get_records_select(self::TABLE, "userid $insql AND replaces = 0", $params, '',
                'id, userid, versionid, kind') as $row) {
            $keys[$row->userid . '/' . $row->versionid . '/' . $row->kind] = true;
        }
        return $keys;
    }

    /**
     * Store a new certificate.
     *
     * @param \stdClass $record
     * @return int Its id.
     */
    public function insert(\stdClass $record): int {
        return (int)$this->db->insert_record(self::TABLE, $record);
    }

    /**
     * A certificate by id, or null.
     *
     * @param int $id
     * @return \stdClass|null
     */
    public function get(int $id): ?\stdClass {
        return $this->db->get_record(self::TABLE, ['id' => $id]) ?: null;
    }

    /**
     * A certificate by its normalised code, or null.
     *
     * @param string $code
     * @return \stdClass|null
     */
    public function by_code(string $code): ?\stdClass {
        return $this->db->get_record(self::TABLE, ['code' => $code]) ?: null;
    }

    /**
     * A learner's certificates, newest first.
     *
     * @param int $userid
     * @return \stdClass[]
     */
    public function for_user(int $userid): array {
        return array_values($this->db->get_records(self::TABLE, ['userid' => $userid], 'timeissued DESC, id DESC'));
    }

    /**
     * The valid certificate of a learner on a programme version (the latest one), or null.
     *
     * @param int $userid
     * @param int $versionid
     * @return \stdClass|null
     */
    public function valid_for(int $userid, int $versionid): ?\stdClass {
        $rows = $this->db->get_records(self::TABLE, ['userid' => $userid, 'versionid' => $versionid, 'status' => 'valid'],
            'timeissued DESC, id DESC', '*', 0, 1);
        return $rows ? reset($rows) : null;
    }

    /**
     * The latest certificates issued, newest first, in one read (the management page's list).
     *
     * @param int $limit
     * @return \stdClass[]
     */
    public function latest(int $limit): array {
        return array_values($this->db->get_records(self::TABLE, null, 'timeissued DESC, id DESC',
            'id, userid, kind, code, status, fullname, timeissued', 0, $limit));
    }

    /**
     * Mark a valid certificate revoked.
     *
     * @param int $id
     * @param int $by
     * @param int $time
     * @param string $reason
     */
    public function mark_revoked(int $id, int $by, int $time, string $reason): void {
        $this->db->update_record(self::TABLE, (object)['id' => $id, 'status' => 'revoked', 'revokedby' => $by,
            'timerevoked' => $time, 'reason' => $reason]);
    }

    /**
     * Point a certificate to the corrected one issued in its place.
     *
     * @param int $id
     * @param int $replacedby
     */
    public function set_replaced_by(int $id, int $replacedby): void {
        $this->db->set_field(self::TABLE, 'replacedby', $replacedby, ['id' => $id]);
    }
}
