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

namespace local_sens\local\certification;

/**
 * Tests of verification codes (format, entropy, normalisation) and of the verify page's rate limit.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\certification\certificate_code
 * @covers     \local_sens\local\certification\verify_limiter
 */
final class certificate_code_test extends \advanced_testcase {

    /**
     * 16 characters of a 32-letter alphabet without I, L, O, U: 80 bits; 2,000 codes are all different and every
     * character of the alphabet shows up in every position's range.
     */
    public function test_generate_format_and_entropy(): void {
        $this->assertSame(32, strlen(certificate_code::ALPHABET));
        $this->assertSame(80, certificate_code::LENGTH * 5);
        $codes = [];
        $seen = [];
        for ($i = 0; $i < 2000; $i++) {
            $code = certificate_code::generate();
            $this->assertMatchesRegularExpression('/^[0-9A-HJKMNP-TV-Z]{16}$/', $code);
            $codes[$code] = true;
            foreach (str_split($code) as $char) {
                $seen[$char] = true;
            }
        }
        $this->assertCount(2000, $codes);
        $this->assertCount(32, $seen);
        $this->assertSame('ABCD-EFGH-JKMN-PQRS', certificate_code::format('ABCDEFGHJKMNPQRS'));
    }

    /**
     * Input is normalised: case, spaces, hyphens; O reads 0, I and L read 1; anything else is refused.
     */
    public function test_normalise(): void {
        $this->assertSame('0123456789ABCDEF', certificate_code::normalise('o123-4567-89ab-cdef'));
        $this->assertSame('1111222233334444', certificate_code::normalise(' I1L1 2222 3333 4444 '));
        $this->assertNull(certificate_code::normalise('0123-4567-89AB-CDE'));
        $this->assertNull(certificate_code::normalise('0123-4567-89AB-CDEU'));
        $this->assertNull(certificate_code::normalise('0123-4567-89AB-CDE!'));
    }

    /**
     * LIMIT lookups per address and window; the next one is refused; another address and the next window are not.
     */
    public function test_rate_limit(): void {
        $this->resetAfterTest();
        $clock = $this->mock_clock_with_frozen(1800000000);
        $limiter = \core\di::get(verify_limiter::class);
        for ($i = 0; $i < verify_limiter::LIMIT; $i++) {
            $this->assertTrue($limiter->allow('192.0.2.1'), "lookup $i");
        }
        $this->assertFalse($limiter->allow('192.0.2.1'));
        $this->assertTrue($limiter->allow('192.0.2.2'));
        $clock->bump(verify_limiter::WINDOW);
        $this->assertTrue($limiter->allow('192.0.2.1'));
    }
}
