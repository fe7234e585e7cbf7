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


namespace block_competences\local;

use context_course;

/**
 * Who may see a learner's competences through the block's pages: each can_x() has its require_can_x().
 *
 * A learner sees their own competences in the block; looking at another learner's takes
 * local/sens:viewlearnercompetences in the course, and that learner must be an active participant of the course.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class permission {

    /**
     * Whether the current user may open the page showing a course's learners' competences.
     *
     * @param context_course $context
     * @return bool
     */
    public static function can_view_learners(context_course $context): bool {
        return has_capability('local/sens:viewlearnercompetences', $context);
    }

    /**
     * Require that the current user may open the page showing a course's learners' competences.
     *
     * @param context_course $context
     */
    public static function require_can_view_learners(context_course $context): void {
        require_capability('local/sens:viewlearnercompetences', $context);
    }

    /**
     * Whether the current user may see this learner's competences in this course.
     *
     * @param int $learnerid
     * @param context_course $context
     * @return bool
     */
    public static function can_view_learner(int $learnerid, context_course $context): bool {
        return self::can_view_learners($context) && is_enrolled($context, $learnerid, '', true);
    }

    /**
     * Require that the current user may see this learner's competences in this course.
     *
     * @param int $learnerid
     * @param context_course $context
     * @throws \required_capability_exception without the capability
     * @throws \moodle_exception when the user is not an active participant of the course
     */
    public static function require_can_view_learner(int $learnerid, context_course $context): void {
        self::require_can_view_learners($context);
        if (!is_enrolled($context, $learnerid, '', true)) {
            throw new \moodle_exception('notalearner', 'block_competences');
        }
    }
}
