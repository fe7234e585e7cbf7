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

namespace local_sens\local;

use context;

/**
 * Permission checks of local_sens: each can_x() has its require_can_x().
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class permission {

    /**
     * Whether the current user may see the competences of a learner in a context. Another learner's are shown only
     * to those with local/sens:viewlearnercompetences there and, in a course, only when the learner is an active
     * participant of that course (a teacher of one course cannot read the learners of another through it).
     *
     * @param int $learnerid
     * @param context $context
     * @return bool
     */
    public static function can_view_competences(int $learnerid, context $context): bool {
        return self::has_view_capability($learnerid, $context) && self::in_course($learnerid, $context);
    }

    /**
     * Require that the current user may see the competences of a learner.
     *
     * @param int $learnerid
     * @param context $context
     * @throws \required_capability_exception without the capability
     * @throws \moodle_exception when the learner is not an active participant of the course
     */
    public static function require_can_view_competences(int $learnerid, context $context): void {
        if (!self::has_view_capability($learnerid, $context)) {
            throw new \required_capability_exception($context, 'local/sens:viewlearnercompetences', 'nopermissions', '');
        }
        if (!self::in_course($learnerid, $context)) {
            throw new \moodle_exception('errornotlearnerofcourse', 'local_sens');
        }
    }

    /**
     * Whether the user may see the course's modules and exams report (every learner's averages, states and reasons):
     * those who may view any learner's competences there (teachers, engineers), never a learner.
     *
     * @param context $context
     * @return bool
     */
    public static function can_view_module_report(context $context): bool {
        return has_capability('local/sens:viewlearnercompetences', $context);
    }

    /**
     * Require can_view_module_report().
     *
     * @param context $context
     * @throws \required_capability_exception
     */
    public static function require_can_view_module_report(context $context): void {
        require_capability('local/sens:viewlearnercompetences', $context);
    }

    /**
     * The capability part of can_view_competences(): one's own with viewowncompetences, anyone's with
     * viewlearnercompetences.
     *
     * @param int $learnerid
     * @param context $context
     * @return bool
     */
    private static function has_view_capability(int $learnerid, context $context): bool {
        global $USER;
        return has_capability('local/sens:viewlearnercompetences', $context)
            || ($learnerid === (int)$USER->id && has_capability('local/sens:viewowncompetences', $context));
    }

    /**
     * Whether a user is an active participant of the course of a course context (any other context: true). One's own
     * competences need no enrolment check: viewowncompetences comes from the learner's role in the course.
     *
     * @param int $userid
     * @param context $context
     * @return bool
     */
    private static function in_course(int $userid, context $context): bool {
        global $USER;
        return $userid === (int)$USER->id || !($context instanceof \context_course)
            || is_enrolled($context, $userid, '', true);
    }

    /**
     * Whether the current user may record workshop attestations in a context.
     *
     * @param context $context
     * @return bool
     */
    public static function can_record_attestation(context $context): bool {
        return has_capability('local/sens:recordattestation', $context);
    }

    /**
     * Require that the current user may record workshop attestations.
     *
     * @param context $context
     */
    public static function require_can_record_attestation(context $context): void {
        require_capability('local/sens:recordattestation', $context);
    }

    /**
     * Whether the current user may attest (and co-sign) at a session: one of its named leads
     * (local_sens_sessionlead) who may record attestations in its course, or whoever holds
     * local/sens:attestanysession there (pedagogical engineers).
     *
     * @param \stdClass $session Row of local_sens_session (id, courseid).
     * @return bool
     */
    public static function can_attest_session(\stdClass $session): bool {
        global $USER;
        $context = \context_course::instance((int)$session->courseid);
        if (!self::can_record_attestation($context)) {
            return false;
        }
        if (has_capability('local/sens:attestanysession', $context)) {
            return true;
        }
        $leads = \core\di::get(\local_sens\local\workshop\session_repository::class)->leads([(int)$session->id]);
        return in_array((int)$USER->id, $leads[(int)$session->id] ?? [], true);
    }

    /**
     * Require can_attest_session(): the capability first, then being a lead of the session.
     *
     * @param \stdClass $session Row of local_sens_session.
     * @throws \required_capability_exception without local/sens:recordattestation in the course
     * @throws \moodle_exception sheet:errornotlead when not a lead of the session
     */
    public static function require_can_attest_session(\stdClass $session): void {
        self::require_can_record_attestation(\context_course::instance((int)$session->courseid));
        if (!self::can_attest_session($session)) {
            throw new \moodle_exception('sheet:errornotlead', 'local_sens', '', format_string($session->sessionkey));
        }
    }

    /**
     * Whether the current user may date and place the workshop sessions of a course.
     *
     * @param context $context
     * @return bool
     */
    public static function can_manage_workshops(context $context): bool {
        return has_capability('local/sens:manageworkshops', $context);
    }

    /**
     * Require that the current user may date and place the workshop sessions of a course.
     *
     * @param context $context
     */
    public static function require_can_manage_workshops(context $context): void {
        require_capability('local/sens:manageworkshops', $context);
    }

    /**
     * Whether the current user may import and publish référentiel versions.
     *
     * @return bool
     */
    public static function can_manage_programmes(): bool {
        return has_capability('local/sens:manageprogrammes', \context_system::instance());
    }

    /**
     * Require that the current user may import and publish référentiel versions.
     */
    public static function require_can_manage_programmes(): void {
        require_capability('local/sens:manageprogrammes', \context_system::instance());
    }

    /**
     * Whether the current user may manage learners' programme enrolments (move them to another version).
     *
     * @return bool
     */
    public static function can_manage_enrolments(): bool {
        return has_capability('local/sens:manageenrolments', \context_system::instance());
    }

    /**
     * Require that the current user may manage learners' programme enrolments.
     */
    public static function require_can_manage_enrolments(): void {
        require_capability('local/sens:manageenrolments', \context_system::instance());
    }

    /**
     * Whether the current user may map activities of a course.
     *
     * @param context $context
     * @return bool
     */
    public static function can_manage_mappings(context $context): bool {
        return has_capability('local/sens:managemappings', $context);
    }

    /**
     * Require that the current user may map activities of a course.
     *
     * @param context $context
     */
    public static function require_can_manage_mappings(context $context): void {
        require_capability('local/sens:managemappings', $context);
    }

    /**
     * Whether the current user may link a course to a programme. Programmes are site-wide, so the right comes from
     * the system or the course's category (local/sens:linkcourse), never from a role in the course itself: an
     * editing teacher cannot make their course feed a programme's facts. Mapping the course's activities is needed too.
     *
     * @param \context_course $context The course.
     * @return bool
     */
    public static function can_link_course(\context_course $context): bool {
        return has_capability('local/sens:linkcourse', $context->get_parent_context())
            && self::can_manage_mappings($context);
    }

    /**
     * Require that the current user may link a course to a programme.
     *
     * @param \context_course $context The course.
     */
    public static function require_can_link_course(\context_course $context): void {
        require_capability('local/sens:linkcourse', $context->get_parent_context());
        self::require_can_manage_mappings($context);
    }
}
