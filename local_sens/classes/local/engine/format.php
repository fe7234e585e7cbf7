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
 * Generated from rules-engine/src/core/format.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class format {
    /**
     * Generated from fillTemplate().
     *
     * @param string $template
     * @param array $params
     * @return string
     */
    public static function fill_template($template, $params) {
        $out = $template;
        foreach (runtime::keys($params) as $k) {
            $v = $params[$k] ?? '';
            $out = implode((runtime::is_list($v) ? implode(', ', $v) : '' . runtime::str($v)), runtime::split($out, '{'
                    . $k . '}'));
        }
        return $out;
    }

    /**
     * The ids of a list-valued reason param (`LIST_PARAMS` of reasons.ts): the engine gives a list; a decision stored
     * before lists were lists holds them as one string "a, b".
     *
     * @param array|string $value
     * @return array
     */
    public static function list_param($value) {
        if (runtime::is_list($value)) {
            return runtime::slice($value);
        }
        if ($value === '') {
            return [];
        }
        return explode(', ', $value);
    }

    /**
     * Title of the unit or slot `id` in `lang` ('en' → titleEn when given), or null when id names neither.
     *
     * @param array $programme
     * @param string $id
     * @param string $lang
     * @return null|string
     */
    public static function title_of($programme, $id, $lang) {
        foreach ($programme['units'] as $u) {
            if ($u['id'] === $id) {
                $en = ($u['titleEn'] ?? null);
                return ($lang === 'en' && $en !== null ? $en : $u['title']);
            }
        }
        foreach ($programme['slots'] ?? [] as $s) {
            if ($s['id'] === $id) {
                $en = ($s['titleEn'] ?? null);
                return ($lang === 'en' && $en !== null ? $en : $s['title']);
            }
        }
        return null;
    }

    /**
     * A param value made readable: a unit or slot id → its title; a list "a, b" of such ids (a change's old and new
     * prerequisites, a decision stored before lists were lists) → their titles.
     *
     * @param array $programme
     * @param string $value
     * @param string $lang
     * @return string
     */
    public static function display_value($programme, $value, $lang) {
        $title = self::title_of($programme, $value, $lang);
        if ($title !== null) {
            return $title;
        }
        if (!(str_contains($value, ', '))) {
            return $value;
        }
        $parts = explode(', ', $value);
        $titles = [];
        foreach ($parts as $part) {
            $t = self::title_of($programme, $part, $lang);
            if ($t === null) {
                return $value;
            }
            $titles[] = $t;
        }
        return implode(', ', $titles);
    }

    /**
     * The same params with every value that is a unit or slot id of the programme (or a ", "-separated list of them)
     * replaced by its title in `lang` ('fr' → title, 'en' → titleEn ?? title); a list param stays a list, of titles (an
     * id the programme does not name, such as an assessment component, stays as it is). Numbers and other strings are
     * kept.
     *
     * @param array $programme
     * @param array $params
     * @param string $lang
     * @return array
     */
    public static function display_params($programme, $params, $lang) {
        $out = [];
        foreach (runtime::keys($params) as $k) {
            $v = $params[$k] ?? '';
            $out[$k] = (runtime::is_list($v) ? array_map(fn($id) => self::title_of($programme, $id, $lang) ?? $id, $v)
                    : (is_string($v) ? self::display_value($programme, $v, $lang) : $v));
        }
        return $out;
    }
}
