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

namespace local_sens\external;

use core_external\external_api;
use core_external\external_function_parameters;
use core_external\external_multiple_structure;
use core_external\external_single_structure;
use core_external\external_value;
use local_sens\local\permission;
use local_sens\local\workshop\invalid_sheet_exception;
use local_sens\local\workshop\session_repository;
use local_sens\local\workshop\sheet_service;

/**
 * Web service local_sens_save_attestation_sheet: the marks of a workshop's sheet, in one request, all or nothing;
 * then each learner's level state before and after, in words, with the reasons.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class save_attestation_sheet extends external_api {

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'sessionid' => new external_value(PARAM_INT, 'Session id'),
            'workshop' => new external_value(PARAM_TEXT, 'Workshop id: the domain unit id of the programme'),
            'rows' => new external_multiple_structure(new external_single_structure([
                'userid' => new external_value(PARAM_INT, 'The learner'),
                'unit' => new external_value(PARAM_TEXT, 'The level unit attested (a slot of the workshop)'),
                'present' => new external_value(PARAM_BOOL, 'Present at the workshop'),
                'passed' => new external_value(PARAM_BOOL, 'Passed the workshop (requires present; ignored in a teaching session)',
                    VALUE_DEFAULT, false),
                'note' => new external_value(PARAM_TEXT, 'Comment', VALUE_DEFAULT, ''),
                'reason' => new external_value(PARAM_TEXT, 'Why an attestation is corrected (required then)', VALUE_DEFAULT, ''),
                'key' => new external_value(PARAM_ALPHANUMEXT, 'Idempotency key of the mark (a replay is refused)',
                    VALUE_DEFAULT, ''),
                'minutesabsent' => new external_value(PARAM_INT,
                    'Teaching session: minutes absent (-1: the whole session when not present, 0 when present)',
                    VALUE_DEFAULT, -1),
                'justified' => new external_value(PARAM_BOOL, 'Teaching session: the absence is justified', VALUE_DEFAULT, false),
            ])),
        ]);
    }

    /**
     * Save the sheet.
     *
     * @param int $sessionid
     * @param string $workshop
     * @param array $rows
     * @return array
     */
    public static function execute(int $sessionid, string $workshop, array $rows): array {
        global $USER;
        $params = self::validate_parameters(self::execute_parameters(),
            ['sessionid' => $sessionid, 'workshop' => $workshop, 'rows' => $rows]);
        $session = \core\di::get(session_repository::class)->get($params['sessionid']);
        if ($session === null) {
            throw new \invalid_parameter_exception(get_string('sheet:errorsession', 'local_sens', $params['sessionid']));
        }
        $context = \context_course::instance($session->courseid);
        self::validate_context($context);
        // Only the session's leads (or whoever may attest at any session of the course): nothing is written otherwise.
        permission::require_can_attest_session($session);

        try {
            $saved = \core\di::get(sheet_service::class)->save($session, $params['workshop'], $params['rows'], (int)$USER->id);
        } catch (invalid_sheet_exception $e) {
            return [
                'saved' => false,
                'message' => get_string('sheet:refused', 'local_sens'),
                'errors' => $e->errors,
                'learners' => [],
            ];
        }
        $words = new \local_sens\local\workshop\state_words($saved['definition'],
            array_values(array_filter(array_column($saved['learners'], 'after'))));
        $learners = [];
        foreach ($saved['learners'] as $userid => $learner) {
            $learners[] = ['userid' => $userid, 'unit' => $learner['unit']] + $words->change($learner['before'], $learner['after']);
        }
        return [
            'saved' => true,
            'message' => get_string('sheet:saved', 'local_sens', (object)['written' => $saved['written'],
                'corrected' => $saved['corrected']]),
            'errors' => [],
            'learners' => $learners,
        ];
    }

    /**
     * Returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'saved' => new external_value(PARAM_BOOL, 'Whether the sheet was stored (false: nothing written)'),
            'message' => new external_value(PARAM_TEXT, 'What happened, for the lead'),
            'errors' => new external_multiple_structure(new external_single_structure([
                'row' => new external_value(PARAM_INT, '0-based row, -1 for the request itself'),
                'userid' => new external_value(PARAM_INT, 'The learner of the row, 0 for the request'),
                'field' => new external_value(PARAM_ALPHANUMEXT, 'Field: userid, unit, passed, reason, key, sessionid...'),
                'message' => new external_value(PARAM_TEXT, 'The problem'),
            ])),
            'learners' => new external_multiple_structure(new external_single_structure([
                'userid' => new external_value(PARAM_INT, 'The learner'),
                'unit' => new external_value(PARAM_TEXT, 'The level unit'),
                'label' => new external_value(PARAM_TEXT, 'The level, in words'),
                'before' => new external_value(PARAM_TEXT, 'Its state before the sheet, in words'),
                'after' => new external_value(PARAM_TEXT, 'Its state after, in words'),
                'afterstate' => new external_value(PARAM_ALPHANUMEXT, 'Its state after (engine code)'),
                'reasons' => new external_multiple_structure(new external_value(PARAM_TEXT, 'Why, in words')),
            ])),
        ]);
    }
}
