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
    /** @var array FACT_LISTS (generated) */
    public const FACT_LISTS = ['placements', 'exemptions', 'activities', 'attendance', 'attestations', 'juryDecisions',
            'exams'];

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
     * A number the rules compare exactly (core/exact.ts): no more decimals than its unit reads (`precision` is what the
     * message shows: 0.00001 for points, 0.01 for percents, 1/60 h (a minute) for hours) and not above `max`.
     *
     * @param array $out
     * @param int|float|null $value
     * @param int|float $unit
     * @param string $precision
     * @param int|float $max
     * @param string $path
     * @return mixed
     */
    public static function check_number(&$out, $value, $unit, $precision, $max, $path) {
        if ($value === null) {
            return;
        }
        if ($value > $max) {
            $out[] = (['code' => 'number_too_large', 'path' => $path, 'params' => (['value' => $value,
                    'max' => $max])]);
        } else if (!(exact::is_exact($value, $unit))) {
            $out[] = (['code' => 'too_many_decimals', 'path' => $path, 'params' => (['value' => $value,
                    'precision' => $precision])]);
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
     * A unit that earns a badge: it exists and is a level (badge_not_level otherwise).
     *
     * @param array $out
     * @param array $p
     * @param array $unitids
     * @param string $id
     * @param string $path
     * @return mixed
     */
    public static function check_badge_unit(&$out, $p, $unitids, $id, $path) {
        $u = runtime::find($p['units'], fn($x) => $x['id'] === $id) ?? null;
        if ($u === null) {
            self::check_ref($out, $unitids, $id, $path, 'unit');
        } else if ($u['kind'] !== 'level') {
            $out[] = (['code' => 'badge_not_level', 'path' => $path, 'params' => (['id' => $id,
                    'kind' => $u['kind']])]);
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
            $prereqs = (($p['units'][$node] ?? null))['prerequisites'] ?? [];
            if ($k >= count($prereqs)) {
                $depth = $depth - 1;
            } else {
                $edges[$depth - 1] = $k + 1;
                $q = runtime::index_of($unitids, ($prereqs[$k] ?? null));
                if ($q == $start) {
                    return runtime::slice($nodes, 0, $depth);
                }
                if ($q > $start && !(($visited[$q] ?? false))) {
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
        $slots = $p['slots'] ?? [];
        self::check_unique($out, array_map(fn($s) => $s['id'], $slots), '/slots');
        $sessions = $p['workshopSessions'] ?? [];
        self::check_unique($out, array_map(fn($s) => $s['id'], $sessions), '/workshopSessions');
        $rules = $p['attendance'] ?? [];
        self::check_unique($out, array_map(fn($r) => $r['id'], $rules), '/attendance');
        self::check_unique($out, array_map(fn($n) => $n['id'], ($p['notes'] ?? [])), '/notes');
        self::check_unique($out, array_map(fn($n) => $n['id'], ($p['levels'] ?? [])), '/levels');
        $refs = $p['referentials'] ?? [];
        self::check_unique($out, array_map(fn($r) => $r['id'], $refs), '/referentials');
        self::check_unique($out, array_map(fn($r) => $r['id'], ($p['crosswalks'] ?? [])), '/crosswalks');
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
            self::check_number($out, ($u['hours'] ?? null), exact::MINUTE, '1/60 h', exact::MAX_HOURS, $path
                    . '/hours');
            $prereqs = $u['prerequisites'] ?? [];
            foreach ($prereqs as $k => $q) {
                self::check_ref($out, $unitids, $q, $path . '/prerequisites/' . (is_int($k) ? (string) $k
                        : runtime::to_string($k)), 'unit');
            }
            $cycle = (runtime::index_of($unitids, $u['id']) == $i ? self::prerequisite_cycle_from($p, $unitids, $i)
                    : []);
            if (count($cycle) > 0) {
                $nextid = ($unitids[(int) ((count($cycle) > 1 ? ($cycle[1] ?? null) : $i))] ?? null);
                $names = array_map(fn($c) => ($unitids[$c] ?? null), $cycle);
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
                    $listed = $r['units'] ?? [];
                    for ($m = 0; $m < count($listed); $m++) {
                        self::check_ref($out, $unitids, ($listed[$m] ?? null), $rp . '/units/' . (is_int($m)
                                ? (string) $m : runtime::to_string($m)), 'unit');
                    }
                } else if ($r['kind'] === 'assessment') {
                    self::check_number($out, $r['scale'], exact::POINT, '0.00001', exact::MAX_POINTS, $rp . '/scale');
                    self::check_number($out, $r['passMark'], exact::POINT, '0.00001', exact::MAX_POINTS, $rp
                            . '/passMark');
                    $total = 0;
                    $common = 1;
                    $exact = true;
                    foreach ($r['components'] as $m => $c) {
                        $cp = $rp . '/components/' . (is_int($m) ? (string) $m : runtime::to_string($m));
                        self::check_number($out, $c['weight'], exact::PERCENT, '0.01', 100, $cp . '/weight');
                        self::check_number($out, $c['max'], exact::POINT, '0.00001', exact::MAX_POINTS, $cp . '/max');
                        $total = $total + exact::scaled($c['weight'], exact::PERCENT);
                        if ($c['max'] <= exact::MAX_POINTS && exact::is_exact($c['max'], exact::POINT)
                                && $common <= exact::MAX_LCM) {
                            $common = exact::lcm($common, exact::scaled($c['max'], exact::POINT));
                        } else {
                            $exact = false;
                        }
                    }
                    if ($total != 10000) {
                        $out[] = (['code' => 'weights_not_100', 'path' => ($rp . '/components'),
                                'params' => (['total' => $total / 100])]);
                    }
                    if ($exact && $common > exact::MAX_LCM) {
                        $out[] = (['code' => 'maxima_too_disparate', 'path' => ($rp . '/components'),
                                'params' => (['lcm' => $common, 'max' => exact::MAX_LCM])]);
                    }
                    self::check_unique($out, array_map(fn($c) => $c['id'], $r['components']), $rp . '/components');
                    if ($r['passMark'] > $r['scale']) {
                        $out[] = (['code' => 'pass_mark_above_scale', 'path' => ($rp . '/passMark'),
                                'params' => (['passMark' => $r['passMark'], 'scale' => $r['scale']])]);
                    }
                } else if ($r['kind'] === 'attestation') {
                    $signers = ($r['signers'] ?? null);
                    if ($signers !== null && (!runtime::is_integer($signers) || $signers < 1 || $signers > 5)) {
                        $out[] = (['code' => 'signers_invalid', 'path' => ($rp . '/signers'),
                                'params' => (['signers' => $signers])]);
                    }
                } else if ($r['kind'] === 'jury') {
                    self::check_unique($out, array_map(fn($c) => $c['id'], ($r['criteria'] ?? [])), $rp . '/criteria');
                    $pm = ($r['passMark'] ?? null);
                    $max = ($r['max'] ?? null);
                    self::check_number($out, $pm, exact::POINT, '0.00001', exact::MAX_POINTS, $rp . '/passMark');
                    self::check_number($out, $max, exact::POINT, '0.00001', exact::MAX_POINTS, $rp . '/max');
                    if ($pm !== null && $max !== null && $pm > $max) {
                        $out[] = (['code' => 'pass_mark_above_scale', 'path' => ($rp . '/passMark'),
                                'params' => (['passMark' => $pm, 'scale' => $max])]);
                    }
                    $reviews = ($r['memberReviews'] ?? null);
                    if ($reviews !== null && ($r['finalDecision'] ?? 'any-member') !== 'president') {
                        $out[] = (['code' => 'member_reviews_without_president', 'path' => ($rp . '/memberReviews'),
                                'params' => (['memberReviews' => $reviews])]);
                    }
                }
            }
        }
        foreach ($slots as $i => $slot) {
            self::check_ref($out, $unitids, $slot['unit'], '/slots/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/unit', 'unit');
            self::check_number($out, ($slot['passPercent'] ?? null), exact::PERCENT, '0.01', 100, '/slots/'
                    . (is_int($i) ? (string) $i : runtime::to_string($i)) . '/passPercent');
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
            $su = $s['units'] ?? [];
            for ($m = 0; $m < count($su); $m++) {
                self::check_ref($out, $unitids, ($su[$m] ?? null), '/workshopSessions/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/units/' . (is_int($m) ? (string) $m : runtime::to_string($m)),
                        'unit');
            }
        }
        foreach ($rules as $i => $r) {
            self::check_number($out, $r['thresholdPercent'], exact::PERCENT, '0.01', 100, '/attendance/' . (is_int($i)
                    ? (string) $i : runtime::to_string($i)) . '/thresholdPercent');
            for ($m = 0; $m < count($r['units']); $m++) {
                self::check_ref($out, $unitids, ($r['units'][$m] ?? null), '/attendance/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/units/' . (is_int($m) ? (string) $m : runtime::to_string($m)),
                        'unit');
            }
            $targets = $r['targets'] ?? [];
            for ($m = 0; $m < count($targets); $m++) {
                self::check_ref($out, $unitids, ($targets[$m] ?? null), '/attendance/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/targets/' . (is_int($m) ? (string) $m : runtime::to_string($m)),
                        'unit');
            }
        }
        $certunits = $p['certification']['units'] ?? [];
        for ($m = 0; $m < count($certunits); $m++) {
            self::check_ref($out, $unitids, ($certunits[$m] ?? null), '/certification/units/' . (is_int($m)
                    ? (string) $m : runtime::to_string($m)), 'unit');
        }
        $badges = ($p['badges'] ?? null);
        if ($badges !== null) {
            $itemids = [];
            foreach ($refs as $ref) {
                foreach ($ref['items'] as $item) {
                    $itemids[] = $item['id'];
                }
            }
            $badgeunits = $badges['units'] ?? [];
            for ($m = 0; $m < count($badgeunits); $m++) {
                self::check_badge_unit($out, $p, $unitids, ($badgeunits[$m] ?? null), '/badges/units/' . (is_int($m)
                        ? (string) $m : runtime::to_string($m)));
            }
            $alignment = $badges['alignment'] ?? [];
            foreach ($alignment as $m => $a) {
                self::check_badge_unit($out, $p, $unitids, $a['unit'], '/badges/alignment/' . (is_int($m) ? (string) $m
                        : runtime::to_string($m)) . '/unit');
                for ($k = 0; $k < count($a['items']); $k++) {
                    self::check_ref($out, $itemids, ($a['items'][$k] ?? null), '/badges/alignment/' . (is_int($m)
                            ? (string) $m : runtime::to_string($m)) . '/items/' . (is_int($k) ? (string) $k
                            : runtime::to_string($k)), 'referential item');
                }
            }
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
     * Generated from factsOf().
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
                self::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                self::check_date($out, $x['at'], $path . '/at');
                $bases = $known['bases'];
                if ($bases !== null && !(in_array($x['basis'], $bases, true))) {
                    $out[] = (['code' => 'unknown_placement_basis', 'path' => ($path . '/basis'),
                            'params' => (['basis' => $x['basis'], 'accepted' => implode(', ', $bases)])]);
                }
                break;
            case $list === 'exemptions':
                $x = $fact;
                self::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                self::check_date($out, $x['at'], $path . '/at');
                break;
            case $list === 'activities':
                $x = $fact;
                self::check_ref($out, $known['slots'], $x['slot'], $path . '/slot', 'slot');
                self::check_date($out, $x['at'], $path . '/at');
                $g = ($x['grade'] ?? null);
                $max = ($x['max'] ?? null);
                self::check_number($out, $g, exact::POINT, '0.00001', exact::MAX_POINTS, $path . '/grade');
                self::check_number($out, $max, exact::POINT, '0.00001', exact::MAX_POINTS, $path . '/max');
                if ($g !== null && $max !== null && $g > $max) {
                    $out[] = (['code' => 'grade_above_max', 'path' => ($path . '/grade'), 'params' => (['grade' => $g,
                            'max' => $max])]);
                }
                break;
            case $list === 'attendance':
                $x = $fact;
                self::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                $h = ($x['hours'] ?? null);
                self::check_number($out, $x['hoursAbsent'], exact::MINUTE, '1/60 h', exact::MAX_HOURS, $path
                        . '/hoursAbsent');
                self::check_number($out, $h, exact::MINUTE, '1/60 h', exact::MAX_HOURS, $path . '/hours');
                if ($h !== null && $x['hoursAbsent'] > $h) {
                    $out[] = (['code' => 'absence_above_hours', 'path' => ($path . '/hoursAbsent'),
                            'params' => (['absent' => $x['hoursAbsent'], 'hours' => $h])]);
                }
                $j = ($x['hoursJustified'] ?? null);
                self::check_number($out, $j, exact::MINUTE, '1/60 h', exact::MAX_HOURS, $path . '/hoursJustified');
                if ($j !== null && $j > $x['hoursAbsent']) {
                    $out[] = (['code' => 'justified_above_absence', 'path' => ($path . '/hoursJustified'),
                            'params' => (['justified' => $j, 'absent' => $x['hoursAbsent']])]);
                }
                break;
            case $list === 'attestations':
                $x = $fact;
                self::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                self::check_ref($out, $known['sessions'], $x['session'], $path . '/session', 'workshop session');
                self::check_date($out, $x['at'], $path . '/at');
                $cosignatures = $x['cosignatures'] ?? [];
                foreach ($cosignatures as $m => $c) {
                    $cp = $path . '/cosignatures/' . (is_int($m) ? (string) $m : runtime::to_string($m)) . '/at';
                    self::check_date($out, $c['at'], $cp);
                    if (dates::is_valid_date($c['at']) && strcmp($c['at'], $x['at']) < 0) {
                        $out[] = (['code' => 'cosigned_before_attestation', 'path' => $cp,
                                'params' => (['at' => $c['at'], 'attested' => $x['at']])]);
                    }
                }
                break;
            case $list === 'juryDecisions':
                $x = $fact;
                self::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
                self::check_date($out, $x['at'], $path . '/at');
                self::check_number($out, ($x['grade'] ?? null), exact::POINT, '0.00001', exact::MAX_POINTS, $path
                        . '/grade');
                $reviewed = $x['criteria'] ?? [];
                $criteria = (count($reviewed) > 0 ? self::jury_criteria($p, $x['unit']) : []);
                for ($m = 0; $m < count($reviewed); $m++) {
                    self::check_ref($out, $criteria, (($reviewed[$m] ?? null))['criterion'], $path . '/criteria/'
                            . (is_int($m) ? (string) $m : runtime::to_string($m)) . '/criterion', 'jury criterion');
                }
                break;
            default:
                $x = $fact;
                self::check_date($out, $x['at'], $path . '/at');
                self::check_number($out, $x['grade'], exact::POINT, '0.00001', exact::MAX_POINTS, $path . '/grade');
                $u = runtime::find($p['units'], fn($y) => $y['id'] === $x['unit']) ?? null;
                if ($u === null) {
                    self::check_ref($out, $known['units'], $x['unit'], $path . '/unit', 'unit');
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
        $known = ['units' => array_map(fn($u) => $u['id'], $p['units']), 'slots' => array_map(fn($s) => $s['id'],
                ($p['slots'] ?? [])), 'sessions' => array_map(fn($s) => $s['id'], ($p['workshopSessions'] ?? [])),
                'bases' => ($p['placementBases'] ?? null)];
        foreach (self::FACT_LISTS as $list) {
            $facts = self::facts_of($r, $list);
            self::check_unique($out, array_map(fn($x) => $x['id'], $facts), '/' . $list);
            for ($i = 0; $i < count($facts); $i++) {
                self::check_fact($out, $p, $known, $list, ($facts[$i] ?? null), '/' . $list . '/' . (is_int($i)
                        ? (string) $i : runtime::to_string($i)));
            }
        }
        return $out;
    }
}
