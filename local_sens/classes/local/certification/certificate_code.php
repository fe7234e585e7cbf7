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
 * Verification codes of certificates: 16 characters of Crockford's base32 (0-9, A-Z without I, L, O, U), that is
 * 80 random bits, shown as XXXX-XXXX-XXXX-XXXX. Input is normalised the Crockford way: case, spaces and hyphens do
 * not matter, O reads as 0, I and L as 1.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class certificate_code {

    /** @var string Crockford's base32 alphabet. */
    public const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

    /** @var int Characters in a code (5 bits each: 80 bits). */
    public const LENGTH = 16;

    /**
     * A new random code (80 bits from the system's CSPRNG), normalised (no hyphens).
     *
     * @return string
     */
    public static function generate(): string {
        $bytes = random_bytes(10);
        $bits = '';
        foreach (str_split($bytes) as $byte) {
            $bits .= str_pad(decbin(ord($byte)), 8, '0', STR_PAD_LEFT);
        }
        $code = '';
        foreach (str_split($bits, 5) as $chunk) {
            $code .= self::ALPHABET[bindec($chunk)];
        }
        return $code;
    }

    /**
     * The code as typed, normalised, or null when it cannot be a code (wrong length or character).
     *
     * @param string $input
     * @return string|null
     */
    public static function normalise(string $input): ?string {
        $code = strtoupper(preg_replace('/[\s\-]+/u', '', $input));
        $code = strtr($code, ['O' => '0', 'I' => '1', 'L' => '1']);
        if (strlen($code) !== self::LENGTH || strspn($code, self::ALPHABET) !== self::LENGTH) {
            return null;
        }
        return $code;
    }

    /**
     * The code in readable groups: XXXX-XXXX-XXXX-XXXX.
     *
     * @param string $code Normalised code.
     * @return string
     */
    public static function format(string $code): string {
        return implode('-', str_split($code, 4));
    }
}
