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

namespace local_sens\local\decision;

use core\clock;
use local_sens\local\audit\audit_repository;
use local_sens\local\badges\badge_service;
use local_sens\local\certification\certificate_service;
use local_sens\local\engine\decide;
use local_sens\local\gating\gating_service;
use local_sens\local\gating\open_units_repository;
use local_sens\local\learner\enrolment_repository;
use local_sens\local\learner\record_builder;
use local_sens\local\mapping\course_link_repository;
use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * Computes learners' decisions with the generated engine, stores them unchanged, audits changes of verdict or unit
 * state, fires certification_decided, and has Moodle's gating follow: the open units of each learner's latest
 * enrolment on a programme are stored with the decision (same transaction), and the learner's cached entry that
 * availability_sens reads is dropped once that transaction has committed. A verdict that becomes "participation", or
 * "certified" in a programme without a jury, issues its certificate in the same transaction (certificate_service;
 * with a jury, the diploma is queued when the jury closes its deliberation session, task issue_certificates).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class decision_service {

    /** @var int Learners per batch of the nightly recompute (bounded memory: their enrolments, records, decisions). */
    public const BATCH = 500;

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param record_builder $records
     * @param programme_version_repository $versions
     * @param audit_repository $audit
     * @param gating_service $gating
     * @param open_units_repository $openunits
     * @param certificate_service $certificates
     * @param badge_service $badges
     * @param course_link_repository $links
     * @param enrolment_repository $enrolments
     * @param decision_repository $storage
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var record_builder Learner records from Moodle. */
        private readonly record_builder $records,
        /** @var programme_version_repository Programme versions (definitions cached in MUC). */
        private readonly programme_version_repository $versions,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
        /** @var gating_service Gating. */
        private readonly gating_service $gating,
        /** @var open_units_repository Open units of each learner (rows and cached entry). */
        private readonly open_units_repository $openunits,
        /** @var certificate_service Certificates issued from verdicts. */
        private readonly certificate_service $certificates,
        /** @var badge_service Core badges of the levels validated (programmes with badges). */
        private readonly badge_service $badges,
        /** @var course_link_repository Links of courses to programmes. */
        private readonly course_link_repository $links,
        /** @var enrolment_repository Programme enrolments. */
        private readonly enrolment_repository $enrolments,
        /** @var decision_repository Stored decisions. */
        private readonly decision_repository $storage,
    ) {
    }

    /**
     * Today in the site's timezone: the as-of date of decisions.
     *
     * @return string YYYY-MM-DD
     */
    public function asof(): string {
        return \local_sens\local\site_date::today($this->clock);
    }

    /**
     * Recompute the decisions of one learner (all their enrolments) and store them with their open units.
     *
     * @param int $userid
     * @return array<int, array> Decisions by programme version id.
     */
    public function recompute_user(int $userid): array {
        $enrolments = $this->enrolments->of_learners([$userid]);
        if (!$enrolments) {
            return [];
        }
        $stored = [];
        $decisions = $this->compute($enrolments, $stored);
        $byversion = [];
        foreach ($enrolments as $enrolment) {
            $byversion[(int)$enrolment->versionid] = $decisions[(int)$enrolment->id];
        }
        return $byversion;
    }

    /**
     * Recompute every learner's decisions (the reconcile task), then make every linked course's conditions match
     * its mapping.
     * Idempotent: a second run on the same day changes nothing.
     *
     * @return int Number of decisions that changed.
     */
    public function recompute_all(): int {
        $changed = 0;
        $last = 0;
        // Keyset pagination on the learner id, BATCH learners at a time: memory stays bounded whatever the number of
        // learners, and no cursor stays open across the batches' transactions.
        while (true) {
            $userids = $this->enrolments->learner_ids_after($last, self::BATCH);
            if (!$userids) {
                break;
            }
            $last = end($userids);
            $enrolments = $this->enrolments->of_learners($userids);
            $stored = [];
            if ($enrolments) {
                $this->compute($enrolments, $stored, $changed);
            }
            unset($enrolments, $stored);
        }
        foreach ($this->links->courseids() as $courseid) {
            $this->gating->sync_course($courseid);
        }
        return $changed;
    }

    /**
     * Recompute the learners of one linked course (after its mapping changed: the same completions may now count
     * for other slots), then make its gating match. Learners follow their latest enrolment on the course's programme.
     *
     * @param int $courseid
     * @return int Number of decisions that changed.
     */
    public function recompute_course(int $courseid): int {
        $programme = $this->links->programme_of($courseid);
        if ($programme === null) {
            return 0;
        }
        $enrolments = $this->enrolments->of_course_learners($programme, $courseid);
        $changed = 0;
        if ($enrolments) {
            $stored = [];
            $this->compute($enrolments, $stored, $changed);
        }
        $this->gating->sync_course($courseid);
        return $changed;
    }

    /**
     * Recompute some learners of one linked course in one batch (the learners of a workshop sheet). Their gating
     * follows with the stored open units. Learners follow their latest enrolment on the course's programme.
     *
     * @param int $courseid
     * @param int[] $userids
     * @return array<int, array> By user id: before (?array, the stored decision), after (array).
     */
    public function recompute_users(int $courseid, array $userids): array {
        $programme = $this->links->programme_of($courseid);
        if ($programme === null || !$userids) {
            return [];
        }
        $enrolments = $this->enrolments->of_learners($userids, $programme);
        if (!$enrolments) {
            return [];
        }
        $stored = [];
        $decisions = $this->compute($enrolments, $stored);
        $result = [];
        foreach ($enrolments as $enrolment) {
            // Oldest first: the latest enrolment on the programme wins.
            $userid = (int)$enrolment->userid;
            $before = $stored[$userid . '/' . (int)$enrolment->versionid] ?? null;
            $result[$userid] = ['before' => $before === null ? null : json_decode($before->decision, true),
                'after' => $decisions[(int)$enrolment->id]];
        }
        return $result;
    }

    /**
     * Compute, compare with what is stored, store what changed (one transaction). Writes are batched: a
     * promotion's first run inserts 1,500 decisions and audits them, the next day's run rewrites them all. When the
     * decision of a learner's latest enrolment on a programme changed, its open units are rewritten in the same
     * transaction; the cached entries of the learners whose decisions changed are dropped after it commits.
     *
     * Safe when several processes recompute the same learner (two cluster nodes, an observer and a task): each
     * learner's lock is held from reading their stored decision to the commit, so the second process reads what the
     * first stored and writes nothing when the decision is the same (one decision row, one audit entry).
     *
     * @param \stdClass[] $enrolments Oldest first, each with its programme; all the enrolments of each learner on
     *     each programme concerned (the latest one of a programme gates its courses).
     * @param array $stored Set to the stored rows by "userid/versionid", read under the learners' locks.
     * @param int $changed Incremented for each changed decision.
     * @return array<int, array> Decisions by enrolment id.
     */
    private function compute(array $enrolments, array &$stored, int &$changed = 0): array {
        $userids = array_values(array_unique(array_map(fn($e) => (int)$e->userid, $enrolments)));
        return learner_locks::with($this->db, $userids, function() use ($userids, $enrolments, &$stored, &$changed) {
            $stored = $this->storage->rows_of($userids);
            return $this->compute_locked($enrolments, $stored, $changed);
        });
    }

    /**
     * compute(), the learners' locks held.
     *
     * @param \stdClass[] $enrolments
     * @param array $stored
     * @param int $changed
     * @return array<int, array> Decisions by enrolment id.
     */
    private function compute_locked(array $enrolments, array $stored, int &$changed): array {
        global $USER;
        $asof = $this->asof();
        $now = $this->clock->time();
        $records = $this->records->build_many($enrolments);
        $decisions = [];
        $indexes = [];
        $openunits = [];
        $newrows = [];
        $updates = [];
        $audits = [];
        $certified = [];
        $toissue = [];
        $badges = [];
        $latest = [];
        $changedusers = [];
        foreach ($enrolments as $enrolment) {
            // Oldest first: the last one seen is the latest enrolment of the learner on the programme.
            $latest[(int)$enrolment->userid . '/' . $enrolment->programme] = (int)$enrolment->id;
        }
        foreach ($enrolments as $enrolment) {
            $versionid = (int)$enrolment->versionid;
            $userid = (int)$enrolment->userid;
            $definition = $this->versions->definition($versionid);
            // The engine's indexes of a programme, built once for all its learners.
            $indexes[$versionid] ??= decide::prepare($definition);
            $decision = decide::decide($definition, $records[(int)$enrolment->id], $asof, $indexes[$versionid]);
            $decisions[(int)$enrolment->id] = $decision;
            $row = $stored[$userid . '/' . $versionid] ?? null;
            $json = json_encode($decision, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
            if ($row !== null && $row->decision === $json) {
                continue;
            }
            $changed++;
            $changedusers[$userid] = true;
            if ($latest[$userid . '/' . $enrolment->programme] === (int)$enrolment->id) {
                $openunits[] = [$userid, $enrolment->programme, $versionid, $decision];
            }
            $before = $row === null ? null : json_decode($row->decision, true);
            if ($row === null) {
                $id = null;
                $newrows[] = ['userid' => $userid, 'versionid' => $versionid, 'asof' => $asof, 'decision' => $json,
                    'timecomputed' => $now];
            } else {
                $id = (int)$row->id;
                $updates[$id] = $json;
            }
            $audit = self::audit_entry($userid, $versionid, $before, $decision);
            if ($audit !== null) {
                $audits[] = $audit;
            }
            $badges[] = [$userid, $versionid, $decision];
            if ($decision['verdict']['code'] === 'certified' && ($before['verdict']['code'] ?? null) !== 'certified') {
                $certified[] = [$id, $userid, $versionid];
            }
            $verdict = $decision['verdict']['code'];
            if ($verdict !== ($before['verdict']['code'] ?? null) && ($verdict === 'participation'
                    || ($verdict === 'certified' && !certificate_service::waits_for_jury($definition)))) {
                $toissue[] = ['userid' => $userid, 'versionid' => $versionid, 'decision' => $decision];
            }
        }
        if ($newrows || $updates) {
            $transaction = $this->db->start_delegated_transaction();
            $this->storage->insert_many($newrows);
            $this->storage->rewrite_many($updates, $asof, $now);
            $this->audit->append_many((int)($USER->id ?? 0), 'decision_changed', $audits);
            $this->openunits->replace($openunits);
            $this->certificates->issue_many($toissue, (int)($USER->id ?? 0));
            // Badges follow the levels validated or withdrawn, in the same transaction (issue 15).
            $this->badges->follow($badges, (int)($USER->id ?? 0));
            $transaction->allow_commit();
            // After the commit: a reader refilling an entry now reads the new decision.
            $this->openunits->invalidate(array_keys($changedusers));
        }
        foreach ($certified as [$id, $userid, $versionid]) {
            $id ??= (int)$this->storage->id_of($userid, $versionid);
            \local_sens\event\certification_decided::create([
                'objectid' => $id,
                'context' => \context_user::instance($userid),
                'relateduserid' => $userid,
                'other' => ['versionid' => $versionid],
            ])->trigger();
        }
        return $decisions;
    }

    /**
     * The audit entry of a change of verdict or of a unit's state (not of a mere date or wording), or null.
     *
     * @param int $userid
     * @param int $versionid
     * @param array|null $before The previous decision, null for the first one.
     * @param array $after
     * @return array|null An entry for audit_repository::append_many().
     */
    private static function audit_entry(int $userid, int $versionid, ?array $before, array $after): ?array {
        $states = fn(?array $d) => $d === null ? [] : array_column($d['units'] ?? [], 'state', 'id');
        $old = $states($before);
        $units = [];
        foreach ($states($after) as $unitid => $state) {
            if (($old[$unitid] ?? null) !== $state) {
                $units[] = ['unit' => $unitid, 'before' => $old[$unitid] ?? null, 'after' => $state];
            }
        }
        $verdictbefore = $before['verdict']['code'] ?? null;
        $verdictafter = $after['verdict']['code'];
        if (!$units && $verdictbefore === $verdictafter) {
            return null;
        }
        return ['relateduserid' => $userid, 'versionid' => $versionid, 'details' => [
            'asof' => $after['asOf'],
            'verdict' => ['before' => $verdictbefore, 'after' => $verdictafter],
            'units' => $units,
        ]];
    }
}
