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

namespace local_sens\local\assessment;

/**
 * A Moodle grade converted to an assessment component's maximum (e.g. /20), exactly.
 *
 * Moodle keeps grades with five decimals; the engine reads a grade as an integer count of hundred-thousandths of a
 * point (rules-engine FORMAT.md, Numbers). The conversion is the rational (grade − min) × componentMax / (max − min),
 * on integers: when it is a whole number of hundred-thousandths it is the grade the engine gets (7.35 / 10 → 14.7 / 20,
 * the 4th of a 5-item scale → 15 / 20); when it is not (7 / 30 → 4.666… / 20) it would have to be rounded, which no
 * definition declares, so the grade is not counted and the teacher is told why instead.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class grade_conversion {

    /** @var int Hundred-thousandths of a point: Moodle's five decimals, the engine's grade unit. */
    public const UNIT = 100000;

    /**
     * A decimal (Moodle's numeric column as text, or a number) as an integer count of hundred-thousandths.
     *
     * @param string|int|float $value
     * @return int
     * @throws \coding_exception When it has a non-zero sixth decimal or is not a number.
     */
    public static function units(string|int|float $value): int {
        $text = is_string($value) ? trim($value) : sprintf('%.5F', $value);
        if (!preg_match('/^(-?)(\d+)(?:\.(\d*))?$/', $text, $m)) {
            throw new \coding_exception('Not a decimal grade: ' . $text);
        }
        $fraction = $m[3] ?? '';
        if (strlen($fraction) > 5 && trim(substr($fraction, 5), '0') !== '') {
            throw new \coding_exception('A grade finer than five decimals: ' . $text);
        }
        $units = (int)$m[2] * self::UNIT + (int)str_pad(substr($fraction, 0, 5), 5, '0');
        return $m[1] === '-' ? -$units : $units;
    }

    /**
     * Convert one grade.
     *
     * @param string|int|float $grade The grade item's final grade (on its range; a scale's item number).
     * @param string|int|float $grademin The grade item's minimum (1 for a scale).
     * @param string|int|float $grademax The grade item's maximum (a scale's number of items).
     * @param int|float $componentmax The component's maximum in the definition (e.g. 20).
     * @return array{exact: bool, grade: ?float, units: ?int, numerator: int, denominator: int, problem: ?string}
     *     grade: what the record gets (null when not counted); numerator / denominator: the exact value, reduced, in
     *     hundred-thousandths; problem: null, 'notexact' or 'outofrange'.
     */
    public static function convert(string|int|float $grade, string|int|float $grademin, string|int|float $grademax,
            int|float $componentmax): array {
        $g = self::units($grade) - self::units($grademin);
        $r = self::units($grademax) - self::units($grademin);
        $m = self::units($componentmax);
        if ($r <= 0) {
            throw new \coding_exception('A grade item whose maximum is not above its minimum');
        }
        // Reduce componentMax / range first: the product stays far below 2^63 (Moodle's grades have 10 digits).
        $d = self::gcd($m, $r);
        $num = intdiv($m, $d);
        $den = intdiv($r, $d);
        $e = self::gcd(abs($g), $den);
        $numerator = intdiv($g, $e) * $num;
        $denominator = intdiv($den, $e);
        $problem = null;
        if ($g < 0 || $g > $r) {
            $problem = 'outofrange';
        } else if ($denominator !== 1) {
            $problem = 'notexact';
        }
        return [
            'exact' => $problem === null,
            'grade' => $problem === null ? $numerator / self::UNIT : null,
            'units' => $problem === null ? $numerator : null,
            'numerator' => $numerator,
            'denominator' => $denominator,
            'problem' => $problem,
        ];
    }

    /**
     * Whether every grade Moodle can store on this range converts exactly (each hundred-thousandth of the range is a
     * whole number of hundred-thousandths of the component): then no grade of the item can ever be refused.
     *
     * @param string|int|float $grademin
     * @param string|int|float $grademax
     * @param int|float $componentmax
     * @param bool $scale A scale: only whole item numbers are grades.
     * @return bool
     */
    public static function always_exact(string|int|float $grademin, string|int|float $grademax, int|float $componentmax,
            bool $scale = false): bool {
        $r = self::units($grademax) - self::units($grademin);
        if ($r <= 0) {
            return false;
        }
        $step = $scale ? self::UNIT : 1;
        return (self::units($componentmax) * $step) % $r === 0;
    }

    /**
     * The exact value for people: five decimals when exact, else the first five decimals followed by "…".
     *
     * @param array $conversion From convert().
     * @return string E.g. "14.7", "4.66666…".
     */
    public static function display(array $conversion): string {
        $n = $conversion['numerator'];
        $d = $conversion['denominator'];
        $units = intdiv($n, $d);
        $text = rtrim(rtrim(sprintf('%d.%05d', intdiv($units, self::UNIT), $units % self::UNIT), '0'), '.');
        return $n % $d === 0 ? $text : $text . '…';
    }

    /**
     * Greatest common divisor of two integers (gcd(0, b) = b).
     *
     * @param int $a
     * @param int $b
     * @return int
     */
    private static function gcd(int $a, int $b): int {
        $a = abs($a);
        $b = abs($b);
        while ($b !== 0) {
            [$a, $b] = [$b, $a % $b];
        }
        return max($a, 1);
    }
}
