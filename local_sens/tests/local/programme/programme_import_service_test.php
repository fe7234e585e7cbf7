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
 * Tests of the import of programme definitions: the shipped programmes, refusals with nothing stored, duplicates.
 *
 * The programme files are the engine's (rules-engine/programmes of the SENS repository, found through SENS_ROOT).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\programme\programme_import_service
 * @covers     \local_sens\local\programme\engine_bridge
 * @covers     \local_sens\local\decision\wording
 * @covers     \local_sens\local\programme\invalid_definition_exception
 */
final class programme_import_service_test extends \advanced_testcase {

    /**
     * Text of a programme file of the engine.
     *
     * @param string $name Path under rules-engine/programmes, without .json.
     * @return string
     */
    private static function programme(string $name): string {
        $root = getenv('SENS_ROOT') ?: dirname(__DIR__, 4);
        $file = "$root/rules-engine/programmes/$name.json";
        if (!is_file($file)) {
            throw new \coding_exception("No $file: set SENS_ROOT to the SENS repository");
        }
        return file_get_contents($file);
    }

    /**
     * Import, expecting a refusal.
     *
     * @param string $json
     * @return array[] The errors.
     */
    private function refused(string $json): array {
        try {
            \core\di::get(programme_import_service::class)->import($json, 2);
        } catch (invalid_definition_exception $e) {
            $this->assertNotEmpty($e->errors);
            return $e->errors;
        }
        $this->fail('The definition was imported');
    }

    /**
     * Whether an error with this code is at this path.
     *
     * @param array[] $errors
     * @param string $code
     * @param string $path
     * @return bool
     */
    private static function has_error(array $errors, string $code, string $path): bool {
        foreach ($errors as $error) {
            if ($error['code'] === $code && $error['path'] === $path) {
                return true;
            }
        }
        return false;
    }

    /**
     * The three shipped programmes import as draft version 1 of their programme, stored as given, audited.
     */
    public function test_import_shipped_programmes(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(1767225600);
        $engineer = $this->getDataGenerator()->create_user();
        $service = \core\di::get(programme_import_service::class);
        $repository = \core\di::get(programme_version_repository::class);
        foreach (['du-cns', 'cec-sousse', 'mastere-sousse'] as $name) {
            $json = self::programme($name);
            $version = $service->import($json, (int)$engineer->id);
            $this->assertFalse($version->duplicate);
            $this->assertSame($name, $version->programme);
            $this->assertSame(1, (int)$version->version);
            $this->assertSame('draft', $version->status);
            $stored = $repository->get((int)$version->id);
            $this->assertSame(hash('sha256', $stored->definition), $stored->checksum);
            $this->assertEquals($engineer->id, $stored->createdby);
            $this->assertEquals(1767225600, $stored->timecreated);
            $this->assertSame(json_decode($json, true), $repository->definition((int)$version->id));
        }
        $this->assertSame(3, $DB->count_records('local_sens_progversion'));
        $this->assertSame(3, $DB->count_records('local_sens_audit',
            ['action' => 'programme_version_added', 'userid' => $engineer->id]));
    }

    /**
     * Broken definitions: each is refused with its errors by JSON path, and nothing at all is stored.
     */
    public function test_invalid_definitions_store_nothing(): void {
        global $DB;
        $this->resetAfterTest();
        $ducns = json_decode(self::programme('du-cns'), true);

        // A date that does not exist (the seed's 30 February 2029), as shipped among the engine's invalid examples.
        $errors = $this->refused(self::programme('invalid/du-cns-feb-30'));
        $this->assertTrue(self::has_error($errors, 'invalid_date', '/validTo'), json_encode($errors));
        $this->assertSame('2029-02-30', $errors[0]['params']['value']);

        // A slot pointing at a unit that does not exist.
        $dangling = $ducns;
        $dangling['slots'][0]['unit'] = 'no-such-unit';
        $errors = $this->refused(json_encode($dangling));
        $this->assertTrue(self::has_error($errors, 'dangling_reference', '/slots/0/unit'), json_encode($errors));

        // A prerequisite pointing at a unit that does not exist, deeper in the tree.
        $prereq = $ducns;
        $prereq['units'][3]['prerequisites'] = ['ghost'];
        $errors = $this->refused(json_encode($prereq));
        $this->assertTrue(self::has_error($errors, 'dangling_reference', '/units/3/prerequisites/0'), json_encode($errors));

        // Wrong structure: no units at all, units not a list, a whole document that is a list.
        $nounits = $ducns;
        unset($nounits['units']);
        $this->assertSame('schema', $this->refused(json_encode($nounits))[0]['code']);
        $wrongunits = $ducns;
        $wrongunits['units'] = 'all of them';
        $this->assertSame('schema', $this->refused(json_encode($wrongunits))[0]['code']);
        $this->assertSame('schema', $this->refused('[1, 2]')[0]['code']);

        // Not JSON.
        $errors = $this->refused('{"id": "du-cns", ');
        $this->assertSame('json_parse', $errors[0]['code']);
        $this->assertSame('', $errors[0]['path']);

        $this->assertSame(0, $DB->count_records('local_sens_progversion'));
        $this->assertSame(0, $DB->count_records('local_sens_audit'));
    }

