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

namespace local_sens\local\learner;

use local_sens\local\mapping\course_link_repository;
use moodle_database;

/**
 * Reads what the learner's views need: the programme linked to a course, the learner's enrolment and the
 * stored decision. At most three reads (two with enrolment_and_decision()), whatever the number of mapped
 * activities.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class learner_repository {

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param course_link_repository $links
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var course_link_repository Links of courses to programmes. */
        private readonly course_link_repository $links,
    ) {
    }

    /**
     * The programme id linked to a course, or null.
     *
     * @param int $courseid
     * @return string|null
     */
    public function programme_of_course(int $courseid): ?string {
        return $this->links->programme_of($courseid);
    }

    /**
     * The learner's latest enrolment, restricted to one programme if given, joined with its version.
     *
     * @param int $userid
     * @param string|null $programme
     * @return \stdClass|null Fields: id, versionid, startdate, programme, version.
     */
    public function enrolment(int $userid, ?string $programme): ?\stdClass {
        return $this->latest_enrolment($userid, $programme, false);
    }

    /**
     * The learner's latest enrolment (as enrolment() gives it) with its stored decision (as decision() gives it), in
     * one read: what the block and the learner's pages show.
     *
     * @param int $userid
     * @param string|null $programme
     * @return array|null [\stdClass enrolment, ?array stored decision]; null when the learner is not enrolled.
     */
    public function enrolment_and_decision(int $userid, ?string $programme): ?array {
        $row = $this->latest_enrolment($userid, $programme, true);
        if ($row === null) {
            return null;
        }
        $stored = $row->decision === null ? null : [
            'asof' => $row->asof,
            'timecomputed' => (int)$row->timecomputed,
            'decision' => json_decode($row->decision, true),
        ];
        unset($row->asof, $row->timecomputed, $row->decision);
        return [$row, $stored];
    }

    /**
     * The latest enrolment, restricted to one programme if given, joined with its version and, if asked, its decision.
     *
     * @param int $userid
     * @param string|null $programme
     * @param bool $withdecision Also asof, timecomputed and decision (null when none is stored).
     * @return \stdClass|null
     */
    private function latest_enrolment(int $userid, ?string $programme, bool $withdecision): ?\stdClass {
        $sql = "SELECT e.id, e.versionid, e.startdate, v.programme, v.version" .
                       ($withdecision ? ", d.asof, d.timecomputed, d.decision" : "") . "
                  FROM {local_sens_enrolment} e
                  JOIN {local_sens_progversion} v ON v.id = e.versionid" .
                  ($withdecision ? "
             LEFT JOIN {local_sens_decision} d ON d.userid = e.userid AND d.versionid = e.versionid" : "") . "
                 WHERE e.userid = :userid";
        $params = ['userid' => $userid];
        if ($programme !== null) {
            $sql .= " AND v.programme = :programme";
            $params['programme'] = $programme;
        }
        $records = $this->db->get_records_sql($sql . " ORDER BY e.timecreated DESC, e.id DESC", $params, 0, 1);
        return $records ? reset($records) : null;
    }

    /**
     * The stored decision of a learner on a version, decoded, or null.
     *
     * @param int $userid
     * @param int $versionid
     * @return array|null Keys: asof, timecomputed, decision (decoded JSON).
     */
    public function decision(int $userid, int $versionid): ?array {
        $record = $this->db->get_record('local_sens_decision', ['userid' => $userid, 'versionid' => $versionid]);
        if (!$record) {
            return null;
        }
        return [
            'asof' => $record->asof,
            'timecomputed' => (int)$record->timecomputed,
            'decision' => json_decode($record->decision, true),
        ];
    }

    /**
     * Forget a learner's programme enrolments, their placements and the stored decisions (the user was deleted, or
     * asked for it through the privacy API).
     *
     * @param int $userid
     */
    public function delete_learner(int $userid): void {
        $enrolmentids = $this->db->get_fieldset_select('local_sens_enrolment', 'id', 'userid = ?', [$userid]);
        if ($enrolmentids) {
            [$insql, $params] = $this->db->get_in_or_equal($enrolmentids);
            $this->db->delete_records_select('local_sens_placement', "enrolmentid $insql", $params);
        }
        $this->db->delete_records('local_sens_enrolment', ['userid' => $userid]);
        $this->db->delete_records('local_sens_decision', ['userid' => $userid]);
    }
}
