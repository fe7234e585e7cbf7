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

use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * Stored mapping of course modules to the slots (domain × level) and micro-competences of a programme version (and,
 * when a course is deleted, its programme link goes with its mappings).
 *
 * The slot → cmids view is what the gating, the block and the learner record read on every page: it is kept in
 * MUC (application cache `local_sens/mapping`) and invalidated whenever a course's mapping is replaced.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class mapping_repository {

    /** @var string Table name. */
    private const TABLE = 'local_sens_mapping';

    /** @var array<string, true> Keys to delete once the current database transaction is over. */
    private static array $pending = [];

    /** @var bool Whether the end-of-request flush is registered. */
    private static bool $shutdown = false;

    /** @var array<string, array> Entries of pending keys, read in this request's transaction (dropped with them). */
    private static array $uncommitted = [];

    /** @var array<string, array> Entries read in this web request (never in a CLI process: a cron runner lives long). */
    private array $memo = [];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param course_link_repository $links
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var course_link_repository Links of courses to programmes (first_course_mapping, delete_course). */
        private readonly course_link_repository $links,
    ) {
    }

    /**
     * Slot id → course module ids mapped to it, for one version and one course (cached).
     *
     * @param int $versionid
     * @param int $courseid
     * @return array<string, int[]> Slots in id order, cmids ascending; slots without activity are absent.
     */
    public function for_version_course(int $versionid, int $courseid): array {
        $key = self::key($versionid, $courseid);
        self::flush_if_committed();
        if (isset($this->memo[$key])) {
            return $this->memo[$key];
        }
        // Changed by this request's transaction, not committed yet: read from the database (once), leave the cache alone.
        $uncommitted = isset(self::$pending[$key]);
        if ($uncommitted && isset(self::$uncommitted[$key])) {
            return self::$uncommitted[$key];
        }
        $cache = $this->cache();
        $cached = $uncommitted ? false : $cache->get($key);
        if (is_array($cached)) {
            if (!CLI_SCRIPT) {
                $this->memo[$key] = $cached;
            }
            return $cached;
        }
        $slots = [];
        foreach ($this->items($versionid, $courseid) as $item) {
            $slots[$item['slot']][] = $item['cmid'];
        }
        ksort($slots, SORT_STRING);
        foreach ($slots as $slot => $cmids) {
            sort($cmids);
            $slots[$slot] = array_values(array_unique($cmids));
        }
        if ($uncommitted) {
            self::$uncommitted[$key] = $slots;
        } else {
            $cache->set($key, $slots);
            if (!CLI_SCRIPT) {
                $this->memo[$key] = $slots;
            }
        }
        return $slots;
    }

    /**
     * The first course (in linking order) linked to a programme that maps activities of one of its versions: where
     * a learner's dashboard links the slots to.
     *
     * @param int $versionid
     * @param string $programme The version's programme.
     * @return int|null Course id, or null when no linked course maps the version.
     */
    public function first_course_mapping(int $versionid, string $programme): ?int {
        $first = $this->db->get_field_sql(
            "SELECT sc.courseid
               FROM " . course_link_repository::from('sc') . "
              WHERE sc.programme = :programme
                    AND EXISTS (SELECT 1
                                  FROM {" . self::TABLE . "} sm
                                  JOIN {course_modules} cm ON cm.id = sm.cmid
                                 WHERE sm.versionid = :versionid AND cm.course = sc.courseid)
           ORDER BY sc.id", ['programme' => $programme, 'versionid' => $versionid], IGNORE_MULTIPLE);
        return $first === false ? null : (int)$first;
    }

    /**
     * The mapping items of a course for a version, as the editor shows them.
     *
     * @param int $versionid
     * @param int $courseid
     * @return array[] Items ['cmid' => int, 'slot' => string, 'competences' => string[]] ordered by cmid then slot.
     */
    public function items(int $versionid, int $courseid): array {
        $sql = "SELECT m.id, m.cmid, m.slot, m.competences
                  FROM {" . self::TABLE . "} m
                  JOIN {course_modules} cm ON cm.id = m.cmid
                 WHERE m.versionid = :versionid AND cm.course = :courseid
              ORDER BY m.cmid, m.slot";
        $items = [];
        foreach ($this->db->get_records_sql($sql, ['versionid' => $versionid, 'courseid' => $courseid]) as $r) {
            $competences = $r->competences === null || $r->competences === '' ? [] : json_decode($r->competences, true);
            $items[] = [
                'cmid' => (int)$r->cmid,
                'slot' => (string)$r->slot,
                'competences' => is_array($competences) ? array_values(array_map('strval', $competences)) : [],
            ];
        }
        return $items;
    }

    /**
     * Replace a course's mapping for a version by the given items (the caller validates them and holds a transaction).
     *
     * @param int $versionid
     * @param int $courseid
     * @param array[] $items Validated items ['cmid' => int, 'slot' => string, 'competences' => string[]].
     * @param int $userid Who saves.
     * @param int $now Time of the change.
     */
    public function replace(int $versionid, int $courseid, array $items, int $userid, int $now): void {
        $old = $this->db->get_records_sql(
            "SELECT m.id, m.cmid, m.slot, m.timecreated
               FROM {" . self::TABLE . "} m
               JOIN {course_modules} cm ON cm.id = m.cmid
              WHERE m.versionid = :versionid AND cm.course = :courseid",
            ['versionid' => $versionid, 'courseid' => $courseid]
        );
        $created = [];
        foreach ($old as $r) {
            $created[$r->cmid . '/' . $r->slot] = (int)$r->timecreated;
        }
        if ($old) {
            $this->db->delete_records_list(self::TABLE, 'id', array_keys($old));
        }
        foreach ($items as $item) {
            $competences = array_values($item['competences']);
            $this->db->insert_record(self::TABLE, (object)[
                'versionid' => $versionid,
                'cmid' => $item['cmid'],
                'slot' => $item['slot'],
                'competences' => json_encode($competences, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),
                'usermodified' => $userid,
                'timecreated' => $created[$item['cmid'] . '/' . $item['slot']] ?? $now,
                'timemodified' => $now,
            ]);
        }
        $this->invalidate($versionid, $courseid);
    }

    /**
     * Forget the mapping of a course module that is being deleted (course_module_deleted).
     *
     * @param int $cmid
     * @param int $courseid Its course (for the cache).
     * @return int[] Ids of the versions it was mapped in (empty: it was mapped to nothing).
     */
    public function delete_for_cm(int $cmid, int $courseid): array {
        $versionids = array_values(array_unique(array_map('intval',
            $this->db->get_fieldset_select(self::TABLE, 'versionid', 'cmid = ?', [$cmid]))));
        if ($versionids) {
            $this->db->delete_records(self::TABLE, ['cmid' => $cmid]);
            foreach ($versionids as $versionid) {
                $this->invalidate($versionid, $courseid);
            }
        }
        return $versionids;
    }

    /**
     * Forget a deleted course: its link to a programme and the mappings of its activities (already gone from
     * course_modules when course_deleted fires, so every mapping row whose activity no longer exists).
     *
     * @param int $courseid
     */
    public function delete_course(int $courseid): void {
        $orphans = $this->db->get_records_sql(
            "SELECT m.id, m.versionid
               FROM {" . self::TABLE . "} m
          LEFT JOIN {course_modules} cm ON cm.id = m.cmid
              WHERE cm.id IS NULL");
        if ($orphans) {
            $this->db->delete_records_list(self::TABLE, 'id', array_keys($orphans));
            foreach (array_unique(array_map(fn($r) => (int)$r->versionid, $orphans)) as $versionid) {
                $this->invalidate($versionid, $courseid);
            }
        }
        $this->links->delete($courseid);
    }

    /**
     * Forget the cached slot → cmids view of a course.
     *
     * @param int $versionid
     * @param int $courseid
     */
    public function invalidate(int $versionid, int $courseid): void {
        $key = self::key($versionid, $courseid);
        unset($this->memo[$key], self::$uncommitted[$key]);
        if ($this->db->is_transaction_started()) {
            // Never inside a transaction: another request would refill the key from the rows not committed yet, and
            // keep the old mapping. Deleted once the transaction is over (the caller's after-commit invalidate, the
            // next read, or the end of the request, whichever comes first).
            self::$pending[$key] = true;
            if (!self::$shutdown) {
                self::$shutdown = true;
                \core_shutdown_manager::register_function([self::class, 'flush_pending']);
            }
            return;
        }
        unset(self::$pending[$key]);
        $this->cache()->delete($key);
    }

    /**
     * Delete the keys left pending by a transaction, if it is over.
     */
    private static function flush_if_committed(): void {
        global $DB;
        if (self::$pending && !$DB->is_transaction_started()) {
            self::flush_pending();
        }
    }

    /**
     * Delete the keys left pending (after the transaction; at the latest at the end of the request).
     */
    public static function flush_pending(): void {
        if (self::$pending) {
            $keys = array_keys(self::$pending);
            self::$pending = [];
            self::$uncommitted = [];
            \cache::make('local_sens', 'mapping')->delete_many($keys);
        }
    }

    /**
     * Cache key of a version and a course.
     *
     * @param int $versionid
     * @param int $courseid
     * @return string
     */
    private static function key(int $versionid, int $courseid): string {
        return $versionid . '_' . $courseid;
    }

    /**
     * The application cache of mappings.
     *
     * @return \cache
     */
    private function cache(): \cache {
        return \cache::make('local_sens', 'mapping');
    }

    /**
     * Whether any activity is mapped anywhere.
     *
     * @return bool
     */
    public function any(): bool {
        return $this->db->record_exists(self::TABLE, []);
    }

    /**
     * Whether a course module is mapped.
     *
     * @param int $cmid
     * @return bool
     */
    public function is_mapped(int $cmid): bool {
        return $this->db->record_exists(self::TABLE, ['cmid' => $cmid]);
    }

    /**
     * The mappings of the activities of a course, whatever their version.
     *
     * @param int $courseid
     * @return \stdClass[] id, versionid, cmid, slot.
     */
    public function of_course(int $courseid): array {
        return $this->db->get_records_sql(
            "SELECT m.id, m.versionid, m.cmid, m.slot
               FROM {" . self::TABLE . "} m
               JOIN {course_modules} cm ON cm.id = m.cmid
              WHERE cm.course = :courseid", ['courseid' => $courseid]);
    }

    /**
     * The courses that have a mapped activity.
     *
     * @return int[]
     */
    public function mapped_courseids(): array {
        return array_map('intval', $this->db->get_fieldset_sql(
            "SELECT DISTINCT cm.course
               FROM {" . self::TABLE . "} m
               JOIN {course_modules} cm ON cm.id = m.cmid"));
    }

    /**
     * The completions of a version's mapped activities, in courses linked to its programme, one row per learner with
     * their facts concatenated ("cmid slot completionstate timemodified", "|" between them).
     *
     * @param int $versionid
     * @param string $usersql Condition on cmc.userid.
     * @param array $userparams Its parameters.
     * @return \stdClass[] userid, facts.
     */
    public function completion_facts(int $versionid, string $usersql, array $userparams): array {
        $fact = $this->db->sql_concat('m.cmid', "' '", 'm.slot', "' '", 'cmc.completionstate', "' '", 'cmc.timemodified');
        return $this->db->get_records_sql(
            "SELECT cmc.userid, " . $this->db->sql_group_concat($fact, '|') . " AS facts
               FROM {" . self::TABLE . "} m
               JOIN {course_modules} cm ON cm.id = m.cmid AND cm.deletioninprogress = 0
               JOIN " . programme_version_repository::from('v') . " ON v.id = m.versionid
               " . course_link_repository::join('lc', 'cm.course', 'v.programme') . "
               JOIN {course_modules_completion} cmc ON cmc.coursemoduleid = m.cmid
              WHERE m.versionid = :versionid AND $usersql
           GROUP BY cmc.userid",
            ['versionid' => $versionid] + $userparams);
    }

    /**
     * The grades of a version's mapped activities (their grade item 0), in courses linked to its programme.
     *
     * @param int $versionid
     * @param string $usersql Condition on gg.userid.
     * @param array $userparams Its parameters.
     * @return \stdClass[] id (grade id), userid, cmid, slot, finalgrade, rawgrademax, grademax, timemodified, timecreated.
     */
    public function grade_facts(int $versionid, string $usersql, array $userparams): array {
        return $this->db->get_records_sql(
            "SELECT gg.id, gg.userid, m.cmid, m.slot, gg.finalgrade, gg.rawgrademax, gi.grademax,
                    gg.timemodified, gg.timecreated
               FROM {" . self::TABLE . "} m
               JOIN {course_modules} cm ON cm.id = m.cmid AND cm.deletioninprogress = 0
               JOIN " . programme_version_repository::from('v') . " ON v.id = m.versionid
               " . course_link_repository::join('lc', 'cm.course', 'v.programme') . "
               JOIN {modules} md ON md.id = cm.module
               JOIN {grade_items} gi ON gi.courseid = cm.course AND gi.itemtype = 'mod' AND gi.itemmodule = md.name
                                    AND gi.iteminstance = cm.instance AND gi.itemnumber = 0
               JOIN {grade_grades} gg ON gg.itemid = gi.id
              WHERE m.versionid = :versionid AND gg.finalgrade IS NOT NULL AND $usersql",
            ['versionid' => $versionid] + $userparams);
    }
}
