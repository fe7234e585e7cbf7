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

namespace local_sens\local\engine;

/**
 * Generated from rules-engine/src/core/diff.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class diff {
    /** @var string NONE (generated) */
    public const NONE = '—';

    /**
     * Deep equality of decoded JSON: key order ignored, absent = null, numbers by value (PHP's 10 and 10.0).
     *
     * @param mixed $a
     * @param mixed $b
     * @return bool
     */
    public static function same_json($a, $b) {
        if ((is_int($a) || is_float($a)) && (is_int($b) || is_float($b))) {
            return $a == $b;
        }
        if ($a === null || $b === null || runtime::type_of($a) !== 'object' || runtime::type_of($b) !== 'object') {
            return $a === $b;
        }
        $alist = runtime::is_list($a);
        $blist = runtime::is_list($b);
        if ($alist && $blist) {
            $al = $a;
            $bl = $b;
            if (count($al) != count($bl)) {
                return false;
            }
            for ($i = 0; $i < count($al); $i++) {
                if (!(self::same_json(($al[$i] ?? null), ($bl[$i] ?? null)))) {
                    return false;
                }
            }
            return true;
        }
        if (($alist && count(($a)) > 0) || ($blist && count(($b)) > 0)) {
            return false;
        }
        $ao = $a;
        $bo = $b;
        $akeys = runtime::keys($ao);
        $bkeys = runtime::keys($bo);
        foreach ($akeys as $k) {
            if (!(self::same_json(($ao[$k] ?? null), ($bo[$k] ?? null)))) {
                return false;
            }
        }
        foreach ($bkeys as $k) {
            if ((($ao[$k] ?? null)) === null && (($bo[$k] ?? null)) !== null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Generated from orNone().
     *
     * @param null|string $v
     * @return string
     */
    public static function or_none($v) {
        return ($v === null ? self::NONE : $v);
    }

    /**
     * Generated from listText().
     *
     * @param array $ids
     * @return string
     */
    public static function list_text($ids) {
        return (count($ids) == 0 ? self::NONE : implode(', ', $ids));
    }

    /**
     * Generated from numberText().
     *
     * @param int|float|null $n
     * @return string
     */
    public static function number_text($n) {
        return ($n === null ? self::NONE : '' . (is_int($n) ? (string) $n : runtime::to_string($n)));
    }

    /**
     * Generated from findUnit().
     *
     * @param array $units
     * @param string $id
     * @return array|null
     */
    public static function find_unit($units, $id) {
        foreach ($units as $u) {
            if ($u['id'] === $id) {
                return $u;
            }
        }
        return null;
    }

    /**
     * Generated from findSlot().
     *
     * @param array $slots
     * @param string $id
     * @return array|null
     */
    public static function find_slot($slots, $id) {
        foreach ($slots as $s) {
            if ($s['id'] === $id) {
                return $s;
            }
        }
        return null;
    }

    /**
     * Generated from findRule().
     *
     * @param array $rules
     * @param string $id
     * @return array|null
     */
    public static function find_rule($rules, $id) {
        foreach ($rules as $r) {
            if ($r['id'] === $id) {
                return $r;
            }
        }
        return null;
    }

    /**
     * Changes from old to new that can change an enrolled learner's decision, in a stable order.
     *
     * @param array $old
     * @param array $next
     * @return array
     */
    public static function diff_programmes($old, $next) {
        $out = [];
        if ($old['id'] !== $next['id']) {
            $out[] = ['code' => 'change_programme_id', 'path' => '/id', 'params' => ['old' => $old['id'],
                    'new' => $next['id']]];
        }
        $oldmonths = ($old['maxDurationMonths'] ?? null);
        $newmonths = ($next['maxDurationMonths'] ?? null);
        if (!(self::same_json($oldmonths, $newmonths))) {
            $out[] = ['code' => 'change_max_duration', 'path' => '/maxDurationMonths',
                    'params' => ['old' => (($oldmonths === null ? self::NONE : '' . (is_int($oldmonths)
                    ? (string) $oldmonths : runtime::to_string($oldmonths)))), 'new' => (($newmonths === null
                    ? self::NONE : '' . (is_int($newmonths) ? (string) $newmonths : runtime::to_string($newmonths))))]];
        }
        $oldbases = $old['placementBases'] ?? [];
        $newbases = $next['placementBases'] ?? [];
        if (!(self::same_json($oldbases, $newbases))) {
            $out[] = ['code' => 'change_placement_bases', 'path' => '/placementBases',
                    'params' => ['old' => ((count($oldbases) == 0 ? self::NONE : implode(', ', $oldbases))),
                    'new' => ((count($newbases) == 0 ? self::NONE : implode(', ', $newbases)))]];
        }
        foreach ($old['units'] as $i => $u) {
            if (self::find_unit($next['units'], $u['id']) === null) {
                $out[] = ['code' => 'change_unit_removed', 'path' => '/units/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)), 'params' => ['unit' => $u['id']]];
            }
        }
        foreach ($next['units'] as $i => $u) {
            $path = '/units/' . (is_int($i) ? (string) $i : runtime::to_string($i));
            $was = self::find_unit($old['units'], $u['id']);
            $optional = $u['optional'] ?? false;
            if ($was === null) {
                $out[] = ($optional ? ['code' => 'change_unit_added_optional', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'parent' => ((($u['parent']) === null ? self::NONE
                        : ($u['parent'])))]] : ['code' => 'change_unit_added', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'parent' => ((($u['parent']) === null ? self::NONE
                        : ($u['parent'])))]]);
                continue;
            }
            if ($was['parent'] !== $u['parent']) {
                $out[] = ['code' => 'change_unit_moved', 'path' => $path . '/parent', 'params' => ['unit' => $u['id'],
                        'old' => ((($was['parent']) === null ? self::NONE : ($was['parent']))),
                        'new' => ((($u['parent']) === null ? self::NONE : ($u['parent'])))]];
            }
            $wasoptional = $was['optional'] ?? false;
            if ($wasoptional && !$optional) {
                $out[] = ['code' => 'change_unit_now_required', 'path' => $path . '/optional',
                        'params' => ['unit' => $u['id']]];
            } else if (!$wasoptional && $optional) {
                $out[] = ['code' => 'change_unit_now_optional', 'path' => $path . '/optional',
                        'params' => ['unit' => $u['id']]];
            }
            $washours = ($was['hours'] ?? null);
            $hours = ($u['hours'] ?? null);
            if (!(self::same_json($washours, $hours))) {
                $out[] = ['code' => 'change_unit_hours', 'path' => $path . '/hours', 'params' => ['unit' => $u['id'],
                        'old' => (($washours === null ? self::NONE : '' . (is_int($washours) ? (string) $washours
                        : runtime::to_string($washours)))), 'new' => (($hours === null ? self::NONE : ''
                        . (is_int($hours) ? (string) $hours : runtime::to_string($hours))))]];
            }
            $wasgating = $was['gating'] ?? 'none';
            $gating = $u['gating'] ?? 'none';
            if ($wasgating !== $gating) {
                $out[] = ['code' => 'change_gating', 'path' => $path . '/gating', 'params' => ['unit' => $u['id'],
                        'old' => $wasgating, 'new' => $gating]];
            }
            $wasprereqs = $was['prerequisites'] ?? [];
            $prereqs = $u['prerequisites'] ?? [];
            if (!(self::same_json($wasprereqs, $prereqs))) {
                $out[] = ['code' => 'change_prerequisites', 'path' => $path . '/prerequisites',
                        'params' => ['unit' => $u['id'], 'old' => ((count($wasprereqs) == 0 ? self::NONE
                        : implode(', ', $wasprereqs))), 'new' => ((count($prereqs) == 0 ? self::NONE : implode(', ',
                        $prereqs)))]];
            }
            if (!(self::same_json($was['requirements'], $u['requirements']))) {
                $out[] = ['code' => 'change_requirements', 'path' => $path . '/requirements',
                        'params' => ['unit' => $u['id']]];
            }
        }
        $oldslots = $old['slots'] ?? [];
        $newslots = $next['slots'] ?? [];
        foreach ($newslots as $i => $s) {
            $was = self::find_slot($oldslots, $s['id']);
            if ($was === null) {
                if ($s['required']) {
                    $out[] = ['code' => 'change_slot_added', 'path' => '/slots/' . (is_int($i) ? (string) $i
                            : runtime::to_string($i)), 'params' => ['slot' => $s['id'], 'unit' => $s['unit']]];
                }
            } else if ($was['unit'] !== $s['unit'] || $was['required'] !== $s['required']
                    || !(self::same_json(($was['passPercent'] ?? null), ($s['passPercent'] ?? null)))) {
                $out[] = ['code' => 'change_slot_changed', 'path' => '/slots/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)), 'params' => ['slot' => $s['id'], 'unit' => $s['unit']]];
            }
        }
        foreach ($oldslots as $i => $s) {
            if (self::find_slot($newslots, $s['id']) === null) {
                $out[] = ['code' => 'change_slot_removed', 'path' => '/slots/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)), 'params' => ['slot' => $s['id'], 'unit' => $s['unit']]];
            }
        }
        $oldrules = $old['attendance'] ?? [];
        $newrules = $next['attendance'] ?? [];
        foreach ($newrules as $i => $r) {
            $was = self::find_rule($oldrules, $r['id']);
            if ($was === null) {
                $out[] = ['code' => 'change_attendance_added', 'path' => '/attendance/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)), 'params' => ['rule' => $r['id']]];
            } else if (!(self::same_json($was, $r))) {
                $out[] = ['code' => 'change_attendance_changed', 'path' => '/attendance/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)), 'params' => ['rule' => $r['id']]];
            }
        }
        foreach ($oldrules as $i => $r) {
            if (self::find_rule($newrules, $r['id']) === null) {
                $out[] = ['code' => 'change_attendance_removed', 'path' => '/attendance/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)), 'params' => ['rule' => $r['id']]];
            }
        }
        if (!(self::same_json($old['certification'], $next['certification']))) {
            $out[] = ['code' => 'change_certification', 'path' => '/certification',
                    'params' => ['programme' => $next['id']]];
        }
        return $out;
    }

    /**
     * Generated from findDecision().
     *
     * @param array $units
     * @param string $id
     * @return array|null
     */
    public static function find_decision($units, $id) {
        foreach ($units as $d) {
            if ($d['id'] === $id) {
                return $d;
            }
        }
        return null;
    }

    /**
     * What changes for one learner between the decision under the old version and under the new one (same record, same
     * as-of date): verdict, deadline, and every unit whose state differs, appears or disappears.
     *
     * @param array $before
     * @param array $after
     * @return array
     */
    public static function diff_decisions($before, $after) {
        $out = [];
        $learner = $after['learner'];
        if ($before['verdict']['code'] !== $after['verdict']['code']) {
            $out[] = ['code' => 'change_learner_verdict', 'path' => '/certification',
                    'params' => ['learner' => $learner, 'old' => $before['verdict']['code'],
                    'new' => $after['verdict']['code']]];
        }
        if ($before['deadline'] !== $after['deadline']) {
            $out[] = ['code' => 'change_learner_deadline', 'path' => '/maxDurationMonths',
                    'params' => ['learner' => $learner, 'old' => ((($before['deadline']) === null ? self::NONE
                    : ($before['deadline']))), 'new' => ((($after['deadline']) === null ? self::NONE
                    : ($after['deadline'])))]];
        }
        foreach ($before['units'] as $d) {
            if (self::find_decision($after['units'], $d['id']) === null) {
                $out[] = ['code' => 'change_learner_unit_removed', 'path' => $d['path'],
                        'params' => ['learner' => $learner, 'unit' => $d['id'], 'old' => $d['state']]];
            }
        }
        foreach ($after['units'] as $d) {
            $was = self::find_decision($before['units'], $d['id']);
            if ($was === null) {
                $out[] = ['code' => 'change_learner_unit_added', 'path' => $d['path'],
                        'params' => ['learner' => $learner, 'unit' => $d['id'], 'new' => $d['state']]];
            } else if ($was['state'] !== $d['state']) {
                $out[] = ['code' => 'change_learner_state', 'path' => $d['path'], 'params' => ['learner' => $learner,
                        'unit' => $d['id'], 'old' => $was['state'], 'new' => $d['state']]];
            }
        }
        return $out;
    }
}
