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

use local_sens\local\decision\decision_repository;
use local_sens\local\mapping\course_link_repository;

/**
 * Reads what the learner's views need, through the repositories that own the tables: the programme linked to a
 * course, the learner's enrolment and the stored decision. At most three reads (two with enrolment_and_decision()), whatever the number of mapped
 * activities.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class learner_repository {

    /**
     * Constructor.
     *
     * @param course_link_repository $links
     * @param enrolment_repository $enrolments
     * @param placement_repository $placements
     * @param decision_repository $decisions
     */
    public function __construct(
        /** @var course_link_repository Links of courses to programmes. */
        private readonly course_link_repository $links,
        /** @var enrolment_repository Programme enrolments (read with their decisions). */
        private readonly enrolment_repository $enrolments,
        /** @var placement_repository Placements. */
        private readonly placement_repository $placements,
        /** @var decision_repository Stored decisions. */
        private readonly decision_repository $decisions,
    ) {
    }

    /**
     * The programme id linked to a course, or null.
     *
     * @param int $courseid
     * @return string|null
     */
    public function programme_of_course(int $courseid): ?string {
        return $this->links->programme_of($courseid);
    }

    /**
     * The learner's latest enrolment, restricted to one programme if given, joined with its version.
     *
     * @param int $userid
     * @param string|null $programme
     * @return \stdClass|null Fields: id, versionid, startdate, programme, version.
     */
    public function enrolment(int $userid, ?string $programme): ?\stdClass {
        return $this->enrolments->latest($userid, $programme, false);
    }

    /**
     * The learner's latest enrolment (as enrolment() gives it) with its stored decision (as decision() gives it), in
     * one read: what the block and the learner's pages show.
     *
     * @param int $userid
     * @param string|null $programme
     * @return array|null [\stdClass enrolment, ?array stored decision]; null when the learner is not enrolled.
     */
    public function enrolment_and_decision(int $userid, ?string $programme): ?array {
        $row = $this->enrolments->latest($userid, $programme, true);
        if ($row === null) {
            return null;
        }
        $stored = $row->decision === null ? null : [
            'asof' => $row->asof,
            'timecomputed' => (int)$row->timecomputed,
            'decision' => json_decode($row->decision, true),
        ];
        unset($row->asof, $row->timecomputed, $row->decision);
        return [$row, $stored];
    }

    /**
     * The stored decision of a learner on a version, decoded, or null.
     *
     * @param int $userid
     * @param int $versionid
     * @return array|null Keys: asof, timecomputed, decision (decoded JSON).
     */
    public function decision(int $userid, int $versionid): ?array {
        return $this->decisions->stored($userid, $versionid);
    }

    /**
     * Forget a learner's programme enrolments, their placements and the stored decisions (the user was deleted, or
     * asked for it through the privacy API).
     *
     * @param int $userid
     */
    public function delete_learner(int $userid): void {
        $this->placements->delete_of_enrolments($this->enrolments->delete_learner($userid));
        $this->decisions->delete_learner($userid);
    }
}
