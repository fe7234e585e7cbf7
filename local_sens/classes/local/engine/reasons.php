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

namespace local_sens\local\engine;

/**
 * Generated from rules-engine/src/core/reasons.ts: do not edit, run `npm run generate:php`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class reasons {
    /** @var array UNIT_STATES (generated) */
    public const UNIT_STATES = ['locked', 'open', 'in_progress', 'validated', 'exempt', 'barred', 'defaillant',
            'failed', 'expired'];

    /** @var array VERDICT_CODES (generated) */
    public const VERDICT_CODES = ['certified', 'in_progress', 'not_started', 'barred', 'participation', 'expired',
            'defaillant', 'failed'];

    /** @var array DONE_STATES (generated) */
    public const DONE_STATES = ['validated', 'exempt'];

    /** @var array USABLE_STATES (generated) */
    public const USABLE_STATES = ['open', 'in_progress', 'validated', 'exempt'];

    /** @var array OPEN_STATES (generated) */
    public const OPEN_STATES = ['open', 'in_progress'];

    /** @var array ACTIONABLE_STATES (generated) */
    public const ACTIONABLE_STATES = ['open', 'in_progress', 'barred'];

    /** @var array LIST_PARAMS (generated) */
    public const LIST_PARAMS = ['missing', 'options'];

    /** @var array PERSON_PARAMS (generated) */
    public const PERSON_PARAMS = ['by'];

    /** @var array DATE_PARAMS (generated) */
    public const DATE_PARAMS = ['at', 'deadline', 'asOf'];

    /** @var array STATE_PARAMS (generated) */
    public const STATE_PARAMS = ['previousState', 'prerequisiteState'];

    /** @var array REASON_CODES (generated) */
    public const REASON_CODES = ['exempt_by_exemption', 'exempt_by_placement', 'locked_by_parent', 'locked_by_level',
            'locked_by_prerequisite', 'attendance_barred', 'attendance_defaillant', 'attendance_defaillant_unit',
            'content_only', 'children_met', 'children_pending', 'choice_met', 'choice_pending', 'activities_met',
            'activities_pending', 'attestation_passed', 'attestation_not_passed', 'attestation_missing',
            'attestation_awaiting_cosign', 'assessment_passed', 'assessment_main_below', 'assessment_failed',
            'assessment_pending', 'assessment_rounded', 'jury_accepted', 'jury_grade_below', 'jury_rejected',
            'jury_deferred', 'jury_pending', 'jury_submissions_exhausted', 'jury_late', 'deadline_passed',
            'verdict_certified', 'verdict_in_progress', 'verdict_not_started', 'verdict_participation',
            'verdict_expired', 'verdict_barred', 'verdict_defaillant', 'verdict_failed'];
}
