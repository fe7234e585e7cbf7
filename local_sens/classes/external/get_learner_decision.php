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
use local_sens\local\decision\presenter;
use local_sens\local\learner\learner_repository;
use local_sens\local\learner\record_builder;
use local_sens\local\permission;

/**
 * Web service local_sens_get_learner_decision: the decision the server stored for a learner of a course's programme
 * and, when the record builder is installed, the learner record (facts) it was computed from.
 *
 * The simulate panel loads the record, computes the decision in the browser and compares it with this one.
 * Learners may only ask for themselves; others need local/sens:viewlearnercompetences.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_learner_decision extends external_api {

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'courseid' => new external_value(PARAM_INT, 'Course id (its programme and context)'),
            'userid' => new external_value(PARAM_INT, 'Learner id'),
        ]);
    }

    /**
     * The stored decision.
     *
     * @param int $courseid
     * @param int $userid
     * @return array
     */
    public static function execute(int $courseid, int $userid): array {
        global $PAGE;
        ['courseid' => $courseid, 'userid' => $userid] = self::validate_parameters(self::execute_parameters(),
            ['courseid' => $courseid, 'userid' => $userid]);
        $context = \context_course::instance($courseid);
        self::validate_context($context);
        permission::require_can_view_competences($userid, $context);

        $learners = \core\di::get(learner_repository::class);
        $none = ['found' => false, 'versionid' => 0, 'asof' => '', 'decision' => '', 'record' => ''];
        $programme = $learners->programme_of_course($courseid);
        if ($programme === null) {
            return $none;
        }
        $found = $learners->enrolment_and_decision($userid, $programme);
        if ($found === null) {
            return $none;
        }
        [$enrolment, $stored] = $found;
        $record = \core\di::get(record_builder::class)->build($userid, $enrolment);
        $json = fn($value) => $value === null ? '' : json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
        $presented = [];
        if (is_array($stored['decision'] ?? null)) {
            $definition = \core\di::get(\local_sens\local\programme\programme_version_repository::class)
                ->definition((int)$enrolment->versionid);
            $exporter = new decision_exporter(presenter::for_decision($definition, $stored['decision'])
                ->decision($stored['decision']));
            $presented = ['presented' => (array)json_decode(json_encode($exporter->export($PAGE->get_renderer('core'))), true)];
        }
        return $presented + [
            'found' => $stored !== null,
            'versionid' => (int)$enrolment->versionid,
            'asof' => $stored['asof'] ?? '',
            'decision' => $json($stored['decision'] ?? null),
            'record' => $json($record),
        ];
    }

    /**
     * Returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'found' => new external_value(PARAM_BOOL, 'A decision is stored for this learner'),
            'versionid' => new external_value(PARAM_INT, 'Version the learner is enrolled in, 0 if none'),
            'asof' => new external_value(PARAM_RAW, 'Date the stored decision was computed for, YYYY-MM-DD'),
            'decision' => new external_value(PARAM_RAW, 'Stored decision JSON (the engine\'s output), empty if none'),
            'record' => new external_value(PARAM_RAW, 'Learner record JSON the server builds from Moodle, empty if unavailable'),
            'presented' => decision_exporter::get_read_structure(VALUE_OPTIONAL),
        ]);
    }
}
