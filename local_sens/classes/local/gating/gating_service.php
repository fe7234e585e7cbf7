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

namespace local_sens\local\gating;

use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * Level gating enforced by Moodle itself: one group per gated unit (idnumber sens:<unitid>), an availability
 * condition "member of that group" on every activity mapped to the unit, and group membership (component
 * local_sens, so it cannot be edited by hand) following the engine's stored decision.
 *
 * Moodle then refuses a locked level everywhere it checks availability: course page, view.php (require_login with
 * a cm), the activities' web services (validate_context) and the mobile app.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class gating_service {

    /** @var string[] Unit states in which the learner may use the unit's activities. */
    public const OPEN_STATES = ['open', 'in_progress', 'validated', 'exempt'];

    /** @var string Prefix of the idnumber of our groups. */
    public const IDNUMBER_PREFIX = 'sens:';

    /** @var string Component owning the group memberships. */
    public const COMPONENT = 'local_sens';

    /** @var int Above this many membership changes at once, they are written in bulk (see apply_in_bulk()). */
    private const API_LIMIT = 50;

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param \core\clock $clock
     * @param programme_version_repository $versions
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var \core\clock Clock. */
        private readonly \core\clock $clock,
        /** @var programme_version_repository Programme versions. */
        private readonly programme_version_repository $versions,
    ) {
    }

    /**
     * The units of a programme that Moodle must gate: the levels of a sequential unit (a domain's Débutant,
     * Intermédiaire, Avancé) and units with prerequisites.
     *
     * @param array $definition Programme definition.
     * @return array<string, array> By unit id: unit, parent (or null), rank (1-based position among its levels).
     */
    public static function gated_units(array $definition): array {
        $units = array_column($definition['units'] ?? [], null, 'id');
        $gated = [];
        $positions = [];
        foreach ($units as $id => $unit) {
            $parent = isset($unit['parent']) ? ($units[$unit['parent']] ?? null) : null;
            $sequential = $parent !== null && ($parent['gating'] ?? 'none') === 'sequential';
            if ($sequential) {
                $positions[$parent['id']] = ($positions[$parent['id']] ?? 0) + 1;
            }
            if ($sequential || !empty($unit['prerequisites'])) {
                $gated[(string)$id] = [
                    'unit' => $unit,
                    'parent' => $sequential ? $parent : null,
                    'rank' => $sequential ? $positions[$parent['id']] : 0,
                ];
            }
        }
        return $gated;
    }

    /**
     * The name of the group of a gated unit, in French and English at once: Moodle shows group names untranslated
     * (the string is the same in every language pack).
     *
     * @param array $definition
     * @param array $gated One entry of gated_units().
     * @return string
     */
    public static function group_name(array $definition, array $gated): string {
        $unit = $gated['unit'];
        if ($gated['parent'] !== null) {
            $levels = $definition['levels'] ?? [];
            usort($levels, fn($a, $b) => ($a['rank'] ?? 0) <=> ($b['rank'] ?? 0));
            $name = get_string('gatinggrouplevel', 'local_sens', (object)[
                'domain' => $gated['parent']['title'],
                'level' => $levels[$gated['rank'] - 1]['title'] ?? $unit['title'],
                'domainen' => $gated['parent']['titleEn'] ?? $gated['parent']['title'],
                'rank' => $gated['rank'],
            ]);
        } else {
            $name = get_string('gatinggroupunit', 'local_sens',
                (object)['title' => $unit['title'], 'titleen' => $unit['titleEn'] ?? $unit['title']]);
        }
        return \core_text::substr($name, 0, 254);
    }

    /**
     * Make the course's gating match the mapping and the stored decisions: groups, availability conditions and
     * memberships. Idempotent: a second call changes nothing.
     *
     * @param int $courseid
     * @param array|null $decisions Decisions by user id of the programme's learners; null: the stored ones.
     * @return int Number of changes made (groups, activities, memberships).
     */
    public function sync_course(int $courseid, ?array $decisions = null): int {
        global $CFG;
        require_once($CFG->dirroot . '/group/lib.php');
        $programme = $this->db->get_field('local_sens_course', 'programme', ['courseid' => $courseid]);
        $mappings = $this->db->get_records_sql(
            "SELECT m.id, m.versionid, m.cmid, m.slot
               FROM {local_sens_mapping} m
               JOIN {course_modules} cm ON cm.id = m.cmid
              WHERE cm.course = :courseid", ['courseid' => $courseid]);

        // Units wanted: every gated unit of the versions mapped here; the units gating each activity.
        $wanted = [];
        $cmunits = [];
        foreach ($mappings as $mapping) {
            $definition = $this->versions->definition((int)$mapping->versionid);
            $gated = self::gated_units($definition);
            foreach ($gated as $unitid => $entry) {
                $wanted[$unitid] ??= self::group_name($definition, $entry);
            }
            $slots = array_column($definition['slots'] ?? [], 'unit', 'id');
            $unitid = $slots[$mapping->slot] ?? null;
            if ($unitid !== null && isset($gated[$unitid])) {
                $cmunits[(int)$mapping->cmid][$unitid] = true;
            }
        }
        $changes = 0;
        $groups = $this->groups($courseid);
        foreach ($wanted as $unitid => $name) {
            $group = $groups[$unitid] ?? null;
            if ($group === null) {
                $id = groups_create_group((object)[
                    'courseid' => $courseid,
                    'name' => $name,
                    'idnumber' => self::IDNUMBER_PREFIX . $unitid,
                    'description' => get_string('gatinggroupdescription', 'local_sens'),
                    'descriptionformat' => FORMAT_HTML,
                    'visibility' => GROUPS_VISIBILITY_OWN,
                ]);
                $groups[$unitid] = $this->db->get_record('groups', ['id' => $id], '*', MUST_EXIST);
                $changes++;
            } else if ($group->name !== $name) {
                $group->name = $name;
                groups_update_group((object)['id' => $group->id, 'courseid' => $courseid, 'name' => $name]);
                $changes++;
            }
        }
        $changes += $this->sync_conditions($courseid, $groups, $cmunits);
        if ($programme !== false) {
            $changes += $this->sync_members($courseid, $decisions ?? $this->stored_decisions($programme), false);
        }
        return $changes;
    }

    /**
     * Make one learner's memberships in a course match their decision.
     *
     * @param int $userid
     * @param int $courseid
     * @param array $decision The engine's decision (units with their state).
     * @return int Number of memberships added or removed.
     */
    public function sync_user(int $userid, int $courseid, array $decision): int {
        return $this->sync_members($courseid, [$userid => $decision], true);
    }

    /**
     * Make memberships match decisions: member of the group of a gated unit iff the unit's state is open,
     * in progress, validated or exempt. Learners not enrolled in the course are left out (Moodle refuses them).
     *
     * @param int $courseid
     * @param array<int, array> $decisions Decisions by user id.
     * @param bool $onlythese Only touch these learners; otherwise also remove everyone else from our groups.
     * @return int Number of memberships added or removed.
     */
    public function sync_members(int $courseid, array $decisions, bool $onlythese): int {
        global $CFG;
        require_once($CFG->dirroot . '/group/lib.php');
        $groups = $this->groups($courseid);
        if (!$groups) {
            return 0;
        }
        $byid = [];
        foreach ($groups as $group) {
            $byid[(int)$group->id] = $group;
        }
        [$gsql, $params] = $this->db->get_in_or_equal(array_keys($byid), SQL_PARAMS_NAMED, 'grp');
        $usersql = '';
        if ($onlythese) {
            if (!$decisions) {
                return 0;
            }
            [$usersql, $userparams] = $this->db->get_in_or_equal(array_keys($decisions), SQL_PARAMS_NAMED, 'usr');
            $usersql = " AND gm.userid $usersql";
            $params += $userparams;
        }
        $current = [];
        $rows = $this->db->get_records_sql("SELECT gm.id, gm.groupid, gm.userid
                                                FROM {groups_members} gm
                                               WHERE gm.groupid $gsql $usersql", $params);
        foreach ($rows as $row) {
            $current[(int)$row->userid][(int)$row->groupid] = true;
        }

        $enrolled = $this->enrolled($courseid, count($decisions) === 1 ? (int)array_key_first($decisions) : null);
        $adds = [];
        $removes = [];
        foreach ($decisions as $userid => $decision) {
            $desired = [];
            if (isset($enrolled[$userid])) {
                foreach ($decision['units'] ?? [] as $unit) {
                    if (isset($groups[$unit['id']]) && in_array($unit['state'], self::OPEN_STATES, true)) {
                        $desired[(int)$groups[$unit['id']]->id] = true;
                    }
                }
            }
            $have = $current[$userid] ?? [];
            foreach (array_diff_key($desired, $have) as $groupid => $unused) {
                $adds[] = [$groupid, (int)$userid];
            }
            foreach (array_diff_key($have, $desired) as $groupid => $unused) {
                $removes[] = [$groupid, (int)$userid];
            }
            unset($current[$userid]);
        }
        if (!$onlythese) {
            // Members without a decision on the programme (e.g. enrolment removed): no level is open to them.
            foreach ($current as $userid => $have) {
                foreach ($have as $groupid => $unused) {
                    $removes[] = [$groupid, (int)$userid];
                }
            }
        }
        if (count($adds) + count($removes) > self::API_LIMIT) {
            return $this->apply_in_bulk($adds, $removes);
        }
        $changes = 0;
        foreach ($adds as [$groupid, $userid]) {
            if (groups_add_member($byid[$groupid], (object)['id' => $userid, 'deleted' => 0], self::COMPONENT)) {
                $changes++;
            }
        }
        foreach ($removes as [$groupid, $userid]) {
            groups_remove_member($byid[$groupid], $userid);
            $changes++;
        }
        return $changes;
    }

    /**
     * Apply many membership changes at once (reconcile, a new mapping on a whole promotion): the group API costs
     * about 13 ms per membership (event, log, hook, cache invalidation), too slow for 1,500 learners × 15 levels.
     * Rows are written directly with the same component, the group caches of the learners concerned are
     * invalidated once, and one event per change is skipped: the audit trail keeps the decision changes that
     * drive the memberships.
     *
     * @param array $adds List of [groupid, userid].
     * @param array $removes List of [groupid, userid].
     * @return int Number of changes.
     */
    private function apply_in_bulk(array $adds, array $removes): int {
        $now = $this->clock->time();
        $transaction = $this->db->start_delegated_transaction();
        $rows = [];
        foreach ($adds as [$groupid, $userid]) {
            $rows[] = ['groupid' => $groupid, 'userid' => $userid, 'timeadded' => $now, 'component' => self::COMPONENT,
                'itemid' => 0];
        }
        foreach (array_chunk($rows, 1000) as $chunk) {
            $this->db->insert_records('groups_members', $chunk);
        }
        $bygroup = [];
        foreach ($removes as [$groupid, $userid]) {
            $bygroup[$groupid][] = $userid;
        }
        foreach ($bygroup as $groupid => $userids) {
            foreach (array_chunk($userids, 1000) as $chunk) {
                [$insql, $params] = $this->db->get_in_or_equal($chunk, SQL_PARAMS_NAMED);
                $this->db->delete_records_select('groups_members', "groupid = :groupid AND userid $insql",
                    ['groupid' => $groupid] + $params);
            }
        }
        $touched = array_unique(array_merge(array_column($adds, 0), array_column($removes, 0)));
        foreach ($touched as $groupid) {
            $this->db->set_field('groups', 'timemodified', $now, ['id' => $groupid]);
        }
        $transaction->allow_commit();
        $userids = array_values(array_unique(array_merge(array_column($adds, 1), array_column($removes, 1))));
        \cache_helper::invalidate_by_definition('core', 'user_group_groupings', [], $userids);
        return count($adds) + count($removes);
    }

    /**
     * Our groups in a course, by unit id.
     *
     * @param int $courseid
     * @return array<string, \stdClass>
     */
    private function groups(int $courseid): array {
        $records = $this->db->get_records_select('groups', 'courseid = :courseid AND ' .
            $this->db->sql_like('idnumber', ':prefix'), ['courseid' => $courseid, 'prefix' => self::IDNUMBER_PREFIX . '%'],
            'id');
        $groups = [];
        foreach ($records as $record) {
            $groups[substr($record->idnumber, strlen(self::IDNUMBER_PREFIX))] = $record;
        }
        return $groups;
    }

    /**
     * Ids of users enrolled in the course (active or not: Moodle's own checks handle suspended enrolments).
     *
     * @param int $courseid
     * @param int|null $userid Restrict to this user.
     * @return array<int, true>
     */
    private function enrolled(int $courseid, ?int $userid): array {
        $sql = "SELECT DISTINCT ue.userid
                  FROM {user_enrolments} ue
                  JOIN {enrol} e ON e.id = ue.enrolid
                 WHERE e.courseid = :courseid";
        $params = ['courseid' => $courseid];
        if ($userid !== null) {
            $sql .= " AND ue.userid = :userid";
            $params['userid'] = $userid;
        }
        return array_fill_keys(array_map('intval', $this->db->get_fieldset_sql($sql, $params)), true);
    }

    /**
     * Stored decisions of the learners of a programme: for each learner, the one of their latest enrolment.
     *
     * @param string $programme
     * @return array<int, array> By user id.
     */
    private function stored_decisions(string $programme): array {
        $rows = $this->db->get_records_sql(
            "SELECT d.id, d.userid, d.decision
               FROM {local_sens_decision} d
               JOIN {local_sens_enrolment} e ON e.userid = d.userid AND e.versionid = d.versionid
               JOIN {local_sens_progversion} v ON v.id = d.versionid
              WHERE v.programme = :programme
           ORDER BY e.timecreated, e.id", ['programme' => $programme]);
        $decisions = [];
        foreach ($rows as $row) {
            $decisions[(int)$row->userid] = json_decode($row->decision, true);
        }
        return $decisions;
    }

    /**
     * Put the "member of the unit's group" condition on each gated activity and take ours off the others, keeping
     * every other condition as it is.
     *
     * @param int $courseid
     * @param array<string, \stdClass> $groups Our groups by unit id.
     * @param array<int, array<string, true>> $cmunits Gated units of each mapped activity.
     * @return int Number of activities changed.
     */
    private function sync_conditions(int $courseid, array $groups, array $cmunits): int {
        $ours = array_map(fn($g) => (int)$g->id, array_values($groups));
        $cms = $this->db->get_records('course_modules', ['course' => $courseid], 'id', 'id, availability');
        $changed = 0;
        foreach ($cms as $cm) {
            $target = [];
            foreach (array_keys($cmunits[(int)$cm->id] ?? []) as $unitid) {
                if (isset($groups[$unitid])) {
                    $target[] = (int)$groups[$unitid]->id;
                }
            }
            $availability = self::with_group_conditions($cm->availability, $target, $ours);
            if ($availability !== $cm->availability) {
                $this->db->set_field('course_modules', 'availability', $availability, ['id' => $cm->id]);
                $changed++;
            }
        }
        if ($changed) {
            rebuild_course_cache($courseid, true);
        }
        return $changed;
    }

    /**
     * An availability JSON with exactly the given group conditions among ours, shown greyed with their text
     * (showc true), every other condition kept.
     *
     * @param string|null $availability Current availability JSON.
     * @param int[] $target Group ids the activity must require.
     * @param int[] $ours All our group ids in the course.
     * @return string|null New availability JSON (the same string when nothing changes).
     */
    public static function with_group_conditions(?string $availability, array $target, array $ours): ?string {
        $tree = ($availability === null || $availability === '') ? null : json_decode($availability, true);
        $isours = fn($c) => ($c['type'] ?? '') === 'group' && in_array((int)($c['id'] ?? 0), $ours, true);
        $children = [];
        $showc = [];
        $present = [];
        if ($tree !== null && ($tree['op'] ?? '') === '&') {
            foreach ($tree['c'] ?? [] as $i => $child) {
                if ($isours($child)) {
                    if (!in_array((int)$child['id'], $target, true) || isset($present[(int)$child['id']])) {
                        continue;
                    }
                    $present[(int)$child['id']] = true;
                }
                $children[] = $child;
                $showc[] = (bool)($tree['showc'][$i] ?? true);
            }
        } else if ($tree !== null) {
            if (!$target) {
                return $availability;
            }
            // Another root operator (or, not-and...): keep it whole as one child of an "and" with ours.
            $show = isset($tree['showc']) ? !in_array(false, $tree['showc'], true) : (bool)($tree['show'] ?? true);
            unset($tree['show'], $tree['showc']);
            $children[] = $tree;
            $showc[] = $show;
        }
        foreach ($target as $groupid) {
            if (!isset($present[$groupid])) {
                $children[] = ['type' => 'group', 'id' => $groupid];
                $showc[] = true;
            }
        }
        if ($tree !== null && ($tree['op'] ?? '') === '&' && $children == ($tree['c'] ?? [])
                && $showc == ($tree['showc'] ?? [])) {
            return $availability;
        }
        if (!$children) {
            return null;
        }
        return json_encode(['op' => '&', 'c' => $children, 'showc' => $showc]);
    }
}
