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
 * Generated from rules-engine/src/core/gating.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class gating {
    /** @var array NOT_READY (generated) */
    public const NOT_READY = ['ready' => false, 'reason' => null];

    /** @var array NO_LOCK (generated) */
    public const NO_LOCK = ['ready' => true, 'reason' => null];

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
}
