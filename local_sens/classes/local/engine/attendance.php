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
 * Generated from rules-engine/src/core/attendance.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class attendance {
    /**
     * [minutes absent that the rule counts, minutes of the unit] in the learner's latest attempt at the unit, as whole
     * minutes: a rule whose justified is not-counted leaves the justified minutes out.
     *
     * @param array $ctx
     * @param array $rule
     * @param string $unitid
     * @return array
     */
    public static function absence_of($ctx, $rule, $unitid) {
        $notcounted = ($rule['justified'] ?? 'counted') === 'not-counted';
        $ui = ((($ctx['ix']['unitAt'])[$unitid] ?? -1));
        if ($ui >= 0) {
            $all = $ctx['absent'][$ui] ?? 0;
            return [($notcounted ? $all - ($ctx['justified'][$ui] ?? 0) : $all), $ctx['given'][$ui]
                    ?? ($ctx['ix']['minutes'][$ui] ?? null) ?? 0];
        }
        $absent = 0;
        $minutes = 0;
        foreach ($ctx['allAttendance'] as $a) {
            if ($a['unit'] === $unitid && ($a['attempt'] ?? 1) == 1) {
                $absent = $absent + (runtime::floor(($a['hoursAbsent']) * (exact::MINUTE) + 0.5)) - (($notcounted
                        ? (runtime::floor(($a['hoursJustified'] ?? 0) * (exact::MINUTE) + 0.5)) : 0));
                $h = ($a['hours'] ?? null);
                if ($h !== null) {
                    $minutes = (runtime::floor($h * (exact::MINUTE) + 0.5));
                }
            }
        }
        return [$absent, $minutes];
    }

    /**
     * Absent / total against the rule's threshold (hundredths of a percent), on integers: absent × 10000 > threshold ×
     * total (or >=).
     *
     * @param array $rule
     * @param int|float $threshold
     * @param int|float $absent
     * @param int|float $total
     * @return bool
     */
    public static function triggers($rule, $threshold, $absent, $total) {
        if ($total <= 0) {
            return false;
        }
        $lhs = $absent * 10000;
        $rhs = $threshold * $total;
        return ($rule['strict'] ? $lhs > $rhs : $lhs >= $rhs);
    }

    /**
     * Absent / total as a percent to the hundredth, rounded to the nearest (ties up) — except that a share above the
     * limit never reads as the limit itself (20.003 % over a 20 % limit shows 20.01 %).
     *
     * @param array $rule
     * @param int|float $absent
     * @param int|float $total
     * @return int|float
     */
    public static function percent_shown($rule, $absent, $total) {
        $qr = exact::mul_div($absent, 10000, $total);
        $q = ($qr[0] ?? null);
        $rem = ($qr[1] ?? null);
        $shown = (2 * $rem >= $total ? $q + 1 : $q);
        $limit = (runtime::floor(($rule['thresholdPercent']) * (exact::PERCENT) + 0.5));
        if ($shown == $limit && ($q > $limit || $rem > 0)) {
            $shown = $limit + 1;
        }
        return $shown / 100;
    }

    /**
     * Attendance rules that hit unit u with the given effect; the first one in programme order.
     *
     * @param array $ctx
     * @param int|float $i
     * @param string $effect
     * @return array|null
     */
    public static function attendance_hit($ctx, $i, $effect) {
        $u = ($ctx['units'][$i] ?? null);
        $rules = $ctx['programme']['attendance'] ?? [];
        foreach (($ctx['ix']['attendanceRules'][$i] ?? null) as $k) {
            $rule = ($rules[$k] ?? null);
            $targets = ($rule['targets'] ?? null);
            $hit = false;
            $percent = 0;
            if (!($rule['effect'] !== $effect)) {
                if ($rule['scope'] === 'each-unit' && ($targets === null || !(in_array($u['id'], $targets, true)))) {
                    $ah = self::absence_of($ctx, $rule, $u['id']);
                    if (self::triggers($rule, ($ctx['ix']['thresholds'][$k] ?? null), ($ah[0] ?? null), ($ah[1]
                            ?? null))) {
                        $hit = true;
                        $percent = self::percent_shown($rule, ($ah[0] ?? null), ($ah[1] ?? null));
                    }
                } else if ($rule['scope'] === 'each-unit') {
                    foreach ($rule['units'] as $cu) {
                        if (!$hit) {
                            $ah = self::absence_of($ctx, $rule, $cu);
                            if (self::triggers($rule, ($ctx['ix']['thresholds'][$k] ?? null), ($ah[0] ?? null), ($ah[1]
                                    ?? null))) {
                                $hit = true;
                                $percent = self::percent_shown($rule, ($ah[0] ?? null), ($ah[1] ?? null));
                            }
                        }
                    }
                } else {
                    $absent = 0;
                    $total = 0;
                    foreach ($rule['units'] as $cu) {
                        $ah = self::absence_of($ctx, $rule, $cu);
                        $absent = $absent + (($ah[0] ?? null));
                        $total = $total + (($ah[1] ?? null));
                    }
                    if (self::triggers($rule, ($ctx['ix']['thresholds'][$k] ?? null), $absent, $total)) {
                        $hit = true;
                        $percent = self::percent_shown($rule, $absent, $total);
                    }
                }
            }
            if ($hit) {
                $params = ['unit' => $u['id'], 'rule' => $rule['id'], 'absentPercent' => $percent,
                        'limit' => $rule['thresholdPercent']];
                if ($effect !== 'defaillant') {
                    return ['code' => 'attendance_barred', 'path' => '/attendance/' . (is_int($k) ? (string) $k
                            : runtime::to_string($k)), 'params' => $params];
                }
                return (($rule['redo'] ?? 'programme') === 'unit' ? ['code' => 'attendance_defaillant_unit',
                        'path' => '/attendance/' . (is_int($k) ? (string) $k : runtime::to_string($k)),
                        'params' => $params] : ['code' => 'attendance_defaillant', 'path' => '/attendance/'
                        . (is_int($k) ? (string) $k : runtime::to_string($k)), 'params' => $params]);
            }
        }
        return null;
    }
}
