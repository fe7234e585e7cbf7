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

namespace local_sens\local\audit;

/**
 * Tests of the audit trail: one entry, many entries at once (all or none).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\audit\audit_repository
 */
final class audit_repository_test extends \advanced_testcase {

    /**
     * append_many writes one row per entry, with the actor, action and clock time, details as JSON, as append does.
     */
    public function test_append_many_writes_every_entry(): void {
        global $DB;
        $this->resetAfterTest();
        $clock = $this->mock_clock_with_frozen(1780000000);
        $actor = $this->getDataGenerator()->create_user();
        $learners = [$this->getDataGenerator()->create_user(), $this->getDataGenerator()->create_user()];
        $audit = \core\di::get(audit_repository::class);

        $written = $audit->append_many((int)$actor->id, 'decision_changed', [
            ['relateduserid' => (int)$learners[0]->id, 'versionid' => 7, 'details' => ['verdict' => ['after' => 'é']]],
            ['relateduserid' => (int)$learners[1]->id, 'versionid' => null, 'details' => []],
        ]);

        $this->assertSame(2, $written);
        $rows = array_values($DB->get_records('local_sens_audit', null, 'id'));
        $this->assertCount(2, $rows);
        foreach ($rows as $i => $row) {
            $this->assertEquals($actor->id, $row->userid);
            $this->assertSame('decision_changed', $row->action);
            $this->assertEquals($learners[$i]->id, $row->relateduserid);
            $this->assertEquals($clock->time(), $row->timecreated);
        }
        $this->assertEquals(7, $rows[0]->versionid);
        $this->assertNull($rows[1]->versionid);
        $this->assertSame('{"verdict":{"after":"é"}}', $rows[0]->details);
        $this->assertSame('[]', $rows[1]->details);
        // The same row as append() writes.
        $id = $audit->append((int)$actor->id, 'decision_changed', (int)$learners[0]->id, 7,
            ['verdict' => ['after' => 'é']]);
        $single = $DB->get_record('local_sens_audit', ['id' => $id]);
        foreach (['userid', 'action', 'relateduserid', 'versionid', 'details', 'timecreated'] as $field) {
            $this->assertEquals($single->$field, $rows[0]->$field, $field);
        }
        $this->assertSame(0, $audit->append_many((int)$actor->id, 'decision_changed', []));
        $this->assertSame(3, $DB->count_records('local_sens_audit'));
    }

    /**
     * Provider of malformed entries, each placed second after a valid one.
     *
     * @return array
     */
    public static function invalid_entry_provider(): array {
        return [
            'missing versionid' => [['relateduserid' => 2, 'details' => []], "Audit entry 1: 'versionid'"],
            'user id as a string' => [['relateduserid' => '2', 'versionid' => 1, 'details' => []],
                "Audit entry 1: 'relateduserid'"],
            'details not an array' => [['relateduserid' => 2, 'versionid' => 1, 'details' => 'x'],
                "Audit entry 1: 'details' must be an array"],
            'details not encodable' => [['relateduserid' => 2, 'versionid' => 1, 'details' => ["\xB1\x31"]],
                "Audit entry 1: 'details' cannot be encoded as JSON"],
            'not an array' => ['entry', "Audit entry 1: 'relateduserid'"],
        ];
    }

    /**
     * One malformed entry: a clear error naming it, and nothing written, not even the valid entries before it.
     *
     * @dataProvider invalid_entry_provider
     * @param mixed $invalid
     * @param string $message
     */
    public function test_append_many_writes_nothing_when_an_entry_is_invalid($invalid, string $message): void {
        global $DB;
        $this->resetAfterTest();
        $audit = \core\di::get(audit_repository::class);
        try {
            $audit->append_many(2, 'decision_changed', [
                ['relateduserid' => 2, 'versionid' => 1, 'details' => ['ok' => true]],
                $invalid,
            ]);
            $this->fail('An invalid entry must be refused');
        } catch (\coding_exception $e) {
            $this->assertStringContainsString($message, $e->getMessage());
        }
        $this->assertSame(0, $DB->count_records('local_sens_audit'));
    }
}
