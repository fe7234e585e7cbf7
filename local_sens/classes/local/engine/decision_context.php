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
 * Generated from rules-engine/src/core/decision-context.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class decision_context {
    /**
     * Generated from isDone().
     *
     * @param string $s
     * @return bool
     */
    public static function is_done($s) {
        return $s === 'validated' || $s === 'exempt';
    }

    /**
     * A fact counts when dated on or before asOf and, when there is a deadline, on or before it: on or before `limit`.
     *
     * @param string $at
     * @param string $limit
     * @return bool
     */
    public static function counts($at, $limit) {
        return !((strcmp($at, $limit) > 0));
    }

    /**
     * Generated from slotPassed().
     *
     * @param array $programme
     * @param int|float $si
     * @param array $a
     * @return bool
     */
    public static function slot_passed($programme, $si, $a) {
        $passed = ($a['passed'] ?? null);
        if ($passed !== null) {
            return $passed;
        }
        $slot = ($si >= 0 ? (($programme['slots'] ?? [])[$si] ?? null) : null);
        $grade = ($a['grade'] ?? null);
        $max = ($a['max'] ?? null);
        $passpercent = ($slot === null ? null : ($slot['passPercent'] ?? null));
        if ($passpercent !== null && $grade !== null && $max !== null) {
            return (runtime::floor($grade * (exact::POINT)
                    + 0.5)) * 10000 >= (runtime::floor($passpercent * (exact::PERCENT)
                    + 0.5)) * (runtime::floor($max * (exact::POINT) + 0.5));
        }
        return $passpercent === null && $a['completed'];
    }

    /**
     * Generated from unitPath().
     *
     * @param array $ctx
     * @param int|float $i
     * @return string
     */
    public static function unit_path($ctx, $i) {
        return $ctx['ix']['paths'][$i] ?? '/units/' . (is_int($i) ? (string) $i : runtime::to_string($i));
    }

    /**
     * Generated from unitIndex().
     *
     * @param array $ctx
     * @param string $id
     * @return int|float
     */
    public static function unit_index($ctx, $id) {
        return (($ctx['ix']['unitAt'])[$id] ?? -1);
    }

    /**
     * The one grouping of a record's facts by unit: appends to `into[i]` (i the index of the fact's unit; a group
     * exists only for a unit with such facts, readers take a missing one as empty) every fact dated after `after`
     * (null: no lower bound) and on or before `upTo`, in record order. Returns how many facts are in that window, facts
     * naming an unknown unit included (they make the record started, though no unit counts them).
     *
     * @param array $facts
     * @param array $unitat
     * @param null|string $after
     * @param string $upto
     * @param array $into
     * @return int|float
     */
    public static function group_by_unit($facts, $unitat, $after, $upto, &$into) {
        $n = 0;
        foreach ($facts as $a) {
            if (!((strcmp($a['at'], $upto) > 0)) && ($after === null || strcmp($a['at'], $after) > 0)) {
                $n = $n + 1;
                $ui = ($unitat[($a['unit'])] ?? -1);
                if ($ui >= 0) {
                    if ((($into[$ui] ?? null)) === null) {
                        $into[$ui] = [$a];
                    } else {
                        $into[$ui][] = $a;
                    }
                }
            }
        }
        return $n;
    }

    /**
     * Built field by field: object spread is slow in V8's hot paths and this runs for every unit.
     *
     * @param array $u
     * @param string $path
     * @param string $state
     * @param array $reasons
     * @return array
     */
    public static function unit_decision($u, $path, $state, $reasons) {
        return ['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path, 'state' => $state,
                'reasons' => $reasons];
    }

    /**
     * The learner's latest attempt at unit i (attendance and exam facts; 1 when none says otherwise).
     *
     * @param array $ctx
     * @param int|float $i
     * @return int|float
     */
    public static function latest_attempt($ctx, $i) {
        return $ctx['attempts'][$ctx['ix']['first'][$i] ?? -1] ?? 1;
    }
}
