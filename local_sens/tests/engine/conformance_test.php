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
 * Runs the shared conformance fixtures (tests/conformance/fixtures of the SENS repository) against the generated engine.
 *
 * The plugin is bind-mounted into Moodle, so the repository root is taken from the SENS_ROOT environment variable
 * (set by tests/stages/50-phpunit.sh), falling back to the directory above the plugin when it is not mounted.
 *
 * @package    local_sens
 * @category   test
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\engine\decide
 * @covers     \local_sens\local\engine\runtime
 */
final class conformance_test extends \basic_testcase {
    /**
     * Repository root holding tests/conformance.
     *
     * @return string
     */
    private static function root(): string {
        $env = getenv('SENS_ROOT');
        return $env !== false && $env !== '' ? $env : dirname(__DIR__, 3);
    }

    /**
     * One case per fixture.
     *
     * @return array
     */
    public static function fixture_provider(): array {
        $root = self::root();
        $lib = $root . '/tests/conformance/conformance.php';
        if (!is_file($lib)) {
            // Fail in the test (not silently): a provider cannot assert.
            return ['fixtures not found' => [null, null, null, null, "set SENS_ROOT: no $lib"]];
        }
        require_once($lib);
        $cases = [];
        foreach (sens_conformance_fixtures($root . '/tests/conformance/fixtures', $root) as [$file, $p, $r, $asof, $exp]) {
            $cases[substr($file, strlen($root) + 1)] = [$p, $r, $asof, $exp, null];
        }
        return $cases;
    }

    /**
     * There are at least 200 fixtures.
     */
    public function test_fixture_count(): void {
        $this->assertGreaterThanOrEqual(200, count(self::fixture_provider()));
    }

    /**
     * The generated PHP decides each fixture exactly as the TypeScript engine did.
     *
     * @dataProvider fixture_provider
     * @param array|null $programme
     * @param array|null $record
     * @param string|null $asof
     * @param array|null $expected
     * @param string|null $error
     */
    public function test_fixture(?array $programme, ?array $record, ?string $asof, ?array $expected, ?string $error): void {
        $this->assertNull($error, (string) $error);
        $got = \local_sens\local\engine\decide::decide($programme, $record, $asof);
        $this->assertSame(sens_conformance_json($expected), sens_conformance_json($got));
    }
}
