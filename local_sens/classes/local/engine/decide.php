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
     * Generated from round2().
     *
     * @param int|float $x
     * @return int|float
     */
    public static function round2($x) {
        return runtime::div(runtime::floor($x * 100 + 0.5), 100);
    }

    /**
     * A fact counts when dated on or before asOf and, when there is a deadline, on or before it.
     *
     * @param string $at
     * @param string $asof
     * @param null|string $deadline
     * @return bool
     */
    public static function counts($at, $asof, $deadline) {
        return !((strcmp($at, $asof) > 0)) && ($deadline === null || !((strcmp($at, $deadline) > 0)));
    }

    /**
     * Generated from slotPassed().
     *
     * @param array $programme
     * @param array $a
     * @return bool
     */
    public static function slot_passed($programme, $a) {
        $passed = ($a['passed'] ?? null) ?? null;
        if ($passed !== null) {
            return $passed;
        }
        $slot = runtime::find((($programme['slots'] ?? null) ?? []), fn($s) => $s['id'] === $a['slot']) ?? null;
        $grade = ($a['grade'] ?? null) ?? null;
        $max = ($a['max'] ?? null) ?? null;
        $passpercent = ($slot === null ? null : ($slot['passPercent'] ?? null) ?? null);
        if ($passpercent !== null && $grade !== null && $max !== null) {
            return $grade * 100 >= $passpercent * $max;
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
        return '/units/' . runtime::to_string($i);
    }

    /**
     * Generated from unitIndex().
     *
     * @param array $ctx
     * @param string $id
     * @return int|float
     */
    public static function unit_index($ctx, $id) {
        return runtime::index_of($ctx['ids'], $id);
    }

    /**
     * Generated from childrenOf().
     *
     * @param array $ctx
     * @param string $id
     * @return array
     */
    public static function children_of($ctx, $id) {
        $out = [];
        for ($i = 0; $i < count($ctx['units']); $i++) {
            $u = ($ctx['units'][(int) ($i)] ?? null);
            if ($u['parent'] === $id) {
                $out[] = $i;
            }
        }
        return $out;
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
     * Value for unit j in a pass: already recomputed in this pass (fresh) or from the previous pass (old).
     *
     * @param array $fresh
     * @param array $old
     * @param int|float $j
     * @return array
     */
    public static function lock_at($fresh, $old, $j) {
        return ($j < count($fresh) ? ($fresh[(int) ($j)] ?? null) : ($old[(int) ($j)] ?? null));
    }

    /**
     * Generated from stateAt().
     *
     * @param array $fresh
     * @param array $old
     * @param int|float $j
     * @return array|null
     */
    public static function state_at($fresh, $old, $j) {
        return ($j < count($fresh) ? ($fresh[(int) ($j)] ?? null) ?? null : ($old[(int) ($j)] ?? null) ?? null);
    }

    /**
     * Why unit i is locked (parent locked, previous level not validated, a prerequisite missing), once its inputs are
     * known.
     *
     * @param array $ctx
     * @param int|float $i
     * @param array $locks
     * @param array $oldlocks
     * @param array $states
     * @param array $oldstates
     * @return array
     */
    public static function try_lock($ctx, $i, $locks, $oldlocks, $states, $oldstates) {
        $u = ($ctx['units'][(int) ($i)] ?? null);
        $pi = ($u['parent'] === null ? -1 : self::unit_index($ctx, $u['parent']));
        if ($pi >= 0) {
            $parentlock = self::lock_at($locks, $oldlocks, $pi);
            if (!$parentlock['ready']) {
                return ['ready' => false, 'reason' => null];
            }
            if ($parentlock['reason'] !== null) {
                return ['ready' => true, 'reason' => ['code' => 'locked_by_parent', 'path' => self::unit_path($ctx,
                        $i), 'params' => ['unit' => $u['id'], 'parent' => $u['parent'] ?? '']]];
            }
            $parent = ($ctx['units'][(int) ($pi)] ?? null);
            if ((($parent['gating'] ?? null) ?? 'none') === 'sequential') {
                $siblings = self::children_of($ctx, $parent['id']);
                $pos = runtime::index_of($siblings, $i);
                if ($pos > 0) {
                    $prev = ($siblings[(int) ($pos - 1)] ?? null);
                    $prevdecision = self::state_at($states, $oldstates, $prev);
                    if ($prevdecision === null) {
                        return ['ready' => false, 'reason' => null];
                    }
                    if (!self::is_done($prevdecision['state'])) {
                        return ['ready' => true, 'reason' => ['code' => 'locked_by_level',
                                'path' => self::unit_path($ctx, $pi) . '/gating', 'params' => ['unit' => $u['id'],
                                'previous' => $prevdecision['id'], 'previousState' => $prevdecision['state']]]];
                    }
                }
            }
        }
        $prereqs = ($u['prerequisites'] ?? null) ?? [];
        for ($k = 0; $k < count($prereqs); $k++) {
            $id = ($prereqs[(int) ($k)] ?? null);
            $qi = self::unit_index($ctx, $id);
            if ($qi >= 0) {
                $q = self::state_at($states, $oldstates, $qi);
                if ($q === null) {
                    return ['ready' => false, 'reason' => null];
                }
                if (!self::is_done($q['state'])) {
                    return ['ready' => true, 'reason' => ['code' => 'locked_by_prerequisite',
                            'path' => self::unit_path($ctx, $i) . '/prerequisites/' . runtime::to_string($k),
                            'params' => ['unit' => $u['id'], 'prerequisite' => $id,
                            'prerequisiteState' => $q['state']]]];
                }
            }
        }
        return ['ready' => true, 'reason' => null];
    }

    /**
     * Exemption of unit i: its own exemption, or a placement at a later level of the same gated parent.
     *
     * @param array $ctx
     * @param int|float $i
     * @return array|null
     */
    public static function exemption_of($ctx, $i) {
        $u = ($ctx['units'][(int) ($i)] ?? null);
        $best = null;
        foreach ($ctx['exemptions'] as $e) {
            if ($e['unit'] === $u['id'] && ($best === null || strcmp($e['at'], $best['at']) < 0
                    || ($e['at'] === $best['at'] && strcmp($e['id'], $best['id']) < 0))) {
                $best = $e;
            }
        }
        if ($best !== null) {
            return ['code' => 'exempt_by_exemption', 'path' => self::unit_path($ctx, $i),
                    'params' => ['unit' => $u['id'], 'basis' => $best['basis'], 'by' => $best['by'],
                    'at' => $best['at']]];
        }
        if ($u['parent'] === null) {
            return null;
        }
        $pi = self::unit_index($ctx, $u['parent']);
        $parent = ($pi >= 0 ? ($ctx['units'][(int) ($pi)] ?? null) : null);
        if ($parent === null || (($parent['gating'] ?? null) ?? 'none') !== 'sequential') {
            return null;
        }
        $siblings = self::children_of($ctx, $parent['id']);
        $pos = runtime::index_of($siblings, $i);
        $placed = null;
        foreach ($ctx['placements'] as $p) {
            $qi = self::unit_index($ctx, $p['unit']);
            $qpos = runtime::index_of($siblings, $qi);
            if ($qpos > $pos && ($placed === null || strcmp($p['at'], $placed['at']) < 0 || ($p['at'] === $placed['at']
                    && strcmp($p['id'], $placed['id']) < 0))) {
                $placed = $p;
            }
        }
        if ($placed === null) {
            return null;
        }
        return ['code' => 'exempt_by_placement', 'path' => self::unit_path($ctx, $i), 'params' => ['unit' => $u['id'],
                'placedAt' => $placed['unit'], 'basis' => $placed['basis'], 'by' => $placed['by'],
                'at' => $placed['at']]];
    }

    /**
     * Generated from absenceOf().
     *
     * @param array $ctx
     * @param string $unitid
     * @return array
     */
    public static function absence_of($ctx, $unitid) {
        $u = ($ctx['units'][(int) (self::unit_index($ctx, $unitid))] ?? null) ?? null;
        $absent = 0;
        $hours = ($u === null ? 0 : ($u['hours'] ?? null) ?? 0);
        foreach ($ctx['attendance'] as $a) {
            if ($a['unit'] === $unitid) {
                $absent = $absent + $a['hoursAbsent'];
                $h = ($a['hours'] ?? null) ?? null;
                if ($h !== null) {
                    $hours = $h;
                }
            }
        }
        return [$absent, $hours];
    }

    /**
     * Generated from triggers().
     *
     * @param array $rule
     * @param int|float $absent
     * @param int|float $hours
     * @return bool
     */
    public static function triggers($rule, $absent, $hours) {
        if ($hours <= 0) {
            return false;
        }
        return ($rule['strict'] ? $absent * 100 > $rule['thresholdPercent'] * $hours
                : $absent * 100 >= $rule['thresholdPercent'] * $hours);
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
        $u = ($ctx['units'][(int) ($i)] ?? null);
        $rules = ($ctx['programme']['attendance'] ?? null) ?? [];
        for ($k = 0; $k < count($rules); $k++) {
            $rule = ($rules[(int) ($k)] ?? null);
            $targets = ($rule['targets'] ?? null) ?? null;
            $hit = false;
            $percent = 0;
            if (!($rule['effect'] !== $effect)) {
                if ($rule['scope'] === 'each-unit') {
                    foreach ($rule['units'] as $cu) {
                        $applies = ($targets === null ? $cu === $u['id'] : runtime::includes($targets, $u['id']));
                        if ($applies && !$hit) {
                            $ah = self::absence_of($ctx, $cu);
                            if (self::triggers($rule, ($ah[(int) (0)] ?? null), ($ah[(int) (1)] ?? null))) {
                                $hit = true;
                                $percent = self::round2(runtime::div((($ah[(int) (0)] ?? null)) * 100, (($ah[(int) (1)]
                                        ?? null))));
                            }
                        }
                    }
                } else {
                    $applies = ($targets === null ? runtime::includes($rule['units'], $u['id'])
                            : runtime::includes($targets, $u['id']));
                    if ($applies) {
                        $absent = 0;
                        $hours = 0;
                        foreach ($rule['units'] as $cu) {
                            $ah = self::absence_of($ctx, $cu);
                            $absent = $absent + (($ah[(int) (0)] ?? null));
                            $hours = $hours + (($ah[(int) (1)] ?? null));
                        }
                        if (self::triggers($rule, $absent, $hours)) {
                            $hit = true;
                            $percent = self::round2(runtime::div($absent * 100, $hours));
                        }
                    }
                }
            }
            if ($hit) {
                $params = ['unit' => $u['id'], 'rule' => $rule['id'], 'absentPercent' => $percent,
                        'limit' => $rule['thresholdPercent']];
                return ($effect === 'defaillant' ? ['code' => 'attendance_defaillant', 'path' => '/attendance/'
                        . runtime::to_string($k), 'params' => $params] : ['code' => 'attendance_barred',
                        'path' => '/attendance/' . runtime::to_string($k), 'params' => $params]);
            }
        }
        return null;
    }

    /**
     * Grade of a component in a session: the latest dated, the highest on the same day (order-independent).
     *
     * @param array $ctx
     * @param string $unitid
     * @param string $component
     * @param string $session
     * @return int|float|null
     */
    public static function exam_grade($ctx, $unitid, $component, $session) {
        $best = null;
        foreach ($ctx['exams'] as $e) {
            if ($e['unit'] === $unitid && $e['component'] === $component && $e['session'] === $session) {
                if ($best === null || strcmp($e['at'], $best['at']) > 0 || ($e['at'] === $best['at']
                        && $e['grade'] > $best['grade'])) {
                    $best = $e;
                }
            }
        }
        return ($best === null ? null : $best['grade']);
    }

    /**
     * Generated from evalAssessment().
     *
     * @param array $ctx
     * @param int|float $i
     * @param array $req
     * @param string $path
     * @param array|null $barred
     * @return array
     */
    public static function eval_assessment($ctx, $i, $req, $path, $barred) {
        $u = ($ctx['units'][(int) ($i)] ?? null);
        $mainsum = 0;
        $mainmissing = [];
        foreach ($req['components'] as $c) {
            $g = self::exam_grade($ctx, $u['id'], $c['id'], 'main');
            if ($g === null) {
                $mainmissing[] = $c['id'];
            } else {
                $mainsum = $mainsum + runtime::div((runtime::div($g, $c['max'])) * $req['scale'] * $c['weight'], 100);
            }
        }
        $mainavg = self::round2($mainsum);
        if ($barred === null) {
            if (count($mainmissing) > 0) {
                return ['status' => (count($mainmissing) < count($req['components']) ? 'progress' : 'pending'),
                        'reason' => ['code' => 'assessment_pending', 'path' => $path, 'params' => ['unit' => $u['id'],
                        'session' => 'main', 'missing' => runtime::join($mainmissing, ', ')]]];
            }
            if ($mainavg >= $req['passMark']) {
                return ['status' => 'met', 'reason' => ['code' => 'assessment_passed', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'session' => 'main', 'average' => $mainavg,
                        'passMark' => $req['passMark'], 'scale' => $req['scale']]]];
            }
            if (!$req['resit']) {
                return ['status' => 'failed', 'reason' => ['code' => 'assessment_failed', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'session' => 'main', 'average' => $mainavg,
                        'passMark' => $req['passMark'], 'scale' => $req['scale']]]];
            }
        } else if (!$req['resit']) {
            return ['status' => 'failed', 'reason' => $barred];
        }
        $resitsum = 0;
        $resitmissing = [];
        foreach ($req['components'] as $c) {
            $g = ($c['resit'] ? self::exam_grade($ctx, $u['id'], $c['id'], 'resit') : self::exam_grade($ctx, $u['id'],
                    $c['id'], 'main'));
            if ($g === null) {
                $resitmissing[] = $c['id'];
            } else {
                $resitsum = $resitsum + runtime::div((runtime::div($g, $c['max'])) * $req['scale'] * $c['weight'], 100);
            }
        }
        if (count($resitmissing) > 0) {
            if ($barred !== null) {
                return ['status' => 'barred', 'reason' => $barred];
            }
            return ['status' => 'progress', 'reason' => ['code' => 'assessment_main_below', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'average' => $mainavg, 'passMark' => $req['passMark'],
                    'scale' => $req['scale']]]];
        }
        $resitavg = self::round2($resitsum);
        if ($resitavg >= $req['passMark']) {
            return ['status' => 'met', 'reason' => ['code' => 'assessment_passed', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'session' => 'resit', 'average' => $resitavg,
                    'passMark' => $req['passMark'], 'scale' => $req['scale']]]];
        }
        return ['status' => 'failed', 'reason' => ['code' => 'assessment_failed', 'path' => $path,
                'params' => ['unit' => $u['id'], 'session' => 'resit', 'average' => $resitavg,
                'passMark' => $req['passMark'], 'scale' => $req['scale']]]];
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
        $u = ($ctx['units'][(int) ($i)] ?? null);
        $best = null;
        foreach ($ctx['jury'] as $j) {
            if ($j['unit'] === $u['id'] && ($best === null || strcmp($j['at'], $best['at']) > 0
                    || ($j['at'] === $best['at']
                    && self::jury_rank($j['decision']) > self::jury_rank($best['decision'])))) {
                $best = $j;
            }
        }
        if ($best === null) {
            return ['status' => 'pending', 'reason' => ['code' => 'jury_pending', 'path' => $path,
                    'params' => ['unit' => $u['id']]]];
        }
        if ($best['decision'] === 'rejected') {
            return ['status' => 'failed', 'reason' => ['code' => 'jury_rejected', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'by' => $best['by'], 'at' => $best['at']]]];
        }
        if ($best['decision'] === 'deferred') {
            return ['status' => 'progress', 'reason' => ['code' => 'jury_deferred', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'by' => $best['by'], 'at' => $best['at']]]];
        }
        $passmark = ($req['passMark'] ?? null) ?? null;
        $grade = ($best['grade'] ?? null) ?? null;
        if ($passmark !== null && ($grade === null || $grade < $passmark)) {
            return ['status' => 'failed', 'reason' => ['code' => 'jury_grade_below', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'grade' => $grade ?? 0, 'passMark' => $passmark,
                    'by' => $best['by'], 'at' => $best['at']]]];
        }
        return ['status' => 'met', 'reason' => ['code' => 'jury_accepted', 'path' => $path,
                'params' => ['unit' => $u['id'], 'grade' => $grade ?? 0, 'by' => $best['by'], 'at' => $best['at']]]];
    }

    /**
     * Generated from evalRequirement().
     *
     * @param array $ctx
     * @param int|float $i
     * @param array $req
     * @param string $path
     * @param array $states
     * @param array $oldstates
     * @param array|null $barred
     * @return array
     */
    public static function eval_requirement($ctx, $i, $req, $path, $states, $oldstates, $barred) {
        $u = ($ctx['units'][(int) ($i)] ?? null);
        if ($req['kind'] === 'all-of' || $req['kind'] === 'n-of') {
            $members = self::members_of($ctx, $u, $req);
            $done = 0;
            $started = 0;
            $missing = [];
            foreach ($members as $c) {
                $m = self::state_at($states, $oldstates, $c);
                $s = ($m === null ? 'open' : $m['state']);
                if (self::is_done($s)) {
                    $done = $done + 1;
                } else {
                    $missing[] = (($ctx['units'][(int) ($c)] ?? null))['id'];
                    if ($s === 'in_progress' || $s === 'barred' || $s === 'failed') {
                        $started = $started + 1;
                    }
                }
            }
            $need = ($req['kind'] === 'n-of' ? $req['n'] : count($members));
            $progress = ($done > 0 || $started > 0 ? 'progress' : 'pending');
            if ($req['kind'] === 'n-of') {
                return ($done >= $need ? ['status' => 'met', 'reason' => ['code' => 'choice_met', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'validated' => $done, 'n' => $need]]]
                        : ['status' => $progress, 'reason' => ['code' => 'choice_pending', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'validated' => $done, 'n' => $need,
                        'options' => runtime::join($missing, ', ')]]]);
            }
            return ($done >= $need ? ['status' => 'met', 'reason' => ['code' => 'children_met', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'validated' => $done, 'total' => $need]]]
                    : ['status' => $progress, 'reason' => ['code' => 'children_pending', 'path' => $path,
                    'params' => ['unit' => $u['id'], 'validated' => $done, 'total' => $need,
                    'missing' => runtime::join($missing, ', ')]]]);
        }
        if ($req['kind'] === 'activities') {
            $total = 0;
            $passed = 0;
            $attempted = 0;
            $missing = [];
            foreach (($ctx['programme']['slots'] ?? null) ?? [] as $s) {
                if ($s['unit'] === $u['id'] && $s['required']) {
                    $total = $total + 1;
                    if (runtime::includes($ctx['passedSlots'], $s['id'])) {
                        $passed = $passed + 1;
                    } else {
                        $missing[] = $s['id'];
                        if (runtime::includes($ctx['attemptedSlots'], $s['id'])) {
                            $attempted = $attempted + 1;
                        }
                    }
                }
            }
            if ($passed == $total) {
                return ['status' => 'met', 'reason' => ['code' => 'activities_met', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'passed' => $passed, 'total' => $total]]];
            }
            return ['status' => ($passed > 0 || $attempted > 0 ? 'progress' : 'pending'),
                    'reason' => ['code' => 'activities_pending', 'path' => $path, 'params' => ['unit' => $u['id'],
                    'passed' => $passed, 'total' => $total, 'missing' => runtime::join($missing, ', ')]]];
        }
        if ($req['kind'] === 'attestation') {
            $pass = null;
            $other = null;
            foreach ($ctx['attestations'] as $a) {
                if (!($a['unit'] !== $u['id'])) {
                    if ($a['result'] === 'passed') {
                        if ($pass === null || strcmp($a['at'], $pass['at']) < 0 || ($a['at'] === $pass['at']
                                && strcmp($a['id'], $pass['id']) < 0)) {
                            $pass = $a;
                        }
                    } else if ($other === null || strcmp($a['at'], $other['at']) > 0 || ($a['at'] === $other['at']
                            && strcmp($a['id'], $other['id']) > 0)) {
                        $other = $a;
                    }
                }
            }
            if ($pass !== null) {
                return ['status' => 'met', 'reason' => ['code' => 'attestation_passed', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'session' => $pass['session'], 'by' => $pass['by'],
                        'at' => $pass['at']]]];
            }
            if ($other !== null) {
                return ['status' => 'progress', 'reason' => ['code' => 'attestation_not_passed', 'path' => $path,
                        'params' => ['unit' => $u['id'], 'session' => $other['session'], 'result' => $other['result'],
                        'by' => $other['by'], 'at' => $other['at']]]];
            }
            return ['status' => 'pending', 'reason' => ['code' => 'attestation_missing', 'path' => $path,
                    'params' => ['unit' => $u['id']]]];
        }
        if ($req['kind'] === 'assessment') {
            return self::eval_assessment($ctx, $i, $req, $path, $barred);
        }
        return self::eval_jury($ctx, $i, $req, $path);
    }

    /**
     * Members of an all-of / n-of requirement (non-optional children when not listed).
     *
     * @param array $ctx
     * @param array $u
     * @param array $req
     * @return array
     */
    public static function members_of($ctx, $u, $req) {
        if ($req['kind'] === 'n-of') {
            return array_values(array_filter(array_map(fn($id) => self::unit_index($ctx, $id), $req['units']),
                    fn($c) => $c >= 0));
        }
        if ($req['kind'] === 'all-of') {
            $listed = ($req['units'] ?? null) ?? null;
            return ($listed === null ? array_values(array_filter(self::children_of($ctx, $u['id']),
                    fn($c) => !((((($ctx['units'][(int) ($c)] ?? null))['optional'] ?? null) ?? false))))
                    : array_values(array_filter(array_map(fn($id) => self::unit_index($ctx, $id), $listed),
                    fn($c) => $c >= 0)));
        }
        return [];
    }

    /**
     * The decision on unit i, or null while a unit it depends on is still undecided.
     *
     * @param array $ctx
     * @param int|float $i
     * @param array $lockstate
     * @param array $states
     * @param array $oldstates
     * @return array|null
     */
    public static function try_state($ctx, $i, $lockstate, $states, $oldstates) {
        $u = ($ctx['units'][(int) ($i)] ?? null);
        $path = self::unit_path($ctx, $i);
        if (!$lockstate['ready']) {
            return null;
        }
        foreach ($u['requirements'] as $req) {
            if (runtime::some(self::members_of($ctx, $u, $req), fn($c) => self::state_at($states, $oldstates,
                    $c) === null)) {
                return null;
            }
        }
        $exempt = self::exemption_of($ctx, $i);
        if ($exempt !== null) {
            return self::unit_decision($u, $path, 'exempt', [$exempt]);
        }
        $defaillant = self::attendance_hit($ctx, $i, 'defaillant');
        if ($defaillant !== null) {
            return self::unit_decision($u, $path, 'defaillant', [$defaillant]);
        }
        if ($lockstate['reason'] !== null) {
            return self::unit_decision($u, $path, 'locked', [$lockstate['reason']]);
        }
        $barred = self::attendance_hit($ctx, $i, 'bar-main-session');
        $reasons = [];
        $allmet = true;
        $anyfailed = false;
        $anybarred = false;
        $anyprogress = false;
        for ($k = 0; $k < count($u['requirements']); $k++) {
            $r = self::eval_requirement($ctx, $i, ($u['requirements'][(int) ($k)] ?? null), $path . '/requirements/'
                    . runtime::to_string($k), $states, $oldstates, $barred);
            $reasons[] = $r['reason'];
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
        if ($allmet) {
            return self::unit_decision($u, $path, 'validated', $reasons);
        }
        if ($anyfailed) {
            return self::unit_decision($u, $path, 'failed', $reasons);
        }
        if ($ctx['expired']) {
            return self::unit_decision($u, $path, 'expired', array_merge([['code' => 'deadline_passed',
                    'path' => '/maxDurationMonths', 'params' => ['deadline' => $ctx['deadline'] ?? '',
                    'asOf' => $ctx['asOf']]]], $reasons));
        }
        if ($anybarred && $barred !== null) {
            return self::unit_decision($u, $path, 'barred', $reasons);
        }
        return self::unit_decision($u, $path, ($anyprogress ? 'in_progress' : 'open'), $reasons);
    }

    /**
     * Generated from nextStep().
     *
     * @param array $units
     * @param array $ctx
     * @return array|null
     */
    public static function next_step($units, $ctx) {
        foreach ($units as $d) {
            if ($d['state'] === 'open' || $d['state'] === 'in_progress' || $d['state'] === 'barred') {
                foreach ($d['reasons'] as $r) {
                    if ($r['code'] === 'activities_pending' || $r['code'] === 'attestation_missing'
                            || $r['code'] === 'attestation_not_passed' || $r['code'] === 'assessment_pending'
                            || $r['code'] === 'assessment_main_below' || $r['code'] === 'jury_pending'
                            || $r['code'] === 'jury_deferred' || $r['code'] === 'attendance_barred') {
                        return ['unit' => $d['id'], 'path' => $d['path'], 'reason' => $r];
                    }
                }
            }
        }
        return null;
    }

    /**
     * Generated from decide().
     *
     * @param array $programme
     * @param array $record
     * @param string $asof
     * @return array
     */
    public static function decide($programme, $record, $asof) {
        $months = ($programme['maxDurationMonths'] ?? null) ?? null;
        $deadline = ($months === null ? null : dates::add_months($record['enrolment']['start'], $months));
        $units = $programme['units'];
        $passedslots = [];
        $attemptedslots = [];
        foreach (($record['activities'] ?? null) ?? [] as $a) {
            if (self::counts($a['at'], $asof, $deadline)) {
                if (self::slot_passed($programme, $a)) {
                    $passedslots[] = $a['slot'];
                } else {
                    $attemptedslots[] = $a['slot'];
                }
            }
        }
        $ctx0 = ['programme' => $programme, 'units' => $units, 'ids' => array_map(fn($u) => $u['id'], $units),
                'asOf' => $asof, 'deadline' => $deadline, 'expired' => $deadline !== null && strcmp($asof,
                $deadline) > 0, 'passedSlots' => $passedslots, 'attemptedSlots' => $attemptedslots,
                'attestations' => array_values(array_filter((($record['attestations'] ?? null) ?? []),
                fn($a) => self::counts($a['at'], $asof, $deadline))),
                'jury' => array_values(array_filter((($record['juryDecisions'] ?? null) ?? []),
                fn($a) => self::counts($a['at'], $asof, $deadline))),
                'exams' => array_values(array_filter((($record['exams'] ?? null) ?? []),
                fn($a) => self::counts($a['at'], $asof, $deadline))), 'attendance' => ($record['attendance'] ?? null)
                ?? [], 'placements' => array_values(array_filter((($record['placements'] ?? null) ?? []),
                fn($a) => !((strcmp($a['at'], $asof) > 0)))),
                'exemptions' => array_values(array_filter((($record['exemptions'] ?? null) ?? []),
                fn($a) => !((strcmp($a['at'], $asof) > 0))))];
        $locks = array_map(fn() => (['ready' => false, 'reason' => null]), $units);
        $states = array_map(fn() => null, $units);
        $known = 0;
        $pass = 0;
        $progress = true;
        while ($progress && $known < count($units) * 2 && $pass <= count($units) + 1) {
            $newlocks = [];
            $newstates = [];
            for ($i = 0; $i < count($units); $i++) {
                $l = ((($locks[(int) ($i)] ?? null))['ready'] ? ($locks[(int) ($i)] ?? null) : self::try_lock($ctx0,
                        $i, $newlocks, $locks, $newstates, $states));
                $newlocks[] = $l;
                $newstates[] = (($states[(int) ($i)] ?? null) !== null ? ($states[(int) ($i)] ?? null) ?? null
                        : self::try_state($ctx0, $i, $l, $newstates, $states));
            }
            $nowknown = count(array_values(array_filter($newlocks,
                    fn($l) => $l['ready']))) + count(array_values(array_filter($newstates, fn($d) => $d !== null)));
            $progress = $nowknown > $known;
            $known = $nowknown;
            $locks = $newlocks;
            $states = $newstates;
            $pass = $pass + 1;
        }
        $decisions = array_map(fn($u, $i) => ($states[(int) ($i)] ?? null) ?? ['id' => $u['id'], 'kind' => $u['kind'],
                'title' => $u['title'], 'path' => self::unit_path($ctx0, $i), 'state' => 'locked',
                'reasons' => [['code' => 'locked_by_parent', 'path' => self::unit_path($ctx0, $i),
                'params' => ['unit' => $u['id'], 'parent' => $u['parent'] ?? '']]]], $units, array_keys($units));
        $certids = ($programme['certification']['units'] ?? null) ?? array_map(fn($u) => $u['id'],
                array_values(array_filter($units, fn($u) => $u['parent'] === null && !((($u['optional'] ?? null)
                ?? false)))));
        $cert = array_values(array_filter($decisions, fn($d) => runtime::includes($certids, $d['id'])));
        $validated = count(array_values(array_filter($cert, fn($d) => self::is_done($d['state']))));
        $dl = $deadline ?? '—';
        $code = 'in_progress';
        $reasons = [];
        $defaillant = runtime::find($decisions, fn($d) => $d['state'] === 'defaillant') ?? null;
        $failed = runtime::find($cert, fn($d) => $d['state'] === 'failed') ?? null;
        $anyfact = count($passedslots) + count($attemptedslots) + count($ctx0['attestations']) + count($ctx0['jury']) + count($ctx0['exams']) > 0;
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
                    'path' => '/maxDurationMonths', 'params' => ['deadline' => $dl]]]);
        } else if (!$anyfact && count($ctx0['placements']) + count($ctx0['exemptions']) == 0) {
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
                'next' => ($code === 'in_progress' || $code === 'not_started' ? self::next_step($decisions, $ctx0)
                : null)];
    }
}
