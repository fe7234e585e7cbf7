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
 * SENS static checks that a Moodle plugin reviewer runs and PHP_CodeSniffer's own sniffs do not cover.
 *
 * Usage: php tests/static/checks.php CHECK PLUGINDIR:COMPONENT...
 *   CHECK: phpdoc | savepoints | lang | strings | version | installxml
 *        php tests/static/checks.php size DIR[:COMPONENT]...   (no hand-written file over 400 lines; checks/size.php)
 * Prints "FAIL file:line: message" per problem and "PASS ..." per passing unit, then "COUNTS passed failed".
 * Exit status 1 when anything failed. Runs without Moodle (only PHP's tokenizer, DOM and include of
 * version.php / lang files, which only assign variables).
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

$passed = 0;
$failed = 0;

require_once(__DIR__ . '/checks/common.php');
require_once(__DIR__ . '/checks/phpdoc.php');
require_once(__DIR__ . '/checks/savepoints.php');
require_once(__DIR__ . '/checks/version.php');
require_once(__DIR__ . '/checks/lang.php');
require_once(__DIR__ . '/checks/installxml.php');
require_once(__DIR__ . '/checks/size.php');

$check = $argv[1] ?? '';
$plugins = [];
foreach (array_slice($argv, 2) as $arg) {
    [$dir, $component] = explode(':', $arg, 2) + [1 => ''];
    $plugins[rtrim($dir, '/')] = $component;
}
switch ($check) {
    case 'phpdoc':
    case 'savepoints':
    case 'lang':
    case 'version':
    case 'installxml':
        foreach ($plugins as $dir => $component) {
            ('sens_check_' . $check)($dir, $component);
        }
        break;
    case 'strings':
        sens_check_strings($plugins);
        break;
    case 'size':
        sens_check_size(array_keys($plugins));
        break;
    default:
        fwrite(STDERR, "usage: php checks.php phpdoc|savepoints|lang|strings|version|installxml DIR:COMPONENT... | size DIR...\n");
        exit(2);
}
echo "COUNTS {$passed} {$failed}\n";
exit($failed > 0 ? 1 : 0);
