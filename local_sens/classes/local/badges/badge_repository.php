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

namespace local_sens\local\badges;

use moodle_database;

/**
 * The core badges created for the levels of a programme version (table local_sens_badge): the only class that reads
 * or writes it. Its queries join core's badges and issued badges to say which a learner holds.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class badge_repository {

    /** @var string The table. */
    private const TABLE = 'local_sens_badge';

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
     * The badges of a version's levels.
     *
     * @param int $versionid
     * @return array<string, int> Badge id by unit id.
     */
    public function of_version(int $versionid): array {
        return array_map('intval', $this->db->get_records_menu(self::TABLE, ['versionid' => $versionid], '', 'unit, badgeid'));
    }

    /**
     * Record the badge created for a level.
     *
     * @param int $versionid
     * @param string $unit
     * @param int $badgeid
     * @param int $time
     */
    public function insert(int $versionid, string $unit, int $badgeid, int $time): void {
        $this->db->insert_record(self::TABLE, (object)['versionid' => $versionid, 'unit' => $unit, 'badgeid' => $badgeid,
            'timecreated' => $time]);
    }

    /**
     * The level badges some learners hold on some versions (one read).
     *
     * @param int[] $userids
     * @param int[] $versionids
     * @return array<string, string[]> Units by "userid/versionid".
     */
    public function held(array $userids, array $versionids): array {
        $held = [];
        [$usql, $uparams] = $this->db->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'usr');
        [$vsql, $vparams] = $this->db->get_in_or_equal($versionids, SQL_PARAMS_NAMED, 'ver');
        $rs = $this->db->get_recordset_sql("SELECT bi.id, bi.userid, sb.versionid, sb.unit
                                              FROM {badge_issued} bi
                                              JOIN {" . self::TABLE . "} sb ON sb.badgeid = bi.badgeid
                                             WHERE bi.userid $usql AND sb.versionid $vsql", $uparams + $vparams);
        foreach ($rs as $row) {
            $held[(int)$row->userid . '/' . (int)$row->versionid][] = $row->unit;
        }
        $rs->close();
        return $held;
    }

    /**
     * The level badges a learner holds on a version, in programme order (one read).
     *
     * @param int $userid
     * @param int $versionid
     * @return \stdClass[] id (badge), name, unit, uniquehash, dateissued.
     */
    public function issued_to(int $userid, int $versionid): array {
        return $this->db->get_records_sql("SELECT b.id, b.name, sb.unit, bi.uniquehash, bi.dateissued
                                             FROM {" . self::TABLE . "} sb
                                             JOIN {badge} b ON b.id = sb.badgeid
                                             JOIN {badge_issued} bi ON bi.badgeid = b.id AND bi.userid = :userid
                                            WHERE sb.versionid = :versionid
                                         ORDER BY sb.id", ['userid' => $userid, 'versionid' => $versionid]);
    }
}
