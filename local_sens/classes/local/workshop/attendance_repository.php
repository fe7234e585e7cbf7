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

use local_sens\local\attestation\attestation_repository;
use local_sens\local\mapping\course_link_repository;
use moodle_database;

/**
 * Attendance from the teaching sessions (kind teaching of local_sens_session) of the courses linked to a programme:
 * the minutes each unit is taught to a learner (the sum of its sessions' durations in the learner's courses: the unit's
 * scheduled volume), and the minutes absent and, of those, justified, summed over the latest sheet row of each session (a
 * correction replaces the row it corrects). Two queries, whatever the number of sessions and learners. It reads
 * across the sessions and their sheets' rows for the learner's record and view, taking the tables from their owners'
 * from() fragments (session_repository, attestation_repository).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class attendance_repository {

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
     * Whole minutes of a session (0 when it has no end yet).
     *
     * @param int $timestart
     * @param int $timeend
     * @return int
     */
    public static function duration(int $timestart, int $timeend): int {
        return $timestart > 0 && $timeend > $timestart ? intdiv($timeend - $timestart, 60) : 0;
    }

    /**
     * Minutes taught per unit to each learner: the teaching sessions of the courses linked to the programme in
     * which the learner is enrolled (another promotion's course does not count).
     *
     * @param string $programme Programme id.
     * @param string $usersql SQL restricting ue.userid.
     * @param array $userparams Its parameters.
     * @return array<int, array<string, int>> By user id, then unit id.
     */
    public function scheduled(string $programme, string $usersql, array $userparams): array {
        $minutes = [];
        $rows = $this->db->get_records_sql("SELECT DISTINCT " . $this->db->sql_concat('ue.userid', "'/'", 's.id') . " AS k,
                                                       ue.userid, s.units, s.timestart, s.timeend
                                                FROM " . session_repository::from('s') . "
                                                " . course_link_repository::join('lc', 's.courseid') . "
                                                JOIN {enrol} e ON e.courseid = s.courseid
                                                JOIN {user_enrolments} ue ON ue.enrolid = e.id
                                               WHERE s.kind = :kind AND lc.programme = :programme AND $usersql",
            ['kind' => session_service::TEACHING, 'programme' => $programme] + $userparams);
        foreach ($rows as $row) {
            foreach (json_decode((string)$row->units, true) ?: [] as $unit) {
                $minutes[(int)$row->userid][$unit] = ($minutes[(int)$row->userid][$unit] ?? 0)
                    + self::duration((int)$row->timestart, (int)$row->timeend);
            }
        }
        return $minutes;
    }

    /**
     * Minutes absent and justified per learner and unit, from the latest row of each teaching session.
     *
     * @param string $programme Programme id.
     * @param int $versionid The learners' programme version.
     * @param string $usersql SQL restricting a.userid (from the caller's filter).
     * @param array $userparams Its parameters.
     * @return array<int, array<string, int[]>> By user id, then unit id: [minutes absent, of which justified].
     */
    public function absences(string $programme, int $versionid, string $usersql, array $userparams): array {
        $out = [];
        $rows = $this->db->get_records_sql(
            "SELECT a.id, a.userid, a.unit, a.marks, s.timestart, s.timeend
               FROM " . attestation_repository::from('a') . "
               JOIN " . session_repository::from('s') . " ON s.id = a.sessionid AND s.kind = :kind
               " . course_link_repository::join('lc', 's.courseid', ':programme') . "
              WHERE a.versionid = :versionid AND $usersql
                    AND NOT EXISTS (SELECT 1 FROM " . attestation_repository::from('c') . " WHERE c.corrects = a.id)",
            ['kind' => session_service::TEACHING, 'programme' => $programme, 'versionid' => $versionid] + $userparams);
        foreach ($rows as $row) {
            $marks = json_decode((string)$row->marks, true) ?: [];
            // Never more than the session lasts (its end may have been moved after the sheet was saved).
            $absent = min(max(0, (int)($marks['minutesabsent'] ?? 0)),
                self::duration((int)$row->timestart, (int)$row->timeend));
            $cell = $out[(int)$row->userid][$row->unit] ?? [0, 0];
            $out[(int)$row->userid][$row->unit] = [$cell[0] + $absent, $cell[1] + (!empty($marks['justified']) ? $absent : 0)];
        }
        return $out;
    }

    /**
     * One learner's attendance per unit, in one read: minutes taught (teaching sessions of the linked courses the
     * learner is enrolled in), minutes absent and, of those, justified (latest rows).
     *
     * @param string $programme Programme id.
     * @param int $versionid The learner's programme version.
     * @param int $userid
     * @return array<string, int[]> By unit id: [minutes taught, minutes absent, of which justified].
     */
    public function for_learner(string $programme, int $versionid, int $userid): array {
        // One read (a recordset would take three on PostgreSQL: declare, fetch, close); k is unique over both parts.
        $rows = $this->db->get_records_sql(
            "SELECT DISTINCT " . $this->db->sql_concat("'s'", 's.id') . " AS k, 's' AS kind, s.units, s.timestart, s.timeend,
                    NULL AS marks
               FROM " . session_repository::from('s') . "
               " . course_link_repository::join('lc', 's.courseid', ':p1') . "
               JOIN {enrol} e ON e.courseid = s.courseid
               JOIN {user_enrolments} ue ON ue.enrolid = e.id AND ue.userid = :u1
              WHERE s.kind = :k1
          UNION ALL
             SELECT " . $this->db->sql_concat("'a'", 'a.id') . " AS k, 'a' AS kind, a.unit AS units, s.timestart, s.timeend,
                    a.marks
               FROM " . attestation_repository::from('a') . "
               JOIN " . session_repository::from('s') . " ON s.id = a.sessionid AND s.kind = :k2
               " . course_link_repository::join('lc', 's.courseid', ':p2') . "
              WHERE a.userid = :u2 AND a.versionid = :v
                    AND NOT EXISTS (SELECT 1 FROM " . attestation_repository::from('c') . " WHERE c.corrects = a.id)",
            ['p1' => $programme, 'u1' => $userid, 'k1' => session_service::TEACHING, 'k2' => session_service::TEACHING,
                'p2' => $programme, 'u2' => $userid, 'v' => $versionid]);
        $out = [];
        foreach ($rows as $row) {
            $duration = self::duration((int)$row->timestart, (int)$row->timeend);
            if ($row->kind === 's') {
                foreach (json_decode((string)$row->units, true) ?: [] as $unit) {
                    $out[$unit] = [($out[$unit][0] ?? 0) + $duration, $out[$unit][1] ?? 0, $out[$unit][2] ?? 0];
                }
            } else {
                $marks = json_decode((string)$row->marks, true) ?: [];
                $absent = min(max(0, (int)($marks['minutesabsent'] ?? 0)), $duration);
                $cell = $out[$row->units] ?? [0, 0, 0];
                $out[$row->units] = [$cell[0], $cell[1] + $absent, $cell[2] + (!empty($marks['justified']) ? $absent : 0)];
            }
        }
        return $out;
    }

    /**
     * Where a learner stands against each attendance rule of the definition (for the learner's view; the engine's
     * decision, not this, says barred or défaillant): the minutes the rule counts (justified ones left out when the
     * rule says not-counted), the largest absence the limit allows and the minutes left before it, compared exactly as
     * the engine does (absent × 10,000 against threshold in hundredths × minutes taught, strict or not).
     *
     * @param array $definition
     * @param array<string, int[]> $perunit See for_learner().
     * @return array[] One per rule and counted unit (each-unit) or per rule (total): rule, effect, unit (null for a
     *     total), units, minutes, absent, justified, counted, limit (percent), allowed (minutes), left (minutes), over.
     */
    public static function summary(array $definition, array $perunit): array {
        $out = [];
        foreach ($definition['attendance'] ?? [] as $rule) {
            $groups = ($rule['scope'] ?? '') === 'total' ? [null => $rule['units']]
                : array_combine($rule['units'], array_map(fn($u) => [$u], $rule['units']));
            foreach ($groups as $unit => $units) {
                [$minutes, $absent, $justified] = [0, 0, 0];
                foreach ($units as $u) {
                    $minutes += $perunit[$u][0] ?? 0;
                    $absent += $perunit[$u][1] ?? 0;
                    $justified += $perunit[$u][2] ?? 0;
                }
                if ($minutes <= 0) {
                    continue;
                }
                $counted = ($rule['justified'] ?? 'counted') === 'not-counted' ? $absent - $justified : $absent;
                $threshold = (int)round((float)$rule['thresholdPercent'] * 100);
                $product = $threshold * $minutes;
                $allowed = !empty($rule['strict']) ? intdiv($product, 10000) : intdiv($product + 9999, 10000) - 1;
                $out[] = ['rule' => (string)$rule['id'], 'effect' => (string)$rule['effect'],
                    'unit' => $unit === '' ? null : $unit, 'units' => $units, 'minutes' => $minutes, 'absent' => $absent,
                    'justified' => $justified, 'counted' => $counted, 'limit' => $rule['thresholdPercent'],
                    'allowed' => $allowed, 'left' => max(0, $allowed - $counted), 'over' => $counted > $allowed];
            }
        }
        return $out;
    }

    /**
     * The record's attendance facts of one learner: one per unit taught, in hours that are whole minutes.
     *
     * @param array<string, int> $scheduled The learner's, see scheduled().
     * @param array<string, int[]> $absences The learner's, see absences().
     * @return array[] Attendance facts (id, unit, hoursAbsent, hoursJustified, hours).
     */
    public static function facts(array $scheduled, array $absences): array {
        $facts = [];
        foreach ($scheduled as $unit => $minutes) {
            if ($minutes <= 0) {
                continue;
            }
            [$absent, $justified] = $absences[$unit] ?? [0, 0];
            $absent = min($absent, $minutes);
            $facts[] = ['id' => 'attendance-' . $unit, 'unit' => (string)$unit, 'hoursAbsent' => $absent / 60,
                'hoursJustified' => min($justified, $absent) / 60, 'hours' => $minutes / 60];
        }
        return $facts;
    }
}
