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
 * Generated from rules-engine/src/core/validate.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class validate {
    /**
     * Generated from err().
     *
     * @param string $code
     * @param string $path
     * @param array $params
     * @return array
     */
    public static function err($code, $path, $params) {
        return ['code' => $code, 'path' => $path, 'params' => $params];
    }

    /**
     * Generated from checkDate().
     *
     * @param array $out
     * @param null|string $value
     * @param string $path
     * @return mixed
     */
    public static function check_date(&$out, $value, $path) {
        if ($value !== null && !dates::is_valid_date($value)) {
            $out[] = (['code' => 'invalid_date', 'path' => $path, 'params' => (['value' => $value])]);
        }
    }

    /**
     * Duplicate ids in a collection: each later duplicate is reported at its own path.
     *
     * @param array $out
     * @param array $ids
     * @param string $path
     * @return mixed
     */
    public static function check_unique(&$out, $ids, $path) {
        foreach ($ids as $i => $id) {
            if (runtime::index_of($ids, $id) < $i) {
                $out[] = (['code' => 'duplicate_id', 'path' => ($path . '/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/id'), 'params' => (['id' => $id, 'first' => $path . '/'
                        . runtime::to_string(runtime::index_of($ids, $id))])]);
            }
        }
    }

    /**
     * Generated from checkRef().
     *
     * @param array $out
     * @param array $known
     * @param string $id
     * @param string $path
     * @param string $kind
     * @return mixed
     */
    public static function check_ref(&$out, $known, $id, $path, $kind) {
        if (!(in_array($id, $known, true))) {
            $out[] = (['code' => 'dangling_reference', 'path' => $path, 'params' => (['id' => $id, 'kind' => $kind])]);
        }
    }

    /**
     * A cycle of prerequisites through unit `start` that only passes through units after it in programme order (so each
     * cycle is found once, from its first unit): the units on it in prerequisite order, or [] when there is none.
     * Depth-first with an explicit stack (no recursion); each unit is entered at most once per start.
     *
     * @param array $p
     * @param array $unitids
     * @param int|float $start
     * @return array
     */
    public static function prerequisite_cycle_from($p, $unitids, $start) {
        $visited = array_fill(0, count($p['units']), false);
        $nodes = [$start];
        $edges = [0];
        $depth = 1;
        while ($depth > 0) {
            $node = ($nodes[(int) ($depth - 1)] ?? null);
            $k = ($edges[(int) ($depth - 1)] ?? null);
            $prereqs = ((($p['units'][(int) ($node)] ?? null))['prerequisites'] ?? null) ?? [];
            if ($k >= count($prereqs)) {
                $depth = $depth - 1;
            } else {
                $edges[$depth - 1] = $k + 1;
                $q = runtime::index_of($unitids, ($prereqs[(int) ($k)] ?? null));
                if ($q == $start) {
                    return runtime::slice($nodes, 0, $depth);
                }
                if ($q > $start && !((($visited[(int) ($q)] ?? null) ?? false))) {
                    $visited[$q] = true;
                    $nodes[$depth] = $q;
                    $edges[$depth] = 0;
                    $depth = $depth + 1;
                }
            }
        }
        return [];
    }

    /**
     * Generated from validateProgramme().
     *
     * @param array $p
     * @return array
     */
    public static function validate_programme($p) {
        $out = [];
        self::check_date($out, $p['validFrom'], '/validFrom');
        $validto = ($p['validTo'] ?? null);
        self::check_date($out, $validto, '/validTo');
        if ($validto !== null && dates::is_valid_date($validto) && dates::is_valid_date($p['validFrom'])
                && strcmp($validto, $p['validFrom']) < 0) {
            $out[] = (['code' => 'date_order', 'path' => '/validTo', 'params' => (['from' => $p['validFrom'],
                    'to' => $validto])]);
        }
        $unitids = array_map(fn($u) => $u['id'], $p['units']);
        self::check_unique($out, $unitids, '/units');
        $slots = ($p['slots'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($s) => $s['id'], $slots), '/slots');
        $sessions = ($p['workshopSessions'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($s) => $s['id'], $sessions), '/workshopSessions');
        $rules = ($p['attendance'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($r) => $r['id'], $rules), '/attendance');
        self::check_unique($out, array_map(fn($n) => $n['id'], (($p['notes'] ?? null) ?? [])), '/notes');
        self::check_unique($out, array_map(fn($n) => $n['id'], (($p['levels'] ?? null) ?? [])), '/levels');
        $refs = ($p['referentials'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($r) => $r['id'], $refs), '/referentials');
        self::check_unique($out, array_map(fn($r) => $r['id'], (($p['crosswalks'] ?? null) ?? [])), '/crosswalks');
        foreach ($p['units'] as $i => $u) {
            $path = '/units/' . (is_int($i) ? (string) $i : runtime::to_string($i));
            if ($u['parent'] !== null) {
                self::check_ref($out, $unitids, $u['parent'], $path . '/parent', 'unit');
                $cur = $u['parent'];
                $steps = 0;
                while ($cur !== null && $steps <= count($p['units'])) {
                    $pu = runtime::find($p['units'], fn($x) => $x['id'] === $cur) ?? null;
                    $cur = ($pu === null ? null : $pu['parent']);
                    $steps = $steps + 1;
                }
                if ($steps > count($p['units'])) {
                    $out[] = (['code' => 'parent_cycle', 'path' => ($path . '/parent'),
                            'params' => (['id' => $u['id']])]);
                }
            }
            $prereqs = ($u['prerequisites'] ?? null) ?? [];
            foreach ($prereqs as $k => $q) {
                self::check_ref($out, $unitids, $q, $path . '/prerequisites/' . (is_int($k) ? (string) $k
                        : runtime::to_string($k)), 'unit');
            }
            $cycle = (runtime::index_of($unitids, $u['id']) == $i ? self::prerequisite_cycle_from($p, $unitids, $i)
                    : []);
            if (count($cycle) > 0) {
                $nextid = ($unitids[(int) ((count($cycle) > 1 ? ($cycle[1] ?? null) : $i))] ?? null);
                $names = array_map(fn($c) => ($unitids[(int) ($c)] ?? null), $cycle);
                $out[] = (['code' => 'prerequisite_cycle', 'path' => ($path . '/prerequisites/'
                        . runtime::to_string(runtime::index_of($prereqs, $nextid))), 'params' => (['id' => $u['id'],
                        'cycle' => implode(' → ', $names) . ' → ' . $u['id']])]);
            }
            self::check_unique($out, array_map(fn($r) => $r['id'], $u['requirements']), $path . '/requirements');
            foreach ($u['requirements'] as $k => $r) {
                $rp = $path . '/requirements/' . (is_int($k) ? (string) $k : runtime::to_string($k));
                if ($r['kind'] === 'n-of') {
                    for ($m = 0; $m < count($r['units']); $m++) {
                        self::check_ref($out, $unitids, ($r['units'][$m] ?? null), $rp . '/units/' . (is_int($m)
                                ? (string) $m : runtime::to_string($m)), 'unit');
                    }
                    if ($r['n'] > count($r['units'])) {
                        $out[] = (['code' => 'n_of_exceeds_options', 'path' => ($rp . '/n'),
                                'params' => (['n' => $r['n'], 'options' => count($r['units'])])]);
                    }
                } else if ($r['kind'] === 'all-of') {
                    $listed = ($r['units'] ?? null) ?? [];
                    for ($m = 0; $m < count($listed); $m++) {
                        self::check_ref($out, $unitids, ($listed[$m] ?? null), $rp . '/units/' . (is_int($m)
                                ? (string) $m : runtime::to_string($m)), 'unit');
                    }
                } else if ($r['kind'] === 'assessment') {
                    $total = 0;
                    foreach ($r['components'] as $c) {
                        $total = $total + $c['weight'];
                    }
                    if (abs($total - 100) > 0.000001) {
                        $out[] = (['code' => 'weights_not_100', 'path' => ($rp . '/components'),
                                'params' => (['total' => $total])]);
                    }
                    self::check_unique($out, array_map(fn($c) => $c['id'], $r['components']), $rp . '/components');
                    if ($r['passMark'] > $r['scale']) {
                        $out[] = (['code' => 'pass_mark_above_scale', 'path' => ($rp . '/passMark'),
                                'params' => (['passMark' => $r['passMark'], 'scale' => $r['scale']])]);
                    }
                } else if ($r['kind'] === 'jury') {
                    self::check_unique($out, array_map(fn($c) => $c['id'], (($r['criteria'] ?? null) ?? [])), $rp
                            . '/criteria');
                    $pm = ($r['passMark'] ?? null);
                    $max = ($r['max'] ?? null);
                    if ($pm !== null && $max !== null && $pm > $max) {
                        $out[] = (['code' => 'pass_mark_above_scale', 'path' => ($rp . '/passMark'),
                                'params' => (['passMark' => $pm, 'scale' => $max])]);
                    }
                }
            }
        }
        for ($i = 0; $i < count($slots); $i++) {
            self::check_ref($out, $unitids, (($slots[$i] ?? null))['unit'], '/slots/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/unit', 'unit');
        }
        foreach ($sessions as $i => $s) {
            $from = ($s['from'] ?? null);
            $to = ($s['to'] ?? null);
            self::check_date($out, $from, '/workshopSessions/' . (is_int($i) ? (string) $i : runtime::to_string($i))
                    . '/from');
            self::check_date($out, $to, '/workshopSessions/' . (is_int($i) ? (string) $i : runtime::to_string($i))
                    . '/to');
            if ($from !== null && $to !== null && dates::is_valid_date($from) && dates::is_valid_date($to)
                    && strcmp($to, $from) < 0) {
                $out[] = (['code' => 'date_order', 'path' => ('/workshopSessions/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/to'), 'params' => (['from' => $from, 'to' => $to])]);
            }
            $su = ($s['units'] ?? null) ?? [];
            for ($m = 0; $m < count($su); $m++) {
                self::check_ref($out, $unitids, ($su[$m] ?? null), '/workshopSessions/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/units/' . (is_int($m) ? (string) $m : runtime::to_string($m)),
                        'unit');
            }
        }
        foreach ($rules as $i => $r) {
            for ($m = 0; $m < count($r['units']); $m++) {
                self::check_ref($out, $unitids, ($r['units'][$m] ?? null), '/attendance/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/units/' . (is_int($m) ? (string) $m : runtime::to_string($m)),
                        'unit');
            }
            $targets = ($r['targets'] ?? null) ?? [];
            for ($m = 0; $m < count($targets); $m++) {
                self::check_ref($out, $unitids, ($targets[$m] ?? null), '/attendance/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/targets/' . (is_int($m) ? (string) $m : runtime::to_string($m)),
                        'unit');
            }
        }
        $certunits = ($p['certification']['units'] ?? null) ?? [];
        for ($m = 0; $m < count($certunits); $m++) {
            self::check_ref($out, $unitids, ($certunits[$m] ?? null), '/certification/units/' . (is_int($m)
                    ? (string) $m : runtime::to_string($m)), 'unit');
        }
        foreach ($refs as $i => $ref) {
            $itemids = array_map(fn($x) => $x['id'], $ref['items']);
            self::check_unique($out, $itemids, '/referentials/' . (is_int($i) ? (string) $i : runtime::to_string($i))
                    . '/items');
            for ($m = 0; $m < count($ref['items']); $m++) {
                $parent = ((($ref['items'][$m] ?? null))['parent'] ?? null);
                if ($parent !== null) {
                    self::check_ref($out, $itemids, $parent, '/referentials/' . (is_int($i) ? (string) $i
                            : runtime::to_string($i)) . '/items/' . (is_int($m) ? (string) $m : runtime::to_string($m))
                            . '/parent', 'referential item');
                }
            }
        }
        return $out;
    }

    /**
     * A record against its programme: dates, duplicate fact ids, references to units, slots, sessions, components.
     *
     * @param array $p
     * @param array $r
     * @return array
     */
    public static function validate_record($p, $r) {
        $out = [];
        if ($r['programme']['id'] !== $p['id']) {
            $out[] = (['code' => 'programme_mismatch', 'path' => '/programme/id', 'params' => (['expected' => $p['id'],
                    'actual' => $r['programme']['id']])]);
        }
        if ($r['programme']['version'] !== $p['version']) {
            $out[] = (['code' => 'version_mismatch', 'path' => '/programme/version',
                    'params' => (['expected' => $p['version'], 'actual' => $r['programme']['version']])]);
        }
        self::check_date($out, $r['enrolment']['start'], '/enrolment/start');
        $unitids = array_map(fn($u) => $u['id'], $p['units']);
        $slotids = array_map(fn($s) => $s['id'], (($p['slots'] ?? null) ?? []));
        $sessionids = array_map(fn($s) => $s['id'], (($p['workshopSessions'] ?? null) ?? []));
        $bases = ($p['placementBases'] ?? null);
        $placements = ($r['placements'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $placements), '/placements');
        foreach ($placements as $i => $x) {
            self::check_ref($out, $unitids, $x['unit'], '/placements/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/unit', 'unit');
            self::check_date($out, $x['at'], '/placements/' . (is_int($i) ? (string) $i : runtime::to_string($i))
                    . '/at');
            if ($bases !== null && !(in_array($x['basis'], $bases, true))) {
                $out[] = (['code' => 'unknown_placement_basis', 'path' => ('/placements/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/basis'), 'params' => (['basis' => $x['basis'],
                        'accepted' => implode(', ', $bases)])]);
            }
        }
        $exemptions = ($r['exemptions'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $exemptions), '/exemptions');
        foreach ($exemptions as $i => $x) {
            self::check_ref($out, $unitids, $x['unit'], '/exemptions/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/unit', 'unit');
            self::check_date($out, $x['at'], '/exemptions/' . (is_int($i) ? (string) $i : runtime::to_string($i))
                    . '/at');
        }
        $activities = ($r['activities'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $activities), '/activities');
        foreach ($activities as $i => $x) {
            self::check_ref($out, $slotids, $x['slot'], '/activities/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/slot', 'slot');
            self::check_date($out, $x['at'], '/activities/' . (is_int($i) ? (string) $i : runtime::to_string($i))
                    . '/at');
            $g = ($x['grade'] ?? null);
            $max = ($x['max'] ?? null);
            if ($g !== null && $max !== null && $g > $max) {
                $out[] = (['code' => 'grade_above_max', 'path' => ('/activities/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/grade'), 'params' => (['grade' => $g, 'max' => $max])]);
            }
        }
        $attendance = ($r['attendance'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $attendance), '/attendance');
        foreach ($attendance as $i => $x) {
            self::check_ref($out, $unitids, $x['unit'], '/attendance/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/unit', 'unit');
            $h = ($x['hours'] ?? null);
            if ($h !== null && $x['hoursAbsent'] > $h) {
                $out[] = (['code' => 'absence_above_hours', 'path' => ('/attendance/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/hoursAbsent'), 'params' => (['absent' => $x['hoursAbsent'],
                        'hours' => $h])]);
            }
        }
        $attestations = ($r['attestations'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $attestations), '/attestations');
        foreach ($attestations as $i => $x) {
            self::check_ref($out, $unitids, $x['unit'], '/attestations/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/unit', 'unit');
            self::check_ref($out, $sessionids, $x['session'], '/attestations/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/session', 'workshop session');
            self::check_date($out, $x['at'], '/attestations/' . (is_int($i) ? (string) $i : runtime::to_string($i))
                    . '/at');
        }
        $jury = ($r['juryDecisions'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $jury), '/juryDecisions');
        foreach ($jury as $i => $x) {
            self::check_ref($out, $unitids, $x['unit'], '/juryDecisions/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/unit', 'unit');
            self::check_date($out, $x['at'], '/juryDecisions/' . (is_int($i) ? (string) $i : runtime::to_string($i))
                    . '/at');
            $reviewed = ($x['criteria'] ?? null) ?? [];
            if (count($reviewed) > 0) {
                $known = [];
                $ju = runtime::find($p['units'], fn($y) => $y['id'] === $x['unit']) ?? null;
                foreach (($ju === null ? [] : $ju['requirements']) as $req) {
                    if ($req['kind'] === 'jury') {
                        foreach (($req['criteria'] ?? null) ?? [] as $c) {
                            $known[] = $c['id'];
                        }
                    }
                }
                for ($m = 0; $m < count($reviewed); $m++) {
                    self::check_ref($out, $known, (($reviewed[$m] ?? null))['criterion'], '/juryDecisions/'
                            . (is_int($i) ? (string) $i : runtime::to_string($i)) . '/criteria/' . (is_int($m)
                            ? (string) $m : runtime::to_string($m)) . '/criterion', 'jury criterion');
                }
            }
        }
        $exams = ($r['exams'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $exams), '/exams');
        foreach ($exams as $i => $x) {
            self::check_date($out, $x['at'], '/exams/' . (is_int($i) ? (string) $i : runtime::to_string($i)) . '/at');
            $u = runtime::find($p['units'], fn($y) => $y['id'] === $x['unit']) ?? null;
            if ($u === null) {
                self::check_ref($out, $unitids, $x['unit'], '/exams/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/unit', 'unit');
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
                    $out[] = (['code' => 'dangling_reference', 'path' => ('/exams/' . (is_int($i) ? (string) $i
                            : runtime::to_string($i)) . '/component'), 'params' => (['id' => $x['component'],
                            'kind' => 'assessment component'])]);
                } else if ($x['grade'] > $max) {
                    $out[] = (['code' => 'grade_above_max', 'path' => ('/exams/' . (is_int($i) ? (string) $i
                            : runtime::to_string($i)) . '/grade'), 'params' => (['grade' => $x['grade'],
                            'max' => $max])]);
                }
            }
        }
        return $out;
    }
}
