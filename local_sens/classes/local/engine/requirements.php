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
 * Generated from rules-engine/src/core/requirements.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class requirements {
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
                $n = $n + (($constants[(int) ($m + 3)] ?? null)) * (runtime::floor($g * (exact::POINT) + 0.5));
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
        $below = $passmark !== null && ($grade === null || (runtime::floor($grade * (exact::POINT)
                + 0.5)) < (runtime::floor($passmark * (exact::POINT) + 0.5)));
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
}
