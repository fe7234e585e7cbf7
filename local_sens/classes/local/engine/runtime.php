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
 * Generated runtime helpers giving PHP the semantics of the TypeScript subset: do not edit.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class runtime {
    /**
     * TS === where either side may be a number (int and float are one type in TS).
     *
     * @param mixed $a
     * @param mixed $b
     * @return bool
     */
    public static function same($a, $b): bool {
        if ((is_int($a) || is_float($a)) && (is_int($b) || is_float($b))) {
            return $a == $b;
        }
        return $a === $b;
    }

    /**
     * TS typeof on decoded JSON.
     *
     * @param mixed $v
     * @return string
     */
    public static function type_of($v): string {
        if (is_string($v)) {
            return 'string';
        }
        if (is_int($v) || is_float($v)) {
            return 'number';
        }
        if (is_bool($v)) {
            return 'boolean';
        }
        return 'object';
    }

    /**
     * Array.isArray on decoded JSON (an empty PHP array counts as a list).
     *
     * @param mixed $v
     * @return bool
     */
    public static function is_list($v): bool {
        return is_array($v) && array_is_list($v);
    }

    /**
     * Number.isInteger.
     *
     * @param mixed $v
     * @return bool
     */
    public static function is_integer($v): bool {
        return is_int($v) || (is_float($v) && is_finite($v) && floor($v) == $v);
    }

    /**
     * Math.floor, as an int when it fits (indexes need ints).
     *
     * @param int|float $v
     * @return int|float
     */
    public static function floor($v) {
        $f = floor($v);
        return ($f >= PHP_INT_MIN && $f <= PHP_INT_MAX) ? (int) $f : $f;
    }

    /**
     * Math.ceil, as an int when it fits.
     *
     * @param int|float $v
     * @return int|float
     */
    public static function ceil($v) {
        $f = ceil($v);
        return ($f >= PHP_INT_MIN && $f <= PHP_INT_MAX) ? (int) $f : $f;
    }

    /**
     * TS division (exact ints stay ints, like JSON numbers).
     *
     * @param int|float $a
     * @param int|float $b
     * @return int|float
     */
    public static function div($a, $b) {
        if ($b == 0) {
            return is_nan((float) $a) || $a == 0 ? NAN : ($a > 0 ? INF : -INF);
        }
        return $a / $b;
    }

    /**
     * TS % (sign of the dividend, works on floats).
     *
     * @param int|float $a
     * @param int|float $b
     * @return int|float
     */
    public static function mod($a, $b) {
        if (is_int($a) && is_int($b) && $b !== 0) {
            return $a % $b;
        }
        return fmod($a, $b);
    }

    /**
     * Number to string as TS prints it.
     *
     * @param int|float $v
     * @return string
     */
    public static function to_string($v): string {
        if (is_int($v)) {
            return (string) $v;
        }
        if (floor($v) == $v && abs($v) < 1e21) {
            return (string) (int) $v;
        }
        return json_encode($v, JSON_PRESERVE_ZERO_FRACTION);
    }

    /**
     * Object.keys (PHP turns numeric string keys into ints).
     *
     * @param array $o
     * @return string[]
     */
    public static function keys(array $o): array {
        return array_map('strval', array_keys($o));
    }

    /**
     * Array.prototype.some.
     *
     * @param array $a
     * @param callable $f
     * @return bool
     */
    public static function some(array $a, callable $f): bool {
        foreach ($a as $i => $v) {
            if ($f($v, $i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Array.prototype.every.
     *
     * @param array $a
     * @param callable $f
     * @return bool
     */
    public static function every(array $a, callable $f): bool {
        foreach ($a as $i => $v) {
            if (!$f($v, $i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Array.prototype.find (null when absent).
     *
     * @param array $a
     * @param callable $f
     * @return mixed
     */
    public static function find(array $a, callable $f) {
        foreach ($a as $i => $v) {
            if ($f($v, $i)) {
                return $v;
            }
        }
        return null;
    }

    /**
     * Array.prototype.findIndex.
     *
     * @param array $a
     * @param callable $f
     * @return int
     */
    public static function find_index(array $a, callable $f): int {
        foreach ($a as $i => $v) {
            if ($f($v, $i)) {
                return $i;
            }
        }
        return -1;
    }

    /**
     * Array.prototype.indexOf (strict, numbers by value).
     *
     * @param array $a
     * @param mixed $x
     * @return int
     */
    public static function index_of(array $a, $x): int {
        // Fast paths in C: a non-number is found by ===; a number by == (array_search's first loose match is the
        // first numeric match when it is a number; otherwise fall back to the loop).
        if (!is_int($x) && !is_float($x)) {
            $r = array_search($x, $a, true);
            return $r === false ? -1 : $r;
        }
        $r = array_search($x, $a);
        if ($r === false) {
            return -1;
        }
        if (is_int($a[$r]) || is_float($a[$r])) {
            return $r;
        }
        foreach ($a as $i => $v) {
            if (self::same($v, $x)) {
                return $i;
            }
        }
        return -1;
    }

    /**
     * Array.prototype.includes.
     *
     * @param array $a
     * @param mixed $x
     * @return bool
     */
    public static function includes(array $a, $x): bool {
        return self::index_of($a, $x) >= 0;
    }

    /**
     * Array.prototype.join.
     *
     * @param array $a
     * @param string $sep
     * @return string
     */
    public static function join(array $a, string $sep): string {
        return implode($sep, array_map(fn($v) => is_string($v) ? $v : ($v === null ? '' : self::to_string($v)), $a));
    }

    /**
     * Resolves JS slice bounds.
     *
     * @param int $len
     * @param int|null $start
     * @param int|null $end
     * @return int[]
     */
    private static function bounds(int $len, $start, $end): array {
        $s = $start === null ? 0 : (int) $start;
        $e = $end === null ? $len : (int) $end;
        $s = $s < 0 ? max($len + $s, 0) : min($s, $len);
        $e = $e < 0 ? max($len + $e, 0) : min($e, $len);
        return [$s, max($e - $s, 0)];
    }

    /**
     * Array.prototype.slice.
     *
     * @param array $a
     * @param int|null $start
     * @param int|null $end
     * @return array
     */
    public static function slice(array $a, $start = null, $end = null): array {
        [$s, $n] = self::bounds(count($a), $start, $end);
        return array_slice($a, $s, $n);
    }

    /**
     * String.prototype.slice.
     *
     * @param string $a
     * @param int|null $start
     * @param int|null $end
     * @return string
     */
    public static function str_slice(string $a, $start = null, $end = null): string {
        [$s, $n] = self::bounds(mb_strlen($a), $start, $end);
        return mb_substr($a, $s, $n);
    }

    /**
     * String.prototype.indexOf.
     *
     * @param string $a
     * @param string $x
     * @return int
     */
    public static function str_index_of(string $a, string $x): int {
        $p = mb_strpos($a, $x);
        return $p === false ? -1 : $p;
    }

    /**
     * String(v) for a string or a number.
     *
     * @param mixed $v
     * @return string
     */
    public static function str($v): string {
        if (is_string($v)) {
            return $v;
        }
        if (is_bool($v)) {
            return $v ? 'true' : 'false';
        }
        return $v === null ? 'null' : self::to_string($v);
    }

    /**
     * String.prototype.split with one string separator ('' splits into characters).
     *
     * @param string $s
     * @param string $sep
     * @return string[]
     */
    public static function split(string $s, string $sep): array {
        if ($sep === '') {
            return mb_str_split($s);
        }
        return explode($sep, $s);
    }
}
