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
 * Generated from rules-engine/src/core/record-facts.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class record_facts {
    /** @var array FACT_LISTS (generated) */
    public const FACT_LISTS = ['placements', 'exemptions', 'activities', 'attendance', 'attestations', 'juryDecisions',
            'exams'];

    /**
     * The facts of one of the record's lists (FACT_LISTS).
     *
     * @param array $r
     * @param string $list
     * @return array
     */
    public static function facts_of($r, $list) {
        switch (true) {
            case $list === 'placements':
                return $r['placements'] ?? [];
            case $list === 'exemptions':
                return $r['exemptions'] ?? [];
            case $list === 'activities':
                return $r['activities'] ?? [];
            case $list === 'attendance':
                return $r['attendance'] ?? [];
            case $list === 'attestations':
                return $r['attestations'] ?? [];
            case $list === 'juryDecisions':
                return $r['juryDecisions'] ?? [];
            default:
                return $r['exams'] ?? [];
        }
    }

    /**
     * Criteria of the jury requirements of a unit (what a jury decision on it may review).
     *
     * @param array $p
     * @param string $unit
     * @return array
     */
    public static function jury_criteria($p, $unit) {
        $known = [];
        $u = runtime::find($p['units'], fn($y) => $y['id'] === $unit) ?? null;
        foreach (($u === null ? [] : $u['requirements']) as $req) {
            if ($req['kind'] === 'jury') {
                foreach ($req['criteria'] ?? [] as $c) {
                    $known[] = $c['id'];
                }
            }
        }
        return $known;
    }

    /**
     * Checks of one fact at `path` (e.g. /activities/3): references, dates, and the values its kind constrains.
     *
     * @param array $out
     * @param array $p
     * @param array $known
     * @param string $list
     * @param array $fact
     * @param string $path
     * @return mixed
     */
    public static function check_fact(&$out, $p, $known, $list, $fact, $path) {
        switch (true) {
            case $list === 'placements':
                $x = $fact;
                validate_common::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                validate_common::check_date($out, $x['at'], $path . '/at');
                $bases = $known['bases'];
                if ($bases !== null && !(in_array($x['basis'], $bases, true))) {
                    $out[] = (['code' => 'unknown_placement_basis', 'path' => ($path . '/basis'),
                            'params' => (['basis' => $x['basis'], 'accepted' => implode(', ', $bases)])]);
                }
                break;
            case $list === 'exemptions':
                $x = $fact;
                validate_common::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                validate_common::check_date($out, $x['at'], $path . '/at');
                break;
            case $list === 'activities':
                $x = $fact;
                validate_common::check_ref($out, $known['slots'], $x['slot'], $path . '/slot', 'slot');
                validate_common::check_date($out, $x['at'], $path . '/at');
                $g = ($x['grade'] ?? null);
                $max = ($x['max'] ?? null);
                validate_common::check_number($out, $g, exact::POINT, '0.00001', exact::MAX_POINTS, $path . '/grade');
                validate_common::check_number($out, $max, exact::POINT, '0.00001', exact::MAX_POINTS, $path . '/max');
                if ($g !== null && $max !== null && $g > $max) {
                    $out[] = (['code' => 'grade_above_max', 'path' => ($path . '/grade'), 'params' => (['grade' => $g,
                            'max' => $max])]);
                }
                break;
            case $list === 'attendance':
                $x = $fact;
                validate_common::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                $h = ($x['hours'] ?? null);
                validate_common::check_number($out, $x['hoursAbsent'], exact::MINUTE, '1/60 h', exact::MAX_HOURS, $path
                        . '/hoursAbsent');
                validate_common::check_number($out, $h, exact::MINUTE, '1/60 h', exact::MAX_HOURS, $path . '/hours');
                if ($h !== null && $x['hoursAbsent'] > $h) {
                    $out[] = (['code' => 'absence_above_hours', 'path' => ($path . '/hoursAbsent'),
                            'params' => (['absent' => $x['hoursAbsent'], 'hours' => $h])]);
                }
                $j = ($x['hoursJustified'] ?? null);
                validate_common::check_number($out, $j, exact::MINUTE, '1/60 h', exact::MAX_HOURS, $path
                        . '/hoursJustified');
                if ($j !== null && $j > $x['hoursAbsent']) {
                    $out[] = (['code' => 'justified_above_absence', 'path' => ($path . '/hoursJustified'),
                            'params' => (['justified' => $j, 'absent' => $x['hoursAbsent']])]);
                }
                break;
            case $list === 'attestations':
                $x = $fact;
                validate_common::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                validate_common::check_ref($out, $known['sessions'], $x['session'], $path . '/session',
                        'workshop session');
                validate_common::check_date($out, $x['at'], $path . '/at');
                $cosignatures = $x['cosignatures'] ?? [];
                foreach ($cosignatures as $m => $c) {
                    $cp = $path . '/cosignatures/' . (is_int($m) ? (string) $m : runtime::to_string($m)) . '/at';
                    validate_common::check_date($out, $c['at'], $cp);
                    if (dates::is_valid_date($c['at']) && strcmp($c['at'], $x['at']) < 0) {
                        $out[] = (['code' => 'cosigned_before_attestation', 'path' => $cp,
                                'params' => (['at' => $c['at'], 'attested' => $x['at']])]);
                    }
                }
                break;
            case $list === 'juryDecisions':
                $x = $fact;
                validate_common::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                validate_common::check_date($out, $x['at'], $path . '/at');
                validate_common::check_number($out, ($x['grade'] ?? null), exact::POINT, '0.00001', exact::MAX_POINTS,
                        $path . '/grade');
                $reviewed = $x['criteria'] ?? [];
                $criteria = (count($reviewed) > 0 ? self::jury_criteria($p, $x['unit']) : []);
                for ($m = 0; $m < count($reviewed); $m++) {
                    validate_common::check_ref($out, $criteria, (($reviewed[$m] ?? null))['criterion'], $path
                            . '/criteria/' . (is_int($m) ? (string) $m : runtime::to_string($m)) . '/criterion',
                            'jury criterion');
                }
                break;
            default:
                $x = $fact;
                validate_common::check_date($out, $x['at'], $path . '/at');
                validate_common::check_number($out, $x['grade'], exact::POINT, '0.00001', exact::MAX_POINTS, $path
                        . '/grade');
                $u = runtime::find($p['units'], fn($y) => $y['id'] === $x['unit']) ?? null;
                if ($u === null) {
                    validate_common::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                } else {
                    $max = -1;
                    foreach ($u['requirements'] as $req) {
                        if ($req['kind'] === 'assessment') {
                            foreach ($req['components'] as $c) {
                                if ($c['id'] === $x['component']) {
                                    $max = $c['max'];
                                }
                            }
                        }
                    }
                    if ($max < 0) {
                        $out[] = (['code' => 'dangling_reference', 'path' => ($path . '/component'),
                                'params' => (['id' => $x['component'], 'kind' => 'assessment component'])]);
                    } else if ($x['grade'] > $max) {
                        $out[] = (['code' => 'grade_above_max', 'path' => ($path . '/grade'),
                                'params' => (['grade' => $x['grade'], 'max' => $max])]);
                    }
                }
        }
    }
}
