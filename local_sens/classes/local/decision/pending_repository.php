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


namespace local_sens\local\decision;

use core\clock;
use moodle_database;

/**
 * Learners of a linked course whose decision waits for the deferred recompute (table local_sens_pending, the only
 * owner): enrolment, role and cohort events mark a learner "dirty since" now; the ad-hoc task recompute_pending of
 * the course recomputes them in batches and clears a mark only when it is older than the run's start, so a learner
 * marked again while the run computed stays marked for the next run.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pending_repository {

    /** @var string Table of marks. */
    private const TABLE = 'local_sens_pending';

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
    ) {
    }

    /**
     * Mark a learner of a course dirty since now (two statements; a concurrent mark of the same learner is absorbed).
     *
     * @param int $userid
     * @param int $courseid
     */
    public function mark(int $userid, int $courseid): void {
        $now = $this->clock->time();
        $id = $this->db->get_field(self::TABLE, 'id', ['userid' => $userid, 'courseid' => $courseid]);
        if ($id !== false) {
            $this->db->set_field(self::TABLE, 'timedirty', $now, ['id' => $id]);
            return;
        }
        try {
            $this->db->insert_record(self::TABLE, (object)['userid' => $userid, 'courseid' => $courseid,
                'timedirty' => $now], false);
        } catch (\dml_write_exception $e) {
            // Another process inserted the same mark meanwhile (unique userid, courseid): bring it to now.
            if ($this->db->is_transaction_started()) {
                throw $e;
            }
            $this->db->set_field(self::TABLE, 'timedirty', $now, ['userid' => $userid, 'courseid' => $courseid]);
        }
    }

    /**
     * Marked learners of a course, oldest mark first.
     *
     * @param int $courseid
     * @param int $limit
     * @return array<int, int> Mark time by user id.
     */
    public function batch(int $courseid, int $limit): array {
        $rows = $this->db->get_records(self::TABLE, ['courseid' => $courseid], 'timedirty, id', 'id, userid, timedirty', 0,
            $limit);
        $marks = [];
        foreach ($rows as $row) {
            $marks[(int)$row->userid] = (int)$row->timedirty;
        }
        return $marks;
    }

    /**
     * Clear the marks of learners of a course that are older than a run's start (a newer mark stays).
     *
     * @param int $courseid
     * @param int[] $userids
     * @param int $runstart
     */
    public function clear(int $courseid, array $userids, int $runstart): void {
        foreach (array_chunk(array_values(array_unique(array_map('intval', $userids))), 1000) as $chunk) {
            [$insql, $params] = $this->db->get_in_or_equal($chunk, SQL_PARAMS_NAMED, 'usr');
            $this->db->delete_records_select(self::TABLE, "courseid = :courseid AND timedirty < :runstart AND userid $insql",
                ['courseid' => $courseid, 'runstart' => $runstart] + $params);
        }
    }

    /**
     * Number of marked learners of a course (all of them when $before is null, else those marked before that time).
     *
     * @param int $courseid
     * @param int|null $before
     * @return int
     */
    public function count(int $courseid, ?int $before = null): int {
        if ($before === null) {
            return $this->db->count_records(self::TABLE, ['courseid' => $courseid]);
        }
        return $this->db->count_records_select(self::TABLE, 'courseid = :courseid AND timedirty < :before',
            ['courseid' => $courseid, 'before' => $before]);
    }

    /**
     * Courses that have marked learners.
     *
     * @return int[]
     */
    public function courses(): array {
        return array_map('intval', $this->db->get_fieldset_sql("SELECT DISTINCT courseid FROM {" . self::TABLE . "}"));
    }

    /**
     * Whether a learner waits for their decision in a course (any course when $courseid is null).
     *
     * @param int $userid
     * @param int|null $courseid
     * @return bool
     */
    public function is_pending(int $userid, ?int $courseid = null): bool {
        $conditions = ['userid' => $userid];
        if ($courseid !== null) {
            $conditions['courseid'] = $courseid;
        }
        return $this->db->record_exists(self::TABLE, $conditions);
    }

    /**
     * A learner's marks (privacy export).
     *
     * @param int $userid
     * @return \stdClass[]
     */
    public function for_user(int $userid): array {
        return array_values($this->db->get_records(self::TABLE, ['userid' => $userid], 'id', 'id, courseid, timedirty'));
    }

    /**
     * Delete a learner's marks (privacy, user deleted).
     *
     * @param int $userid
     */
    public function delete_user(int $userid): void {
        $this->db->delete_records(self::TABLE, ['userid' => $userid]);
    }

    /**
     * Delete a course's marks (course deleted).
     *
     * @param int $courseid
     */
    public function delete_course(int $courseid): void {
        $this->db->delete_records(self::TABLE, ['courseid' => $courseid]);
    }
}
