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
 * Tests of the audit trail: one entry, many entries at once (all or none); the hash chain, its verification naming
 * the altered row, and chaining the rows written before it existed.
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

    /**
     * Entries written by several services form one chain: positions 1..n, each prevhash the hash before, each hash
     * the SHA-256 of the canonical serialisation; verify() accepts it and gives the head.
     */
    public function test_chain_links_every_entry(): void {
        global $DB;
        $this->resetAfterTest();
        $audit = \core\di::get(audit_repository::class);
        $audit->append(2, 'attestation_recorded', 3, 1, ['unit' => 'donnees.debutant', 'result' => 'passed']);
        $audit->append_many(2, 'decision_changed', [
            ['relateduserid' => 3, 'versionid' => 1, 'details' => ['verdict' => ['before' => null, 'after' => 'in_progress']]],
            ['relateduserid' => 4, 'versionid' => 1, 'details' => []],
        ]);
        $audit->append(2, 'certificate_revoked', 3, 1, ['reason' => 'Erreur de nom — « corrigée »']);
        $rows = array_values($DB->get_records('local_sens_audit', null, 'seq'));
        $this->assertSame([1, 2, 3, 4], array_map(fn($r) => (int)$r->seq, $rows));
        $prev = audit_repository::GENESIS;
        foreach ($rows as $row) {
            $this->assertSame($prev, $row->prevhash);
            $expected = hash('sha256', json_encode(['sens-audit-1', (int)$row->seq, $prev, (int)$row->userid, $row->action,
                $row->relateduserid === null ? null : (int)$row->relateduserid,
                $row->versionid === null ? null : (int)$row->versionid, $row->details, (int)$row->timecreated],
                JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
            $this->assertSame($expected, $row->hash);
            $prev = $row->hash;
        }
        $result = $audit->verify();
        $this->assertTrue($result['ok']);
        $this->assertSame(4, $result['count']);
        $this->assertSame(['seq' => 4, 'hash' => $prev], $result['head']);
    }

    /**
     * Provider of alterations of one row in the database, each with what verify() must say about it.
     *
     * @return array
     */
    public static function alteration_provider(): array {
        return [
            'details edited' => ['details', '{"unit":"donnees.debutant","result":"failed"}', 'does not match its hash'],
            'actor changed' => ['userid', 5, 'does not match its hash'],
            'time moved' => ['timecreated', 1, 'does not match its hash'],
            'hash recomputed without the chain' => ['prevhash', str_repeat('a', 64), 'previous hash'],
        ];
    }

    /**
     * Altering one field of one row in the database makes verification fail and name that row.
     *
     * @dataProvider alteration_provider
     * @param string $field
     * @param mixed $value
     * @param string $message
     */
    public function test_verify_names_the_altered_row(string $field, $value, string $message): void {
        global $DB;
        $this->resetAfterTest();
        $audit = \core\di::get(audit_repository::class);
        $ids = [];
        foreach (['passed', 'passed', 'passed'] as $i => $result) {
            $ids[] = $audit->append(2, 'attestation_recorded', 3 + $i, 1, ['unit' => 'donnees.debutant', 'result' => $result]);
        }
        $this->assertTrue($audit->verify()['ok']);
        $DB->set_field('local_sens_audit', $field, $value, ['id' => $ids[1]]);
        if ($field === 'prevhash') {
            // A forger who also recomputes the row's own hash: the link to the row before still breaks.
            $row = $DB->get_record('local_sens_audit', ['id' => $ids[1]]);
            $DB->set_field('local_sens_audit', 'hash', audit_repository::hash($row), ['id' => $ids[1]]);
        }
        $result = $audit->verify();
        $this->assertFalse($result['ok']);
        $this->assertSame($ids[1], $result['error']['id']);
        $this->assertSame(2, $result['error']['seq']);
        $this->assertStringContainsString("row {$ids[1]}", $result['error']['message']);
        $this->assertStringContainsString($message, $result['error']['message']);
    }

    /**
     * A row deleted in the middle, or the last row deleted, is caught too: the gap names the row after it, the head
     * no longer names the last row.
     */
    public function test_verify_catches_deleted_rows(): void {
        global $DB;
        $this->resetAfterTest();
        $audit = \core\di::get(audit_repository::class);
        $ids = [];
        for ($i = 0; $i < 4; $i++) {
            $ids[] = $audit->append(2, 'decision_changed', 3, 1, ['n' => $i]);
        }
        $DB->delete_records('local_sens_audit', ['id' => $ids[3]]);
        $result = $audit->verify();
        $this->assertFalse($result['ok']);
        $this->assertNull($result['error']['id']);
        $this->assertStringContainsString('head', $result['error']['message']);
        $DB->delete_records('local_sens_audit', ['id' => $ids[1]]);
        $result = $audit->verify();
        $this->assertSame($ids[2], $result['error']['id']);
        $this->assertStringContainsString('entries are missing', $result['error']['message']);
    }

    /**
     * The upgrade chains the rows written before the chain existed (position below 1), in id order, after those
     * already chained;
     * a second run changes nothing.
     */
    public function test_chain_unchained_rows_in_id_order(): void {
        global $DB;
        $this->resetAfterTest();
        $audit = \core\di::get(audit_repository::class);
        $audit->append(2, 'course_linked', null, null, ['courseid' => 9]);
        $old = [];
        foreach ([30, 10, 20] as $i => $time) {
            // Rows from before the chain have position 0; distinct values below 1 here, for the unique index.
            $old[] = (int)$DB->insert_record('local_sens_audit', (object)['userid' => 2, 'action' => 'enrolment_created',
                'relateduserid' => 3, 'versionid' => 1, 'details' => '{"t":' . $time . '}', 'timecreated' => $time,
                'seq' => -$i]);
        }
        $this->assertFalse($audit->verify()['ok']);
        $this->assertSame(3, $audit->chain_unchained());
        $this->assertSame([2, 3, 4], array_map(fn($id) => (int)$DB->get_field('local_sens_audit', 'seq', ['id' => $id]), $old));
        $result = $audit->verify();
        $this->assertTrue($result['ok'], json_encode($result));
        $this->assertSame(4, $result['head']['seq']);
        $this->assertSame(0, $audit->chain_unchained());
        $this->assertTrue($audit->verify()['ok']);
    }

    /**
     * The head's row lock orders writers: an entry appended inside a transaction that rolls back leaves neither a
     * row nor a moved head, and the next entry takes the position after the last committed one.
     */
    public function test_rolled_back_entry_leaves_the_chain_as_it_was(): void {
        global $DB;
        $this->resetAfterTest();
        // The test's own transaction would make ours a nested one, rolled back only with the test.
        $this->preventResetByRollback();
        $audit = \core\di::get(audit_repository::class);
        $audit->append(2, 'decision_changed', 3, 1, []);
        $transaction = $DB->start_delegated_transaction();
        $audit->append(2, 'decision_changed', 3, 1, ['lost' => true]);
        try {
            $transaction->rollback(new \moodle_exception('rolledback', 'local_sens'));
        } catch (\moodle_exception $e) {
            $this->assertSame('rolledback', $e->errorcode);
        }
        $this->assertSame(1, (int)$DB->get_field('local_sens_audithead', 'seq', []));
        $audit->append(2, 'decision_changed', 3, 1, ['kept' => true]);
        $result = $audit->verify();
        $this->assertTrue($result['ok']);
        $this->assertSame(2, $result['count']);
    }
}
