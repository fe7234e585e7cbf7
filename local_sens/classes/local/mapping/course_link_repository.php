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

namespace local_sens\local\mapping;

use moodle_database;

/**
 * The links of Moodle courses to programmes (table local_sens_course): the only class that reads or writes it. A
 * query of another repository that must join it takes its fragment from {@see self::join()}, so the table is named
 * here alone.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class course_link_repository {

    /** @var string The table. */
    private const TABLE = 'local_sens_course';

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
     * The programme linked to a course.
     *
     * @param int $courseid
     * @return string|null Programme id, null when the course is not linked.
     */
    public function programme_of(int $courseid): ?string {
        $programme = $this->db->get_field(self::TABLE, 'programme', ['courseid' => $courseid]);
        return $programme === false ? null : (string)$programme;
    }

    /**
     * Whether a course is linked to a programme.
     *
     * @param int $courseid
     * @return bool
     */
    public function is_linked(int $courseid): bool {
        return $courseid > 0 && $this->db->record_exists(self::TABLE, ['courseid' => $courseid]);
    }

    /**
     * The link of a course.
     *
     * @param int $courseid
     * @return \stdClass|null id, courseid, programme, usermodified, timecreated, timemodified
     */
    public function get(int $courseid): ?\stdClass {
        return $this->db->get_record(self::TABLE, ['courseid' => $courseid]) ?: null;
    }

    /**
     * Link a course to a programme, or change the programme of its link.
     *
     * @param int $courseid
     * @param string $programme
     * @param int $userid Who links.
     * @param int $time
     * @return array [\stdClass the row, ?string the previous programme]
     */
    public function save(int $courseid, string $programme, int $userid, int $time): array {
        $link = $this->get($courseid);
        $previous = $link === null ? null : (string)$link->programme;
        if ($link !== null) {
            $link->programme = $programme;
            $link->usermodified = $userid;
            $link->timemodified = $time;
            $this->db->update_record(self::TABLE, $link);
        } else {
            $link = (object)['courseid' => $courseid, 'programme' => $programme, 'usermodified' => $userid,
                'timecreated' => $time, 'timemodified' => $time];
            $link->id = (int)$this->db->insert_record(self::TABLE, $link);
        }
        return [$link, $previous];
    }

    /**
     * Every linked course, in linking order.
     *
     * @return int[]
     */
    public function courseids(): array {
        return array_map('intval', $this->db->get_fieldset_select(self::TABLE, 'courseid', '1 = 1 ORDER BY id'));
    }

    /**
     * The courses linked to the programme of a version.
     *
     * @param int $versionid
     * @return int[]
     */
    public function courseids_of_version(int $versionid): array {
        return array_map('intval', $this->db->get_fieldset_sql(
            "SELECT c.courseid
               FROM {" . self::TABLE . "} c
               JOIN " . \local_sens\local\programme\programme_version_repository::from('v') . " ON v.programme = c.programme
              WHERE v.id = :versionid", ['versionid' => $versionid]));
    }

    /**
     * Remove the link of a course (the course is deleted).
     *
     * @param int $courseid
     */
    public function delete(int $courseid): void {
        $this->db->delete_records(self::TABLE, ['courseid' => $courseid]);
    }

    /**
     * SQL fragment joining the link of a course for another repository's query: "JOIN {local_sens_course} <alias>
     * ON <alias>.courseid = <course> [AND <alias>.programme = <programme>]".
     *
     * @param string $alias Alias of the link in the query.
     * @param string $course SQL expression of the course id.
     * @param string|null $programme SQL expression the link's programme must equal, null: any.
     * @return string
     */
    public static function join(string $alias, string $course, ?string $programme = null): string {
        return "JOIN {" . self::TABLE . "} $alias ON $alias.courseid = $course"
            . ($programme === null ? '' : " AND $alias.programme = $programme");
    }

    /**
     * SQL of the linked table for a FROM clause: "{local_sens_course} <alias>".
     *
     * @param string $alias
     * @return string
     */
    public static function from(string $alias): string {
        return "{" . self::TABLE . "} $alias";
    }
}
