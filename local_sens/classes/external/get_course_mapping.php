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
use local_sens\local\mapping\mapping_service;
use local_sens\local\permission;

/**
 * Web service local_sens_get_course_mapping: the programme version linked to a course, its slots and micro-competences,
 * the course's activities, the current mapping and its coverage, and what the simulate panel needs.
 *
 * Texts come from the programme definition (any character, "<" included: the importer accepts it) and from Moodle;
 * they are returned as plain text (PARAM_RAW) and escaped by the Mustache templates that show them, never inserted
 * as HTML.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_course_mapping extends external_api {

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'courseid' => new external_value(PARAM_INT, 'Course id'),
        ]);
    }

    /**
     * The mapping of a course.
     *
     * @param int $courseid
     * @return array
     */
    public static function execute(int $courseid): array {
        ['courseid' => $courseid] = self::validate_parameters(self::execute_parameters(), ['courseid' => $courseid]);
        $context = \context_course::instance($courseid);
        self::validate_context($context);
        permission::require_can_manage_mappings($context);

        $overview = \core\di::get(mapping_service::class)->overview($courseid);
        $version = $overview['version'];
        $learners = [];
        if ($version !== null && has_capability('local/sens:viewlearnercompetences', $context)) {
            $learners = self::learners($courseid, (int)$version->id, $context);
        }
        $definition = $overview['definition'];
        $result = [
            'courseid' => $courseid,
            'programme' => (string)($overview['programme'] ?? ''),
            'versionid' => $version !== null ? (int)$version->id : 0,
            'version' => $version !== null ? (int)$version->version : 0,
            'title' => self::title($definition),
            'definition' => $definition !== null ? json_encode($definition, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) : '',
            'lang' => presenter::lang(),
            'today' => \local_sens\local\site_date::today(\core\di::get(\core\clock::class)),
            'cms' => $overview['cms'],
            'items' => $overview['items'],
            'coverage' => $overview['coverage'],
            'components' => array_map(fn(array $c) => [
                'unit' => $c['unit'],
                'unittitle' => presenter::lang() === 'en' ? $c['unittitleen'] : $c['unittitle'],
                'component' => $c['component'],
                'title' => $c['title'],
                'session' => $c['session'],
                'weight' => (float)$c['weight'],
                'max' => (float)$c['max'],
            ], $overview['components']),
            'gradeitems' => $overview['gradeitems'],
            'assessments' => $overview['assessments'],
            'learners' => $learners,
            'programmes' => $overview['programme'] === null && permission::can_link_course($context) ? self::programmes() : [],
        ];
        if ($result['coverage'] === null) {
            // An optional structure is left out, not null.
            unset($result['coverage']);
        }
        return $result;
    }

    /**
     * Returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'courseid' => new external_value(PARAM_INT, 'Course id'),
            'programme' => new external_value(PARAM_RAW, 'Programme linked to the course, empty if none'),
            'versionid' => new external_value(PARAM_INT, 'Version whose mapping is edited (latest published), 0 if none'),
            'version' => new external_value(PARAM_INT, 'Version number, 0 if none'),
            'title' => new external_value(PARAM_RAW, 'Programme title in the user\'s language (plain text)'),
            'definition' => new external_value(PARAM_RAW, 'Programme definition JSON (for the simulate panel), empty if none'),
            'lang' => new external_value(PARAM_ALPHA, 'Language of the reasons: fr or en'),
            'today' => new external_value(PARAM_RAW, 'Today in the site timezone, YYYY-MM-DD'),
            'cms' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'Course module id'),
                'name' => new external_value(PARAM_RAW, 'Activity name (plain text)'),
                'modname' => new external_value(PARAM_PLUGIN, 'Module type, e.g. quiz'),
                'modfullname' => new external_value(PARAM_RAW, 'Module type name (plain text)'),
                'section' => new external_value(PARAM_RAW, 'Section name (plain text)'),
                'visible' => new external_value(PARAM_BOOL, 'Visible to learners'),
            ])),
            'items' => self::items_structure(),
            'coverage' => self::coverage_structure(),
            'components' => new external_multiple_structure(new external_single_structure([
                'unit' => new external_value(PARAM_RAW, 'Unit id (module, exam)'),
                'unittitle' => new external_value(PARAM_RAW, 'Unit title (plain text)'),
                'component' => new external_value(PARAM_RAW, 'Component id'),
                'title' => new external_value(PARAM_RAW, 'Component title (plain text)'),
                'session' => new external_value(PARAM_ALPHA, 'main or resit'),
                'weight' => new external_value(PARAM_FLOAT, 'Weight in percent'),
                'max' => new external_value(PARAM_FLOAT, 'The component is graded out of this (e.g. 20)'),
            ]), 'Assessment components of the version in each session they are sat in'),
            'gradeitems' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'Grade item id'),
                'name' => new external_value(PARAM_RAW, 'Grade item name (plain text)'),
                'type' => new external_value(PARAM_ALPHANUMEXT, 'Module name (quiz, assign...) or manual'),
                'gradetype' => new external_value(PARAM_ALPHA, 'value or scale'),
                'grademin' => new external_value(PARAM_FLOAT, 'Minimum grade (1 for a scale)'),
                'grademax' => new external_value(PARAM_FLOAT, 'Maximum grade (a scale\'s number of items)'),
                'exact' => new external_value(PARAM_BOOL, 'Every grade of the item converts exactly to the components\' maxima'),
            ]), 'Grade items of the course that may hold a component'),
            'assessments' => self::assessments_structure(),
            'learners' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'User id'),
                'fullname' => new external_value(PARAM_RAW, 'Full name (plain text)'),
            ]), 'Learners enrolled in the version, for the simulate panel (empty without viewlearnercompetences)'),
            'programmes' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_ALPHANUMEXT, 'Programme id'),
                'title' => new external_value(PARAM_RAW, 'Title of its latest published version (plain text)'),
            ]), 'Programmes with a published version the course can be linked to (only while it is not linked, and only for ' .
                'those who may link it)'),
        ]);
    }

    /**
     * Structure of mapping items.
     *
     * @return external_multiple_structure
     */
    public static function items_structure(): external_multiple_structure {
        return new external_multiple_structure(new external_single_structure([
            'cmid' => new external_value(PARAM_INT, 'Course module id'),
            'slot' => new external_value(PARAM_RAW, 'Slot id'),
            'competences' => new external_multiple_structure(new external_value(PARAM_RAW, 'Micro-competence id')),
        ]));
    }

    /**
     * Structure of the grade items given to assessment components.
     *
     * @param int $required VALUE_REQUIRED in answers, VALUE_OPTIONAL as a parameter (absent: unchanged).
     * @return external_multiple_structure
     */
    public static function assessments_structure(int $required = VALUE_REQUIRED): external_multiple_structure {
        return new external_multiple_structure(new external_single_structure([
            'unit' => new external_value(PARAM_RAW, 'Unit id'),
            'component' => new external_value(PARAM_RAW, 'Component id'),
            'session' => new external_value(PARAM_RAW, 'main or resit'),
            'gradeitemid' => new external_value(PARAM_INT, 'Grade item of the course holding it'),
        ]), 'Which grade item holds which assessment component in which session', $required);
    }

    /**
     * Structure of the coverage (see \local_sens\local\mapping\coverage::compute()).
     *
     * @return external_single_structure
     */
    public static function coverage_structure(): external_single_structure {
        $ids = fn(string $what) => new external_multiple_structure(new external_value(PARAM_INT, $what));
        return new external_single_structure([
            'summary' => new external_single_structure([
                'slotstotal' => new external_value(PARAM_INT, 'Slots of the version'),
                'slotscovered' => new external_value(PARAM_INT, 'Slots with at least one activity'),
                'requiredslotsuncovered' => new external_value(PARAM_INT, 'Required slots without activity'),
                'competencestotal' => new external_value(PARAM_INT, 'Micro-competences'),
                'competencescovered' => new external_value(PARAM_INT, 'Micro-competences with at least one activity'),
                'cmstotal' => new external_value(PARAM_INT, 'Activities of the course'),
                'cmsunmapped' => new external_value(PARAM_INT, 'Activities mapped to nothing'),
            ]),
            'slots' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_RAW, 'Slot id'),
                'title' => new external_value(PARAM_RAW, 'Slot title (plain text)'),
                'unit' => new external_value(PARAM_RAW, 'Unit (level) id'),
                'unittitle' => new external_value(PARAM_RAW, 'Unit title (plain text)'),
                'grouptitle' => new external_value(PARAM_RAW, 'Domain — level title (plain text)'),
                'activitytype' => new external_value(PARAM_RAW, 'Expected activity type'),
                'required' => new external_value(PARAM_BOOL, 'Required slot'),
                'microcompetences' => new external_multiple_structure(new external_value(PARAM_RAW, 'Micro-competence id')),
                'cmids' => $ids('Mapped course module id'),
                'covered' => new external_value(PARAM_BOOL, 'Has an activity'),
            ])),
            'competences' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_RAW, 'Micro-competence id'),
                'title' => new external_value(PARAM_RAW, 'Title (plain text)'),
                'level' => new external_value(PARAM_RAW, 'Level id'),
                'parent' => new external_value(PARAM_RAW, 'Macro-competence id'),
                'parenttitle' => new external_value(PARAM_RAW, 'Macro-competence title (plain text)'),
                'referential' => new external_value(PARAM_RAW, 'Référentiel id'),
                'cmids' => $ids('Course module id covering it'),
                'covered' => new external_value(PARAM_BOOL, 'Covered by an activity'),
            ])),
            'unmappedcmids' => $ids('Course module mapped to nothing'),
            'crosswalks' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_RAW, 'Crosswalk id'),
                'title' => new external_value(PARAM_RAW, 'Title (plain text)'),
                'from' => new external_value(PARAM_RAW, 'From (units or a référentiel id)'),
                'to' => new external_value(PARAM_RAW, 'To (a référentiel id)'),
                'links' => new external_multiple_structure(new external_single_structure([
                    'from' => new external_value(PARAM_RAW, 'From id'),
                    'fromtitle' => new external_value(PARAM_RAW, 'From title (plain text)'),
                    'to' => new external_value(PARAM_RAW, 'To id'),
                    'totitle' => new external_value(PARAM_RAW, 'To title (plain text)'),
                ])),
                'empty' => new external_value(PARAM_BOOL, 'No link recorded'),
                'notes' => new external_multiple_structure(new external_single_structure([
                    'text' => new external_value(PARAM_RAW, 'Why (programme note) (plain text)'),
                    'source' => new external_value(PARAM_RAW, 'Seed line (plain text)'),
                ])),
            ])),
        ], 'Coverage; absent when the course has no published version', VALUE_OPTIONAL);
    }

    /**
     * Programme title in the user's language.
     *
     * @param array|null $definition
     * @return string
     */
    private static function title(?array $definition): string {
        if ($definition === null) {
            return '';
        }
        return (string)(presenter::lang() === 'en' ? ($definition['titleEn'] ?? $definition['title']) : $definition['title']);
    }

    /**
     * Programmes with a published version, with the title of the latest one in the user's language.
     *
     * @return array[]
     */
    private static function programmes(): array {
        $repository = \core\di::get(\local_sens\local\programme\programme_version_repository::class);
        $out = [];
        foreach ($repository->published_programmes() as $programme) {
            $version = $repository->latest_published((string)$programme);
            $out[] = ['id' => (string)$programme, 'title' => self::title($repository->definition((int)$version->id))];
        }
        usort($out, fn(array $a, array $b) => strcmp($a['id'], $b['id']));
        return $out;
    }

    /**
     * Learners of the course enrolled in the version (id and full name).
     *
     * @param int $courseid
     * @param int $versionid
     * @param \context_course $context
     * @return array[]
     */
    private static function learners(int $courseid, int $versionid, \context_course $context): array {
        $enrolled = \core\di::get(\local_sens\local\learner\enrolment_repository::class)->learner_ids_on($versionid);
        if (!$enrolled) {
            return [];
        }
        $out = [];
        foreach (get_enrolled_users($context, '', 0, 'u.*', 'u.lastname, u.firstname, u.id') as $user) {
            if (in_array((int)$user->id, array_map('intval', $enrolled), true)) {
                $out[] = ['id' => (int)$user->id, 'fullname' => fullname($user)];
            }
        }
        return $out;
    }
}
