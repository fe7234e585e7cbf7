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

namespace local_sens\local\assessment;

use moodle_database;

/**
 * Which grade item of a linked course holds which assessment component in which session, and the grades of those
 * items, read in one query for a whole promotion.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class assessment_repository {

    /** @var string Table name. */
    private const TABLE = 'local_sens_assessmap';

    /** @var int GRADE_TYPE_VALUE of lib/gradelib.php. */
    public const TYPE_VALUE = 1;

    /** @var int GRADE_TYPE_SCALE. */
    public const TYPE_SCALE = 2;

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
     * The mapped components of a course for a version.
     *
     * @param int $versionid
     * @param int $courseid
     * @return array[] Keys unit, component, session, gradeitemid; ordered by id (the order saved).
     */
    public function items(int $versionid, int $courseid): array {
        $rows = $this->db->get_records(self::TABLE, ['versionid' => $versionid, 'courseid' => $courseid], 'id',
            'id, unit, component, session, gradeitemid');
        return array_values(array_map(fn($r) => ['unit' => $r->unit, 'component' => $r->component,
            'session' => $r->session, 'gradeitemid' => (int)$r->gradeitemid], $rows));
    }

    /**
     * Replace the mapped components of a course for a version (the caller holds the transaction).
     *
     * @param int $versionid
     * @param int $courseid
     * @param array[] $items Keys unit, component, session, gradeitemid.
     * @param int $userid
     * @param int $now
     */
    public function replace(int $versionid, int $courseid, array $items, int $userid, int $now): void {
        $this->db->delete_records(self::TABLE, ['versionid' => $versionid, 'courseid' => $courseid]);
        $rows = array_map(fn(array $i) => (object)['versionid' => $versionid, 'courseid' => $courseid,
            'unit' => $i['unit'], 'component' => $i['component'], 'session' => $i['session'],
            'gradeitemid' => $i['gradeitemid'], 'usermodified' => $userid, 'timecreated' => $now, 'timemodified' => $now],
            $items);
        $this->db->insert_records(self::TABLE, $rows);
    }

    /**
     * Forget the mapped components of a deleted course.
     *
     * @param int $courseid
     */
    public function delete_course(int $courseid): void {
        $this->db->delete_records(self::TABLE, ['courseid' => $courseid]);
    }

    /**
     * The grade items of a course that may hold a component: activities' and manual items graded by value or
     * scale (not the course or category totals, not calculated items, whose final grade Moodle computes later).
     *
     * @param int $courseid
     * @return array<int, \stdClass> By id: id, itemtype, itemmodule, iteminstance, itemname, gradetype, grademin,
     *     grademax, scaleid, calculation.
     */
    public function course_grade_items(int $courseid): array {
        return $this->db->get_records_select('grade_items',
            "courseid = :courseid AND itemtype IN ('mod', 'manual') AND gradetype IN (:value, :scale)
             AND (calculation IS NULL OR calculation = '')",
            ['courseid' => $courseid, 'value' => self::TYPE_VALUE, 'scale' => self::TYPE_SCALE], 'sortorder, id',
            'id, itemtype, itemmodule, iteminstance, itemnumber, itemname, gradetype, grademin, grademax, scaleid, sortorder');
    }

    /**
     * The final grades of the mapped grade items for learners of a version, in one query: only items of courses
     * linked to the version's programme count, as for activities.
     *
     * @param int $versionid
     * @param string $usersql Restriction on gg.userid (SQL), e.g. from record_builder's users filter.
     * @param array $userparams Its parameters.
     * @return \stdClass[] Rows: id (grade id), userid, courseid, unit, component, session, gradeitemid, finalgrade,
     *     grademin, grademax, gradetype, time.
     */
    public function grades(int $versionid, string $usersql, array $userparams): array {
        return array_values($this->db->get_records_sql(
            "SELECT gg.id, gg.userid, a.courseid, a.unit, a.component, a.session, a.gradeitemid, gg.finalgrade,
                    gi.grademin, gi.grademax, gi.gradetype,
                    COALESCE(NULLIF(gg.timemodified, 0), gg.timecreated, 0) AS time
               FROM {" . self::TABLE . "} a
               JOIN " . \local_sens\local\programme\programme_version_repository::from('v') . " ON v.id = a.versionid
               " . \local_sens\local\mapping\course_link_repository::join('lc', 'a.courseid', 'v.programme') . "
               JOIN {grade_items} gi ON gi.id = a.gradeitemid AND gi.courseid = a.courseid
               JOIN {grade_grades} gg ON gg.itemid = gi.id
              WHERE a.versionid = :versionid AND gg.finalgrade IS NOT NULL AND $usersql
           ORDER BY gg.id", ['versionid' => $versionid] + $userparams));
    }
}
