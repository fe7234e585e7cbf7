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

use core\clock;
use local_sens\local\attestation\attestation_repository;
use local_sens\local\audit\audit_repository;
use local_sens\local\decision\decision_repository;
use local_sens\local\decision\decision_service;
use local_sens\local\learner\enrolment_repository;
use moodle_database;

/**
 * Moves a learner from the version they enrolled under to another published version of the same programme.
 *
 * A learner stays on their version until an admin decides otherwise: this is that decision, audited. Their facts
 * (completions, grades, attestations, placements) are linked to units by id and stay: placements hang on the
 * enrolment, workshop attestations are moved to the new version with it; the decision is recomputed on the new
 * version and the one stored for the old version is removed.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class version_migration_service {

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param audit_repository $audit
     * @param programme_version_repository $repository
     * @param decision_service $decisions
     * @param enrolment_repository $enrolments
     * @param attestation_repository $attestations
     * @param decision_repository $stored
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
        /** @var programme_version_repository Versions. */
        private readonly programme_version_repository $repository,
        /** @var decision_service Decisions, recomputed on the new version. */
        private readonly decision_service $decisions,
        /** @var enrolment_repository Programme enrolments. */
        private readonly enrolment_repository $enrolments,
        /** @var attestation_repository Workshop attestations (they follow the learner). */
        private readonly attestation_repository $attestations,
        /** @var decision_repository Stored decisions. */
        private readonly decision_repository $stored,
    ) {
    }

    /**
     * Move an enrolment to another published version of its programme, then recompute the learner's decisions.
     *
     * @param int $enrolmentid
     * @param int $toversionid A published version of the same programme.
     * @param int $by Who decides the migration.
     * @return \stdClass The updated enrolment.
     * @throws \moodle_exception When the target is not a published version of the same programme, is the current
     *     version, or the learner already has an enrolment on it. Nothing changes then.
     */
    public function migrate(int $enrolmentid, int $toversionid, int $by): \stdClass {
        $enrolment = $this->enrolments->get($enrolmentid);
        $from = $this->repository->get((int)$enrolment->versionid);
        $to = $this->repository->get($toversionid);
        $this->check($enrolment, $from, $to);
        return $this->move($enrolment, $from, $to, $by);
    }

    /**
     * Move one checked enrolment.
     *
     * @param \stdClass $enrolment
     * @param \stdClass $from
     * @param \stdClass $to
     * @param int $by
     * @return \stdClass The updated enrolment.
     */
    private function move(\stdClass $enrolment, \stdClass $from, \stdClass $to, int $by): \stdClass {
        $toversionid = (int)$to->id;
        $transaction = $this->db->start_delegated_transaction();
        $enrolment->versionid = $toversionid;
        $enrolment->usermodified = $by;
        $enrolment->timemodified = $this->clock->time();
        $this->enrolments->update_version($enrolment);
        // Workshop attestations are facts about units (linked by id), not about a version: they follow the learner.
        $attestations = $this->attestations->move_to_version((int)$enrolment->userid, (int)$from->id, $toversionid);
        // The stored decision for the old version no longer describes this learner.
        $this->stored->delete((int)$enrolment->userid, (int)$from->id);
        $this->audit->append($by, 'enrolment_migrated', (int)$enrolment->userid, $toversionid, [
            'enrolmentid' => (int)$enrolment->id,
            'programme' => $to->programme,
            'fromversionid' => (int)$from->id,
            'fromversion' => (int)$from->version,
            'toversionid' => (int)$to->id,
            'toversion' => (int)$to->version,
            'attestations' => $attestations,
        ]);
        $transaction->allow_commit();

        $this->decisions->recompute_user((int)$enrolment->userid);
        return $enrolment;
    }

    /**
     * Move every learner of a version to another published version of the same programme.
     *
     * @param int $fromversionid
     * @param int $toversionid
     * @param int $by
     * @return int Number of learners moved.
     * @throws \moodle_exception As {@see migrate()}, checked before anyone is moved.
     */
    public function migrate_all(int $fromversionid, int $toversionid, int $by): int {
        $enrolments = $this->enrolments($fromversionid);
        $from = $this->repository->get($fromversionid);
        $to = $this->repository->get($toversionid);
        foreach ($enrolments as $enrolment) {
            $this->check($enrolment, $from, $to);
        }
        foreach ($enrolments as $enrolment) {
            $this->move($enrolment, $from, $to, $by);
        }
        return count($enrolments);
    }

    /**
     * Enrolments on a version.
     *
     * @param int $versionid
     * @return \stdClass[]
     */
    public function enrolments(int $versionid): array {
        return $this->enrolments->on_version($versionid);
    }

    /**
     * Refuse a migration that would break the rules.
     *
     * @param \stdClass $enrolment
     * @param \stdClass $from
     * @param \stdClass $to
     * @throws \moodle_exception
     */
    private function check(\stdClass $enrolment, \stdClass $from, \stdClass $to): void {
        $a = (object)['from' => $from->programme . ' v' . $from->version, 'to' => $to->programme . ' v' . $to->version];
        if ((int)$from->id === (int)$to->id) {
            throw new \moodle_exception('errormigratesameversion', 'local_sens', '', $a);
        }
        if ($from->programme !== $to->programme) {
            throw new \moodle_exception('errormigrateotherprogramme', 'local_sens', '', $a);
        }
        if ($to->status !== 'published') {
            throw new \moodle_exception('errormigratenotpublished', 'local_sens', '', $a);
        }
        if ($this->enrolments->is_enrolled((int)$enrolment->userid, (int)$to->id)) {
            throw new \moodle_exception('errormigratealreadyenrolled', 'local_sens', '', $a);
        }
    }
}
