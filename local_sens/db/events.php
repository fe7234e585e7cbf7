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

/**
 * Event observers of local_sens: facts that change a learner's decision.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$observers = [
    // Level gating stays closed: availability_sens cannot be disabled while it gates, a mapped activity keeps it.
    [
        'eventname' => '\core\event\config_log_created',
        'callback' => '\local_sens\local\gating\gating_guard::config_log_created',
    ],
    [
        'eventname' => '\core\event\course_module_updated',
        'callback' => '\local_sens\local\gating\gating_guard::course_module_updated',
    ],
    // A learner's own activity recomputes them at once (holding the learner's lock until the commit); enrolments and
    // roles, by any method, only mark the learner for the course's deferred recompute.
    [
        'eventname' => '\core\event\course_module_completion_updated',
        'callback' => '\local_sens\observer::completion_updated',
    ],
    [
        'eventname' => '\core\event\user_graded',
        'callback' => '\local_sens\observer::user_graded',
    ],
    [
        'eventname' => '\core\event\user_enrolment_created',
        'callback' => '\local_sens\observer::user_enrolment_created',
    ],
    [
        'eventname' => '\core\event\role_assigned',
        'callback' => '\local_sens\observer::role_assigned',
    ],
    [
        'eventname' => '\local_sens\event\attestation_recorded',
        'callback' => '\local_sens\observer::attestation_recorded',
    ],
    [
        'eventname' => '\local_sens\event\attestation_corrected',
        'callback' => '\local_sens\observer::attestation_corrected',
    ],
    [
        'eventname' => '\local_sens\event\placement_recorded',
        'callback' => '\local_sens\observer::placement_recorded',
    ],
    [
        'eventname' => '\mod_sensportfolio\event\jury_decision_recorded',
        'callback' => '\local_sens\observer::jury_decision_recorded',
    ],
    // What Moodle deletes, SENS forgets.
    [
        'eventname' => '\core\event\user_deleted',
        'callback' => '\local_sens\observer::user_deleted',
    ],
    [
        'eventname' => '\core\event\course_deleted',
        'callback' => '\local_sens\observer::course_deleted',
    ],
    [
        'eventname' => '\core\event\course_module_deleted',
        'callback' => '\local_sens\observer::course_module_deleted',
    ],
];
