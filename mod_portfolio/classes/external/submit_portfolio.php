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
namespace mod_sensportfolio\external;

use core_external\external_api;
use core_external\external_function_parameters;
use core_external\external_single_structure;
use core_external\external_value;
use mod_sensportfolio\local\submission\submission_service;

/**
 * Web service mod_sensportfolio_submit_portfolio: the caller submits their own portfolio of an activity (the Moodle
 * app's submit button). The same service as submit.php: refused, with the reasons and nothing stored, unless the
 * engine's stored decision says the portfolio unit is open and the learner has entries and nothing awaits the jury.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class submit_portfolio extends external_api {

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'cmid' => new external_value(PARAM_INT, 'Course module id of the portfolio activity'),
        ]);
    }

    /**
     * Submit the caller's portfolio.
     *
     * @param int $cmid
     * @return array submissionid, status, contenthash, message
     */
    public static function execute(int $cmid): array {
        global $DB, $USER;
        ['cmid' => $cmid] = self::validate_parameters(self::execute_parameters(), ['cmid' => $cmid]);
        [, $cm] = get_course_and_cm_from_cmid($cmid, 'sensportfolio');
        $context = \context_module::instance($cm->id);
        self::validate_context($context);
        require_capability('mod/sensportfolio:submit', $context);
        $instance = $DB->get_record('sensportfolio', ['id' => $cm->instance], '*', MUST_EXIST);
        $submission = \core\di::get(submission_service::class)->submit($instance, $context, (int)$USER->id);
        return ['submissionid' => (int)$submission->id, 'status' => (string)$submission->status,
            'contenthash' => (string)$submission->contenthash,
            'message' => get_string('submitted', 'mod_sensportfolio')];
    }

    /**
     * Returned structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'submissionid' => new external_value(PARAM_INT, 'The submission'),
            'status' => new external_value(PARAM_ALPHA, 'Its status: submitted'),
            'contenthash' => new external_value(PARAM_ALPHANUM, 'SHA-256 of the snapshot'),
            'message' => new external_value(PARAM_TEXT, 'What happened, for the user'),
        ]);
    }
}
