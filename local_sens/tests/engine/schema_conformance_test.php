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

use local_sens\local\engine\schema;

/**
 * Structural validation generated from the JSON Schemas: the errors ajv reports in TypeScript, fixture by fixture.
 *
 * Fixtures live in tests/conformance/schema of the SENS repository (SENS_ROOT, as for conformance_test).
 *
 * @package    local_sens
 * @category   test
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\engine\schema
 */
final class schema_conformance_test extends \basic_testcase {
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
     * One case per structural fixture: kind, document text, expected errors.
     *
     * @return array
     */
    public static function fixture_provider(): array {
        $files = glob(self::root() . '/tests/conformance/schema/*.json');
        if (!$files) {
            return ['fixtures not found' => ['programme', '{}', [], 'set SENS_ROOT: no tests/conformance/schema']];
        }
        $cases = [];
        foreach ($files as $file) {
            $fx = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
            $cases[basename($file)] = [$fx['kind'], $fx['text'], $fx['expected'], null];
        }
        return $cases;
    }

    /**
     * The generated PHP reports exactly the errors (code, path, params, order) that ajv reported.
     *
     * @dataProvider fixture_provider
     * @param string $kind programme or record
     * @param string $text document as JSON text
     * @param array $expected errors
     * @param string|null $error set when the fixtures are missing
     */
    public function test_fixture(string $kind, string $text, array $expected, ?string $error): void {
        $this->assertNull($error, (string) $error);
        $doc = json_decode($text, false, 512, JSON_THROW_ON_ERROR);
        $got = $kind === 'programme' ? schema::validate_programme($doc) : schema::validate_record($doc);
        $this->assertSame(json_encode($expected), json_encode($got));
    }

    /**
     * Decoded with objects, an empty object and an empty list stay apart.
     */
    public function test_empty_object_and_empty_list_differ(): void {
        $record = '{"learner": "l", "programme": {"id": "p", "version": "1"}, "enrolment": %s}';
        $asobject = schema::validate_record(json_decode(sprintf($record, '{}')));
        $aslist = schema::validate_record(json_decode(sprintf($record, '[]')));
        $this->assertSame([['code' => 'schema', 'path' => '/enrolment/start',
            'params' => ['keyword' => 'required', 'message' => "must have required property 'start'"]]], $asobject);
        $this->assertSame([['code' => 'schema', 'path' => '/enrolment',
            'params' => ['keyword' => 'type', 'message' => 'must be object']]], $aslist);
        $valid = schema::validate_record(json_decode(sprintf($record, '{"start": "2026-01-05"}')));
        $this->assertSame([], $valid);
    }

    /**
     * A shipped programme is structurally valid, whether decoded with objects or (non-empty) arrays.
     */
    public function test_shipped_programme_is_valid(): void {
        $text = file_get_contents(self::root() . '/rules-engine/programmes/du-cns.json');
        $this->assertNotFalse($text);
        $this->assertSame([], schema::validate_programme(json_decode($text)));
        $this->assertSame([], schema::validate_record(json_decode('{"learner": "l", "programme": {"id": "du-cns", ' .
            '"version": "1"}, "enrolment": {"start": "2026-01-05"}, "activities": []}', true)));
    }
}
