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
            $out[] = self::err('invalid_date', $path, ['value' => $value]);
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
        for ($i = 0; $i < count($ids); $i++) {
            $id = ($ids[(int) ($i)] ?? null);
            if (runtime::index_of($ids, $id) < $i) {
                $out[] = self::err('duplicate_id', $path . '/' . runtime::to_string($i) . '/id', ['id' => $id,
                        'first' => $path . '/' . runtime::to_string(runtime::index_of($ids, $id))]);
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
        if (!(runtime::includes($known, $id))) {
            $out[] = self::err('dangling_reference', $path, ['id' => $id, 'kind' => $kind]);
        }
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
        $validto = ($p['validTo'] ?? null) ?? null;
        self::check_date($out, $validto, '/validTo');
        if ($validto !== null && dates::is_valid_date($validto) && dates::is_valid_date($p['validFrom'])
                && strcmp($validto, $p['validFrom']) < 0) {
            $out[] = self::err('date_order', '/validTo', ['from' => $p['validFrom'], 'to' => $validto]);
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
        for ($i = 0; $i < count($p['units']); $i++) {
            $u = ($p['units'][(int) ($i)] ?? null);
            $path = '/units/' . runtime::to_string($i);
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
                    $out[] = self::err('parent_cycle', $path . '/parent', ['id' => $u['id']]);
                }
            }
            $prereqs = ($u['prerequisites'] ?? null) ?? [];
            for ($k = 0; $k < count($prereqs); $k++) {
                $q = ($prereqs[(int) ($k)] ?? null);
                self::check_ref($out, $unitids, $q, $path . '/prerequisites/' . runtime::to_string($k), 'unit');
                if ($q === $u['id']) {
                    $out[] = self::err('prerequisite_cycle', $path . '/prerequisites/' . runtime::to_string($k),
                            ['id' => $u['id']]);
                }
            }
            self::check_unique($out, array_map(fn($r) => $r['id'], $u['requirements']), $path . '/requirements');
            for ($k = 0; $k < count($u['requirements']); $k++) {
                $r = ($u['requirements'][(int) ($k)] ?? null);
                $rp = $path . '/requirements/' . runtime::to_string($k);
                if ($r['kind'] === 'n-of') {
                    for ($m = 0; $m < count($r['units']); $m++) {
                        self::check_ref($out, $unitids, ($r['units'][(int) ($m)] ?? null), $rp . '/units/'
                                . runtime::to_string($m), 'unit');
                    }
                    if ($r['n'] > count($r['units'])) {
                        $out[] = self::err('n_of_exceeds_options', $rp . '/n', ['n' => $r['n'],
                                'options' => count($r['units'])]);
                    }
                } else if ($r['kind'] === 'all-of') {
                    $listed = ($r['units'] ?? null) ?? [];
                    for ($m = 0; $m < count($listed); $m++) {
                        self::check_ref($out, $unitids, ($listed[(int) ($m)] ?? null), $rp . '/units/'
                                . runtime::to_string($m), 'unit');
                    }
                } else if ($r['kind'] === 'assessment') {
                    $total = 0;
                    foreach ($r['components'] as $c) {
                        $total = $total + $c['weight'];
                    }
                    if (abs($total - 100) > 0.000001) {
                        $out[] = self::err('weights_not_100', $rp . '/components', ['total' => $total]);
                    }
                    self::check_unique($out, array_map(fn($c) => $c['id'], $r['components']), $rp . '/components');
                    if ($r['passMark'] > $r['scale']) {
                        $out[] = self::err('pass_mark_above_scale', $rp . '/passMark', ['passMark' => $r['passMark'],
                                'scale' => $r['scale']]);
                    }
                } else if ($r['kind'] === 'jury') {
                    $pm = ($r['passMark'] ?? null) ?? null;
                    $max = ($r['max'] ?? null) ?? null;
                    if ($pm !== null && $max !== null && $pm > $max) {
                        $out[] = self::err('pass_mark_above_scale', $rp . '/passMark', ['passMark' => $pm,
                                'scale' => $max]);
                    }
                }
            }
        }
        for ($i = 0; $i < count($slots); $i++) {
            self::check_ref($out, $unitids, (($slots[(int) ($i)] ?? null))['unit'], '/slots/' . runtime::to_string($i)
                    . '/unit', 'unit');
        }
        for ($i = 0; $i < count($sessions); $i++) {
            $s = ($sessions[(int) ($i)] ?? null);
            $from = ($s['from'] ?? null) ?? null;
            $to = ($s['to'] ?? null) ?? null;
            self::check_date($out, $from, '/workshopSessions/' . runtime::to_string($i) . '/from');
            self::check_date($out, $to, '/workshopSessions/' . runtime::to_string($i) . '/to');
            if ($from !== null && $to !== null && dates::is_valid_date($from) && dates::is_valid_date($to)
                    && strcmp($to, $from) < 0) {
                $out[] = self::err('date_order', '/workshopSessions/' . runtime::to_string($i) . '/to',
                        ['from' => $from, 'to' => $to]);
            }
            $su = ($s['units'] ?? null) ?? [];
            for ($m = 0; $m < count($su); $m++) {
                self::check_ref($out, $unitids, ($su[(int) ($m)] ?? null), '/workshopSessions/'
                        . runtime::to_string($i) . '/units/' . runtime::to_string($m), 'unit');
            }
        }
        for ($i = 0; $i < count($rules); $i++) {
            $r = ($rules[(int) ($i)] ?? null);
            for ($m = 0; $m < count($r['units']); $m++) {
                self::check_ref($out, $unitids, ($r['units'][(int) ($m)] ?? null), '/attendance/'
                        . runtime::to_string($i) . '/units/' . runtime::to_string($m), 'unit');
            }
            $targets = ($r['targets'] ?? null) ?? [];
            for ($m = 0; $m < count($targets); $m++) {
                self::check_ref($out, $unitids, ($targets[(int) ($m)] ?? null), '/attendance/' . runtime::to_string($i)
                        . '/targets/' . runtime::to_string($m), 'unit');
            }
        }
        $certunits = ($p['certification']['units'] ?? null) ?? [];
        for ($m = 0; $m < count($certunits); $m++) {
            self::check_ref($out, $unitids, ($certunits[(int) ($m)] ?? null), '/certification/units/'
                    . runtime::to_string($m), 'unit');
        }
        for ($i = 0; $i < count($refs); $i++) {
            $ref = ($refs[(int) ($i)] ?? null);
            $itemids = array_map(fn($x) => $x['id'], $ref['items']);
            self::check_unique($out, $itemids, '/referentials/' . runtime::to_string($i) . '/items');
            for ($m = 0; $m < count($ref['items']); $m++) {
                $parent = ((($ref['items'][(int) ($m)] ?? null))['parent'] ?? null) ?? null;
                if ($parent !== null) {
                    self::check_ref($out, $itemids, $parent, '/referentials/' . runtime::to_string($i) . '/items/'
                            . runtime::to_string($m) . '/parent', 'referential item');
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
            $out[] = self::err('programme_mismatch', '/programme/id', ['expected' => $p['id'],
                    'actual' => $r['programme']['id']]);
        }
        if ($r['programme']['version'] !== $p['version']) {
            $out[] = self::err('version_mismatch', '/programme/version', ['expected' => $p['version'],
                    'actual' => $r['programme']['version']]);
        }
        self::check_date($out, $r['enrolment']['start'], '/enrolment/start');
        $unitids = array_map(fn($u) => $u['id'], $p['units']);
        $slotids = array_map(fn($s) => $s['id'], (($p['slots'] ?? null) ?? []));
        $sessionids = array_map(fn($s) => $s['id'], (($p['workshopSessions'] ?? null) ?? []));
        $bases = ($p['placementBases'] ?? null) ?? null;
        $placements = ($r['placements'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $placements), '/placements');
        for ($i = 0; $i < count($placements); $i++) {
            $x = ($placements[(int) ($i)] ?? null);
            self::check_ref($out, $unitids, $x['unit'], '/placements/' . runtime::to_string($i) . '/unit', 'unit');
            self::check_date($out, $x['at'], '/placements/' . runtime::to_string($i) . '/at');
            if ($bases !== null && !(runtime::includes($bases, $x['basis']))) {
                $out[] = self::err('unknown_placement_basis', '/placements/' . runtime::to_string($i) . '/basis',
                        ['basis' => $x['basis'], 'accepted' => runtime::join($bases, ', ')]);
            }
        }
        $exemptions = ($r['exemptions'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $exemptions), '/exemptions');
        for ($i = 0; $i < count($exemptions); $i++) {
            $x = ($exemptions[(int) ($i)] ?? null);
            self::check_ref($out, $unitids, $x['unit'], '/exemptions/' . runtime::to_string($i) . '/unit', 'unit');
            self::check_date($out, $x['at'], '/exemptions/' . runtime::to_string($i) . '/at');
        }
        $activities = ($r['activities'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $activities), '/activities');
        for ($i = 0; $i < count($activities); $i++) {
            $x = ($activities[(int) ($i)] ?? null);
            self::check_ref($out, $slotids, $x['slot'], '/activities/' . runtime::to_string($i) . '/slot', 'slot');
            self::check_date($out, $x['at'], '/activities/' . runtime::to_string($i) . '/at');
            $g = ($x['grade'] ?? null) ?? null;
            $max = ($x['max'] ?? null) ?? null;
            if ($g !== null && $max !== null && $g > $max) {
                $out[] = self::err('grade_above_max', '/activities/' . runtime::to_string($i) . '/grade',
                        ['grade' => $g, 'max' => $max]);
            }
        }
        $attendance = ($r['attendance'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $attendance), '/attendance');
        for ($i = 0; $i < count($attendance); $i++) {
            $x = ($attendance[(int) ($i)] ?? null);
            self::check_ref($out, $unitids, $x['unit'], '/attendance/' . runtime::to_string($i) . '/unit', 'unit');
            $h = ($x['hours'] ?? null) ?? null;
            if ($h !== null && $x['hoursAbsent'] > $h) {
                $out[] = self::err('absence_above_hours', '/attendance/' . runtime::to_string($i) . '/hoursAbsent',
                        ['absent' => $x['hoursAbsent'], 'hours' => $h]);
            }
        }
        $attestations = ($r['attestations'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $attestations), '/attestations');
        for ($i = 0; $i < count($attestations); $i++) {
            $x = ($attestations[(int) ($i)] ?? null);
            self::check_ref($out, $unitids, $x['unit'], '/attestations/' . runtime::to_string($i) . '/unit', 'unit');
            self::check_ref($out, $sessionids, $x['session'], '/attestations/' . runtime::to_string($i) . '/session',
                    'workshop session');
            self::check_date($out, $x['at'], '/attestations/' . runtime::to_string($i) . '/at');
        }
        $jury = ($r['juryDecisions'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $jury), '/juryDecisions');
        for ($i = 0; $i < count($jury); $i++) {
            $x = ($jury[(int) ($i)] ?? null);
            self::check_ref($out, $unitids, $x['unit'], '/juryDecisions/' . runtime::to_string($i) . '/unit', 'unit');
            self::check_date($out, $x['at'], '/juryDecisions/' . runtime::to_string($i) . '/at');
        }
        $exams = ($r['exams'] ?? null) ?? [];
        self::check_unique($out, array_map(fn($x) => $x['id'], $exams), '/exams');
        for ($i = 0; $i < count($exams); $i++) {
            $x = ($exams[(int) ($i)] ?? null);
            self::check_date($out, $x['at'], '/exams/' . runtime::to_string($i) . '/at');
            $u = runtime::find($p['units'], fn($y) => $y['id'] === $x['unit']) ?? null;
            if ($u === null) {
                self::check_ref($out, $unitids, $x['unit'], '/exams/' . runtime::to_string($i) . '/unit', 'unit');
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
                    $out[] = self::err('dangling_reference', '/exams/' . runtime::to_string($i) . '/component',
                            ['id' => $x['component'], 'kind' => 'assessment component']);
                } else if ($x['grade'] > $max) {
                    $out[] = self::err('grade_above_max', '/exams/' . runtime::to_string($i) . '/grade',
                            ['grade' => $x['grade'], 'max' => $max]);
                }
            }
        }
        return $out;
    }
}
