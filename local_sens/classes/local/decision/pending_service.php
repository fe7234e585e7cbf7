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
use local_sens\local\learner\enrolment_service;
use local_sens\local\mapping\course_link_repository;
use moodle_database;

/**
 * Deferred recompute of enrolments. Enrolment and role events (by any method: by hand, self, cohort sync, CSV
 * upload...) only mark the learner (pending_repository) and queue one ad-hoc task per course (task
 * recompute_pending); the task enrols the course's marked learners on the programme and recomputes them in batches,
 * BATCH learners or MAX_SECONDS per run, then queues itself again while marks remain. A learner's own activity
 * (completion, grade, attestation, jury) is still computed at once.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pending_service {

    /** @var int Learners per run of the task. */
    public const BATCH = 500;

    /** @var int Seconds per run of the task (it stops after the batch that crosses it). */
    public const MAX_SECONDS = 60;

    /** @var int Learners computed in one go inside a run. */
    private const CHUNK = 100;

    /** @var int The second of the marks in $marked. */
    private int $second = 0;

    /** @var array<string, true> "userid/courseid" marked by this process in that second. */
    private array $marked = [];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param pending_repository $pending
     * @param enrolment_service $enrolments
     * @param decision_service $decisions
     * @param course_link_repository $links
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var pending_repository Marks. */
        private readonly pending_repository $pending,
        /** @var enrolment_service Programme enrolments. */
        private readonly enrolment_service $enrolments,
        /** @var decision_service Decisions. */
        private readonly decision_service $decisions,
        /** @var course_link_repository Links of courses to programmes. */
        private readonly course_link_repository $links,
    ) {
    }

    /**
     * An enrolment or a role concerns a user of a linked course, by any method (one user by hand or by themselves, a
     * CSV upload with a course or cohort column, a cohort synced to the course, meta link, external database, LDAP...):
     * the user is marked and the course's task queued. Nothing is computed here, so thousands of enrolments stay fast
     * and a single one costs its request no recompute (cron runs the task within the minute).
     *
     * @param int $userid
     * @param int $courseid A course linked to a programme.
     */
    public function mark(int $userid, int $courseid): void {
        $now = $this->clock->time();
        if ($now !== $this->second) {
            $this->second = $now;
            $this->marked = [];
        }
        // Marked by this process in this second already (the role's event follows the enrolment's): the row says
        // this second or later, which no run clears before the next second (a run clears marks older than its
        // start), and the course's task was checked after it. Half the statements of an enrolment.
        if (isset($this->marked[$userid . '/' . $courseid])) {
            return;
        }
        $this->pending->mark($userid, $courseid);
        self::queue($courseid);
        $this->marked[$userid . '/' . $courseid] = true;
    }

    /**
     * Queue the course's task unless one is queued and not started yet (a running one may have read its batch
     * already: a new mark then queues the next run).
     *
     * @param int $courseid
     * @param int $notbefore Unix time the task may start (0: now).
     */
    public static function queue(int $courseid, int $notbefore = 0): void {
        global $DB;
        $task = new \local_sens\task\recompute_pending();
        $task->set_custom_data(['courseid' => $courseid]);
        $task->set_component('local_sens');
        $waiting = $DB->record_exists_select('task_adhoc', 'classname = :classname AND timestarted IS NULL AND ' .
            $DB->sql_compare_text('customdata', 100) . ' = :customdata',
            ['classname' => '\\' . \local_sens\task\recompute_pending::class, 'customdata' => $task->get_custom_data_as_string()]);
        if ($waiting) {
            return;
        }
        if ($notbefore > 0) {
            $task->set_next_run_time($notbefore);
        }
        // Checks for an identical task too (two marks racing queue one; a running task's record also counts, hence
        // the check above for one that has not started).
        \core\task\manager::queue_adhoc_task($task, !self::running($courseid));
    }

    /**
     * Whether a task of the course is running (started, not finished).
     *
     * @param int $courseid
     * @return bool
     */
    private static function running(int $courseid): bool {
        global $DB;
        $task = new \local_sens\task\recompute_pending();
        $task->set_custom_data(['courseid' => $courseid]);
        return $DB->record_exists_select('task_adhoc', 'classname = :classname AND timestarted IS NOT NULL AND ' .
            $DB->sql_compare_text('customdata', 100) . ' = :customdata',
            ['classname' => '\\' . \local_sens\task\recompute_pending::class, 'customdata' => $task->get_custom_data_as_string()]);
    }

    /**
     * One run for a course: its marked learners, oldest mark first, up to BATCH learners or MAX_SECONDS. A mark is
     * cleared only when older than the run's start; the task queues itself again while marks remain.
     *
     * @param int $courseid
     * @param int $batch Most learners in this run.
     * @param int $maxseconds The run stops after the chunk that crosses this.
     * @return array Keys processed (learners computed), remaining (marks left).
     */
    public function run(int $courseid, int $batch = self::BATCH, int $maxseconds = self::MAX_SECONDS): array {
        $runstart = $this->clock->time();
        $deadline = microtime(true) + $maxseconds;
        $processed = 0;
        $seen = [];
        $linked = $this->links->is_linked($courseid);
        while ($processed < $batch && microtime(true) < $deadline) {
            $marks = array_diff_key($this->pending->batch($courseid, $batch + count($seen)), $seen);
            $marks = array_slice($marks, 0, min(self::CHUNK, $batch - $processed), true);
            if (!$marks) {
                break;
            }
            $userids = array_keys($marks);
            if ($linked) {
                $this->decisions->recompute_users($courseid, $this->enrol_learners($courseid, $userids));
            }
            $this->pending->clear($courseid, $userids, $runstart);
            $seen += array_fill_keys($userids, true);
            $processed += count($userids);
        }
        $remaining = $this->pending->count($courseid);
        if ($remaining > 0) {
            // Marks made in this run's first second wait one second (no busy loop on them).
            $older = $this->pending->count($courseid, $runstart);
            self::queue($courseid, $older > 0 ? 0 : $runstart + 1);
        }
        return ['processed' => $processed, 'remaining' => $remaining];
    }

    /**
     * Process every mark of every course now (the nightly task, before recomputing everyone).
     *
     * @return int Learners processed.
     */
    public function run_all(): int {
        $processed = 0;
        foreach ($this->pending->courses() as $courseid) {
            do {
                $result = $this->run($courseid);
                $processed += $result['processed'];
            } while ($result['processed'] > 0 && $this->pending->count($courseid, $this->clock->time()) > 0);
        }
        return $processed;
    }

    /**
     * Enrol the course's learners among these users on the course's programme (latest published version, from
     * their course enrolment's start) unless they follow it already. Learners are the users level gating applies
     * to: enrolled, with a role in the course, without moodle/site:accessallgroups (so not teachers).
     *
     * @param int $courseid
     * @param int[] $userids
     * @return int[] The learners among them.
     */
    private function enrol_learners(int $courseid, array $userids): array {
        global $USER;
        $by = (int)($USER->id ?? 0) ?: (int)get_admin()->id;
        $context = \context_course::instance($courseid);
        [$insql, $params] = $this->db->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'usr');
        $starts = $this->db->get_records_sql_menu(
            "SELECT ue.userid, MIN(ue.timestart)
               FROM {user_enrolments} ue
               JOIN {enrol} e ON e.id = ue.enrolid
              WHERE e.courseid = :courseid AND ue.userid $insql
           GROUP BY ue.userid", ['courseid' => $courseid] + $params);
        $learners = [];
        foreach ($userids as $userid) {
            if (!isset($starts[$userid])) {
                // Not enrolled (a role without enrolment, or unenrolled since): not a learner of the course.
                continue;
            }
            if (!get_user_roles($context, $userid, false) || has_capability('moodle/site:accessallgroups', $context, $userid)) {
                continue;
            }
            $this->enrolments->enrol_from_course($userid, $courseid, (int)$starts[$userid], $by);
            $learners[] = $userid;
        }
        return $learners;
    }
}
