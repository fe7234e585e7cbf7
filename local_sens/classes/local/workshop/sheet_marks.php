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

namespace local_sens\local\workshop;

/**
 * The marks of a sheet row and the engine's result they give: a workshop row marks present and passed; a teaching
 * session's row marks present, minutes absent (the whole session when absent) and whether the absence is justified.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class sheet_marks {

    /**
     * The marks of a workshop row as stored (present, passed).
     *
     * @param bool $present
     * @param bool $passed
     * @return string JSON
     */
    public static function workshop(bool $present, bool $passed): string {
        return json_encode(['present' => $present, 'passed' => $passed]);
    }

    /**
     * The marks of a teaching session's row: present or not, minutes absent (the whole session when absent), and
     * whether the absence is justified. Null with the field and error key when the row is not valid.
     *
     * @param array $row present, minutesabsent (-1 or absent: derived from present), justified.
     * @param int $duration Minutes the session lasts.
     * @return array [marks (?array), field, error key]
     */
    public static function teaching(array $row, int $duration): array {
        $present = (bool)($row['present'] ?? false);
        $given = isset($row['minutesabsent']) && (int)$row['minutesabsent'] >= 0 ? (int)$row['minutesabsent'] : null;
        $minutes = $given ?? ($present ? 0 : $duration);
        if ($minutes > $duration || ($present && $minutes === $duration && $duration > 0)) {
            return [null, 'minutesabsent', 'minutes'];
        }
        if (!$present && $minutes !== $duration) {
            return [null, 'minutesabsent', 'absentminutes'];
        }
        $justified = (bool)($row['justified'] ?? false);
        if ($justified && $minutes === 0) {
            return [null, 'justified', 'justifiednone'];
        }
        return [['present' => $present, 'minutesabsent' => $minutes, 'justified' => $justified], '', ''];
    }

    /**
     * The engine's result for marks.
     *
     * @param bool $present
     * @param bool $passed
     * @return string passed, failed or absent
     */
    public static function result(bool $present, bool $passed): string {
        return !$present ? 'absent' : ($passed ? 'passed' : 'failed');
    }
}
