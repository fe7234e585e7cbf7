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
 * Append-only audit trail of decisions that matter.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class audit_repository {

    /** @var string Table name. */
    private const TABLE = 'local_sens_audit';

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
        return (int)$this->db->insert_record(self::TABLE, (object)[
            'userid' => $actorid,
            'action' => $action,
            'relateduserid' => $relateduserid,
            'versionid' => $versionid,
            'details' => json_encode($details, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),
            'timecreated' => $this->clock->time(),
        ]);
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
            $this->db->insert_records(self::TABLE, $rows);
            $transaction->allow_commit();
        }
        return count($rows);
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

    /**
     * Forget the entries about a learner (the user was deleted, or asked for it through the privacy API); entries
     * of what they did to others stay, as Moodle's logs do.
     *
     * @param int $relateduserid
     */
    public function delete_about_learner(int $relateduserid): void {
        $this->db->delete_records(self::TABLE, ['relateduserid' => $relateduserid]);
    }
}
