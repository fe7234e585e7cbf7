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


namespace local_sens\local\gating;

use local_sens\local\learner\enrolment_repository;
use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * The gated units open to each learner: the only owner of table local_sens_openunit (rows SQL can join, for the user
 * lists of availability_sens) and of the per-learner cache entry availability_sens checks on every activity.
 *
 * Both come from the stored decision of the learner's latest enrolment on each programme (a unit is open when its
 * state is open, in progress, validated or exempt). The decision service writes the rows in the transaction that
 * stores the decisions, and drops the learners' cache entries once that transaction has committed.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class open_units_repository {

    /** @var string Table of open units. */
    private const TABLE = 'local_sens_openunit';

    /** @var string Cache definition (local_sens/db/caches.php). */
    private const CACHE = 'openunits';

    /** @var array<int, true> Learners whose entries go once the current database transaction is over. */
    private static array $pending = [];

    /** @var bool Whether the end-of-request flush is registered. */
    private static bool $shutdown = false;

    /** @var array<int, array> Entries read in this web request (never in a CLI process: a cron runner lives long). */
    private array $memo = [];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param programme_version_repository $versions
     * @param enrolment_repository $enrolments
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var programme_version_repository Programme versions (definitions cached in MUC). */
        private readonly programme_version_repository $versions,
        /** @var enrolment_repository Programme enrolments (read with their decisions). */
        private readonly enrolment_repository $enrolments,
    ) {
    }

    /**
     * The learner's gated units by programme: one cache get (then kept for the rest of a web request; a CLI process
     * asks the shared cache each time); on a miss one query (every enrolment with its stored decision).
     *
     * For a learner whose decision changed inside a transaction still open, the entry comes from the database for
     * this request only (it sees its own writes) and the shared entry is left alone until the transaction is over.
     *
     * @param int $userid
     * @return array<string, array> By programme id: versionid, open (unit id => true), locked (unit id => first reason
     *     or null), decided (whether a decision is stored).
     */
    public function entry(int $userid): array {
        $this->flush_if_committed();
        if (isset(self::$pending[$userid])) {
            $local = \cache::make_from_params(\cache_store::MODE_REQUEST, 'local_sens', 'openunits_uncommitted');
            $entry = $local->get($userid);
            if ($entry === false) {
                $entry = $this->load($userid);
                $local->set($userid, $entry);
            }
            return $entry;
        }
        if (isset($this->memo[$userid])) {
            return $this->memo[$userid];
        }
        $cache = \cache::make('local_sens', self::CACHE);
        $entry = $cache->get($userid);
        if ($entry === false) {
            $entry = $this->load($userid);
            $cache->set($userid, $entry);
        }
        if (!CLI_SCRIPT) {
            $this->memo[$userid] = $entry;
        }
        return $entry;
    }

    /**
     * Whether a gated unit of a programme is open to a learner.
     *
     * @param int $userid
     * @param string $programme
     * @param string $unit
     * @return bool
     */
    public function is_open(int $userid, string $programme, string $unit): bool {
        return isset($this->entry($userid)[$programme]['open'][$unit]);
    }

    /**
     * The entry, read from the database: the latest enrolment on each programme wins.
     *
     * @param int $userid
     * @return array
     */
    private function load(int $userid): array {
        $rows = $this->enrolments->with_decisions_of($userid);
        $entry = [];
        foreach ($rows as $row) {
            $decision = $row->decision === null ? [] : json_decode($row->decision, true);
            $entry[$row->programme] = self::summary((int)$row->versionid,
                $this->versions->definition((int)$row->versionid), $decision);
        }
        return $entry;
    }

    /**
     * A decision's gated units: open ones, and locked ones with their first reason.
     *
     * @param int $versionid
     * @param array $definition
     * @param array $decision
     * @return array versionid, open (unit id => true), locked (unit id => reason or null), decided (false: no decision
     *     stored yet, gating refuses every gated unit).
     */
    public static function summary(int $versionid, array $definition, array $decision): array {
        $gated = gating_service::gated_units($definition);
        $open = [];
        $locked = [];
        foreach ($decision['units'] ?? [] as $unit) {
            if (!isset($gated[$unit['id']])) {
                continue;
            }
            if (in_array($unit['state'], \local_sens\local\engine\reasons::USABLE_STATES, true)) {
                $open[$unit['id']] = true;
            } else {
                $locked[$unit['id']] = $unit['reasons'][0] ?? null;
            }
        }
        return ['versionid' => $versionid, 'open' => $open, 'locked' => $locked, 'decided' => isset($decision['units'])];
    }

    /**
     * Rewrite the rows of learners on programmes from the decisions of their latest enrolment. Runs inside the
     * caller's transaction (the one storing the decisions).
     *
     * @param array[] $latest Each [userid, programme, versionid, decision].
     */
    public function replace(array $latest): void {
        $byprogramme = [];
        $rows = [];
        foreach ($latest as [$userid, $programme, $versionid, $decision]) {
            $byprogramme[$programme][] = (int)$userid;
            $summary = self::summary((int)$versionid, $this->versions->definition((int)$versionid), $decision);
            foreach (array_keys($summary['open']) as $unit) {
                $rows[] = ['userid' => (int)$userid, 'programme' => $programme, 'unit' => (string)$unit];
            }
        }
        foreach ($byprogramme as $programme => $userids) {
            foreach (array_chunk(array_values(array_unique($userids)), 1000) as $chunk) {
                [$insql, $params] = $this->db->get_in_or_equal($chunk, SQL_PARAMS_NAMED, 'usr');
                $this->db->delete_records_select(self::TABLE, "programme = :programme AND userid $insql",
                    ['programme' => $programme] + $params);
            }
        }
        foreach (array_chunk($rows, 1000) as $chunk) {
            $this->db->insert_records(self::TABLE, $chunk);
        }
    }

    /**
     * Drop learners' cache entries once the current transaction, if any, is over — never inside it: a reader in
     * another request would refill the entry from the decision not committed yet, and keep it. Until then this
     * request reads those learners' entries from the database (entry()); they go from the cache at the first read
     * after the transaction, and at the end of the request.
     *
     * @param int[] $userids
     */
    public function invalidate(array $userids): void {
        $userids = array_values(array_unique(array_map('intval', $userids)));
        if (!$userids) {
            return;
        }
        $this->memo = array_diff_key($this->memo, array_flip($userids));
        if ($this->db->is_transaction_started()) {
            self::$pending += array_fill_keys($userids, true);
            \cache::make_from_params(\cache_store::MODE_REQUEST, 'local_sens', 'openunits_uncommitted')->delete_many($userids);
            if (!self::$shutdown) {
                self::$shutdown = true;
                \core_shutdown_manager::register_function([self::class, 'flush_pending']);
            }
            return;
        }
        \cache::make('local_sens', self::CACHE)->delete_many($userids);
    }

    /**
     * Drop the entries left pending by a transaction, if it is over.
     */
    private function flush_if_committed(): void {
        if (self::$pending && !$this->db->is_transaction_started()) {
            self::flush_pending();
        }
    }

    /**
     * Drop the entries left pending (after the transaction; at the latest at the end of the request).
     */
    public static function flush_pending(): void {
        if (self::$pending) {
            $userids = array_keys(self::$pending);
            self::$pending = [];
            \cache::make('local_sens', self::CACHE)->delete_many($userids);
            \cache::make_from_params(\cache_store::MODE_REQUEST, 'local_sens', 'openunits_uncommitted')->purge();
        }
    }

    /**
     * Ids of the learners to whom a gated unit of a programme is open (one query).
     *
     * @param string $programme
     * @param string $unit
     * @return int[]
     */
    public function users_with_open_unit(string $programme, string $unit): array {
        return array_map('intval', $this->db->get_fieldset_select(self::TABLE, 'userid',
            'programme = :programme AND unit = :unit', ['programme' => $programme, 'unit' => $unit]));
    }

    /**
     * A subquery true when the unit is open to the user in column $usercolumn (for EXISTS).
     *
     * @param string $usercolumn SQL expression of the user id, e.g. userids.id.
     * @param string $programmeparam Placeholder of the programme id (":name"), its value in the caller's params.
     * @param string $unitparam Placeholder of the unit id.
     * @return string
     */
    public function open_unit_exists_sql(string $usercolumn, string $programmeparam, string $unitparam): string {
        return "SELECT 1
                  FROM {" . self::TABLE . "} sensou
                 WHERE sensou.userid = $usercolumn
                   AND sensou.programme = $programmeparam
                   AND sensou.unit = $unitparam";
    }

    /**
     * Ids of the users among these whose latest enrolment on a programme has a stored decision: gating applies to
     * them. The others (not on the programme, or waiting for their first decision after an enrolment) are refused
     * every gated unit, as entry()'s "decided" says. One query per 1,000 users.
     *
     * @param string $programme
     * @param int[] $userids
     * @return int[]
     */
    public function users_decided(string $programme, array $userids): array {
        $decided = [];
        foreach (array_chunk(array_values(array_unique(array_map('intval', $userids))), 1000) as $chunk) {
            [$insql, $params] = $this->db->get_in_or_equal($chunk, SQL_PARAMS_NAMED, 'usr');
            $sql = "SELECT u.id FROM {user} u WHERE u.id $insql AND EXISTS (" .
                $this->decided_exists_sql('u.id', ':programme') . ")";
            $decided = array_merge($decided, $this->db->get_fieldset_sql($sql, $params + ['programme' => $programme]));
        }
        return array_map('intval', $decided);
    }

    /**
     * A subquery true when the latest enrolment of the user in column $usercolumn on a programme has a stored
     * decision (for EXISTS; the latest as in entry(): by time created, then id).
     *
     * @param string $usercolumn SQL expression of the user id, e.g. userids.id.
     * @param string $programmeparam Placeholder of the programme id (":name"), its value in the caller's params.
     * @return string
     */
    public function decided_exists_sql(string $usercolumn, string $programmeparam): string {
        return enrolment_repository::latest_decided_exists_sql($usercolumn, $programmeparam);
    }

    /**
     * A learner's rows (privacy export).
     *
     * @param int $userid
     * @return \stdClass[]
     */
    public function for_user(int $userid): array {
        return array_values($this->db->get_records(self::TABLE, ['userid' => $userid], 'programme, unit',
            'id, programme, unit'));
    }

    /**
     * Delete a learner's rows and cache entry (privacy, the learner's data deleted).
     *
     * @param int $userid
     */
    public function delete_user(int $userid): void {
        $this->db->delete_records(self::TABLE, ['userid' => $userid]);
        $this->invalidate([$userid]);
    }

    /**
     * Fill the rows of every learner from the stored decisions (upgrade, repair): the latest enrolment on each
     * programme. Rows already right are rewritten the same.
     *
     * @return int Number of learner × programme pairs written.
     */
    public function rebuild_all(): int {
        $rows = $this->enrolments->all_with_decisions();
        $latest = [];
        foreach ($rows as $row) {
            $latest[(int)$row->userid . '/' . $row->programme] = [(int)$row->userid, $row->programme, (int)$row->versionid,
                $row->decision === null ? [] : json_decode($row->decision, true)];
        }
        $rows->close();
        $transaction = $this->db->start_delegated_transaction();
        $this->db->delete_records(self::TABLE);
        foreach (array_chunk(array_values($latest), 500) as $chunk) {
            $this->replace($chunk);
        }
        $transaction->allow_commit();
        \cache_helper::purge_by_definition('local_sens', self::CACHE);
        $this->memo = [];
        return count($latest);
    }
}
