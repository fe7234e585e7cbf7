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
 * Exact conversion of a Moodle grade to an assessment component's maximum (no rounding the definition does not
 * declare: FORMAT.md, Numbers).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\assessment\grade_conversion
 */
final class grade_conversion_test extends \basic_testcase {

    /**
     * Grades whose conversion is a whole number of hundred-thousandths are given exactly; the others are not
     * counted (they would need a rounding), nor are grades outside the item's range.
     */
    public function test_convert(): void {
        // A quiz graded out of 10: 7.35 is 14.7 out of 20 (Moodle's numeric text as the database gives it).
        $c = grade_conversion::convert('7.35000', '0.00000', '10.00000', 20);
        $this->assertTrue($c['exact']);
        $this->assertSame(1470000, $c['units']);
        $this->assertSame(14.7, $c['grade']);
        $this->assertSame('14.7', grade_conversion::display($c));
        // A manual item out of 20: unchanged, five decimals kept (9.99999 is not 10).
        $this->assertSame(999999, grade_conversion::convert('9.99999', '0', '20', 20)['units']);
        // Out of 100: 73.5 → 14.7; 73.33333 → 14.666666, not a grade with five decimals: not counted.
        $this->assertSame(1470000, grade_conversion::convert('73.5', '0', '100', 20)['units']);
        $c = grade_conversion::convert('73.33333', '0', '100', 20);
        $this->assertFalse($c['exact']);
        $this->assertSame('notexact', $c['problem']);
        $this->assertNull($c['grade']);
        // A scale of five items (Insuffisant … Très bien), grades 1–5: the 4th item is 15/20, the 1st 0/20.
        $this->assertSame(15.0, (float)grade_conversion::convert('4.00000', '1.00000', '5.00000', 20)['grade']);
        $this->assertSame(0, grade_conversion::convert('1', '1', '5', 20)['units']);
        // A scale of four items: the 2nd is 20/3 = 6.666…/20, refused rather than rounded; shown truncated with "…".
        $c = grade_conversion::convert('2', '1', '4', 20);
        $this->assertSame('notexact', $c['problem']);
        $this->assertSame([2000000, 3], [$c['numerator'], $c['denominator']]);
        $this->assertSame('6.66666…', grade_conversion::display($c));
        // 7 out of 30 is 4.666…/20.
        $this->assertFalse(grade_conversion::convert('7', '0', '30', 20)['exact']);
        // Outside the item's range (an overridden grade above the maximum, a grade below the minimum).
        $this->assertSame('outofrange', grade_conversion::convert('11', '0', '10', 20)['problem']);
        $this->assertSame('outofrange', grade_conversion::convert('0.5', '1', '5', 20)['problem']);
        // A component out of 10 (another definition): 14 / 20 → 7.
        $this->assertSame(700000, grade_conversion::convert('14', '0', '20', 10)['units']);
    }

    /**
     * Decimal texts read exactly (no float on the way); a sixth decimal is refused.
     */
    public function test_units(): void {
        $this->assertSame(999600, grade_conversion::units('9.99600'));
        $this->assertSame(999600, grade_conversion::units('9.996'));
        $this->assertSame(2000000, grade_conversion::units(20));
        $this->assertSame(1470000, grade_conversion::units(14.7));
        $this->assertSame(-50000, grade_conversion::units('-0.5'));
        $this->expectException(\coding_exception::class);
        grade_conversion::units('1.000001');
    }

    /**
     * Which items convert every possible grade exactly (the mapping page says so).
     */
    public function test_always_exact(): void {
        $this->assertTrue(grade_conversion::always_exact('0', '10', 20));
        $this->assertTrue(grade_conversion::always_exact('0', '20', 20));
        $this->assertFalse(grade_conversion::always_exact('0', '100', 20));
        $this->assertFalse(grade_conversion::always_exact('0', '30', 20));
        $this->assertTrue(grade_conversion::always_exact('1', '5', 20, true));
        $this->assertFalse(grade_conversion::always_exact('1', '4', 20, true));
    }
}
