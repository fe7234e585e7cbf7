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


namespace availability_sens\local;

/**
 * Edits availability JSON (the course_modules.availability column): puts exactly the SENS level conditions an
 * activity needs at the root, keeps every condition a teacher added, and takes SENS conditions off everywhere.
 * Pure functions on strings: no database, used by local_sens's gating, its upgrade step and both uninstalls.
 *
 * @package    availability_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class tree_editor {

    /** @var string Condition type of this plugin in availability JSON. */
    public const TYPE = 'sens';

    /**
     * The JSON of one SENS level condition.
     *
     * @param string $programme Programme id (e.g. du-cns).
     * @param string $unit Unit id in the programme (e.g. donnees.intermediaire).
     * @return array
     */
    public static function condition(string $programme, string $unit): array {
        return ['type' => self::TYPE, 'p' => $programme, 'u' => $unit];
    }

    /**
     * An availability JSON whose SENS conditions are exactly one per given unit (shown greyed with their text,
     * showc true), every other condition kept; legacy "member of group" conditions on the given groups (the hidden
     * per-level groups of the first gating) are taken off.
     *
     * @param string|null $availability Current availability JSON.
     * @param string $programme Programme of the units.
     * @param string[] $units Units the activity must require.
     * @param int[] $legacygroups Group ids whose conditions are removed.
     * @return string|null New availability JSON (the same string when nothing changes; null when nothing is left).
     */
    public static function with_levels(?string $availability, string $programme, array $units,
            array $legacygroups = []): ?string {
        $tree = ($availability === null || $availability === '') ? null : json_decode($availability, true);
        $isours = fn($c) => self::is_sens($c)
            || (($c['type'] ?? '') === 'group' && in_array((int)($c['id'] ?? 0), $legacygroups, true));
        $target = [];
        foreach (array_values(array_unique($units)) as $unit) {
            $target[$programme . "\n" . $unit] = self::condition($programme, $unit);
        }
        $children = [];
        $showc = [];
        $present = [];
        if (is_array($tree) && ($tree['op'] ?? '') === '&') {
            foreach ($tree['c'] ?? [] as $i => $child) {
                if ($isours($child)) {
                    $key = self::is_sens($child) ? ($child['p'] ?? '') . "\n" . ($child['u'] ?? '') : null;
                    if ($key === null || !isset($target[$key]) || isset($present[$key])) {
                        continue;
                    }
                    $present[$key] = true;
                }
                $children[] = $child;
                $showc[] = (bool)($tree['showc'][$i] ?? true);
            }
        } else if (is_array($tree)) {
            if (!$target && !self::contains_ours($tree, $isours)) {
                return $availability;
            }
            // Another root operator (or, not-and...): keep it whole as one child of an "and" with ours.
            $show = isset($tree['showc']) ? !in_array(false, $tree['showc'], true) : (bool)($tree['show'] ?? true);
            unset($tree['show'], $tree['showc']);
            $tree = self::without($tree, $isours);
            if ($tree !== null) {
                $children[] = $tree;
                $showc[] = $show;
            }
        } else if ($tree !== null) {
            // Not JSON Moodle could read: leave it to Moodle's own warning rather than guess.
            return $availability;
        }
        foreach ($target as $key => $condition) {
            if (!isset($present[$key])) {
                $children[] = $condition;
                $showc[] = true;
            }
        }
        $original = is_array($tree) && ($tree['op'] ?? '') === '&' ? $tree : null;
        if ($original !== null && $children == ($original['c'] ?? []) && $showc == ($original['showc'] ?? [])) {
            return $availability;
        }
        if (!$children) {
            return null;
        }
        return json_encode(['op' => '&', 'c' => $children, 'showc' => $showc], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }

    /**
     * The units among $units whose SENS level condition is not at the root of the availability JSON (in an "and"),
     * where with_levels() puts it.
     *
     * @param string|null $availability
     * @param string $programme
     * @param string[] $units
     * @return string[]
     */
    public static function missing_levels(?string $availability, string $programme, array $units): array {
        $tree = ($availability === null || $availability === '') ? null : json_decode($availability, true);
        $present = [];
        if (is_array($tree) && ($tree['op'] ?? '') === '&') {
            foreach ($tree['c'] ?? [] as $child) {
                if (self::is_sens($child) && ($child['p'] ?? '') === $programme) {
                    $present[(string)($child['u'] ?? '')] = true;
                }
            }
        }
        return array_values(array_filter($units, fn($unit) => !isset($present[$unit])));
    }

    /**
     * The availability JSON without any SENS condition, wherever it is in the tree (uninstall).
     *
     * @param string|null $availability
     * @return string|null The same string when there is none; null when nothing is left.
     */
    public static function without_levels(?string $availability): ?string {
        $tree = ($availability === null || $availability === '') ? null : json_decode($availability, true);
        if (!is_array($tree) || !self::contains_ours($tree, [self::class, 'is_sens'])) {
            return $availability;
        }
        $tree = self::without($tree, [self::class, 'is_sens']);
        return ($tree === null || !$tree['c']) ? null : json_encode($tree, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }

    /**
     * Takes every SENS condition off every activity and section of the site, one pass per course (uninstall).
     *
     * @return int Number of activities and sections changed.
     */
    public static function remove_everywhere(): int {
        global $DB;
        $changed = 0;
        $courses = [];
        $like = $DB->sql_like('availability', ':pattern');
        foreach (['course_modules', 'course_sections'] as $table) {
            $rows = $DB->get_recordset_select($table, $like, ['pattern' => '%"type":"' . self::TYPE . '"%'], '',
                'id, course, availability');
            foreach ($rows as $row) {
                $availability = self::without_levels($row->availability);
                if ($availability !== $row->availability) {
                    $DB->set_field($table, 'availability', $availability, ['id' => $row->id]);
                    $courses[(int)$row->course] = true;
                    $changed++;
                }
            }
            $rows->close();
        }
        foreach (array_keys($courses) as $courseid) {
            rebuild_course_cache($courseid, true);
        }
        return $changed;
    }

    /**
     * Whether a node of the tree is a SENS condition.
     *
     * @param mixed $node
     * @return bool
     */
    public static function is_sens($node): bool {
        return is_array($node) && ($node['type'] ?? '') === self::TYPE;
    }

    /**
     * Whether a subtree holds a condition matching $isours.
     *
     * @param array $tree
     * @param callable $isours
     * @return bool
     */
    private static function contains_ours(array $tree, callable $isours): bool {
        foreach ($tree['c'] ?? [] as $child) {
            if ($isours($child) || (is_array($child) && isset($child['c']) && self::contains_ours($child, $isours))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subtree without the conditions matching $isours; subtrees left empty are dropped (with their showc).
     *
     * @param array $tree
     * @param callable $isours
     * @return array|null Null when the subtree itself is left empty.
     */
    private static function without(array $tree, callable $isours): ?array {
        $children = [];
        $showc = [];
        foreach ($tree['c'] ?? [] as $i => $child) {
            if ($isours($child)) {
                continue;
            }
            if (is_array($child) && isset($child['c'])) {
                $child = self::without($child, $isours);
                if ($child === null) {
                    continue;
                }
            }
            $children[] = $child;
            if (isset($tree['showc'])) {
                $showc[] = (bool)($tree['showc'][$i] ?? true);
            }
        }
        if (!$children && ($tree['c'] ?? []) !== []) {
            return null;
        }
        $tree['c'] = $children;
        if (isset($tree['showc'])) {
            $tree['showc'] = $showc;
        }
        return $tree;
    }
}
