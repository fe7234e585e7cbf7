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
 * Runs the hand-written cases against the generated PHP engine without Moodle: php tests/handwritten/run.php
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
$root = dirname(__DIR__, 2);
require_once(__DIR__ . '/handwritten.php');
spl_autoload_register(function (string $class) use ($root): void {
    $prefix = 'local_sens\\local\\engine\\';
    if (str_starts_with($class, $prefix)) {
        require_once($root . '/local_sens/classes/local/engine/' . substr($class, strlen($prefix)) . '.php');
    }
});
$all = sens_handwritten_cases($root);
$failed = 0;
foreach ($all['cases'] as $label => [$programme, $record, $asof, $expected]) {
    $errors = \local_sens\local\engine\validate::validate_record($programme, $record);
    $got = sens_handwritten_observed(\local_sens\local\engine\decide::decide($programme, $record, $asof), $expected);
    $want = sens_handwritten_expected($expected);
    if ($errors !== [] || $got !== $want) {
        $failed++;
        fwrite(STDERR, "FAIL $label\n  expected " . json_encode($want, JSON_UNESCAPED_UNICODE) .
            "\n  got      " . json_encode($got, JSON_UNESCAPED_UNICODE) .
            ($errors !== [] ? "\n  record errors " . json_encode(sens_handwritten_errors($errors)) : '') . "\n");
    }
}
foreach ($all['invalid'] as $label => [$programme, $record, $want]) {
    $got = sens_handwritten_errors(\local_sens\local\engine\validate::validate_record($programme, $record));
    if ($got !== $want) {
        $failed++;
        fwrite(STDERR, "FAIL $label\n  expected " . json_encode($want) . "\n  got      " . json_encode($got) . "\n");
    }
}
$n = count($all['cases']) + count($all['invalid']);
echo "hand-written cases (PHP): " . ($n - $failed) . "/$n pass\n";
exit($failed === 0 && count($all['cases']) >= 40 ? 0 : 1);
