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

use core\clock;
use moodle_database;

/**
 * Append-only, hash-chained audit trail of decisions that matter (attestations, jury decisions, decisions,
 * certificates, revocations…).
 *
 * Every entry has a position in one sequence (seq, 1, 2, 3…), the hash of the entry before it (prevhash) and its own
 * hash: SHA-256 over a canonical serialisation of its fields and prevhash (canonical()). The head record
 * (local_sens_audithead, one row) holds the last position and hash. Changing, inserting or deleting any row breaks
 * the chain at that row, which verify() names; deleting the last rows leaves the head ahead of the rows.
 *
 * Concurrency: an entry is written in the caller's transaction (the fact and its entry commit together or not at
 * all). Two writers must not both read the same head and fork the chain, so append_many() first runs
 * "UPDATE head SET seq = seq + n": the database takes the head row's write lock, which it holds until the writer's
 * transaction ends; a second writer's UPDATE waits for it and then works on the committed head (an UPDATE reads the
 * latest committed row in every isolation level Moodle uses; the SELECT that follows reads the writer's own updated
 * row). The positions are reserved by that UPDATE, and the unique index on seq refuses a fork outright. The cost:
 * audit writers are serialised for the rest of their transaction (a promotion's recompute holds the head ~1 s).
 * A Moodle lock (\core\lock) would not do: it is released apart from the transaction, before the commit.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class audit_repository {

    /** @var string Table name. */
    private const TABLE = 'local_sens_audit';

    /** @var string Head of the chain (one row). */
    private const HEAD = 'local_sens_audithead';

    /** @var string Hash of "nothing before": the prevhash of the first entry. */
    public const GENESIS = '0000000000000000000000000000000000000000000000000000000000000000';

    /** @var int|null Id of the head record, read once. */
    private ?int $headid = null;

    /** @var int Id of the entry append() wrote. */
    private int $lastid = 0;

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
    ) {
    }

    /**
     * Append an entry.
     *
     * @param int $actorid Who acted.
     * @param string $action What was done, e.g. attestation_recorded.
     * @param int|null $relateduserid About whom.
     * @param int|null $versionid Programme version concerned.
     * @param array $details Facts of the action, stored as JSON.
     * @return int The new entry id.
     */
    public function append(int $actorid, string $action, ?int $relateduserid, ?int $versionid, array $details): int {
        $this->append_many($actorid, $action, [
            ['relateduserid' => $relateduserid, 'versionid' => $versionid, 'details' => $details],
        ]);
        return $this->lastid;
    }

    /**
     * Append several entries of one action at once, in a few statements (a promotion's recompute audits hundreds of
     * decisions): all of them or none. Every entry is checked before anything is written.
     *
     * @param int $actorid Who acted.
     * @param string $action What was done, e.g. decision_changed.
     * @param array[] $entries List of ['relateduserid' => ?int, 'versionid' => ?int, 'details' => array].
     * @return int Number of entries written.
     * @throws \coding_exception Naming the entry and field when one is malformed (nothing written).
     */
    public function append_many(int $actorid, string $action, array $entries): int {
        $now = $this->clock->time();
        $rows = [];
        foreach (array_values($entries) as $i => $entry) {
            foreach (['relateduserid', 'versionid'] as $field) {
                if (!is_array($entry) || !array_key_exists($field, $entry)
                        || ($entry[$field] !== null && !is_int($entry[$field]))) {
                    throw new \coding_exception("Audit entry $i: '$field' must be an integer or null");
                }
            }
            if (!isset($entry['details']) || !is_array($entry['details'])) {
                throw new \coding_exception("Audit entry $i: 'details' must be an array");
            }
            try {
                $details = json_encode($entry['details'], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
            } catch (\JsonException $e) {
                throw new \coding_exception("Audit entry $i: 'details' cannot be encoded as JSON: " . $e->getMessage());
            }
            $rows[] = [
                'userid' => $actorid,
                'action' => $action,
                'relateduserid' => $entry['relateduserid'],
                'versionid' => $entry['versionid'],
                'details' => $details,
                'timecreated' => $now,
            ];
        }
        if ($rows) {
            $transaction = $this->db->start_delegated_transaction();
            // Takes the head's row lock until the transaction ends and reserves the positions (class comment).
            $this->db->execute('UPDATE {' . self::HEAD . '} SET seq = seq + :n WHERE id = :id',
                ['n' => count($rows), 'id' => $this->head_id()]);
            $head = $this->db->get_record(self::HEAD, ['id' => $this->head_id()], 'id, seq, hash', MUST_EXIST);
            $seq = (int)$head->seq - count($rows);
            $prev = (string)$head->hash;
            foreach ($rows as $i => $row) {
                $row['seq'] = ++$seq;
                $row['prevhash'] = $prev;
                $row['hash'] = $prev = self::hash($row);
                $rows[$i] = $row;
            }
            if (count($rows) === 1) {
                $this->lastid = (int)$this->db->insert_record(self::TABLE, (object)$rows[0]);
            } else {
                $this->db->insert_records(self::TABLE, $rows);
                $this->lastid = 0;
            }
            $this->db->update_record(self::HEAD, (object)['id' => $head->id, 'hash' => $prev,
                'timemodified' => $now]);
            $transaction->allow_commit();
        }
        return count($rows);
    }

    /**
     * Id of the head record, created with the table (db/install.php, upgrade 2026120530).
     *
     * @return int
     */
    private function head_id(): int {
        return $this->headid ??= (int)$this->db->get_field_sql('SELECT MIN(id) FROM {' . self::HEAD . '}');
    }

    /**
     * The canonical serialisation of an entry that its hash covers: its position, the previous hash and every
     * field as stored (ids as integers or null, details as the stored JSON text), as a JSON list in a fixed order.
     *
     * @param array|\stdClass $row seq, prevhash, userid, action, relateduserid, versionid, details, timecreated.
     * @return string
     */
    public static function canonical($row): string {
        $row = (array)$row;
        $int = fn($v) => $v === null || $v === '' ? null : (int)$v;
        return json_encode(['sens-audit-1', (int)$row['seq'], (string)$row['prevhash'], (int)$row['userid'],
            (string)$row['action'], $int($row['relateduserid']), $int($row['versionid']),
            $row['details'] === null ? null : (string)$row['details'], (int)$row['timecreated']],
            JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    }

    /**
     * The hash of an entry: SHA-256 (hex) of its canonical serialisation.
     *
     * @param array|\stdClass $row
     * @return string
     */
    public static function hash($row): string {
        return hash('sha256', self::canonical($row));
    }

    /**
     * Verify the whole chain, in position order, one row at a time (a recordset): each row's position follows the
     * previous one, its prevhash is the previous row's hash, its hash is that of its fields; the head names the last
     * row. Stops at the first break.
     *
     * @return array ['ok' => bool, 'count' => rows checked, 'head' => ['seq' => int, 'hash' => string],
     *     'error' => null or ['id' => row id or null (the head), 'seq' => ?int, 'message' => string]]
     */
    public function verify(): array {
        $head = $this->db->get_record(self::HEAD, ['id' => $this->head_id()], 'seq, hash', MUST_EXIST);
        $head = ['seq' => (int)$head->seq, 'hash' => (string)$head->hash];
        $fail = fn(?int $id, ?int $seq, string $message, int $count) =>
            ['ok' => false, 'count' => $count, 'head' => $head, 'error' => ['id' => $id, 'seq' => $seq, 'message' => $message]];
        $prev = self::GENESIS;
        $expected = 1;
        $count = 0;
        $rows = $this->db->get_recordset(self::TABLE, null, 'seq, id',
            'id, seq, prevhash, hash, userid, action, relateduserid, versionid, details, timecreated');
        try {
            foreach ($rows as $row) {
                $id = (int)$row->id;
                $seq = (int)$row->seq;
                if ($seq !== $expected) {
                    return $fail($id, $seq, $seq < $expected ? "row $id: position $seq repeats or is out of the chain"
                        : "row $id: position $seq follows " . ($expected - 1) . ': entries are missing before it', $count);
                }
                if ($row->prevhash !== $prev) {
                    return $fail($id, $seq, "row $id (position $seq): its previous hash is not the hash of the row before it",
                        $count);
                }
                if (!hash_equals((string)$row->hash, self::hash($row))) {
                    return $fail($id, $seq, "row $id (position $seq): its content does not match its hash (altered)", $count);
                }
                $prev = (string)$row->hash;
                $expected++;
                $count++;
            }
        } finally {
            $rows->close();
        }
        if ($head['seq'] !== $count || $head['hash'] !== $prev) {
            return $fail(null, $head['seq'], "head: position {$head['seq']} and hash {$head['hash']} do not name the last row "
                . "(position $count, hash $prev): entries were removed from the end", $count);
        }
        return ['ok' => true, 'count' => $count, 'head' => $head, 'error' => null];
    }

    /**
     * Chain the rows written before the chain existed, in id order (upgrade to 2026120530), after any already chained;
     * then set the head. Idempotent.
     *
     * @return int Rows chained now.
     */
    public function chain_unchained(): int {
        $transaction = $this->db->start_delegated_transaction();
        $this->db->execute('UPDATE {' . self::HEAD . '} SET seq = seq WHERE id = :id', ['id' => $this->head_id()]);
        $head = $this->db->get_record(self::HEAD, ['id' => $this->head_id()], 'id, seq, hash', MUST_EXIST);
        $seq = (int)$head->seq;
        $prev = (string)$head->hash;
        $n = 0;
        $rows = $this->db->get_recordset_select(self::TABLE, 'seq < 1', [], 'id',
            'id, userid, action, relateduserid, versionid, details, timecreated');
        foreach ($rows as $row) {
            $row->seq = ++$seq;
            $row->prevhash = $prev;
            $row->hash = $prev = self::hash($row);
            $this->db->update_record(self::TABLE, (object)['id' => $row->id, 'seq' => $row->seq,
                'prevhash' => $row->prevhash, 'hash' => $row->hash]);
            $n++;
        }
        $rows->close();
        $this->db->update_record(self::HEAD, (object)['id' => $head->id, 'seq' => $seq, 'hash' => $prev,
            'timemodified' => $this->clock->time()]);
        $transaction->allow_commit();
        return $n;
    }

    /**
     * Entries about a learner, newest first.
     *
     * @param int $relateduserid
     * @return \stdClass[]
     */
    public function for_learner(int $relateduserid): array {
        return array_values($this->db->get_records(self::TABLE, ['relateduserid' => $relateduserid], 'timecreated DESC, id DESC'));
    }
}
