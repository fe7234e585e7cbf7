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
            validate_common::check_ref($out, $unitids, $id, $path, 'unit');
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
        validate_common::check_date($out, $p['validFrom'], '/validFrom');
        $validto = ($p['validTo'] ?? null);
        validate_common::check_date($out, $validto, '/validTo');
        if ($validto !== null && dates::is_valid_date($validto) && dates::is_valid_date($p['validFrom'])
                && strcmp($validto, $p['validFrom']) < 0) {
            $out[] = (['code' => 'date_order', 'path' => '/validTo', 'params' => (['from' => $p['validFrom'],
                    'to' => $validto])]);
        }
        $unitids = array_map(fn($u) => $u['id'], $p['units']);
        validate_common::check_unique($out, $unitids, '/units');
        $slots = $p['slots'] ?? [];
        validate_common::check_unique($out, array_map(fn($s) => $s['id'], $slots), '/slots');
        $sessions = $p['workshopSessions'] ?? [];
        validate_common::check_unique($out, array_map(fn($s) => $s['id'], $sessions), '/workshopSessions');
        $rules = $p['attendance'] ?? [];
        validate_common::check_unique($out, array_map(fn($r) => $r['id'], $rules), '/attendance');
        validate_common::check_unique($out, array_map(fn($n) => $n['id'], ($p['notes'] ?? [])), '/notes');
        validate_common::check_unique($out, array_map(fn($n) => $n['id'], ($p['levels'] ?? [])), '/levels');
        $refs = $p['referentials'] ?? [];
        validate_common::check_unique($out, array_map(fn($r) => $r['id'], $refs), '/referentials');
        validate_common::check_unique($out, array_map(fn($r) => $r['id'], ($p['crosswalks'] ?? [])), '/crosswalks');
        foreach ($p['units'] as $i => $u) {
            $path = '/units/' . (is_int($i) ? (string) $i : runtime::to_string($i));
            if ($u['parent'] !== null) {
                validate_common::check_ref($out, $unitids, $u['parent'], $path . '/parent', 'unit');
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
            validate_common::check_number($out, ($u['hours'] ?? null), exact::MINUTE, '1/60 h', exact::MAX_HOURS, $path
                    . '/hours');
            $prereqs = $u['prerequisites'] ?? [];
            foreach ($prereqs as $k => $q) {
                validate_common::check_ref($out, $unitids, $q, $path . '/prerequisites/' . (is_int($k) ? (string) $k
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
            validate_common::check_unique($out, array_map(fn($r) => $r['id'], $u['requirements']), $path
                    . '/requirements');
            foreach ($u['requirements'] as $k => $r) {
                $rp = $path . '/requirements/' . (is_int($k) ? (string) $k : runtime::to_string($k));
                if ($r['kind'] === 'n-of') {
                    for ($m = 0; $m < count($r['units']); $m++) {
                        validate_common::check_ref($out, $unitids, ($r['units'][$m] ?? null), $rp . '/units/'
                                . (is_int($m) ? (string) $m : runtime::to_string($m)), 'unit');
                    }
                    if ($r['n'] > count($r['units'])) {
                        $out[] = (['code' => 'n_of_exceeds_options', 'path' => ($rp . '/n'),
                                'params' => (['n' => $r['n'], 'options' => count($r['units'])])]);
                    }
                } else if ($r['kind'] === 'all-of') {
                    $listed = $r['units'] ?? [];
                    for ($m = 0; $m < count($listed); $m++) {
                        validate_common::check_ref($out, $unitids, ($listed[$m] ?? null), $rp . '/units/' . (is_int($m)
                                ? (string) $m : runtime::to_string($m)), 'unit');
                    }
                } else if ($r['kind'] === 'assessment') {
                    validate_common::check_number($out, $r['scale'], exact::POINT, '0.00001', exact::MAX_POINTS, $rp
                            . '/scale');
                    validate_common::check_number($out, $r['passMark'], exact::POINT, '0.00001', exact::MAX_POINTS, $rp
                            . '/passMark');
                    $total = 0;
                    $common = 1;
                    $exact = true;
                    foreach ($r['components'] as $m => $c) {
                        $cp = $rp . '/components/' . (is_int($m) ? (string) $m : runtime::to_string($m));
                        validate_common::check_number($out, $c['weight'], exact::PERCENT, '0.01', 100, $cp . '/weight');
                        validate_common::check_number($out, $c['max'], exact::POINT, '0.00001', exact::MAX_POINTS, $cp
                                . '/max');
                        $total = $total + (runtime::floor(($c['weight']) * (exact::PERCENT) + 0.5));
                        if ($c['max'] <= exact::MAX_POINTS && exact::is_exact($c['max'], exact::POINT)
                                && $common <= exact::MAX_LCM) {
                            $common = exact::lcm($common, (runtime::floor(($c['max']) * (exact::POINT) + 0.5)));
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
                    validate_common::check_unique($out, array_map(fn($c) => $c['id'], $r['components']), $rp
                            . '/components');
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
                    validate_common::check_unique($out, array_map(fn($c) => $c['id'], ($r['criteria'] ?? [])), $rp
                            . '/criteria');
                    $pm = ($r['passMark'] ?? null);
                    $max = ($r['max'] ?? null);
                    validate_common::check_number($out, $pm, exact::POINT, '0.00001', exact::MAX_POINTS, $rp
                            . '/passMark');
                    validate_common::check_number($out, $max, exact::POINT, '0.00001', exact::MAX_POINTS, $rp . '/max');
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
            validate_common::check_ref($out, $unitids, $slot['unit'], '/slots/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/unit', 'unit');
            validate_common::check_number($out, ($slot['passPercent'] ?? null), exact::PERCENT, '0.01', 100, '/slots/'
                    . (is_int($i) ? (string) $i : runtime::to_string($i)) . '/passPercent');
        }
        foreach ($sessions as $i => $s) {
            $from = ($s['from'] ?? null);
            $to = ($s['to'] ?? null);
            validate_common::check_date($out, $from, '/workshopSessions/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/from');
            validate_common::check_date($out, $to, '/workshopSessions/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/to');
            if ($from !== null && $to !== null && dates::is_valid_date($from) && dates::is_valid_date($to)
                    && strcmp($to, $from) < 0) {
                $out[] = (['code' => 'date_order', 'path' => ('/workshopSessions/' . (is_int($i) ? (string) $i
                        : runtime::to_string($i)) . '/to'), 'params' => (['from' => $from, 'to' => $to])]);
            }
            $su = $s['units'] ?? [];
            for ($m = 0; $m < count($su); $m++) {
                validate_common::check_ref($out, $unitids, ($su[$m] ?? null), '/workshopSessions/' . (is_int($i)
                        ? (string) $i : runtime::to_string($i)) . '/units/' . (is_int($m) ? (string) $m
                        : runtime::to_string($m)), 'unit');
            }
        }
        foreach ($rules as $i => $r) {
            validate_common::check_number($out, $r['thresholdPercent'], exact::PERCENT, '0.01', 100, '/attendance/'
                    . (is_int($i) ? (string) $i : runtime::to_string($i)) . '/thresholdPercent');
            for ($m = 0; $m < count($r['units']); $m++) {
                validate_common::check_ref($out, $unitids, ($r['units'][$m] ?? null), '/attendance/' . (is_int($i)
                        ? (string) $i : runtime::to_string($i)) . '/units/' . (is_int($m) ? (string) $m
                        : runtime::to_string($m)), 'unit');
            }
            $targets = $r['targets'] ?? [];
            for ($m = 0; $m < count($targets); $m++) {
                validate_common::check_ref($out, $unitids, ($targets[$m] ?? null), '/attendance/' . (is_int($i)
                        ? (string) $i : runtime::to_string($i)) . '/targets/' . (is_int($m) ? (string) $m
                        : runtime::to_string($m)), 'unit');
            }
        }
        $certunits = $p['certification']['units'] ?? [];
        for ($m = 0; $m < count($certunits); $m++) {
            validate_common::check_ref($out, $unitids, ($certunits[$m] ?? null), '/certification/units/' . (is_int($m)
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
                    validate_common::check_ref($out, $itemids, ($a['items'][$k] ?? null), '/badges/alignment/'
                            . (is_int($m) ? (string) $m : runtime::to_string($m)) . '/items/' . (is_int($k)
                            ? (string) $k : runtime::to_string($k)), 'referential item');
                }
            }
        }
        foreach ($refs as $i => $ref) {
            $itemids = array_map(fn($x) => $x['id'], $ref['items']);
            validate_common::check_unique($out, $itemids, '/referentials/' . (is_int($i) ? (string) $i
                    : runtime::to_string($i)) . '/items');
            for ($m = 0; $m < count($ref['items']); $m++) {
                $parent = ((($ref['items'][$m] ?? null))['parent'] ?? null);
                if ($parent !== null) {
                    validate_common::check_ref($out, $itemids, $parent, '/referentials/' . (is_int($i) ? (string) $i
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
        validate_common::check_date($out, $r['enrolment']['start'], '/enrolment/start');
        $known = ['units' => array_map(fn($u) => $u['id'], $p['units']), 'slots' => array_map(fn($s) => $s['id'],
                ($p['slots'] ?? [])), 'sessions' => array_map(fn($s) => $s['id'], ($p['workshopSessions'] ?? [])),
                'bases' => ($p['placementBases'] ?? null)];
        foreach (record_facts::FACT_LISTS as $list) {
            $facts = record_facts::facts_of($r, $list);
            validate_common::check_unique($out, array_map(fn($x) => $x['id'], $facts), '/' . $list);
            for ($i = 0; $i < count($facts); $i++) {
                record_facts::check_fact($out, $p, $known, $list, ($facts[$i] ?? null), '/' . $list . '/' . (is_int($i)
                        ? (string) $i : runtime::to_string($i)));
            }
        }
        return $out;
    }
}
