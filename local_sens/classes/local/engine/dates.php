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
 * Generated from rules-engine/src/core/dates.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class dates {
    /** @var string DIGITS (generated) */
    public const DIGITS = '0123456789';

    /**
     * Generated from digitsToNumber().
     *
     * @param string $s
     * @return int|float
     */
    public static function digits_to_number($s) {
        $n = 0;
        for ($i = 0; $i < mb_strlen($s); $i++) {
            $d = runtime::str_index_of(self::DIGITS, runtime::str_slice($s, $i, $i + 1));
            if ($d < 0) {
                return -1;
            }
            $n = $n * 10 + $d;
        }
        return $n;
    }

    /**
     * Generated from isLeapYear().
     *
     * @param int|float $y
     * @return bool
     */
    public static function is_leap_year($y) {
        return (runtime::mod($y, 4) == 0 && runtime::mod($y, 100) != 0) || runtime::mod($y, 400) == 0;
    }

    /**
     * Generated from daysInMonth().
     *
     * @param int|float $y
     * @param int|float $m
     * @return int|float
     */
    public static function days_in_month($y, $m) {
        if ($m == 2) {
            return (((runtime::mod($y, 4) == 0 && runtime::mod($y, 100) != 0) || runtime::mod($y, 400) == 0) ? 29 : 28);
        }
        return ($m == 4 || $m == 6 || $m == 9 || $m == 11 ? 30 : 31);
    }

    /**
     * True when s is YYYY-MM-DD and the day exists (rejects 2029-02-30).
     *
     * @param string $s
     * @return bool
     */
    public static function is_valid_date($s) {
        if (mb_strlen($s) != 10 || runtime::str_slice($s, 4, 5) !== '-' || runtime::str_slice($s, 7, 8) !== '-') {
            return false;
        }
        $y = self::digits_to_number(runtime::str_slice($s, 0, 4));
        $m = self::digits_to_number(runtime::str_slice($s, 5, 7));
        $d = self::digits_to_number(runtime::str_slice($s, 8, 10));
        if ($y < 1 || $m < 1 || $m > 12 || $d < 1) {
            return false;
        }
        return $d <= self::days_in_month($y, $m);
    }

    /**
     * Generated from pad().
     *
     * @param int|float $n
     * @param int|float $width
     * @return string
     */
    public static function pad($n, $width) {
        $s = '' . (is_int($n) ? (string) $n : runtime::to_string($n));
        while (mb_strlen($s) < $width) {
            $s = '0' . $s;
        }
        return $s;
    }

    /**
     * Adds months; the day is clamped to the month's end (2026-03-31 + 11 months = 2027-02-28).
     *
     * @param string $date
     * @param int|float $months
     * @return string
     */
    public static function add_months($date, $months) {
        $y = self::digits_to_number(runtime::str_slice($date, 0, 4));
        $m = self::digits_to_number(runtime::str_slice($date, 5, 7));
        $d = self::digits_to_number(runtime::str_slice($date, 8, 10));
        $total = $y * 12 + ($m - 1) + $months;
        $ny = runtime::floor($total / 12);
        $nm = $total - $ny * 12 + 1;
        $nd = min($d, self::days_in_month($ny, $nm));
        return self::pad($ny, 4) . '-' . self::pad($nm, 2) . '-' . self::pad($nd, 2);
    }
}
