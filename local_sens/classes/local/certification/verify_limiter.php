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

use core\clock;

/**
 * Rate limit of the public verify page: at most LIMIT lookups per client address in a fixed window of WINDOW
 * seconds, counted in a MUC application cache (shared by the web servers when the cache store is).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class verify_limiter {

    /** @var int Lookups allowed per address and window. */
    public const LIMIT = 20;

    /** @var int Window in seconds. */
    public const WINDOW = 300;

    /**
     * Constructor.
     *
     * @param clock $clock
     */
    public function __construct(
        /** @var clock Clock. */
        private readonly clock $clock,
    ) {
    }

    /**
     * Count one lookup from an address; false when the address has used up its lookups in this window.
     *
     * @param string $address Client IP address.
     * @return bool Whether the lookup may go ahead.
     */
    public function allow(string $address): bool {
        $cache = \cache::make('local_sens', 'verifyattempts');
        $window = intdiv($this->clock->time(), self::WINDOW);
        $key = sha1($address . '|' . $window);
        $count = (int)$cache->get($key);
        if ($count >= self::LIMIT) {
            return false;
        }
        $cache->set($key, $count + 1);
        return true;
    }

    /**
     * When the current window ends (for the message).
     *
     * @return int Unix time.
     */
    public function window_end(): int {
        return (intdiv($this->clock->time(), self::WINDOW) + 1) * self::WINDOW;
    }
}
