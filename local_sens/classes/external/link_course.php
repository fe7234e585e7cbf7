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
use core_external\external_single_structure;
use core_external\external_value;
use local_sens\local\mapping\mapping_service;
use local_sens\local\permission;

/**
 * Web service local_sens_link_course: links a course to a programme (audited), so its activities can be mapped.
 * Needs local/sens:linkcourse at the system or the course's category (see permission::can_link_course()).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class link_course extends external_api {

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'courseid' => new external_value(PARAM_INT, 'Course id'),
            'programme' => new external_value(PARAM_ALPHANUMEXT, 'Programme id, e.g. du-cns'),
        ]);
    }

    /**
     * Link the course.
     *
     * @param int $courseid
     * @param string $programme
     * @return array
     */
    public static function execute(int $courseid, string $programme): array {
        global $USER;
        ['courseid' => $courseid, 'programme' => $programme] = self::validate_parameters(self::execute_parameters(),
            ['courseid' => $courseid, 'programme' => $programme]);
        $context = \context_course::instance($courseid);
        self::validate_context($context);
        permission::require_can_link_course($context);
        $link = \core\di::get(mapping_service::class)->link_course($courseid, $programme, (int)$USER->id);
        return ['courseid' => $courseid, 'programme' => (string)$link->programme,
            'message' => get_string('mapping:linked', 'local_sens', $programme)];
    }

    /**
     * Returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'courseid' => new external_value(PARAM_INT, 'Course id'),
            'programme' => new external_value(PARAM_ALPHANUMEXT, 'Programme now linked'),
            'message' => new external_value(PARAM_TEXT, 'What happened, for the user'),
        ]);
    }
}
