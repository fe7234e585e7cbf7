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

namespace local_sens\local\learner;

use core\clock;
use local_sens\local\attestation\attestation_service;
use local_sens\local\audit\audit_repository;
use local_sens\local\mapping\course_link_repository;
use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * Enrols learners on a programme version and places them at a level; every change is audited.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class enrolment_service {

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param audit_repository $audit
     * @param programme_version_repository $versions
     * @param course_link_repository $links
     * @param enrolment_repository $enrolments
     * @param placement_repository $placements
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
        /** @var programme_version_repository Programme versions. */
        private readonly programme_version_repository $versions,
        /** @var course_link_repository Links of courses to programmes. */
        private readonly course_link_repository $links,
        /** @var enrolment_repository Programme enrolments. */
        private readonly enrolment_repository $enrolments,
        /** @var placement_repository Placements. */
        private readonly placement_repository $placements,
    ) {
    }

    /**
     * Enrol a learner on a programme version from a start date (the start of the 3-year pathway).
     *
     * @param int $userid The learner.
     * @param int $versionid A published programme version.
     * @param string $startdate YYYY-MM-DD.
     * @param int $by Who enrols.
     * @return \stdClass The enrolment row.
     * @throws \invalid_parameter_exception On bad input; nothing is stored then.
     */
    public function enrol(int $userid, int $versionid, string $startdate, int $by): \stdClass {
        if (!attestation_service::is_valid_date($startdate)) {
            throw new \invalid_parameter_exception(get_string('enrolmentinvaliddate', 'local_sens', $startdate));
        }
        $version = $this->versions->find($versionid);
        if (!$version || $version->status !== 'published') {
            throw new \invalid_parameter_exception(get_string('enrolmentversionnotpublished', 'local_sens', $versionid));
        }
        if ($this->enrolments->is_enrolled($userid, $versionid)) {
            throw new \invalid_parameter_exception(get_string('enrolmentexists', 'local_sens',
                (object)['userid' => $userid, 'programme' => $version->programme, 'version' => $version->version]));
        }
        $now = $this->clock->time();
        $transaction = $this->db->start_delegated_transaction();
        $record = (object)[
            'userid' => $userid,
            'versionid' => $versionid,
            'startdate' => $startdate,
            'usermodified' => $by,
            'timecreated' => $now,
            'timemodified' => $now,
        ];
        $this->enrolments->insert($record);
        $this->audit->append($by, 'enrolment_created', $userid, $versionid, [
            'enrolmentid' => $record->id, 'programme' => $version->programme, 'version' => (int)$version->version,
            'startdate' => $startdate,
        ]);
        $transaction->allow_commit();
        return $record;
    }

    /**
     * Enrol a learner enrolled in a course linked to a programme on the latest published version of it, unless they
     * already follow that programme. The start date is the course enrolment's start (site timezone).
     *
     * @param int $userid
     * @param int $courseid
     * @param int $timestart Unix time the course enrolment starts (0: now).
     * @param int $by Who enrolled them in the course.
     * @return \stdClass|null The new enrolment, or null when there is nothing to do.
     */
    public function enrol_from_course(int $userid, int $courseid, int $timestart, int $by): ?\stdClass {
        $programme = $this->links->programme_of($courseid);
        if ($programme === null) {
            return null;
        }
        if ($this->enrolments->follows($userid, $programme)) {
            return null;
        }
        $version = $this->versions->latest_published($programme);
        if ($version === null) {
            return null;
        }
        $time = $timestart > 0 ? $timestart : $this->clock->time();
        $date = \local_sens\local\site_date::of($time);
        return $this->enrol($userid, (int)$version->id, $date, $by);
    }

    /**
     * Place an enrolled learner at a level of a domain (on the basis of PIX, Europass...): lower levels become exempt.
     *
     * @param int $enrolmentid
     * @param string $levelunit The level unit id in the programme, e.g. cybersecurite.intermediaire.
     * @param string $basis What the placement rests on (one of the programme's placement bases when it lists them).
     * @param string|null $note Free note.
     * @param int $by Who places.
     * @return \stdClass The placement row.
     * @throws \invalid_parameter_exception On bad input; nothing is stored then.
     */
    public function place(int $enrolmentid, string $levelunit, string $basis, ?string $note, int $by): \stdClass {
        $enrolment = $this->enrolments->get($enrolmentid);
        $definition = $this->versions->definition((int)$enrolment->versionid);
        $unit = null;
        $parent = null;
        foreach ($definition['units'] ?? [] as $candidate) {
            if (($candidate['id'] ?? null) === $levelunit) {
                $unit = $candidate;
            }
        }
        foreach ($definition['units'] ?? [] as $candidate) {
            if ($unit !== null && ($candidate['id'] ?? null) === ($unit['parent'] ?? null)) {
                $parent = $candidate;
            }
        }
        if ($unit === null || $parent === null || ($parent['gating'] ?? 'none') !== 'sequential') {
            throw new \invalid_parameter_exception(get_string('placementinvalidlevel', 'local_sens', $levelunit));
        }
        $bases = $definition['placementBases'] ?? [];
        if (trim($basis) === '' || ($bases && !in_array($basis, $bases, true))) {
            throw new \invalid_parameter_exception(get_string('placementinvalidbasis', 'local_sens',
                (object)['basis' => $basis, 'expected' => implode(', ', $bases)]));
        }
        $transaction = $this->db->start_delegated_transaction();
        $record = (object)[
            'enrolmentid' => $enrolmentid,
            'domain' => $parent['id'],
            'level' => $levelunit,
            'basis' => $basis,
            'note' => $note,
            'placedby' => $by,
            'timecreated' => $this->clock->time(),
        ];
        $this->placements->insert($record);
        $this->audit->append($by, 'placement_recorded', (int)$enrolment->userid, (int)$enrolment->versionid, [
            'placementid' => $record->id, 'enrolmentid' => $enrolmentid, 'unit' => $levelunit, 'basis' => $basis,
            'note' => $note,
        ]);
        $transaction->allow_commit();
        \local_sens\event\placement_recorded::create([
            'objectid' => $record->id,
            'context' => \context_user::instance((int)$enrolment->userid),
            'relateduserid' => (int)$enrolment->userid,
            'other' => ['unit' => $levelunit, 'basis' => $basis],
        ])->trigger();
        return $record;
    }
}
