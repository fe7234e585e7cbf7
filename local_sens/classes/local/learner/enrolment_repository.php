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

use local_sens\local\decision\decision_repository;
use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * Learners' enrolments on programme versions (table local_sens_enrolment): the only class that reads or writes it.
 *
 * An enrolment is read with its version's programme, and the screens that show learners with their decisions (the
 * block, the gating entry, the module report, the workshop sheet) read it with its stored decision in the same
 * query: those queries live here, the main table's owner, and join the versions and the decisions through
 * {@see programme_version_repository::from()} and {@see decision_repository::from()}, which alone name their tables.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class enrolment_repository {

    /** @var string The table. */
    private const TABLE = 'local_sens_enrolment';

    /** @var string Columns of an enrolment as the recompute reads it, with its version's programme. */
    private const COMPUTED = 'e.id, e.userid, e.versionid, e.startdate, e.timecreated, v.programme';

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
     * FROM clause of an enrolment e joined with its version v (and, if asked, its stored decision d).
     *
     * @param bool $withdecision
     * @return string
     */
    private static function joined(bool $withdecision = false): string {
        return "{" . self::TABLE . "} e
               JOIN " . programme_version_repository::from('v') . " ON v.id = e.versionid" . ($withdecision ? "
          LEFT JOIN " . decision_repository::from('d') . " ON d.userid = e.userid AND d.versionid = e.versionid" : "");
    }

    /**
     * An enrolment.
     *
     * @param int $id
     * @return \stdClass
     * @throws \dml_missing_record_exception
     */
    public function get(int $id): \stdClass {
        return $this->db->get_record(self::TABLE, ['id' => $id], '*', MUST_EXIST);
    }

    /**
     * Whether a learner is enrolled on a version.
     *
     * @param int $userid
     * @param int $versionid
     * @return bool
     */
    public function is_enrolled(int $userid, int $versionid): bool {
        return $this->db->record_exists(self::TABLE, ['userid' => $userid, 'versionid' => $versionid]);
    }

    /**
     * Whether a learner follows a programme (is enrolled on any of its versions).
     *
     * @param int $userid
     * @param string $programme
     * @return bool
     */
    public function follows(int $userid, string $programme): bool {
        return $this->db->record_exists_sql("SELECT e.id FROM " . self::joined() . "
                                              WHERE e.userid = :userid AND v.programme = :programme",
            ['userid' => $userid, 'programme' => $programme]);
    }

    /**
     * Store a new enrolment.
     *
     * @param \stdClass $record userid, versionid, startdate, usermodified, timecreated, timemodified; id set.
     * @return \stdClass The record.
     */
    public function insert(\stdClass $record): \stdClass {
        $record->id = (int)$this->db->insert_record(self::TABLE, $record);
        return $record;
    }

    /**
     * Move an enrolment to another version.
     *
     * @param \stdClass $enrolment With versionid, usermodified and timemodified set.
     */
    public function update_version(\stdClass $enrolment): void {
        $this->db->update_record(self::TABLE, (object)['id' => $enrolment->id, 'versionid' => $enrolment->versionid,
            'usermodified' => $enrolment->usermodified, 'timemodified' => $enrolment->timemodified]);
    }

    /**
     * Enrolments on a version, in id order.
     *
     * @param int $versionid
     * @return \stdClass[]
     */
    public function on_version(int $versionid): array {
        return array_values($this->db->get_records(self::TABLE, ['versionid' => $versionid], 'id ASC'));
    }

    /**
     * The learners enrolled on a version.
     *
     * @param int $versionid
     * @return int[]
     */
    public function learner_ids_on(int $versionid): array {
        return array_map('intval', $this->db->get_fieldset_select(self::TABLE, 'userid', 'versionid = ?', [$versionid]));
    }

    /**
     * Number of enrolled learners per version.
     *
     * @return int[] Version id => count (versions with no learner are absent).
     */
    public function counts_by_version(): array {
        return array_map('intval', $this->db->get_records_sql_menu(
            "SELECT versionid, COUNT(1) FROM {" . self::TABLE . "} GROUP BY versionid"));
    }

    /**
     * One page of the learners enrolled on a version, in name order.
     *
     * @param int $versionid
     * @param int $from
     * @param int $count
     * @return array [int total, \stdClass[] id, userid, startdate and the user's name fields]
     */
    public function page_on_version(int $versionid, int $from, int $count): array {
        $total = $this->db->count_records(self::TABLE, ['versionid' => $versionid]);
        $fields = \core_user\fields::for_name()->get_sql('u', false, '', '', false)->selects;
        $records = $this->db->get_records_sql(
            "SELECT e.id, e.userid, e.startdate, $fields
               FROM {" . self::TABLE . "} e
               JOIN {user} u ON u.id = e.userid
              WHERE e.versionid = :versionid
           ORDER BY u.lastname, u.firstname, e.id",
            ['versionid' => $versionid], $from, $count);
        return [$total, $records];
    }

    /**
     * Learners with an enrolment, after a learner id, in id order (the nightly recompute's keyset pagination).
     *
     * @param int $last
     * @param int $limit
     * @return int[]
     */
    public function learner_ids_after(int $last, int $limit): array {
        return array_map('intval', array_keys($this->db->get_records_sql(
            "SELECT DISTINCT userid FROM {" . self::TABLE . "} WHERE userid > :last ORDER BY userid",
            ['last' => $last], 0, $limit)));
    }

    /**
     * Enrolments of learners, restricted to one programme if given, oldest first, each with its version's programme
     * (what the recompute takes).
     *
     * @param int[] $userids
     * @param string|null $programme
     * @return \stdClass[] By id: id, userid, versionid, startdate, timecreated, programme.
     */
    public function of_learners(array $userids, ?string $programme = null): array {
        if (!$userids) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal(array_values(array_unique($userids)), SQL_PARAMS_NAMED, 'usr');
        $where = "e.userid $insql";
        if ($programme !== null) {
            $where = "v.programme = :programme AND $where";
            $params['programme'] = $programme;
        }
        return $this->db->get_records_sql("SELECT " . self::COMPUTED . " FROM " . self::joined() . "
                                            WHERE $where
                                         ORDER BY e.timecreated, e.id", $params);
    }

    /**
     * Enrolments on a programme of the learners enrolled in a course, oldest first, as of_learners() gives them.
     *
     * @param string $programme
     * @param int $courseid
     * @return \stdClass[]
     */
    public function of_course_learners(string $programme, int $courseid): array {
        return $this->db->get_records_sql(
            "SELECT " . self::COMPUTED . "
               FROM " . self::joined() . "
              WHERE v.programme = :programme
                AND e.userid IN (SELECT ue.userid
                                   FROM {user_enrolments} ue
                                   JOIN {enrol} en ON en.id = ue.enrolid
                                  WHERE en.courseid = :courseid)
           ORDER BY e.timecreated, e.id", ['programme' => $programme, 'courseid' => $courseid]);
    }

    /**
     * The learner's latest enrolment, restricted to one programme if given, joined with its version and, if asked,
     * its stored decision.
     *
     * @param int $userid
     * @param string|null $programme
     * @param bool $withdecision Also asof, timecomputed and decision (null when none is stored).
     * @return \stdClass|null id, versionid, startdate, programme, version.
     */
    public function latest(int $userid, ?string $programme, bool $withdecision): ?\stdClass {
        $sql = "SELECT e.id, e.versionid, e.startdate, v.programme, v.version" .
                       ($withdecision ? ", d.asof, d.timecomputed, d.decision" : "") . "
                  FROM " . self::joined($withdecision) . "
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
     * A learner's enrolments, oldest first, with their programme and stored decision (the gating entry).
     *
     * @param int $userid
     * @return \stdClass[] id, versionid, programme, decision (JSON or null).
     */
    public function with_decisions_of(int $userid): array {
        return $this->db->get_records_sql(
            "SELECT e.id, e.versionid, v.programme, d.decision
               FROM " . self::joined(true) . "
              WHERE e.userid = :userid
           ORDER BY e.timecreated, e.id", ['userid' => $userid]);
    }

    /**
     * Every enrolment, oldest first, with its programme and stored decision (rebuilding the gating rows).
     *
     * @return \moodle_recordset id, userid, versionid, programme, decision (JSON or null); the caller closes it.
     */
    public function all_with_decisions(): \moodle_recordset {
        return $this->db->get_recordset_sql(
            "SELECT e.id, e.userid, e.versionid, v.programme, d.decision
               FROM " . self::joined(true) . "
           ORDER BY e.timecreated, e.id");
    }

    /**
     * Enrolments on a programme of the learners of a course with their stored decisions and name fields, by learner
     * then oldest first (the module report).
     *
     * @param string $programme
     * @param string $esql Learners of the course (get_enrolled_sql(), column id).
     * @param array $eparams
     * @param \stdClass $names User name fields (\core_user\fields SQL of alias u).
     * @return \stdClass[] id, userid, versionid, startdate, decision (JSON or null) and the name fields.
     */
    public function with_decisions_in_course(string $programme, string $esql, array $eparams, \stdClass $names): array {
        return $this->db->get_records_sql(
            "SELECT e.id, e.userid, e.versionid, e.startdate, d.decision {$names->selects}
               FROM " . self::joined(true) . "
               JOIN ($esql) je ON je.id = e.userid
               JOIN {user} u ON u.id = e.userid
              WHERE v.programme = :programme
           ORDER BY e.userid, e.timecreated, e.id", ['programme' => $programme] + $eparams + $names->params);
    }

    /**
     * Enrolments on a programme of the learners enrolled in a course (some of them, if given), oldest first, with
     * their stored decisions and the user's picture fields (the workshop sheet).
     *
     * @param int $courseid
     * @param string $programme
     * @param int[]|null $userids
     * @return \moodle_recordset enrolmentid, versionid, decision (JSON or null), the user's fields (id...); the caller
     *     closes it.
     */
    public function with_decisions_on_sheet(int $courseid, string $programme, ?array $userids): \moodle_recordset {
        $fields = \core_user\fields::for_userpic()->get_sql('u', false, '', '', false)->selects;
        $where = '';
        $params = ['programme' => $programme, 'courseid' => $courseid];
        if ($userids !== null) {
            [$insql, $inparams] = $this->db->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'usr');
            $where = "AND e.userid $insql";
            $params += $inparams;
        }
        return $this->db->get_recordset_sql(
            "SELECT e.id AS enrolmentid, e.versionid, d.decision, $fields
               FROM " . self::joined(true) . "
               JOIN {user} u ON u.id = e.userid AND u.deleted = 0
              WHERE v.programme = :programme
                AND e.userid IN (SELECT ue.userid
                                   FROM {user_enrolments} ue
                                   JOIN {enrol} en ON en.id = ue.enrolid
                                  WHERE en.courseid = :courseid) $where
           ORDER BY e.timecreated, e.id", $params);
    }

    /**
     * A subquery true when the latest enrolment of the user in column $usercolumn on a programme has a stored
     * decision (for EXISTS; the latest by time created, then id, as the gating entry reads it).
     *
     * @param string $usercolumn SQL expression of the user id, e.g. userids.id.
     * @param string $programmeparam Placeholder of the programme id (":name"), its value in the caller's params.
     * @return string
     */
    public static function latest_decided_exists_sql(string $usercolumn, string $programmeparam): string {
        return "SELECT 1
                  FROM {" . self::TABLE . "} sensde
                  JOIN " . programme_version_repository::from('sensdv') . " ON sensdv.id = sensde.versionid
                  JOIN " . decision_repository::from('sensdd') . "
                       ON sensdd.userid = sensde.userid AND sensdd.versionid = sensde.versionid
                 WHERE sensde.userid = $usercolumn
                   AND sensdv.programme = $programmeparam
                   AND NOT EXISTS (
                       SELECT 1
                         FROM {" . self::TABLE . "} sensle
                         JOIN " . programme_version_repository::from('senslv') . " ON senslv.id = sensle.versionid
                        WHERE sensle.userid = sensde.userid AND senslv.programme = sensdv.programme
                          AND (sensle.timecreated > sensde.timecreated
                               OR (sensle.timecreated = sensde.timecreated AND sensle.id > sensde.id)))";
    }

    /**
     * Forget a learner's enrolments.
     *
     * @param int $userid
     * @return int[] The ids of the enrolments forgotten.
     */
    public function delete_learner(int $userid): array {
        $ids = array_map('intval', $this->db->get_fieldset_select(self::TABLE, 'id', 'userid = ?', [$userid]));
        $this->db->delete_records(self::TABLE, ['userid' => $userid]);
        return $ids;
    }

    /**
     * SQL of the table for another repository's join: "{local_sens_enrolment} <alias>".
     *
     * @param string $alias
     * @return string
     */
    public static function from(string $alias): string {
        return "{" . self::TABLE . "} $alias";
    }
}
