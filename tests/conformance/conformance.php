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

/**
 * Shared by run.php (no Moodle) and local_sens PHPUnit: fixture loading and canonical JSON.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Canonical form: keys sorted (byte order, as JS sorts ASCII keys), integral floats as ints, empty {} = [].
 *
 * @param mixed $v
 * @return mixed
 */
function sens_conformance_canonical($v) {
    if (is_array($v)) {
        if (!array_is_list($v)) {
            ksort($v, SORT_STRING);
        }
        return array_map('sens_conformance_canonical', $v);
    }
    if (is_float($v) && is_finite($v) && floor($v) == $v && abs($v) < 1e15) {
        return (int) $v;
    }
    return $v;
}

/**
 * Canonical JSON text.
 *
 * @param mixed $v
 * @return string
 */
function sens_conformance_json($v): string {
    return json_encode(sens_conformance_canonical($v), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
}

/**
 * Loads every fixture under $dir (tests/conformance/fixtures), programmes resolved from $root.
 *
 * @param string $dir
 * @param string $root repository root (programme paths are relative to it)
 * @return array[] list of [file, programme, record, asOf, expected]
 */
function sens_conformance_fixtures(string $dir, string $root): array {
    $progs = [];
    $out = [];
    $files = glob($dir . '/*/*.json');
    sort($files);
    foreach ($files as $file) {
        $fx = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
        // Programme: a path to a shipped programme, or inline (engine table-driven cases).
        $programme = $fx['programme'];
        if (is_string($programme)) {
            if (!isset($progs[$programme])) {
                $progs[$programme] = json_decode(file_get_contents($root . '/' . $programme), true, 512, JSON_THROW_ON_ERROR);
            }
            $programme = $progs[$programme];
        }
        $out[] = [$file, $programme, $fx['record'], $fx['asOf'], $fx['expected']];
    }
    return $out;
}
