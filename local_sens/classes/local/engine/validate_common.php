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
 * Generated from rules-engine/src/core/validate-common.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class validate_common {
    /**
     * One validation error.
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
     * A date that exists (YYYY-MM-DD), when given.
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
     * An id that names one of `known` (dangling_reference otherwise).
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
}
