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
 * Generated from rules-engine/src/core/programme-index.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class programme_index {
    /**
     * An assessment's constants for its exact average: [denominator, scale numerator, pass mark in hundred-thousandths,
     * then per component weight (hundredths of a percent) × L / max (L the common multiple of the maxima)]. The average
     * in hundred-thousandths of a point is numerator × Σ coefficientᵢ × gradeᵢ / denominator, with scale / (10000 × L)
     * reduced (usually to 1 / 10000: scale 20, maxima 20), so that the product stays small.
     *
     * @param array $req
     * @return array
     */
    public static function assessment_constants($req) {
        $l = 1;
        foreach ($req['components'] as $c) {
            $l = exact::lcm($l, (runtime::floor(($c['max']) * (exact::POINT) + 0.5)));
        }
        $s = (runtime::floor(($req['scale']) * (exact::POINT) + 0.5));
        $g = exact::gcd($s, 10000 * $l);
        $out = [runtime::div((10000 * $l), $g), runtime::div($s, $g),
                (runtime::floor(($req['passMark']) * (exact::POINT) + 0.5))];
        foreach ($req['components'] as $c) {
            $out[] = (runtime::floor(($c['weight']) * (exact::PERCENT) + 0.5)) * (runtime::div($l,
                    (runtime::floor(($c['max']) * (exact::POINT) + 0.5))));
        }
        return $out;
    }

    /**
     * At's index for id, or -1 when absent. One expression, so the PHP generator inlines it (it runs for every fact).
     *
     * @param array $at
     * @param string $id
     * @return int|float
     */
    public static function index_of_id($at, $id) {
        return $at[$id] ?? -1;
    }

    /**
     * Members of an all-of / n-of requirement (non-optional children when not listed).
     *
     * @param array $units
     * @param array $unitat
     * @param array $children
     * @param array $req
     * @return array
     */
    public static function members_for($units, $unitat, $children, $req) {
        $out = [];
        if ($req['kind'] === 'n-of' || $req['kind'] === 'all-of') {
            $listed = ($req['units'] ?? null);
            if ($listed !== null) {
                foreach ($listed as $id) {
                    $c = ($unitat[$id] ?? -1);
                    if ($c >= 0) {
                        $out[] = $c;
                    }
                }
            } else {
                foreach ($children as $c) {
                    if (!(((($units[$c] ?? null))['optional'] ?? false))) {
                        $out[] = $c;
                    }
                }
            }
        }
        return $out;
    }

    /**
     * Generated from buildIndex().
     *
     * @param array $programme
     * @return array
     */
    public static function build_index($programme) {
        $units = $programme['units'];
        $slots = $programme['slots'] ?? [];
        $unitat = [];
        for ($i = 0; $i < count($units); $i++) {
            $key = (($units[$i] ?? null))['id'];
            if (($unitat[$key] ?? -1) < 0) {
                $unitat[$key] = $i;
            }
        }
        $slotat = [];
        $slotkey = [];
        for ($k = 0; $k < count($slots); $k++) {
            $key = (($slots[$k] ?? null))['id'];
            if (($slotat[$key] ?? -1) < 0) {
                $slotat[$key] = $k;
            }
            $slotkey[] = ($slotat[$key] ?? -1);
        }
        $parent = [];
        $siblingpos = [];
        $childrenbyfirst = array_fill(0, count($units), []);
        foreach ($units as $i => $u) {
            $pi = ($u['parent'] === null ? -1 : ($unitat[($u['parent'])] ?? -1));
            $parent[] = $pi;
            if ($pi >= 0) {
                $siblingpos[] = count((($childrenbyfirst[$pi] ?? null)));
                $childrenbyfirst[$pi][] = $i;
            } else {
                $siblingpos[] = -1;
            }
        }
        $slotsbyfirst = array_fill(0, count($units), []);
        foreach ($slots as $k => $s) {
            $ui = ($unitat[($s['unit'])] ?? -1);
            if ($s['required'] && $ui >= 0) {
                $slotsbyfirst[$ui][] = $k;
            }
        }
        $first = [];
        $children = [];
        $requiredslots = [];
        $prereqs = [];
        $members = [];
        $paths = [];
        $requirementpaths = [];
        $rules = $programme['attendance'] ?? [];
        $attendancerules = [];
        $assessments = [];
        $minutes = [];
        $thresholds = [];
        foreach ($rules as $rule) {
            $thresholds[] = (runtime::floor(($rule['thresholdPercent']) * (exact::PERCENT) + 0.5));
        }
        foreach ($units as $i => $u) {
            $fi = ($unitat[($u['id'])] ?? -1);
            $first[] = $fi;
            $kids = ($childrenbyfirst[$fi] ?? null);
            $children[] = $kids;
            $requiredslots[] = ($slotsbyfirst[$fi] ?? null);
            $unitprereqs = [];
            foreach ($u['prerequisites'] ?? [] as $id) {
                $unitprereqs[] = ($unitat[$id] ?? -1);
            }
            $prereqs[] = $unitprereqs;
            $path = '/units/' . (is_int($i) ? (string) $i : runtime::to_string($i));
            $paths[] = $path;
            $unitmembers = [];
            $unitrequirementpaths = [];
            $unitassessments = [];
            foreach ($u['requirements'] as $k => $req) {
                $unitmembers[] = self::members_for($units, $unitat, $kids, $req);
                $unitrequirementpaths[] = $path . '/requirements/' . (is_int($k) ? (string) $k
                        : runtime::to_string($k));
                $unitassessments[] = ($req['kind'] === 'assessment' ? self::assessment_constants($req) : []);
            }
            $members[] = $unitmembers;
            $assessments[] = $unitassessments;
            $minutes[] = (runtime::floor(($u['hours'] ?? 0) * (exact::MINUTE) + 0.5));
            $requirementpaths[] = $unitrequirementpaths;
            $rulesofunit = [];
            foreach ($rules as $k => $rule) {
                $targets = ($rule['targets'] ?? null);
                if (($targets === null ? in_array($u['id'], $rule['units'], true) : in_array($u['id'], $targets, true)
                        || ($rule['effect'] === 'defaillant' && $rule['scope'] === 'each-unit' && in_array($u['id'],
                        $rule['units'], true)))) {
                    $rulesofunit[] = $k;
                }
            }
            $attendancerules[] = $rulesofunit;
        }
        $topids = [];
        foreach ($units as $u) {
            if ($u['parent'] === null && !(($u['optional'] ?? false))) {
                $topids[] = $u['id'];
            }
        }
        $certids = $programme['certification']['units'] ?? $topids;
        $certification = [];
        for ($i = 0; $i < count($units); $i++) {
            if (in_array((($units[$i] ?? null))['id'], $certids, true)) {
                $certification[] = $i;
            }
        }
        return ['unitAt' => $unitat, 'slotAt' => $slotat, 'first' => $first, 'parent' => $parent,
                'children' => $children, 'siblingPos' => $siblingpos, 'prereqs' => $prereqs, 'members' => $members,
                'requiredSlots' => $requiredslots, 'slotKey' => $slotkey, 'paths' => $paths,
                'attendanceRules' => $attendancerules, 'requirementPaths' => $requirementpaths,
                'certification' => $certification, 'assessments' => $assessments, 'minutes' => $minutes,
                'thresholds' => $thresholds];
    }
}
