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

namespace local_sens\local\mapping;

use local_sens\local\assessment\assessment_repository;
use local_sens\local\assessment\components;

/**
 * The checks of a mapping before it is saved ({@see mapping_service::save()}): every item against the version's slots
 * (and the kind of activity each slot expects, see activity_types), micro-competences and the course's activities;
 * every assessment component against the version's modules and the course's grade items. Each problem is reported
 * with its item, activity and field; nothing is written.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class mapping_validator {

    /**
     * Constructor.
     *
     * @param assessment_repository $assessments
     */
    public function __construct(
        /** @var assessment_repository Grade items of a course. */
        private readonly assessment_repository $assessments,
    ) {
    }

    /**
     * Checks every item; appends one error per problem (item position, cmid, field, message).
     *
     * @param array $items Raw items.
     * @param array $definition Decoded definition of the version.
     * @param array $cms The course's activities, by cmid.
     * @param int $versionnumber For messages.
     * @param array $errors Problems found (appended to).
     * @return array[] Clean items (ints and strings, competences unique in given order), in the given order.
     */
    public function items(array $items, array $definition, array $cms, int $versionnumber, array &$errors): array {
        $slots = array_column(coverage::slots($definition), null, 'id');
        $competences = array_column(coverage::competences($definition), null, 'id');
        $clean = [];
        $seen = [];
        foreach (array_values($items) as $i => $item) {
            $a = (object)['item' => $i + 1, 'cmid' => '?', 'value' => '', 'version' => $versionnumber];
            $item = is_array($item) ? $item : (array)$item;
            $cmid = $item['cmid'] ?? null;
            $slot = $item['slot'] ?? null;
            $list = $item['competences'] ?? [];
            $ok = true;
            if (!is_int($cmid) && !(is_string($cmid) && ctype_digit($cmid))) {
                $errors[] = self::error($i, null, 'cmid', 'errormappingshape', (object)['item' => $i + 1, 'field' => 'cmid',
                    'expected' => 'an activity id (integer)']);
                $ok = false;
            } else {
                $cmid = (int)$cmid;
                $a->cmid = $cmid;
                if (!isset($cms[$cmid])) {
                    $a->value = $cmid;
                    $errors[] = self::error($i, $cmid, 'cmid', 'errormappingcmid', clone $a);
                    $ok = false;
                }
            }
            if (!is_string($slot) || $slot === '') {
                $errors[] = self::error($i, is_int($cmid) ? $cmid : null, 'slot', 'errormappingshape',
                    (object)['item' => $i + 1, 'field' => 'slot', 'expected' => 'a slot id (text)']);
                $ok = false;
            } else if (!isset($slots[$slot])) {
                $a->value = $slot;
                $errors[] = self::error($i, is_int($cmid) ? $cmid : null, 'slot', 'errormappingslot', clone $a);
                $ok = false;
            } else if (is_int($cmid) && isset($seen[$cmid . '/' . $slot])) {
                $a->value = $slot;
                $a->first = $seen[$cmid . '/' . $slot];
                $errors[] = self::error($i, $cmid, 'slot', 'errormappingduplicate', clone $a);
                $ok = false;
            } else if (is_int($cmid) && isset($cms[$cmid])
                    && !activity_types::accepts($slots[$slot]['activitytype'], $cms[$cmid]['modname'])) {
                // A page viewed must not count as a quiz passed: the slot says which kind of activity it takes.
                $a->value = $slot;
                $a->expected = activity_types::expected($slots[$slot]['activitytype']);
                $a->actual = $cms[$cmid]['modname'];
                $errors[] = self::error($i, $cmid, 'slot', 'errormappingactivitytype', clone $a);
                $ok = false;
            }
            if (!is_array($list)) {
                $errors[] = self::error($i, is_int($cmid) ? $cmid : null, 'competences', 'errormappingshape',
                    (object)['item' => $i + 1, 'field' => 'competences', 'expected' => 'a list of micro-competence ids']);
                $ok = false;
                $list = [];
            }
            $kept = [];
            foreach ($list as $competence) {
                if (!is_string($competence) || !isset($competences[$competence])) {
                    $a->value = is_scalar($competence) ? (string)$competence : gettype($competence);
                    $errors[] = self::error($i, is_int($cmid) ? $cmid : null, 'competences', 'errormappingcompetence', clone $a);
                    $ok = false;
                } else if (!in_array($competence, $kept, true)) {
                    $kept[] = $competence;
                }
            }
            if ($ok) {
                $seen[$cmid . '/' . $slot] = $i + 1;
                $clean[] = ['cmid' => $cmid, 'slot' => $slot, 'competences' => $kept];
            }
        }
        return $clean;
    }

    /**
     * Checks the grade items given to assessment components; appends one error per problem.
     *
     * @param array $assessments Raw items.
     * @param array $definition
     * @param int $courseid
     * @param int $versionnumber For messages.
     * @param array $errors Problems found (appended to).
     * @return array[] Clean items (unit, component, session, gradeitemid).
     */
    public function assessments(array $assessments, array $definition, int $courseid, int $versionnumber,
            array &$errors): array {
        $known = array_column(components::of($definition), null, 'key');
        $gradeitems = $this->assessments->course_grade_items($courseid);
        $clean = [];
        $keys = [];
        $held = [];
        foreach (array_values($assessments) as $i => $item) {
            $item = is_array($item) ? $item : (array)$item;
            $unit = $item['unit'] ?? null;
            $component = $item['component'] ?? null;
            $session = $item['session'] ?? null;
            $gradeitemid = $item['gradeitemid'] ?? null;
            $a = (object)['item' => $i + 1, 'version' => $versionnumber, 'value' => '', 'key' => ''];
            if (!is_string($unit) || !is_string($component) || !is_string($session)) {
                $errors[] = self::error($i, null, 'assessments', 'errormappingshape', (object)['item' => $i + 1,
                    'field' => 'unit, component, session', 'expected' => 'texts']);
                continue;
            }
            $key = components::key($unit, $component, $session);
            $a->key = $key;
            $ok = true;
            if (!isset($known[$key])) {
                $a->value = $key;
                $errors[] = self::error($i, null, 'assessments', 'errorassessmentkey', clone $a);
                $ok = false;
            } else if (isset($keys[$key])) {
                $a->first = $keys[$key];
                $errors[] = self::error($i, null, 'assessments', 'errorassessmentduplicate', clone $a);
                $ok = false;
            }
            if (!is_int($gradeitemid) && !(is_string($gradeitemid) && ctype_digit($gradeitemid))) {
                $errors[] = self::error($i, null, 'assessments', 'errormappingshape', (object)['item' => $i + 1,
                    'field' => 'gradeitemid', 'expected' => 'a grade item id (integer)']);
                continue;
            }
            $gradeitemid = (int)$gradeitemid;
            $a->value = $gradeitemid;
            if (!isset($gradeitems[$gradeitemid])) {
                $errors[] = self::error($i, null, 'assessments', 'errorassessmentgradeitem', clone $a);
                $ok = false;
            } else if (isset($held[$gradeitemid])) {
                $a->first = $held[$gradeitemid];
                $errors[] = self::error($i, null, 'assessments', 'errorassessmentitemtwice', clone $a);
                $ok = false;
            }
            if ($ok) {
                $keys[$key] = $i + 1;
                $held[$gradeitemid] = $key;
                $clean[] = ['unit' => $unit, 'component' => $component, 'session' => $session,
                    'gradeitemid' => $gradeitemid];
            }
        }
        return $clean;
    }

    /**
     * One validation problem.
     *
     * @param int $index 0-based item position.
     * @param int|null $cmid
     * @param string $field
     * @param string $key Lang string.
     * @param \stdClass $a Lang string parameters.
     * @return array
     */
    private static function error(int $index, ?int $cmid, string $field, string $key, \stdClass $a): array {
        return ['item' => $index, 'cmid' => $cmid, 'field' => $field, 'message' => get_string($key, 'local_sens', $a)];
    }
}
