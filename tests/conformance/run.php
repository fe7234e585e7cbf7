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
 * Runs the conformance fixtures against the generated PHP engine without Moodle: php tests/conformance/run.php
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
ini_set('serialize_precision', '-1');
$root = dirname(__DIR__, 2);
require_once(__DIR__ . '/conformance.php');
spl_autoload_register(function (string $class) use ($root): void {
    $prefix = 'local_sens\\local\\engine\\';
    if (str_starts_with($class, $prefix)) {
        require_once($root . '/local_sens/classes/local/engine/' . substr($class, strlen($prefix)) . '.php');
    }
});
$fixtures = sens_conformance_fixtures(__DIR__ . '/fixtures', $root);
$failed = 0;
foreach ($fixtures as [$file, $programme, $record, $asof, $expected]) {
    $got = sens_conformance_json(\local_sens\local\engine\decide::decide($programme, $record, $asof));
    $want = sens_conformance_json($expected);
    if ($got !== $want) {
        $failed++;
        fwrite(STDERR, "FAIL " . substr($file, strlen($root) + 1) . "\n  expected " . substr($want, 0, 400) .
            "\n  got      " . substr($got, 0, 400) . "\n");
    }
}
$n = count($fixtures);
echo "conformance (PHP): " . ($n - $failed) . "/$n fixtures pass\n";

// Structural validation fixtures: the document text decoded with objects, errors as ajv gave them in TS.
$sfiles = glob(__DIR__ . '/schema/*.json');
$sfailed = 0;
foreach ($sfiles as $file) {
    $fx = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
    $doc = json_decode($fx['text'], false, 512, JSON_THROW_ON_ERROR);
    $errors = $fx['kind'] === 'programme' ? \local_sens\local\engine\schema::validate_programme($doc)
        : \local_sens\local\engine\schema::validate_record($doc);
    $got = sens_conformance_json($errors);
    $want = sens_conformance_json($fx['expected']);
    if ($got !== $want) {
        $sfailed++;
        fwrite(STDERR, "FAIL " . basename($file) . "\n  expected " . substr($want, 0, 600) .
            "\n  got      " . substr($got, 0, 600) . "\n");
    }
}
$sn = count($sfiles);
echo "conformance (PHP structural validation): " . ($sn - $sfailed) . "/$sn fixtures pass\n";
exit(($failed === 0 && $n >= 200 && $sfailed === 0 && $sn >= 10) ? 0 : 1);
