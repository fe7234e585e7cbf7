<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

/**
 * SENS static check version: version.php's component, version, requires (Moodle 4.5 LTS), maturity.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/** Minimum Moodle version the plugins require: 4.5 LTS. */
const SENS_MIN_REQUIRES = 2024100700;

/**
 * Reads version.php without Moodle.
 *
 * @param string $dir plugin directory
 * @return stdClass|null $plugin
 */
function sens_read_version(string $dir): ?stdClass {
    $file = "{$dir}/version.php";
    if (!file_exists($file)) {
        return null;
    }
    if (!defined('MOODLE_INTERNAL')) {
        define('MOODLE_INTERNAL', true);
    }
    if (!defined('MATURITY_ALPHA')) {
        define('MATURITY_ALPHA', 50);
        define('MATURITY_BETA', 100);
        define('MATURITY_RC', 150);
        define('MATURITY_STABLE', 200);
    }
    $plugin = new stdClass();
    $module = $plugin;
    include($file);
    return $plugin;
}

/**
 * Checks version.php: component matches the install path, version, requires >= Moodle 4.5.
 *
 * @param string $dir plugin directory
 * @param string $component frankenstyle component
 */
function sens_check_version(string $dir, string $component): void {
    $file = "{$dir}/version.php";
    $plugin = sens_read_version($dir);
    if (!sens_result($plugin !== null, $file, 'version.php exists')) {
        return;
    }
    sens_result(($plugin->component ?? null) === $component, $file,
        "\$plugin->component is '{$component}' (found '" . ($plugin->component ?? '') . "')");
    sens_result(is_int($plugin->version ?? null) && preg_match('/^20\d{8}$/', (string)$plugin->version) === 1, $file,
        '$plugin->version is an integer YYYYMMDDXX');
    sens_result(is_int($plugin->requires ?? null) && $plugin->requires >= SENS_MIN_REQUIRES, $file,
        '$plugin->requires >= ' . SENS_MIN_REQUIRES . ' (Moodle 4.5)');
    sens_result(!empty($plugin->release) && isset($plugin->maturity), $file, '$plugin->release and $plugin->maturity set');
}
