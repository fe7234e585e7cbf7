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
use local_sens\local\workshop\cosign_service;
use local_sens\local\workshop\invalid_sheet_exception;
use local_sens\local\workshop\session_repository;

/**
 * Web service local_sens_cosign_attestations: a further lead of a session co-signs current attestations of one of
 * its workshops (where the programme asks for more than one signer), all or nothing; then each learner's level state
 * before and after, in words. Only a lead of the session, or whoever may attest at any session of the course.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class cosign_attestations extends external_api {

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'sessionid' => new external_value(PARAM_INT, 'Session id'),
            'workshop' => new external_value(PARAM_TEXT, 'Workshop id: the domain unit id of the programme'),
            'attestationids' => new external_multiple_structure(
                new external_value(PARAM_INT, 'A current attestation of the workshop awaiting co-signature')),
        ]);
    }

    /**
     * Co-sign.
     *
     * @param int $sessionid
     * @param string $workshop
     * @param int[] $attestationids
     * @return array
     */
    public static function execute(int $sessionid, string $workshop, array $attestationids): array {
        global $USER;
        $params = self::validate_parameters(self::execute_parameters(),
            ['sessionid' => $sessionid, 'workshop' => $workshop, 'attestationids' => $attestationids]);
        $session = \core\di::get(session_repository::class)->get($params['sessionid']);
        if ($session === null) {
            throw new \invalid_parameter_exception(get_string('sheet:errorsession', 'local_sens', $params['sessionid']));
        }
        self::validate_context(\context_course::instance($session->courseid));
        permission::require_can_attest_session($session);
        try {
            $saved = \core\di::get(cosign_service::class)->cosign($session, $params['workshop'], $params['attestationids'],
                (int)$USER->id);
        } catch (invalid_sheet_exception $e) {
            return ['saved' => false, 'message' => get_string('sheet:refused', 'local_sens'), 'errors' => $e->errors,
                'learners' => []];
        }
        $words = new \local_sens\local\workshop\state_words($saved['definition'],
            array_values(array_filter(array_column($saved['learners'], 'after'))));
        $learners = [];
        foreach ($saved['learners'] as $userid => $learner) {
            $learners[] = ['userid' => $userid, 'unit' => $learner['unit']] + $words->change($learner['before'], $learner['after']);
        }
        return ['saved' => true, 'message' => get_string('sheet:cosignsaved', 'local_sens', $saved['written']), 'errors' => [],
            'learners' => $learners];
    }

    /**
     * Returns: as local_sens_save_attestation_sheet.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return save_attestation_sheet::execute_returns();
    }
}
