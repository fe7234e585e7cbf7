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

namespace local_sens\engine;

/**
 * Runs the hand-written cases (tests/handwritten/cases of the SENS repository) against the generated engine.
 *
 * Their expected states, verdicts and next steps are written by hand from the seeds (brief §3–4), not taken from the
 * TypeScript engine's output as the conformance fixtures are; jest runs the same files against the TypeScript.
 * The repository root comes from SENS_ROOT (set by tests/stages/50-phpunit.sh), else the directory above the plugin.
 *
 * @package    local_sens
 * @category   test
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\engine\decide
 * @covers     \local_sens\local\engine\validate
 * @covers     \local_sens\local\engine\exact
 */
final class handwritten_test extends \basic_testcase {
    /**
     * Repository root holding tests/handwritten.
     *
     * @return string
     */
    private static function root(): string {
        $env = getenv('SENS_ROOT');
        return $env !== false && $env !== '' ? $env : dirname(__DIR__, 3);
    }

    /**
     * The cases, or one failing entry naming what is missing.
     *
     * @return array{cases: array[], invalid: array[]}
     */
    private static function all(): array {
        $lib = self::root() . '/tests/handwritten/handwritten.php';
        if (!is_file($lib)) {
            return ['cases' => ['cases not found' => [null, null, null, null, "set SENS_ROOT: no $lib"]], 'invalid' => []];
        }
        require_once($lib);
        $all = sens_handwritten_cases(self::root());
        $cases = [];
        foreach ($all['cases'] as $label => [$p, $r, $asof, $exp]) {
            $cases[$label] = [$p, $r, $asof, $exp, null];
        }
        return ['cases' => $cases, 'invalid' => $all['invalid']];
    }

    /**
     * One entry per hand-written case.
     *
     * @return array
     */
    public static function case_provider(): array {
        return self::all()['cases'];
    }

    /**
     * One entry per hand-written invalid record.
     *
     * @return array
     */
    public static function invalid_provider(): array {
        return self::all()['invalid'] ?: ['none' => [null, null, []]];
    }

    /**
     * There are at least 40 hand-written cases.
     */
    public function test_case_count(): void {
        $this->assertGreaterThanOrEqual(40, count(self::case_provider()));
    }

    /**
     * The generated PHP gives the state, verdict and next step written by hand from the seed.
     *
     * @dataProvider case_provider
     * @param array|null $programme
     * @param array|null $record
     * @param string|null $asof
     * @param array|null $expected
     * @param string|null $error
     */
    public function test_case(?array $programme, ?array $record, ?string $asof, ?array $expected, ?string $error): void {
        $this->assertNull($error, (string) $error);
        $this->assertSame([], \local_sens\local\engine\validate::validate_record($programme, $record));
        $decision = \local_sens\local\engine\decide::decide($programme, $record, $asof);
        $this->assertSame(sens_handwritten_expected($expected), sens_handwritten_observed($decision, $expected));
    }

    /**
     * An invalid record is refused with the errors written by hand (code and JSON path).
     *
     * @dataProvider invalid_provider
     * @param array|null $programme
     * @param array|null $record
     * @param array $errors
     */
    public function test_invalid(?array $programme, ?array $record, array $errors): void {
        $this->assertNotNull($programme, 'no invalid case found');
        $got = \local_sens\local\engine\validate::validate_record($programme, $record);
        $this->assertSame($errors, sens_handwritten_errors($got));
    }
}
