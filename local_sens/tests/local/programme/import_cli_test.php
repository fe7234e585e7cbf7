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
namespace local_sens\local\programme;

/**
 * Tests of the import CLI (cli/import_programme.php runs import_cli): output, exit codes, publication.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\programme\import_cli
 */
final class import_cli_test extends \advanced_testcase {

    /**
     * Path of a programme file of the engine.
     *
     * @param string $name File name under rules-engine/programmes, without .json.
     * @return string
     */
    private static function file(string $name): string {
        $root = getenv('SENS_ROOT') ?: dirname(__DIR__, 4);
        $file = "$root/rules-engine/programmes/$name.json";
        if (!is_file($file)) {
            throw new \coding_exception("No $file: set SENS_ROOT to the SENS repository");
        }
        return $file;
    }

    /**
     * Run the CLI logic.
     *
     * @param string $file
     * @param bool $publish
     * @return array [exit code, stdout, stderr]
     */
    private static function run_cli(string $file, bool $publish = false): array {
        $out = fopen('php://memory', 'w+');
        $err = fopen('php://memory', 'w+');
        $code = \core\di::get(import_cli::class)->run($file, $publish, 2, $out, $err);
        rewind($out);
        rewind($err);
        return [$code, stream_get_contents($out), stream_get_contents($err)];
    }

    /**
     * A valid file: exit 0, only the version id on stdout; --publish publishes; the same file again gives the same id.
     */
    public function test_import_and_publish(): void {
        global $DB;
        $this->resetAfterTest();
        [$code, $out, $err] = self::run_cli(self::file('mastere-sousse'), true);
        $this->assertSame(import_cli::EXIT_OK, $code, $err);
        $this->assertMatchesRegularExpression('/^\d+\n$/', $out);
        $id = (int)$out;
        $this->assertSame('published', $DB->get_field('local_sens_progversion', 'status', ['id' => $id]));
        $this->assertStringContainsString('mastere-sousse', $err);

        [$code, $again, $err] = self::run_cli(self::file('mastere-sousse'), true);
        $this->assertSame(import_cli::EXIT_OK, $code);
        $this->assertSame($out, $again);
        $this->assertStringContainsString('nothing was added', $err);
        $this->assertSame(1, $DB->count_records('local_sens_progversion'));
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'programme_version_published']));
    }

    /**
     * An invalid file: exit 1, errors by JSON path on stderr, nothing on stdout, nothing stored.
     */
    public function test_invalid_file(): void {
        global $DB;
        $this->resetAfterTest();
        [$code, $out, $err] = self::run_cli(self::file('invalid/du-cns-feb-30'), true);
        $this->assertSame(import_cli::EXIT_INVALID, $code);
        $this->assertSame('', $out);
        $this->assertStringContainsString('/validTo: The date "2029-02-30" does not exist', $err);
        $this->assertSame(0, $DB->count_records('local_sens_progversion'));
    }

    /**
     * No file or an unreadable one: exit 2.
     */
    public function test_usage_errors(): void {
        $this->resetAfterTest();
        [$code, $out] = self::run_cli('');
        $this->assertSame(import_cli::EXIT_USAGE, $code);
        $this->assertSame('', $out);
        [$code, , $err] = self::run_cli('/nonexistent/programme.json');
        $this->assertSame(import_cli::EXIT_USAGE, $code);
        $this->assertStringContainsString('/nonexistent/programme.json', $err);
    }
}
