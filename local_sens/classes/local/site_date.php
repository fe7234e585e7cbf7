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

namespace local_sens\local;

/**
 * The engine's calendar dates (YYYY-MM-DD) and Moodle's times, in the site's timezone: the one place that converts
 * between them (decisions are taken "as of" a day of the site; a date is shown as that day whatever the reader's
 * timezone).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class site_date {

    /**
     * A Unix time as a YYYY-MM-DD date in the site's timezone.
     *
     * @param int $time
     * @return string
     */
    public static function of(int $time): string {
        return (new \DateTimeImmutable('@' . $time))->setTimezone(\core_date::get_server_timezone_object())->format('Y-m-d');
    }

    /**
     * Today in the site's timezone.
     *
     * @param \core\clock $clock
     * @return string YYYY-MM-DD
     */
    public static function today(\core\clock $clock): string {
        return self::of($clock->time());
    }

    /**
     * A YYYY-MM-DD date in words (4 décembre 2026, 4 December 2026): noon of that day in the site's timezone, written
     * in the site's timezone, so every reader sees the same day.
     *
     * @param string|null $date
     * @param string|null $lang fr or en; null: the current language.
     * @return string|null Null when $date is not a YYYY-MM-DD date.
     */
    public static function text(?string $date, ?string $lang = null): ?string {
        if ($date === null || !preg_match('/^\d{4}-\d{2}-\d{2}$/', $date)) {
            return null;
        }
        $timezone = \core_date::get_server_timezone_object();
        $parsed = \DateTimeImmutable::createFromFormat('!Y-m-d H:i', $date . ' 12:00', $timezone);
        if ($parsed === false || $parsed->format('Y-m-d') !== $date) {
            return null;
        }
        if ($lang === null) {
            return userdate($parsed->getTimestamp(), get_string('strftimedate', 'langconfig'), $timezone->getName());
        }
        $current = force_current_language($lang);
        try {
            return userdate($parsed->getTimestamp(), get_string('strftimedate', 'langconfig'), $timezone->getName());
        } finally {
            force_current_language($current);
        }
    }
}
