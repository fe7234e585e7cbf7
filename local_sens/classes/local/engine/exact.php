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
 * Generated from rules-engine/src/core/exact.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class exact {
    /** @var int|float POINT (generated) */
    public const POINT = 100000;

    /** @var int|float PERCENT (generated) */
    public const PERCENT = 100;

    /** @var int|float MINUTE (generated) */
    public const MINUTE = 60;

    /** @var int|float MAX_POINTS (generated) */
    public const MAX_POINTS = 1000000;

    /** @var int|float MAX_HOURS (generated) */
    public const MAX_HOURS = 1000000;

    /** @var int|float SAFE_PRODUCT (generated) */
    public const SAFE_PRODUCT = 4503599627370496;

    /** @var int|float MAX_LCM (generated) */
    public const MAX_LCM = 10000000000;

    /**
     * X as a whole number of 1/unit (x * unit rounded to the nearest integer).
     *
     * @param int|float $x
     * @param int|float $unit
     * @return int|float
     */
    public static function scaled($x, $unit) {
        return runtime::floor($x * $unit + 0.5);
    }

    /**
     * True when x has no more decimals than 1/unit resolves (within the double's own error).
     *
     * @param int|float $x
     * @param int|float $unit
     * @return bool
     */
    public static function is_exact($x, $unit) {
        $v = $x * $unit;
        $n = runtime::floor($v + 0.5);
        return abs($v - $n) <= 1e-9 * max(1, abs($v));
    }

    /**
     * Greatest common divisor of two non-negative integers.
     *
     * @param int|float $a
     * @param int|float $b
     * @return int|float
     */
    public static function gcd($a, $b) {
        $x = $a;
        $y = $b;
        while ($y != 0) {
            $t = runtime::mod($x, $y);
            $x = $y;
            $y = $t;
        }
        return $x;
    }

    /**
     * Least common multiple of two positive integers.
     *
     * @param int|float $a
     * @param int|float $b
     * @return int|float
     */
    public static function lcm($a, $b) {
        return (runtime::div($a, self::gcd($a, $b))) * $b;
    }

    /**
     * [q, r] with q = floor(a * b / c) and r = a * b - q * c, exactly, for integers a, b >= 0 and 0 < c < 4.7e14,
     * without forming a * b (which may pass 2^53): a = qa * c + ra, then ra * b / c by long division over b's decimal
     * digits. The quotient itself must stay under 2^53.
     *
     * @param int|float $a
     * @param int|float $b
     * @param int|float $c
     * @return array
     */
    public static function mul_div($a, $b, $c) {
        if ($b == 0 || $a <= runtime::div(self::SAFE_PRODUCT, $b)) {
            $p = $a * $b;
            $q0 = runtime::floor(runtime::div($p, $c));
            if ($q0 * $c > $p) {
                $q0 = $q0 - 1;
            }
            if (($q0 + 1) * $c <= $p) {
                $q0 = $q0 + 1;
            }
            return [$q0, $p - $q0 * $c];
        }
        $ra = runtime::mod($a, $c);
        $qa = runtime::div(($a - $ra), $c);
        $digits = [];
        $rest = $b;
        while ($rest > 0) {
            $d = runtime::mod($rest, 10);
            $digits[] = $d;
            $rest = ($rest - $d) / 10;
        }
        $q = 0;
        $r = 0;
        for ($k = count($digits) - 1; $k >= 0; $k--) {
            $t = $r * 10 + $ra * (($digits[$k] ?? null));
            $qd = runtime::floor(runtime::div($t, $c));
            if ($qd * $c > $t) {
                $qd = $qd - 1;
            }
            if (($qd + 1) * $c <= $t) {
                $qd = $qd + 1;
            }
            $q = $q * 10 + $qd;
            $r = $t - $qd * $c;
        }
        return [$qa * $b + $q, $r];
    }

    /**
     * 10^k for k in 0..5.
     *
     * @param int|float $k
     * @return int|float
     */
    public static function pow10($k) {
        $out = 1;
        for ($i = 0; $i < $k; $i++) {
            $out = $out * 10;
        }
        return $out;
    }

    /**
     * The value q + rem / den (q, rem, den integers, 0 <= rem < den) rounded to a multiple of `unit`, in units: `mode`
     * down, up, half-up (ties up) or half-even (ties to the even multiple). Exact.
     *
     * @param int|float $q
     * @param int|float $rem
     * @param int|float $den
     * @param int|float $unit
     * @param string $mode
     * @return int|float
     */
    public static function round_to($q, $rem, $den, $unit, $mode) {
        $r2 = runtime::mod($q, $unit);
        $base = runtime::div(($q - $r2), $unit);
        if (($r2 == 0 && $rem == 0) || $mode === 'down') {
            return $base;
        }
        if ($mode === 'up') {
            return $base + 1;
        }
        $side = 0;
        if (2 * $r2 > $unit) {
            $side = 1;
        } else if (2 * $r2 + 2 <= $unit) {
            $side = -1;
        } else if (2 * $r2 == $unit) {
            $side = ($rem == 0 ? 0 : 1);
        } else {
            $side = (2 * $rem == $den ? 0 : ((2 * $rem > $den ? 1 : -1)));
        }
        if ($side > 0) {
            return $base + 1;
        }
        if ($side < 0) {
            return $base;
        }
        if ($mode === 'half-even') {
            return (runtime::mod($base, 2) == 0 ? $base : $base + 1);
        }
        return $base + 1;
    }
}
