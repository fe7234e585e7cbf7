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
use local_sens\local\mapping\invalid_mapping_exception;
use local_sens\local\mapping\mapping_service;
use local_sens\local\permission;

/**
 * Web service local_sens_save_course_mapping: replaces a course's mapping for a version, all or nothing.
 *
 * Problems are returned one per item and field (saved = false), and nothing is changed then; a saved mapping
 * returns its coverage.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class save_course_mapping extends external_api {

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'courseid' => new external_value(PARAM_INT, 'Course id'),
            'versionid' => new external_value(PARAM_INT, 'Programme version id'),
            'items' => get_course_mapping::items_structure(),
            'assessments' => get_course_mapping::assessments_structure(VALUE_OPTIONAL),
        ]);
    }

    /**
     * Save the mapping.
     *
     * @param int $courseid
     * @param int $versionid
     * @param array $items
     * @param array|null $assessments Grade items of assessment components; absent: left as they are.
     * @return array
     */
    public static function execute(int $courseid, int $versionid, array $items, ?array $assessments = null): array {
        global $DB, $USER;
        $raw = ['courseid' => $courseid, 'versionid' => $versionid, 'items' => $items];
        if ($assessments !== null) {
            $raw['assessments'] = $assessments;
        }
        $params = self::validate_parameters(self::execute_parameters(), $raw);
        $context = \context_course::instance($params['courseid']);
        self::validate_context($context);
        permission::require_can_manage_mappings($context);

        $service = \core\di::get(mapping_service::class);
        // The save and its response in one transaction: a response that would not pass the return check (the
        // framework checks it after execute()) rolls the mapping, its audit and its gating back, so the caller is
        // never told "error" about a mapping that was stored.
        $transaction = $DB->start_delegated_transaction();
        try {
            try {
                $coverage = $service->save($params['courseid'], $params['versionid'], $params['items'], (int)$USER->id,
                    $params['assessments'] ?? null);
                $response = [
                    'saved' => true,
                    'message' => get_string('mapping:saved', 'local_sens', count($params['items'])),
                    'errors' => [],
                    'coverage' => $coverage,
                ];
            } catch (invalid_mapping_exception $e) {
                $response = [
                    'saved' => false,
                    'message' => $e->getMessage(),
                    'errors' => array_map(fn(array $error) => [
                        'item' => $error['item'] ?? -1,
                        'cmid' => $error['cmid'] ?? 0,
                        'field' => $error['field'],
                        'message' => $error['message'],
                    ], $e->errors),
                ];
            }
            self::clean_returnvalue(self::execute_returns(), $response);
        } catch (\Throwable $e) {
            $transaction->rollback($e);
        }
        $transaction->allow_commit();
        return $response;
    }

    /**
     * Returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'saved' => new external_value(PARAM_BOOL, 'Whether the mapping was stored (false: nothing changed)'),
            'message' => new external_value(PARAM_RAW, 'What happened, for the user (plain text)'),
            'errors' => new external_multiple_structure(new external_single_structure([
                'item' => new external_value(PARAM_INT, '0-based position of the item, -1 for the request itself'),
                'cmid' => new external_value(PARAM_INT, 'Course module id of the item, 0 if unknown'),
                'field' => new external_value(PARAM_ALPHANUMEXT, 'Field: cmid, slot, competences, versionid, courseid, or assessments (item is then the position in assessments)'),
                'message' => new external_value(PARAM_RAW, 'The problem, quoting what was sent (plain text)'),
            ])),
            'coverage' => get_course_mapping::coverage_structure(),
        ]);
    }
}
