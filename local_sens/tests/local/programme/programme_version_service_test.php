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
 * Tests of référentiel version storage and publication.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\programme\programme_version_service
 * @covers     \local_sens\local\programme\engine_bridge
 */
final class programme_version_service_test extends \advanced_testcase {

    /**
     * Drafts are numbered per programme; publishing records who and when, audits and fires the event.
     */
    public function test_add_and_publish(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(1767225600);
        $engineer = $this->getDataGenerator()->create_user();
        $service = \core\di::get(programme_version_service::class);

        $first = $service->add_draft('du-cns', '{"id":"du-cns"}', (int)$engineer->id);
        $second = $service->add_draft('du-cns', '{"id":"du-cns","v":2}', (int)$engineer->id);
        $other = $service->add_draft('cec', '{"id":"cec"}', (int)$engineer->id);
        $this->assertSame([1, 2, 1], [(int)$first->version, (int)$second->version, (int)$other->version]);
        $this->assertSame(hash('sha256', '{"id":"du-cns"}'), $first->checksum);

        $sink = $this->redirectEvents();
        $published = $service->publish((int)$first->id, (int)$engineer->id);
        $this->assertSame('published', $published->status);
        $stored = $DB->get_record('local_sens_progversion', ['id' => $first->id]);
        $this->assertSame('published', $stored->status);
        $this->assertEquals($engineer->id, $stored->publishedby);
        $this->assertEquals(1767225600, $stored->timepublished);
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'programme_version_published']));
        $events = array_values(array_filter($sink->get_events(),
            fn($e) => $e instanceof \local_sens\event\programme_version_published));
        $this->assertCount(1, $events);
        $this->assertEquals($first->id, $events[0]->objectid);
    }

    /**
     * A published version cannot be published again, and a tampered definition is refused; nothing changes.
     */
    public function test_publish_refusals(): void {
        global $DB;
        $this->resetAfterTest();
        $service = \core\di::get(programme_version_service::class);
        $version = $service->add_draft('du-cns', '{"id":"du-cns"}', 2);
        $service->publish((int)$version->id, 2);
        try {
            $service->publish((int)$version->id, 2);
            $this->fail('Published twice');
        } catch (\moodle_exception $e) {
            $this->assertSame('errorversionnotdraft', $e->errorcode);
        }
        $tampered = $service->add_draft('du-cns', '{"id":"du-cns","v":2}', 2);
        $DB->set_field('local_sens_progversion', 'definition', '{"id":"changed"}', ['id' => $tampered->id]);
        try {
            $service->publish((int)$tampered->id, 2);
            $this->fail('Tampered version published');
        } catch (\moodle_exception $e) {
            $this->assertSame('errorchecksum', $e->errorcode);
        }
        $this->assertSame('draft', $DB->get_field('local_sens_progversion', 'status', ['id' => $tampered->id]));
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'programme_version_published']));
    }

    /**
     * Text of a programme file of the engine.
     *
     * @param string $name File name under rules-engine/programmes, without .json.
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
     * Before publishing, a version is compared with the latest published one by the engine's diff.
     */
    public function test_changes_against_latest_published(): void {
        $this->resetAfterTest();
        $import = \core\di::get(programme_import_service::class);
        $service = \core\di::get(programme_version_service::class);
        $json = self::programme('du-cns');
        $v1 = $import->import($json, 2);

        // Nothing published yet: nothing to compare with.
        $this->assertSame(['against' => null, 'changes' => []], $service->changes((int)$v1->id));
        $service->publish((int)$v1->id, 2);
        $this->assertNull($service->changes((int)$v1->id)['against']);

        $next = json_decode($json, true);
        $next['maxDurationMonths'] = 48;
        $v2 = $import->import(json_encode($next), 2);
        $diff = $service->changes((int)$v2->id);
        $this->assertEquals($v1->id, $diff['against']->id);
        $this->assertSame(['change_max_duration'], array_column($diff['changes'], 'code'));
        $this->assertSame('/maxDurationMonths', $diff['changes'][0]['path']);
        $text = (new \local_sens\local\decision\presenter())->text($diff['changes'][0]);
        $this->assertStringContainsString('48', $text);
    }
}
