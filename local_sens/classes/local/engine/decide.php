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
 * Generated from rules-engine/src/core/decide.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class decide {
    /** @var array NOT_READY (generated) */
    public const NOT_READY = ['ready' => false, 'reason' => null];

    /** @var array NO_LOCK (generated) */
    public const NO_LOCK = ['ready' => true, 'reason' => null];

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
            $l = exact::lcm($l, exact::scaled($c['max'], exact::POINT));
        }
        $s = exact::scaled($req['scale'], exact::POINT);
        $g = exact::gcd($s, 10000 * $l);
        $out = [runtime::div((10000 * $l), $g), runtime::div($s, $g), exact::scaled($req['passMark'], exact::POINT)];
        foreach ($req['components'] as $c) {
            $out[] = exact::scaled($c['weight'], exact::PERCENT) * (runtime::div($l, exact::scaled($c['max'],
                    exact::POINT)));
        }
        return $out;
    }

    /**
     * Order of states used by the monotonicity property: a passing fact never lowers a unit's rank.
     *
     * @param string $s
     * @return int|float
     */
    public static function state_rank($s) {
        if ($s === 'validated' || $s === 'exempt') {
            return 3;
        }
        if ($s === 'in_progress') {
            return 2;
        }
        if ($s === 'open' || $s === 'barred') {
            return 1;
        }
        return 0;
    }

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
            return exact::scaled($grade, exact::POINT) * 10000 >= exact::scaled($passpercent,
                    exact::PERCENT) * exact::scaled($max, exact::POINT);
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
     * Generated from prepare().
     *
     * @param array $programme
     * @return array
     */
    public static function prepare($programme) {
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
            $thresholds[] = exact::scaled($rule['thresholdPercent'], exact::PERCENT);
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
            $minutes[] = exact::scaled($u['hours'] ?? 0, exact::MINUTE);
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
     * Why unit i is locked (parent locked, previous level not validated, a prerequisite missing), once its inputs are
     * known.
     *
     * @param array $ctx
     * @param int|float $i
     * @param array $locks
     * @param array $states
     * @return array
     */
    public static function try_lock($ctx, $i, $locks, $states) {
        $u = ($ctx['units'][$i] ?? null);
        $pi = $ctx['ix']['parent'][$i] ?? -1;
        if ($pi >= 0) {
            $parentlock = ($locks[$pi] ?? null);
            if (!$parentlock['ready']) {
                return self::NOT_READY;
            }
            if ($parentlock['reason'] !== null) {
                return ['ready' => true, 'reason' => ['code' => 'locked_by_parent', 'path' => ($ctx['ix']['paths'][$i]
                        ?? '/units/' . (is_int($i) ? (string) $i : runtime::to_string($i))),
                        'params' => ['unit' => $u['id'], 'parent' => $u['parent'] ?? '']]];
            }
            $parent = ($ctx['units'][$pi] ?? null);
            if (($parent['gating'] ?? 'none') === 'sequential') {
                $pos = $ctx['ix']['siblingPos'][$i] ?? -1;
                if ($pos > 0) {
                    $prev = ((($ctx['ix']['children'][$pi] ?? null))[(int) ($pos - 1)] ?? null);
                    $prevdecision = ($states[$prev] ?? null);
                    if ($prevdecision === null) {
                        return self::NOT_READY;
                    }
                    if (!((($prevdecision['state']) === 'validated' || ($prevdecision['state']) === 'exempt'))) {
                        return ['ready' => true, 'reason' => ['code' => 'locked_by_level',
                                'path' => ($ctx['ix']['paths'][$pi] ?? '/units/' . (is_int($pi) ? (string) $pi
                                : runtime::to_string($pi))) . '/gating', 'params' => ['unit' => $u['id'],
                                'previous' => $prevdecision['id'], 'previousState' => $prevdecision['state']]]];
                    }
                }
            }
        }
        $prereqs = $u['prerequisites'] ?? [];
        $prereqindexes = ($ctx['ix']['prereqs'][$i] ?? null);
        foreach ($prereqs as $k => $id) {
            $qi = $prereqindexes[$k] ?? -1;
            if ($qi >= 0) {
                $q = ($states[$qi] ?? null);
                if ($q === null) {
                    return self::NOT_READY;
                }
                if (!((($q['state']) === 'validated' || ($q['state']) === 'exempt'))) {
                    return ['ready' => true, 'reason' => ['code' => 'locked_by_prerequisite',
                            'path' => ($ctx['ix']['paths'][$i] ?? '/units/' . (is_int($i) ? (string) $i
                            : runtime::to_string($i))) . '/prerequisites/' . (is_int($k) ? (string) $k
                            : runtime::to_string($k)), 'params' => ['unit' => $u['id'], 'prerequisite' => $id,
                            'prerequisiteState' => $q['state']]]];
                }
            }
        }
        return self::NO_LOCK;
    }

    /**
     * Exemption of unit i: its own exemption, or a placement at a later level of the same gated parent.
     *
     * @param array $ctx
     * @param int|float $i
     * @return array|null
     */
    public static function exemption_of($ctx, $i) {
        $u = ($ctx['units'][$i] ?? null);
        $best = null;
        foreach ($ctx['exemptions'][$ctx['ix']['first'][$i] ?? -1] ?? [] as $e) {
            if (($best === null || strcmp($e['at'], $best['at']) < 0 || ($e['at'] === $best['at'] && strcmp($e['id'],
                    $best['id']) < 0))) {
                $best = $e;
            }
        }
        if ($best !== null) {
            return ['code' => 'exempt_by_exemption', 'path' => ($ctx['ix']['paths'][$i] ?? '/units/' . (is_int($i)
                    ? (string) $i : runtime::to_string($i))), 'params' => ['unit' => $u['id'],
                    'basis' => $best['basis'], 'by' => $best['by'], 'at' => $best['at']]];
        }
        if ($u['parent'] === null) {
            return null;
        }
        $pi = $ctx['ix']['parent'][$i] ?? -1;
        $parent = ($pi >= 0 ? ($ctx['units'][$pi] ?? null) : null);
        if ($parent === null || ($parent['gating'] ?? 'none') !== 'sequential') {
            return null;
        }
        $pos = $ctx['ix']['siblingPos'][$i] ?? -1;
        $placed = null;
        foreach ($ctx['placements'] as $p) {
            $qi = ((($ctx['ix']['unitAt'])[(($p['unit']))] ?? -1));
            $qpos = ($qi >= 0 && runtime::same(($ctx['ix']['parent'][$qi] ?? null), $pi)
                    ? $ctx['ix']['siblingPos'][$qi] ?? -1 : -1);
            if ($qpos > $pos && ($placed === null || strcmp($p['at'], $placed['at']) < 0 || ($p['at'] === $placed['at']
                    && strcmp($p['id'], $placed['id']) < 0))) {
                $placed = $p;
            }
        }
        if ($placed === null) {
            return null;
        }
        return ['code' => 'exempt_by_placement', 'path' => ($ctx['ix']['paths'][$i] ?? '/units/' . (is_int($i)
                ? (string) $i : runtime::to_string($i))), 'params' => ['unit' => $u['id'],
                'placedAt' => $placed['unit'], 'basis' => $placed['basis'], 'by' => $placed['by'],
                'at' => $placed['at']]];
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
                $absent = $absent + exact::scaled($a['hoursAbsent'], exact::MINUTE) - (($notcounted
                        ? exact::scaled($a['hoursJustified'] ?? 0, exact::MINUTE) : 0));
                $h = ($a['hours'] ?? null);
                if ($h !== null) {
                    $minutes = exact::scaled($h, exact::MINUTE);
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
        $limit = exact::scaled($rule['thresholdPercent'], exact::PERCENT);
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

    /**
     * Grade of a component in a session of the given attempt: the latest dated, the highest on the same day
     * (order-independent).
     *
     * @param array $ctx
     * @param int|float $i
     * @param string $component
     * @param string $session
     * @param int|float $attempt
     * @return int|float|null
     */
    public static function exam_grade($ctx, $i, $component, $session, $attempt) {
        $best = null;
        foreach ($ctx['exams'][$ctx['ix']['first'][$i] ?? -1] ?? [] as $e) {
            if ($e['component'] === $component && $e['session'] === $session && ($e['attempt'] ?? 1) == $attempt) {
                if ($best === null || strcmp($e['at'], $best['at']) > 0 || ($e['at'] === $best['at']
                        && $e['grade'] > $best['grade'])) {
                    $best = $e;
                }
            }
        }
        return ($best === null ? null : $best['grade']);
    }

    /**
     * The weighted average of one session, exactly: [missing count, shown average, passed (1/0), exact average shown
     * truncated]. With the constants prepared once (assessmentConstants): N = Σ coefficientᵢ × gradeᵢ (grades in
     * hundred-thousandths), and the average in hundred-thousandths of a point is ⌊numerator × N / denominator⌋, taken
     * by exact division (mulDiv). Without a rounding rule the exact average is compared with the pass mark and shown
     * truncated to five decimals (never above its value); with one, the average is rounded as the definition says.
     *
     * @param array $ctx
     * @param int|float $i
     * @param int|float $k
     * @param array $req
     * @param bool $resit
     * @param int|float $attempt
     * @param array $missing
     * @return array
     */
    public static function session_average($ctx, $i, $k, $req, $resit, $attempt, &$missing) {
        $constants = ((($ctx['ix']['assessments'][$i] ?? null))[$k] ?? null);
        $n = 0;
        foreach ($req['components'] as $m => $c) {
            $g = ($resit && $c['resit'] ? self::exam_grade($ctx, $i, $c['id'], 'resit', $attempt)
                    : self::exam_grade($ctx, $i, $c['id'], 'main', $attempt));
            if ($g === null) {
                $missing[] = $c['id'];
            } else {
                $n = $n + (($constants[(int) ($m + 3)] ?? null)) * exact::scaled($g, exact::POINT);
            }
        }
        $den = ($constants[0] ?? null);
        $qr = exact::mul_div(($constants[1] ?? null), $n, $den);
        $q = ($qr[0] ?? null);
        $exact = runtime::div($q, exact::POINT);
        $rounding = ($req['rounding'] ?? null);
        $passmark = ($constants[2] ?? null);
        if ($rounding === null) {
            return [count($missing), $exact, ($q >= $passmark ? 1 : 0), $exact];
        }
        $unit = exact::pow10(5 - $rounding['decimals']);
        $r = exact::round_to($q, ($qr[1] ?? null), $den, $unit, $rounding['mode']);
        return [count($missing), runtime::div($r, exact::pow10($rounding['decimals'])), ($r * $unit >= $passmark ? 1
                : 0), $exact];
    }

    /**
     * The programme's rounding, said next to the assessment's reason; null when the definition declares none.
     *
     * @param array $u
     * @param array $req
     * @param string $path
     * @param string $session
     * @param array $avg
     * @return array|null
     */
    public static function rounding_note($u, $req, $path, $session, $avg) {
        $rounding = ($req['rounding'] ?? null);
        if ($rounding === null) {
            return null;
        }
        return ['code' => 'assessment_rounded', 'path' => $path . '/rounding', 'params' => ['unit' => $u['id'],
                'session' => $session, 'exact' => ($avg[3] ?? null), 'average' => ($avg[1] ?? null),
                'decimals' => $rounding['decimals'], 'mode' => $rounding['mode']]];
    }

    /**
     * Generated from evalAssessment().
     *
     * @param array $ctx
     * @param int|float $i
     * @param int|float $k
     * @param array $req
     * @param string $path
     * @param array|null $barred
     * @return array
     */
    public static function eval_assessment($ctx, $i, $k, $req, $path, $barred) {
        $u = ($ctx['units'][$i] ?? null);
        $attempt = ($ctx['attempts'][$ctx['ix']['first'][$i] ?? -1] ?? 1);
        $mainmissing = [];
        $main = self::session_average($ctx, $i, $k, $req, false, $attempt, $mainmissing);
        $mainavg = ($main[1] ?? null);
        if ($barred === null) {
            if (count($mainmissing) > 0) {
                return ['status' => (count($mainmissing) < count($req['components']) ? 'progress' : 'pending'),
                        'reason' => ['code' => 'assessment_pending', 'path' => $path, 'params' => ['unit' => $u['id'],
                        'session' => 'main', 'missing' => $mainmissing]], 'note' => null];
            }
            if (runtime::same(($main[2] ?? null), 1)) {
                return ['status' => 'met', 'reason' => ['code' => 'assessment_passed', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'session' => 'main', 'average' => $mainavg,
                        'passMark' => $req['passMark'], 'scale' => $req['scale']]], 'note' => self::rounding_note($u,
                        $req, $path, 'main', $main)];
            }
            if (!$req['resit']) {
                return ['status' => 'failed', 'reason' => ['code' => 'assessment_failed', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'session' => 'main', 'average' => $mainavg,
                        'passMark' => $req['passMark'], 'scale' => $req['scale']]], 'note' => self::rounding_note($u,
                        $req, $path, 'main', $main)];
            }
        } else if (!$req['resit']) {
            return ['status' => 'failed', 'reason' => $barred, 'note' => null];
        }
        $resitmissing = [];
        $resit = self::session_average($ctx, $i, $k, $req, true, $attempt, $resitmissing);
        if (count($resitmissing) > 0) {
            if ($barred !== null) {
                return ['status' => 'barred', 'reason' => $barred, 'note' => null];
            }
            return ['status' => 'progress', 'reason' => ['code' => 'assessment_main_below', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'average' => $mainavg, 'passMark' => $req['passMark'],
                    'scale' => $req['scale']]], 'note' => self::rounding_note($u, $req, $path, 'main', $main)];
        }
        $resitavg = ($resit[1] ?? null);
        if (runtime::same(($resit[2] ?? null), 1)) {
            return ['status' => 'met', 'reason' => ['code' => 'assessment_passed', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'session' => 'resit', 'average' => $resitavg,
                    'passMark' => $req['passMark'], 'scale' => $req['scale']]], 'note' => self::rounding_note($u, $req,
                    $path, 'resit', $resit)];
        }
        return ['status' => 'failed', 'reason' => ['code' => 'assessment_failed', 'path' => $path,
                'params' => ['unit' => $u['id'], 'session' => 'resit', 'average' => $resitavg,
                'passMark' => $req['passMark'], 'scale' => $req['scale']]], 'note' => self::rounding_note($u, $req,
                $path, 'resit', $resit)];
    }

    /**
     * Distinct leads who signed an attestation: who recorded it and its co-signers whose signature counts (dated on or
     * before `limit`); the same person twice counts once.
     *
     * @param array $a
     * @param string $limit
     * @return int|float
     */
    public static function signers_of($a, $limit) {
        $names = [$a['by']];
        foreach ($a['cosignatures'] ?? [] as $c) {
            if ((!((strcmp(($c['at']), $limit) > 0))) && !(in_array($c['by'], $names, true))) {
                $names[] = $c['by'];
            }
        }
        return count($names);
    }

    /**
     * Generated from juryRank().
     *
     * @param string $d
     * @return int|float
     */
    public static function jury_rank($d) {
        return ($d === 'accepted' ? 2 : ($d === 'deferred' ? 1 : 0));
    }

    /**
     * Generated from evalJury().
     *
     * @param array $ctx
     * @param int|float $i
     * @param array $req
     * @param string $path
     * @return array
     */
    public static function eval_jury($ctx, $i, $req, $path) {
        $u = ($ctx['units'][$i] ?? null);
        $passmark = ($req['passMark'] ?? null);
        $best = null;
        $submissions = 0;
        foreach ($ctx['jury'][$ctx['ix']['first'][$i] ?? -1] ?? [] as $j) {
            if (($best === null || strcmp($j['at'], $best['at']) > 0 || ($j['at'] === $best['at']
                    && ((($j['decision']) === 'accepted' ? 2 : (($j['decision']) === 'deferred' ? 1
                    : 0))) > ((($best['decision']) === 'accepted' ? 2 : (($best['decision']) === 'deferred' ? 1
                    : 0)))))) {
                $best = $j;
            }
            if ($j['decision'] !== 'deferred') {
                $submissions = $submissions + 1;
            }
        }
        $grade = ($best === null ? null : ($best['grade'] ?? null));
        $below = $passmark !== null && ($grade === null || exact::scaled($grade,
                exact::POINT) < exact::scaled($passmark, exact::POINT));
        if ($best !== null && $best['decision'] === 'accepted' && !$below) {
            return ['status' => 'met', 'reason' => ['code' => 'jury_accepted', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'grade' => $grade ?? 0, 'by' => $best['by'],
                    'at' => $best['at']]], 'note' => null];
        }
        $late = null;
        foreach ($ctx['juryLate'][$ctx['ix']['first'][$i] ?? -1] ?? [] as $j) {
            if ($late === null || strcmp($j['at'], $late['at']) > 0 || ($j['at'] === $late['at']
                    && ((($j['decision']) === 'accepted' ? 2 : (($j['decision']) === 'deferred' ? 1
                    : 0))) > ((($late['decision']) === 'accepted' ? 2 : (($late['decision']) === 'deferred' ? 1
                    : 0))))) {
                $late = $j;
            }
        }
        if ($late !== null) {
            return ['status' => 'progress', 'note' => null, 'reason' => ['code' => 'jury_late', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'by' => $late['by'], 'at' => $late['at'],
                    'deadline' => $ctx['deadline'] ?? '']]];
        }
        if ($best === null) {
            return ['status' => 'pending', 'reason' => ['code' => 'jury_pending', 'path' => $path,
                    'params' => ['unit' => $u['id']]], 'note' => null];
        }
        if ($best['decision'] === 'deferred') {
            return ['status' => 'progress', 'reason' => ['code' => 'jury_deferred', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'by' => $best['by'], 'at' => $best['at']]], 'note' => null];
        }
        $maxsubmissions = ($req['maxSubmissions'] ?? null);
        if ($maxsubmissions !== null && $submissions >= $maxsubmissions) {
            return ['status' => 'failed', 'note' => null, 'reason' => ['code' => 'jury_submissions_exhausted',
                    'path' => $path . '/maxSubmissions', 'params' => ['unit' => $u['id'],
                    'submissions' => $submissions, 'max' => $maxsubmissions, 'by' => $best['by'],
                    'at' => $best['at']]]];
        }
        if ($best['decision'] === 'rejected') {
            return ['status' => 'progress', 'reason' => ['code' => 'jury_rejected', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'by' => $best['by'], 'at' => $best['at'],
                    'deadline' => $ctx['deadline'] ?? '—']], 'note' => null];
        }
        return ['status' => 'progress', 'note' => null, 'reason' => ['code' => 'jury_grade_below', 'path' => $path,
                'params' => ['unit' => $u['id'], 'grade' => $grade ?? 0, 'passMark' => $passmark ?? 0,
                'by' => $best['by'], 'at' => $best['at'], 'deadline' => $ctx['deadline'] ?? '—']]];
    }

    /**
     * Generated from evalRequirement().
     *
     * @param array $ctx
     * @param int|float $i
     * @param int|float $k
     * @param array $req
     * @param string $path
     * @param array $states
     * @param array|null $barred
     * @return array
     */
    public static function eval_requirement($ctx, $i, $k, $req, $path, $states, $barred) {
        $u = ($ctx['units'][$i] ?? null);
        if ($req['kind'] === 'all-of' || $req['kind'] === 'n-of') {
            $members = ((($ctx['ix']['members'][$i] ?? null))[$k] ?? null);
            $done = 0;
            $started = 0;
            $missing = [];
            $units = $ctx['units'];
            foreach ($members as $c) {
                $m = ($states[$c] ?? null);
                $s = ($m === null ? 'open' : $m['state']);
                if (($s === 'validated' || $s === 'exempt')) {
                    $done = $done + 1;
                } else {
                    $missing[] = (($units[$c] ?? null))['id'];
                    if ($s === 'in_progress' || $s === 'barred' || $s === 'failed') {
                        $started = $started + 1;
                    }
                }
            }
            $need = ($req['kind'] === 'n-of' ? $req['n'] : count($members));
            $progress = ($done > 0 || $started > 0 ? 'progress' : 'pending');
            if ($req['kind'] === 'n-of') {
                return ($done >= $need ? ['status' => 'met', 'reason' => ['code' => 'choice_met', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'validated' => $done, 'n' => $need]], 'note' => null]
                        : ['status' => $progress, 'reason' => ['code' => 'choice_pending', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'validated' => $done, 'n' => $need, 'options' => $missing]],
                        'note' => null]);
            }
            return ($done >= $need ? ['status' => 'met', 'reason' => ['code' => 'children_met', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'validated' => $done, 'total' => $need]], 'note' => null]
                    : ['status' => $progress, 'reason' => ['code' => 'children_pending', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'validated' => $done, 'total' => $need, 'missing' => $missing]],
                    'note' => null]);
        }
        if ($req['kind'] === 'activities') {
            $total = 0;
            $passed = 0;
            $attempted = 0;
            $missing = [];
            $slots = $ctx['programme']['slots'] ?? [];
            $slotkey = $ctx['ix']['slotKey'];
            $slotstate = $ctx['slotState'];
            foreach (($ctx['ix']['requiredSlots'][$i] ?? null) as $k2) {
                $key = $slotkey[$k2] ?? -1;
                $total = $total + 1;
                $state = $slotstate[$key] ?? 0;
                if ($state == 2) {
                    $passed = $passed + 1;
                } else {
                    $missing[] = (($slots[$k2] ?? null))['id'];
                    if ($state == 1) {
                        $attempted = $attempted + 1;
                    }
                }
            }
            if ($passed == $total) {
                return ['status' => 'met', 'reason' => ['code' => 'activities_met', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'passed' => $passed, 'total' => $total]], 'note' => null];
            }
            return ['status' => ($passed > 0 || $attempted > 0 ? 'progress' : 'pending'),
                    'reason' => ['code' => 'activities_pending', 'path' => $path, 'params' => ['unit' => $u['id'],
                    'passed' => $passed, 'total' => $total, 'missing' => $missing]], 'note' => null];
        }
        if ($req['kind'] === 'attestation') {
            $required = $req['signers'] ?? 1;
            $pass = null;
            $awaiting = null;
            $awaitingsigners = 0;
            $other = null;
            foreach ($ctx['attestations'][$ctx['ix']['first'][$i] ?? -1] ?? [] as $a) {
                if ($a['result'] === 'passed') {
                    $signers = ($required > 1 ? self::signers_of($a, $ctx['limit']) : 1);
                    if ($signers >= $required) {
                        if ($pass === null || strcmp($a['at'], $pass['at']) < 0 || ($a['at'] === $pass['at']
                                && strcmp($a['id'], $pass['id']) < 0)) {
                            $pass = $a;
                        }
                    } else if ($awaiting === null || strcmp($a['at'], $awaiting['at']) < 0
                            || ($a['at'] === $awaiting['at'] && strcmp($a['id'], $awaiting['id']) < 0)) {
                        $awaiting = $a;
                        $awaitingsigners = $signers;
                    }
                } else if ($other === null || strcmp($a['at'], $other['at']) > 0 || ($a['at'] === $other['at']
                        && strcmp($a['id'], $other['id']) > 0)) {
                    $other = $a;
                }
            }
            if ($pass !== null) {
                return ['status' => 'met', 'reason' => ['code' => 'attestation_passed', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'session' => $pass['session'], 'by' => $pass['by'],
                        'at' => $pass['at']]], 'note' => null];
            }
            if ($awaiting !== null) {
                return ['status' => 'progress', 'note' => null, 'reason' => ['code' => 'attestation_awaiting_cosign',
                        'path' => $path . '/signers', 'params' => ['unit' => $u['id'],
                        'session' => $awaiting['session'], 'by' => $awaiting['by'], 'at' => $awaiting['at'],
                        'signers' => $awaitingsigners, 'required' => $required]]];
            }
            if ($other !== null) {
                return ['status' => 'progress', 'reason' => ['code' => 'attestation_not_passed', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'session' => $other['session'], 'result' => $other['result'],
                        'by' => $other['by'], 'at' => $other['at']]], 'note' => null];
            }
            return ['status' => 'pending', 'reason' => ['code' => 'attestation_missing', 'path' => $path,
                    'params' => ['unit' => $u['id']]], 'note' => null];
        }
        if ($req['kind'] === 'assessment') {
            return self::eval_assessment($ctx, $i, $k, $req, $path, $barred);
        }
        return self::eval_jury($ctx, $i, $req, $path);
    }

    /**
     * The decision on unit i, or null while a unit it depends on is still undecided.
     *
     * @param array $ctx
     * @param int|float $i
     * @param array $lockstate
     * @param array $states
     * @return array|null
     */
    public static function try_state($ctx, $i, $lockstate, $states) {
        if (!$lockstate['ready']) {
            return null;
        }
        foreach (($ctx['ix']['members'][$i] ?? null) as $members) {
            foreach ($members as $c) {
                if ((($states[$c] ?? null)) === null) {
                    return null;
                }
            }
        }
        $u = ($ctx['units'][$i] ?? null);
        $path = ($ctx['ix']['paths'][$i] ?? '/units/' . (is_int($i) ? (string) $i : runtime::to_string($i)));
        $exempt = (count($ctx['placements']) == 0 && (($ctx['exemptions'][$ctx['ix']['first'][$i] ?? -1]
                ?? null)) === null ? null : self::exemption_of($ctx, $i));
        if ($exempt !== null) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'exempt', 'reasons' => ([$exempt])]);
        }
        $attendancenamed = count((($ctx['ix']['attendanceRules'][$i] ?? null))) > 0;
        $defaillant = ($attendancenamed ? self::attendance_hit($ctx, $i, 'defaillant') : null);
        if ($defaillant !== null) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'defaillant', 'reasons' => ([$defaillant])]);
        }
        if ($lockstate['reason'] !== null) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'locked', 'reasons' => ([$lockstate['reason']])]);
        }
        $barred = ($attendancenamed ? self::attendance_hit($ctx, $i, 'bar-main-session') : null);
        $reasons = [];
        $allmet = true;
        $anyfailed = false;
        $anybarred = false;
        $anyprogress = false;
        for ($k = 0; $k < count($u['requirements']); $k++) {
            $r = self::eval_requirement($ctx, $i, $k, ($u['requirements'][$k] ?? null),
                    ((($ctx['ix']['requirementPaths'][$i] ?? null))[$k] ?? null), $states, $barred);
            $reasons[] = $r['reason'];
            if ($r['note'] !== null) {
                $reasons[] = $r['note'];
            }
            if ($r['status'] !== 'met') {
                $allmet = false;
            }
            if ($r['status'] === 'failed') {
                $anyfailed = true;
            }
            if ($r['status'] === 'barred') {
                $anybarred = true;
            }
            if ($r['status'] === 'met' || $r['status'] === 'progress') {
                $anyprogress = true;
            }
        }
        if (count($u['requirements']) == 0 && $barred !== null) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'barred', 'reasons' => ([$barred])]);
        }
        if (count($u['requirements']) == 0) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'validated', 'reasons' => ([['code' => 'content_only', 'path' => $path
                    . '/requirements', 'params' => ['unit' => $u['id']]]])]);
        }
        if ($allmet) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'validated', 'reasons' => $reasons]);
        }
        if ($anyfailed) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'failed', 'reasons' => $reasons]);
        }
        if ($ctx['expired']) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'expired', 'reasons' => (array_merge([['code' => 'deadline_passed',
                    'path' => $ctx['deadlinePath'], 'params' => ['deadline' => $ctx['deadline'] ?? '',
                    'asOf' => $ctx['asOf']]]], $reasons))]);
        }
        if ($anybarred && $barred !== null) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'barred', 'reasons' => $reasons]);
        }
        return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                'state' => (($anyprogress ? 'in_progress' : 'open')), 'reasons' => $reasons]);
    }

    /**
     * Generated from nextStep().
     *
     * @param array $units
     * @param array $ctx
     * @return array|null
     */
    public static function next_step($units, $ctx) {
        $skip = array_fill(0, count($units), false);
        for ($j = 0; $j < count($units); $j++) {
            $reqs = (($ctx['units'][$j] ?? null))['requirements'];
            foreach ($reqs as $k => $req) {
                if ($req['kind'] === 'n-of') {
                    $members = ((($ctx['ix']['members'][$j] ?? null))[$k] ?? null);
                    $done = 0;
                    foreach ($members as $c) {
                        if (self::is_done((($units[$c] ?? null))['state'])) {
                            $done = $done + 1;
                        }
                    }
                    if ($done >= $req['n']) {
                        foreach ($members as $c) {
                            $skip[$c] = true;
                        }
                    }
                }
            }
        }
        foreach ($units as $j => $d) {
            if (!(($skip[$j] ?? false)) && $d['state'] === 'defaillant' && (($d['reasons'][0]
                    ?? null))['code'] === 'attendance_defaillant_unit') {
                return ['unit' => $d['id'], 'path' => $d['path'], 'reason' => ($d['reasons'][0] ?? null)];
            }
        }
        foreach ($units as $j => $d) {
            if (!(($skip[$j] ?? false)) && ($d['state'] === 'open' || $d['state'] === 'in_progress'
                    || $d['state'] === 'barred')) {
                foreach ($d['reasons'] as $r) {
                    if ($r['code'] === 'activities_pending' || $r['code'] === 'attestation_missing'
                            || $r['code'] === 'attestation_not_passed' || $r['code'] === 'attestation_awaiting_cosign'
                            || $r['code'] === 'assessment_pending' || $r['code'] === 'assessment_main_below'
                            || $r['code'] === 'jury_pending' || $r['code'] === 'jury_deferred'
                            || $r['code'] === 'jury_rejected' || $r['code'] === 'jury_grade_below'
                            || $r['code'] === 'attendance_barred') {
                        return ['unit' => $d['id'], 'path' => $d['path'], 'reason' => $r];
                    }
                }
            }
        }
        return null;
    }

    /**
     * The decision on one learner. `index` is prepare(programme), to build once when deciding many records on the same
     * programme; without it decide prepares it itself (same result).
     *
     * @param array $programme
     * @param array $record
     * @param string $asof
     * @param array|null $index
     * @return array
     */
    public static function decide($programme, $record, $asof, $index = null) {
        $ix = $index ?? self::prepare($programme);
        $months = ($programme['maxDurationMonths'] ?? null);
        $byduration = ($months === null ? null : dates::add_months($record['enrolment']['start'], $months));
        $validto = ($programme['validTo'] ?? null);
        $capped = ($programme['validToCapsDeadline'] ?? false) && $validto !== null && ($byduration === null
                || strcmp($validto, $byduration) < 0);
        $deadline = ($capped ? $validto : $byduration);
        $deadlinepath = ($capped ? '/validTo' : '/maxDurationMonths');
        $units = $programme['units'];
        $limit = ($deadline !== null && strcmp($deadline, $asof) < 0 ? $deadline : $asof);
        $slotstate = array_fill(0, count($ix['slotKey']), 0);
        $slotat = $ix['slotAt'];
        $unitat = $ix['unitAt'];
        $slotfacts = 0;
        foreach ($record['activities'] ?? [] as $a) {
            if ((!((strcmp(($a['at']), $limit) > 0)))) {
                $slotfacts = $slotfacts + 1;
                $si = ($slotat[($a['slot'])] ?? -1);
                if (self::slot_passed($programme, $si, $a)) {
                    if ($si >= 0) {
                        $slotstate[$si] = 2;
                    }
                } else if ($si >= 0 && runtime::same(($slotstate[$si] ?? null), 0)) {
                    $slotstate[$si] = 1;
                }
            }
        }
        $attestations = [];
        $attestationfacts = self::group_by_unit($record['attestations'] ?? [], $unitat, null, $limit, $attestations);
        $jury = [];
        $jurylate = [];
        $jurydecisions = $record['juryDecisions'] ?? [];
        $juryfacts = self::group_by_unit($jurydecisions, $unitat, null, $limit, $jury);
        if (strcmp($limit, $asof) < 0) {
            self::group_by_unit($jurydecisions, $unitat, $limit, $asof, $jurylate);
        }
        $exams = [];
        $examfacts = self::group_by_unit($record['exams'] ?? [], $unitat, null, $limit, $exams);
        $attempts = [];
        foreach ($record['exams'] ?? [] as $a) {
            $ui = ($unitat[($a['unit'])] ?? -1);
            $attempt = $a['attempt'] ?? 1;
            if ($ui >= 0 && $attempt > ($attempts[$ui] ?? 1) && (!((strcmp(($a['at']), $limit) > 0)))) {
                $attempts[$ui] = $attempt;
            }
        }
        foreach ($record['attendance'] ?? [] as $a) {
            $ui = ($unitat[($a['unit'])] ?? -1);
            $attempt = $a['attempt'] ?? 1;
            if ($ui >= 0 && $attempt > ($attempts[$ui] ?? 1)) {
                $attempts[$ui] = $attempt;
            }
        }
        $absent = [];
        $given = [];
        $justified = [];
        foreach ($record['attendance'] ?? [] as $a) {
            $ui = ($unitat[($a['unit'])] ?? -1);
            if ($ui >= 0 && ($a['attempt'] ?? 1) == ($attempts[$ui] ?? 1)) {
                $absent[$ui] = ($absent[$ui] ?? 0) + exact::scaled($a['hoursAbsent'], exact::MINUTE);
                $justified[$ui] = ($justified[$ui] ?? 0) + exact::scaled($a['hoursJustified'] ?? 0, exact::MINUTE);
                $h = ($a['hours'] ?? null);
                if ($h !== null) {
                    $given[$ui] = exact::scaled($h, exact::MINUTE);
                }
            }
        }
        $exemptions = [];
        $exemptionfacts = self::group_by_unit($record['exemptions'] ?? [], $unitat, null, $asof, $exemptions);
        $ctx0 = ['programme' => $programme, 'units' => $units, 'ix' => $ix, 'asOf' => $asof, 'deadline' => $deadline,
                'limit' => $limit, 'deadlinePath' => $deadlinepath, 'expired' => $deadline !== null && strcmp($asof,
                $deadline) > 0, 'slotState' => $slotstate, 'attestations' => $attestations, 'jury' => $jury,
                'juryLate' => $jurylate, 'attempts' => $attempts, 'absent' => $absent, 'given' => $given,
                'justified' => $justified, 'exams' => $exams, 'allAttendance' => $record['attendance'] ?? [],
                'placements' => array_values(array_filter(($record['placements'] ?? []), fn($a) => !((strcmp($a['at'],
                $asof) > 0)))), 'exemptions' => $exemptions];
        $locks = array_fill(0, count($units), self::NOT_READY);
        $states = array_fill(0, count($units), null);
        $known = 0;
        $pass = 0;
        $progress = true;
        while ($progress && $known < count($units) * 2 && $pass <= count($units) + 1) {
            $nowknown = 0;
            for ($i = 0; $i < count($units); $i++) {
                $l = ($locks[$i] ?? null);
                if (!$l['ready']) {
                    $l = self::try_lock($ctx0, $i, $locks, $states);
                    $locks[$i] = $l;
                }
                if ($l['ready']) {
                    $nowknown = $nowknown + 1;
                }
                if ((($states[$i] ?? null)) === null) {
                    $states[$i] = self::try_state($ctx0, $i, $l, $states);
                }
                if ((($states[$i] ?? null)) !== null) {
                    $nowknown = $nowknown + 1;
                }
            }
            $progress = $nowknown > $known;
            $known = $nowknown;
            $pass = $pass + 1;
        }
        $decisions = [];
        $defaillant = null;
        $barred = null;
        foreach ($units as $i => $u) {
            $d = $states[$i] ?? ['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'],
                    'path' => ($ctx0['ix']['paths'][$i] ?? '/units/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i))), 'state' => 'locked', 'reasons' => [['code' => 'locked_by_parent',
                    'path' => ($ctx0['ix']['paths'][$i] ?? '/units/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i))), 'params' => ['unit' => $u['id'], 'parent' => $u['parent'] ?? '']]]];
            $decisions[] = $d;
            if ($defaillant === null && $d['state'] === 'defaillant' && (($d['reasons'][0]
                    ?? null))['code'] === 'attendance_defaillant') {
                $defaillant = $d;
            }
            if ($barred === null && $d['state'] === 'barred') {
                $barred = $d;
            }
        }
        $cert = [];
        $validated = 0;
        $failed = null;
        foreach ($ix['certification'] as $ci) {
            $d = ($decisions[$ci] ?? null);
            $cert[] = $d;
            if ((($d['state']) === 'validated' || ($d['state']) === 'exempt')) {
                $validated = $validated + 1;
            }
            if ($failed === null && $d['state'] === 'failed') {
                $failed = $d;
            }
        }
        $dl = $deadline ?? '—';
        $code = 'in_progress';
        $reasons = [];
        $anyfact = $slotfacts + $attestationfacts + $juryfacts + $examfacts > 0;
        $attendancefacts = count(($record['attendance'] ?? []));
        if ($validated == count($cert)) {
            $code = 'certified';
            $reasons = [['code' => 'verdict_certified', 'path' => '/certification',
                    'params' => ['programme' => $programme['id'], 'version' => $programme['version']]]];
        } else if ($defaillant !== null) {
            $code = 'defaillant';
            $reasons = array_merge([['code' => 'verdict_defaillant', 'path' => $defaillant['path'],
                    'params' => ['unit' => $defaillant['id']]]], $defaillant['reasons']);
        } else if ($failed !== null) {
            $code = 'failed';
            $reasons = [['code' => 'verdict_failed', 'path' => $failed['path'], 'params' => ['unit' => $failed['id']]]];
        } else if ($ctx0['expired']) {
            $participation = $programme['certification']['participationAttestation'] && $anyfact;
            $code = ($participation ? 'participation' : 'expired');
            $reasons = ($participation ? [['code' => 'verdict_participation',
                    'path' => '/certification/participationAttestation', 'params' => ['validated' => $validated,
                    'total' => count($cert), 'deadline' => $dl]]] : [['code' => 'verdict_expired',
                    'path' => $deadlinepath, 'params' => ['deadline' => $dl]]]);
        } else if ($barred !== null) {
            $code = 'barred';
            $reasons = array_merge([['code' => 'verdict_barred', 'path' => $barred['path'],
                    'params' => ['unit' => $barred['id'], 'validated' => $validated, 'total' => count($cert),
                    'deadline' => $dl]]], $barred['reasons']);
        } else if (!$anyfact && $attendancefacts + count($ctx0['placements']) + $exemptionfacts == 0) {
            $code = 'not_started';
            $reasons = [['code' => 'verdict_not_started', 'path' => '/certification',
                    'params' => ['total' => count($cert), 'deadline' => $dl]]];
        } else {
            $reasons = [['code' => 'verdict_in_progress', 'path' => '/certification',
                    'params' => ['validated' => $validated, 'total' => count($cert), 'deadline' => $dl]]];
        }
        return ['programme' => ['id' => $programme['id'], 'version' => $programme['version']],
                'learner' => $record['learner'], 'asOf' => $asof, 'deadline' => $deadline,
                'verdict' => ['code' => $code, 'reasons' => $reasons], 'units' => $decisions,
                'next' => ($code === 'in_progress' || $code === 'not_started' || $code === 'barred'
                ? self::next_step($decisions, $ctx0) : null)];
    }
}