    /**
     * Errors read in the user's language with their path: French and English texts from the lang strings.
     */
    public function test_error_texts_in_user_language(): void {
        $this->resetAfterTest();
        $errors = $this->refused(self::programme('invalid/du-cns-feb-30'));
        $messages = new \local_sens\local\decision\presenter();

        $en = $messages->items($errors);
        $this->assertSame('/validTo', $en[0]['path']);
        $this->assertSame('The date "2029-02-30" does not exist (expected YYYY-MM-DD, a real day).', $en[0]['message']);

        // The test site has no French language pack: a minimal one makes our fr strings available, as on the site.
        global $CFG;
        make_writable_directory($CFG->dataroot . '/lang/fr');
        file_put_contents($CFG->dataroot . '/lang/fr/langconfig.php',
            "<?php\n\$string['thislanguage'] = 'Français';\n\$string['parentlanguage'] = '';\n");
        get_string_manager()->reset_caches();
        $fr = get_string_manager()->get_string('reason_invalid_date', 'local_sens', (object)['value' => '2029-02-30'], 'fr');
        $this->assertStringContainsString('2029-02-30', $fr);
        $this->assertNotSame($en[0]['message'], $fr);
        force_current_language('fr');
        try {
            $this->assertSame($fr, $messages->items($errors)[0]['message']);
        } finally {
            force_current_language('');
        }

        // The whole document's path is shown as "/".
        $whole = $messages->items([['code' => 'json_parse', 'path' => '', 'params' => ['message' => 'x']]]);
        $this->assertSame('/', $whole[0]['path']);
    }

    /**
     * Re-importing a definition already stored (even with other spacing) says so and adds nothing; a changed one is a
     * new version.
     */
    public function test_duplicate_import(): void {
        global $DB;
        $this->resetAfterTest();
        $service = \core\di::get(programme_import_service::class);
        $json = self::programme('cec-sousse');
        $first = $service->import($json, 2);
        \core\di::get(programme_version_service::class)->publish((int)$first->id, 2);

        $again = $service->import(json_encode(json_decode($json), JSON_PRETTY_PRINT), 2);
        $this->assertTrue($again->duplicate);
        $this->assertEquals($first->id, $again->id);
        $this->assertSame('published', $again->status);
        $this->assertSame(1, $DB->count_records('local_sens_progversion'));

        $changed = json_decode($json, true);
        $changed['version'] = '2023.2';
        $second = $service->import(json_encode($changed), 2);
        $this->assertFalse($second->duplicate);
        $this->assertSame(2, (int)$second->version);
        $this->assertSame(2, $DB->count_records('local_sens_progversion'));
    }

    /**
     * errors() checks without storing.
     */
    public function test_errors_only_checks(): void {
        global $DB;
        $this->resetAfterTest();
        $service = \core\di::get(programme_import_service::class);
        $this->assertSame([], $service->errors(self::programme('mastere-sousse')));
        $this->assertNotEmpty($service->errors(self::programme('invalid/mastere-weights-110')));
        $this->assertSame(0, $DB->count_records('local_sens_progversion'));
    }
}
