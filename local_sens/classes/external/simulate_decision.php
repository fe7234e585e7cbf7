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
use local_sens\local\decision\presenter;
use local_sens\local\decision\wording;
use local_sens\local\engine\decide;
use local_sens\local\engine\schema;
use local_sens\local\engine\validate;
use local_sens\local\mapping\course_link_repository;
use local_sens\local\permission;
use local_sens\local\programme\engine_bridge;
use local_sens\local\programme\programme_version_repository;

/**
 * Web service local_sens_simulate_decision: the mapping page's simulate panel sends the learner record its form
 * describes; the server decides with the generated engine and answers the decision as people read it, made by the
 * one presenter ({@see decision_exporter}), so the panel shows what every other page shows. Nothing is stored.
 *
 * A record that is not a learner record (the generated JSON Schema check) gets its errors and no decision; the
 * engine's semantic checks of a record (a grade above its maximum, an unknown slot) are warnings: the server decides
 * on the facts Moodle holds even then.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class simulate_decision extends external_api {

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'courseid' => new external_value(PARAM_INT, 'Course id (its programme and context)'),
            'versionid' => new external_value(PARAM_INT, 'A version of the course\'s programme'),
            'asof' => new external_value(PARAM_RAW, 'Decision date, YYYY-MM-DD'),
            'record' => new external_value(PARAM_RAW, 'Learner record JSON (rules-engine record format)'),
        ]);
    }

    /**
     * The decision of a learner record, presented.
     *
     * @param int $courseid
     * @param int $versionid
     * @param string $asof
     * @param string $record
     * @return array
     */
    public static function execute(int $courseid, int $versionid, string $asof, string $record): array {
        global $PAGE;
        $params = self::validate_parameters(self::execute_parameters(),
            ['courseid' => $courseid, 'versionid' => $versionid, 'asof' => $asof, 'record' => $record]);
        $context = \context_course::instance($params['courseid']);
        self::validate_context($context);
        permission::require_can_manage_mappings($context);

        $versions = \core\di::get(programme_version_repository::class);
        $version = $versions->find($params['versionid']);
        $programme = \core\di::get(course_link_repository::class)->programme_of($params['courseid']);
        if ($version === null || $programme === null || $version->programme !== $programme) {
            throw new \invalid_parameter_exception('versionid: not a version of the programme linked to this course');
        }
        if (!preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $params['asof'], $m) || !checkdate((int)$m[2], (int)$m[3], (int)$m[1])) {
            throw new \invalid_parameter_exception('asof: not a date YYYY-MM-DD');
        }
        $definition = $versions->definition((int)$version->id);
        $presenter = new presenter($definition);
        $none = ['ok' => false, 'errors' => [], 'warnings' => [], 'decision' => ''];

        $document = json_decode($params['record']);
        if (!is_object($document)) {
            return ['errors' => [get_string('simulate:notarecord', 'local_sens')]] + $none;
        }
        $errors = schema::validate_record($document);
        if ($errors !== []) {
            return ['errors' => self::lines($presenter->items(array_values($errors)))] + $none;
        }
        $facts = engine_bridge::to_arrays($document);
        $warnings = self::lines($presenter->items(array_values(validate::validate_record($definition, $facts))));
        $decision = decide::decide($definition, $facts, $params['asof']);
        $exporter = new decision_exporter((new presenter($definition, self::people($decision)))
            ->decision($decision));
        return [
            'ok' => true,
            'errors' => [],
            'warnings' => $warnings,
            'decision' => json_encode($decision, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION),
            'presented' => (array)json_decode(json_encode($exporter->export($PAGE->get_renderer('core'))), true),
        ];
    }

    /**
     * Names of the people the decision's reasons name, for those whose profile the caller may see (Moodle's
     * user_can_view_profile): the record is the caller's, so a user id in it must not reveal the name of someone the
     * caller may not see; the others stay user ids.
     *
     * @param array $decision
     * @return array<string, string> Full names by user id.
     */
    private static function people(array $decision): array {
        global $CFG;
        require_once($CFG->dirroot . '/user/lib.php');
        $names = wording::names(wording::people_of($decision));
        foreach (array_keys($names) as $id) {
            $user = \core_user::get_user((int)$id);
            if (!$user || !user_can_view_profile($user)) {
                unset($names[$id]);
            }
        }
        return $names;
    }

    /**
     * Errors or warnings as lines "path: text".
     *
     * @param array[] $items What presenter::items() returns.
     * @return string[]
     */
    private static function lines(array $items): array {
        return array_map(fn(array $item) => $item['path'] . ': ' . $item['message'], $items);
    }

    /**
     * Returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'ok' => new external_value(PARAM_BOOL, 'A decision was made (the record is a learner record)'),
            'errors' => new external_multiple_structure(new external_value(PARAM_RAW, 'Why the record is not one')),
            'warnings' => new external_multiple_structure(new external_value(PARAM_RAW,
                'The engine\'s semantic checks of the record, in the reader\'s language')),
            'decision' => new external_value(PARAM_RAW, 'The engine\'s decision JSON, empty when none'),
            'presented' => decision_exporter::get_read_structure(VALUE_OPTIONAL),
        ]);
    }
}
