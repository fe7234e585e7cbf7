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

namespace local_sens;

use local_sens\local\decision\decision_service;
use local_sens\local\decision\pending_service;
use local_sens\local\mapping\mapping_repository;

/**
 * Event observers: a fact about one learner changed in Moodle, so that learner (only) is recomputed.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class observer {

    /**
     * Whether a course is linked to a programme (facts elsewhere do not concern SENS).
     *
     * @param int $courseid
     * @return bool
     */
    private static function linked(int $courseid): bool {
        return \core\di::get(\local_sens\local\mapping\course_link_repository::class)->is_linked($courseid);
    }

    /**
     * Recompute one learner.
     *
     * @param int|null $userid
     */
    private static function recompute(?int $userid): void {
        if ($userid) {
            \core\di::get(decision_service::class)->recompute_user($userid);
        }
    }

    /**
     * An activity's completion changed.
     *
     * @param \core\event\course_module_completion_updated $event
     */
    public static function completion_updated(\core\event\course_module_completion_updated $event): void {
        if (self::linked((int)$event->courseid)) {
            self::recompute((int)$event->relateduserid);
        }
    }

    /**
     * A grade changed.
     *
     * @param \core\event\user_graded $event
     */
    public static function user_graded(\core\event\user_graded $event): void {
        if (self::linked((int)$event->courseid)) {
            self::recompute((int)$event->relateduserid);
        }
    }

    /**
     * A user was enrolled in a course (their role, if any, comes after this event: see role_assigned()), by any
     * method: one by hand, by themselves, a CSV upload with a course or cohort column, a cohort synced to the course.
     * Cohort membership reaches us through the enrolments the cohort sync makes.
     *
     * @param \core\event\user_enrolment_created $event
     */
    public static function user_enrolment_created(\core\event\user_enrolment_created $event): void {
        self::mark((int)$event->relateduserid, (int)$event->courseid);
    }

    /**
     * A role was given in a course: a learner of a linked course now has a role there.
     *
     * @param \core\event\role_assigned $event
     */
    public static function role_assigned(\core\event\role_assigned $event): void {
        if ((int)$event->contextlevel === CONTEXT_COURSE) {
            self::mark((int)$event->relateduserid, (int)$event->contextinstanceid);
        }
    }

    /**
     * A user of a linked course enrolled or given a role (pending_service): they are marked for the course's task,
     * which enrols the course's learners on the programme (latest published version, from the course enrolment's
     * start) and computes their decisions; until then gating refuses them the gated activities and the block says
     * their situation is being prepared. Nothing is computed in the enrolling request, whatever the method.
     *
     * @param int $userid
     * @param int $courseid
     */
    private static function mark(int $userid, int $courseid): void {
        if ($userid && self::linked($courseid)) {
            \core\di::get(pending_service::class)->mark($userid, $courseid);
        }
    }

    /**
     * A workshop attestation was recorded.
     *
     * @param \local_sens\event\attestation_recorded $event
     */
    public static function attestation_recorded(\local_sens\event\attestation_recorded $event): void {
        // A workshop sheet recomputes its learners in one batch before firing its events.
        if (empty($event->other['recomputed'])) {
            self::recompute((int)$event->relateduserid);
        }
    }

    /**
     * A workshop attestation was corrected (a new one appended).
     *
     * @param \local_sens\event\attestation_corrected $event
     */
    public static function attestation_corrected(\local_sens\event\attestation_corrected $event): void {
        if (empty($event->other['recomputed'])) {
            self::recompute((int)$event->relateduserid);
        }
    }

    /**
     * A learner was placed at a level.
     *
     * @param \local_sens\event\placement_recorded $event
     */
    public static function placement_recorded(\local_sens\event\placement_recorded $event): void {
        self::recompute((int)$event->relateduserid);
    }

    /**
     * A user was deleted: their programme data goes (enrolments, placements, attestations, decisions, audit entries
     * about them), as on a privacy request; Moodle removed their course enrolments and group memberships itself.
     *
     * @param \core\event\user_deleted $event
     */
    public static function user_deleted(\core\event\user_deleted $event): void {
        \local_sens\privacy\provider::delete_learner((int)$event->objectid);
    }

    /**
     * A course was deleted: its link to a programme, the mappings of its activities and of its grade items go. The learners who followed
     * the programme keep their programme enrolment (it is not a course enrolment); the nightly reconcile task
     * recomputes them without the course's facts.
     *
     * @param \core\event\course_deleted $event
     */
    public static function course_deleted(\core\event\course_deleted $event): void {
        \core\di::get(mapping_repository::class)->delete_course((int)$event->objectid);
        \core\di::get(\local_sens\local\assessment\assessment_repository::class)->delete_course((int)$event->objectid);
    }

    /**
     * An activity was deleted: its mapping goes and, if it was mapped, the course's learners are recomputed without
     * its facts (their gating follows).
     *
     * @param \core\event\course_module_deleted $event
     */
    public static function course_module_deleted(\core\event\course_module_deleted $event): void {
        $courseid = (int)$event->courseid;
        if (\core\di::get(mapping_repository::class)->delete_for_cm((int)$event->objectid, $courseid) && self::linked($courseid)) {
            \core\di::get(decision_service::class)->recompute_course($courseid);
        }
    }

    /**
     * The jury decided on a portfolio (mod_sensportfolio).
     *
     * @param \core\event\base $event \mod_sensportfolio\event\jury_decision_recorded
     */
    public static function jury_decision_recorded(\core\event\base $event): void {
        if (self::linked((int)$event->courseid)) {
            self::recompute((int)$event->relateduserid);
        }
    }
}
