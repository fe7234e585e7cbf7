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
     * Indexes of a programme, built once and shared by every decision on it (programme-index.ts): give them to decide()
     * to decide many learners of one programme.
     *
     * @param array $programme
     * @return array
     */
    public static function prepare($programme) {
        return programme_index::build_index($programme);
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
                ?? null)) === null ? null : gating::exemption_of($ctx, $i));
        if ($exempt !== null) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'exempt', 'reasons' => ([$exempt])]);
        }
        $attendancenamed = count((($ctx['ix']['attendanceRules'][$i] ?? null))) > 0;
        $defaillant = ($attendancenamed ? attendance::attendance_hit($ctx, $i, 'defaillant') : null);
        if ($defaillant !== null) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'defaillant', 'reasons' => ([$defaillant])]);
        }
        if ($lockstate['reason'] !== null) {
            return (['id' => $u['id'], 'kind' => $u['kind'], 'title' => $u['title'], 'path' => $path,
                    'state' => 'locked', 'reasons' => ([$lockstate['reason']])]);
        }
        $barred = ($attendancenamed ? attendance::attendance_hit($ctx, $i, 'bar-main-session') : null);
        $reasons = [];
        $allmet = true;
        $anyfailed = false;
        $anybarred = false;
        $anyprogress = false;
        for ($k = 0; $k < count($u['requirements']); $k++) {
            $r = requirements::eval_requirement($ctx, $i, $k, ($u['requirements'][$k] ?? null),
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
                        if (decision_context::is_done((($units[$c] ?? null))['state'])) {
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
        $ix = $index ?? (programme_index::build_index($programme));
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
                if (decision_context::slot_passed($programme, $si, $a)) {
                    if ($si >= 0) {
                        $slotstate[$si] = 2;
                    }
                } else if ($si >= 0 && runtime::same(($slotstate[$si] ?? null), 0)) {
                    $slotstate[$si] = 1;
                }
            }
        }
        $attestations = [];
        $attestationfacts = decision_context::group_by_unit($record['attestations'] ?? [], $unitat, null, $limit,
                $attestations);
        $jury = [];
        $jurylate = [];
        $jurydecisions = $record['juryDecisions'] ?? [];
        $juryfacts = decision_context::group_by_unit($jurydecisions, $unitat, null, $limit, $jury);
        if (strcmp($limit, $asof) < 0) {
            decision_context::group_by_unit($jurydecisions, $unitat, $limit, $asof, $jurylate);
        }
        $exams = [];
        $examfacts = decision_context::group_by_unit($record['exams'] ?? [], $unitat, null, $limit, $exams);
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
                $absent[$ui] = ($absent[$ui] ?? 0) + (runtime::floor(($a['hoursAbsent']) * (exact::MINUTE) + 0.5));
                $justified[$ui] = ($justified[$ui] ?? 0) + (runtime::floor(($a['hoursJustified']
                        ?? 0) * (exact::MINUTE) + 0.5));
                $h = ($a['hours'] ?? null);
                if ($h !== null) {
                    $given[$ui] = (runtime::floor($h * (exact::MINUTE) + 0.5));
                }
            }
        }
        $exemptions = [];
        $exemptionfacts = decision_context::group_by_unit($record['exemptions'] ?? [], $unitat, null, $asof,
                $exemptions);
        $ctx0 = ['programme' => $programme, 'units' => $units, 'ix' => $ix, 'asOf' => $asof, 'deadline' => $deadline,
                'limit' => $limit, 'deadlinePath' => $deadlinepath, 'expired' => $deadline !== null && strcmp($asof,
                $deadline) > 0, 'slotState' => $slotstate, 'attestations' => $attestations, 'jury' => $jury,
                'juryLate' => $jurylate, 'attempts' => $attempts, 'absent' => $absent, 'given' => $given,
                'justified' => $justified, 'exams' => $exams, 'allAttendance' => $record['attendance'] ?? [],
                'placements' => array_values(array_filter(($record['placements'] ?? []), fn($a) => !((strcmp($a['at'],
                $asof) > 0)))), 'exemptions' => $exemptions];
        $locks = array_fill(0, count($units), gating::NOT_READY);
        $states = array_fill(0, count($units), null);
        $known = 0;
        $pass = 0;
        $progress = true;
        while ($progress && $known < count($units) * 2 && $pass <= count($units) + 1) {
            $nowknown = 0;
            for ($i = 0; $i < count($units); $i++) {
                $l = ($locks[$i] ?? null);
                if (!$l['ready']) {
                    $l = gating::try_lock($ctx0, $i, $locks, $states);
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
