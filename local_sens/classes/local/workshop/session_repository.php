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

use moodle_database;

/**
 * Storage of a course's dated sessions (the programme's workshop sessions, later the teaching sessions of other
 * programmes) and of their leads. A session covers units (null: every unit the programme attests).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session_repository {

    /** @var string Sessions. */
    private const TABLE = 'local_sens_session';

    /** @var string Leads of sessions. */
    private const LEADS = 'local_sens_sessionlead';

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
     * The sessions of a course, in the programme's order.
     *
     * @param int $courseid
     * @return \stdClass[] By id, units decoded (?string[]).
     */
    public function for_course(int $courseid): array {
        $rows = $this->db->get_records(self::TABLE, ['courseid' => $courseid], 'id');
        return array_map([self::class, 'decoded'], $rows);
    }

    /**
     * The course's dated sessions still to come or under way, soonest first, in one read (what block_competences
     * tells a learner about the workshop of a level).
     *
     * @param int $courseid
     * @param int $now
     * @return array[] Each: timestart, room, units (?string[]: null covers every workshop).
     */
    public function upcoming(int $courseid, int $now): array {
        $sessions = [];
        foreach ($this->db->get_records_select(self::TABLE, 'courseid = :courseid AND timestart > 0
                AND (timestart >= :now OR timeend >= :now2)', ['courseid' => $courseid, 'now' => $now, 'now2' => $now],
                'timestart, id', 'id, timestart, room, units') as $row) {
            $sessions[] = ['timestart' => (int)$row->timestart, 'room' => (string)$row->room,
                'units' => $row->units === null ? null : json_decode($row->units, true)];
        }
        return $sessions;
    }

    /**
     * One session, or null.
     *
     * @param int $id
     * @return \stdClass|null
     */
    public function get(int $id): ?\stdClass {
        $row = $this->db->get_record(self::TABLE, ['id' => $id]);
        return $row === false ? null : self::decoded($row);
    }

    /**
     * A row with its units decoded.
     *
     * @param \stdClass $row
     * @return \stdClass
     */
    private static function decoded(\stdClass $row): \stdClass {
        $row->units = $row->units === null || $row->units === '' ? null : json_decode($row->units, true);
        $row->timestart = (int)$row->timestart;
        $row->timeend = (int)$row->timeend;
        $row->id = (int)$row->id;
        $row->courseid = (int)$row->courseid;
        $row->room = (string)($row->room ?? '');
        return $row;
    }

    /**
     * Create the sessions of a programme definition a course does not have yet (by their programme id).
     *
     * @param int $courseid
     * @param array $definition Decoded programme definition (workshopSessions[]).
     * @param int $userid Who.
     * @param int $now
     * @return int Number of sessions created.
     */
    public function add_missing(int $courseid, array $definition, int $userid, int $now): int {
        $have = $this->db->get_records_menu(self::TABLE, ['courseid' => $courseid], '', 'sessionkey, id');
        $rows = [];
        foreach ($definition['workshopSessions'] ?? [] as $session) {
            if (isset($have[$session['id']])) {
                continue;
            }
            $from = isset($session['from']) ? strtotime($session['from'] . ' 09:00 ' . \core_date::get_server_timezone()) : 0;
            $rows[] = [
                'courseid' => $courseid,
                'sessionkey' => (string)$session['id'],
                'kind' => 'workshop',
                'title' => \core_text::substr((string)($session['title'] ?? $session['id']), 0, 255),
                'units' => isset($session['units']) ? json_encode(array_values($session['units'])) : null,
                'timestart' => $from ?: 0,
                'timeend' => 0,
                'room' => null,
                'usermodified' => $userid,
                'timecreated' => $now,
                'timemodified' => $now,
            ];
        }
        if ($rows) {
            $this->db->insert_records(self::TABLE, $rows);
        }
        return count($rows);
    }

    /**
     * A new session of a course (a teaching session: the programme does not list those).
     *
     * @param int $courseid
     * @param string $kind teaching
     * @param string $sessionkey Unique in the course.
     * @param string $title
     * @param string[] $units Units the session covers.
     * @param int $timestart
     * @param int $timeend
     * @param string $room
     * @param int $userid
     * @param int $now
     * @return int The new id.
     */
    public function create(int $courseid, string $kind, string $sessionkey, string $title, array $units, int $timestart,
            int $timeend, string $room, int $userid, int $now): int {
        return (int)$this->db->insert_record(self::TABLE, (object)['courseid' => $courseid, 'sessionkey' => $sessionkey,
            'kind' => $kind, 'title' => \core_text::substr($title, 0, 255), 'units' => json_encode(array_values($units)),
            'timestart' => $timestart, 'timeend' => $timeend, 'room' => $room === '' ? null : $room,
            'usermodified' => $userid, 'timecreated' => $now, 'timemodified' => $now]);
    }

    /**
     * How many sessions of a kind a course has (to number a new one).
     *
     * @param int $courseid
     * @param string $kind
     * @return int
     */
    public function count_kind(int $courseid, string $kind): int {
        return $this->db->count_records(self::TABLE, ['courseid' => $courseid, 'kind' => $kind]);
    }

    /**
     * Set when and where a session takes place.
     *
     * @param int $id
     * @param int $timestart
     * @param int $timeend
     * @param string $room
     * @param int $userid Who.
     * @param int $now
     */
    public function update_place(int $id, int $timestart, int $timeend, string $room, int $userid, int $now): void {
        $this->db->update_record(self::TABLE, (object)['id' => $id, 'timestart' => $timestart, 'timeend' => $timeend,
            'room' => $room === '' ? null : $room, 'usermodified' => $userid, 'timemodified' => $now]);
    }

    /**
     * Leads of sessions.
     *
     * @param int[] $sessionids
     * @return array<int, int[]> User ids by session id.
     */
    public function leads(array $sessionids): array {
        if (!$sessionids) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal($sessionids, SQL_PARAMS_NAMED);
        $leads = [];
        foreach ($this->db->get_records_select(self::LEADS, "sessionid $insql", $params, 'id', 'id, sessionid, userid') as $row) {
            $leads[(int)$row->sessionid][] = (int)$row->userid;
        }
        return $leads;
    }

    /**
     * Replace the leads of a session.
     *
     * @param int $sessionid
     * @param int[] $userids
     */
    public function set_leads(int $sessionid, array $userids): void {
        $this->db->delete_records(self::LEADS, ['sessionid' => $sessionid]);
        $rows = array_map(fn($userid) => ['sessionid' => $sessionid, 'userid' => (int)$userid], array_unique($userids));
        if ($rows) {
            $this->db->insert_records(self::LEADS, $rows);
        }
    }

    /**
     * SQL of the sessions table for another repository's join: "{local_sens_session} <alias>".
     *
     * @param string $alias
     * @return string
     */
    public static function from(string $alias): string {
        return "{" . self::TABLE . "} $alias";
    }
}
