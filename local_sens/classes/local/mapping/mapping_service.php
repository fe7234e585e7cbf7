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

use core\clock;
use local_sens\local\assessment\assessment_repository;
use local_sens\local\assessment\components;
use local_sens\local\assessment\grade_conversion;
use local_sens\local\audit\audit_repository;
use local_sens\local\decision\decision_service;
use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * Links a course to a programme and maps its activities to the slots and micro-competences of a programme version.
 *
 * A save is all or nothing: every item is checked against the version's slots (and the kind of activity each slot
 * expects, see activity_types), micro-competences and the course's activities; on any problem nothing is stored and
 * every problem is reported. A stored mapping is audited, its cache dropped, and the course's learners are recomputed (the same completions may now count for other slots)
 * before its gating is synchronised.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class mapping_service {

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param audit_repository $audit
     * @param mapping_repository $mappings
     * @param programme_version_repository $versions
     * @param decision_service $decisions
     * @param assessment_repository $assessments
     * @param course_link_repository $links
     * @param mapping_validator $validator
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
        /** @var mapping_repository Stored mappings. */
        private readonly mapping_repository $mappings,
        /** @var programme_version_repository Programme versions and their (cached) definitions. */
        private readonly programme_version_repository $versions,
        /** @var decision_service Learners' decisions, recomputed after a save. */
        private readonly decision_service $decisions,
        /** @var assessment_repository Grade items holding the version's assessment components. */
        private readonly assessment_repository $assessments,
        /** @var course_link_repository Links of courses to programmes. */
        private readonly course_link_repository $links,
        /** @var mapping_validator Checks of the items and assessments to save. */
        private readonly mapping_validator $validator,
    ) {
    }

    /**
     * Link a course to a programme (replacing a previous link).
     *
     * @param int $courseid
     * @param string $programme Programme id, e.g. du-cns; at least one version of it must have been imported.
     * @param int $userid Who links.
     * @return \stdClass The link (course_link_repository row).
     * @throws \moodle_exception When the course or the programme does not exist.
     */
    public function link_course(int $courseid, string $programme, int $userid): \stdClass {
        $this->db->get_record('course', ['id' => $courseid], 'id', MUST_EXIST);
        if (!$this->versions->exists($programme)) {
            throw new \moodle_exception('errorunknownprogramme', 'local_sens', '', $programme);
        }
        $now = $this->clock->time();
        $transaction = $this->db->start_delegated_transaction();
        [$link, $previous] = $this->links->save($courseid, $programme, $userid, $now);
        $this->audit->append($userid, 'course_linked', null, null,
            ['courseid' => $courseid, 'programme' => $programme, 'previous' => $previous]);
        $transaction->allow_commit();
        return $link;
    }

    /**
     * The programme linked to a course and the version its mapping is edited for (the latest published one).
     *
     * @param int $courseid
     * @return array Keys programme (?string), version (?\stdClass: id, programme, version, status).
     */
    public function course_version(int $courseid): array {
        $programme = $this->links->programme_of($courseid);
        if ($programme === null) {
            return ['programme' => null, 'version' => null];
        }
        $version = $this->versions->latest_published($programme);
        if ($version !== null) {
            unset($version->definition);
        }
        return ['programme' => (string)$programme, 'version' => $version];
    }

    /**
     * Everything the mapping page shows for a course: programme, version, definition, activities, items, coverage.
     *
     * @param int $courseid
     * @return array Keys programme, version, definition (?array), cms, items, coverage (?array), components (the
     *     version's assessment components by session), gradeitems (the course's grade items that may hold one),
     *     assessments (which holds which).
     */
    public function overview(int $courseid): array {
        ['programme' => $programme, 'version' => $version] = $this->course_version($courseid);
        $cms = $this->course_cms($courseid);
        if ($version === null) {
            return ['programme' => $programme, 'version' => null, 'definition' => null, 'cms' => array_values($cms),
                'items' => [], 'coverage' => null, 'components' => [], 'gradeitems' => [], 'assessments' => []];
        }
        $definition = $this->versions->definition((int)$version->id);
        $items = $this->mappings->items((int)$version->id, $courseid);
        return [
            'programme' => $programme,
            'version' => $version,
            'definition' => $definition,
            'cms' => array_values($cms),
            'items' => $items,
            'coverage' => coverage::compute($definition, $items, array_keys($cms)),
            'components' => components::of($definition),
            'gradeitems' => $this->grade_items($courseid, $definition),
            'assessments' => $this->assessments->items((int)$version->id, $courseid),
        ];
    }

    /**
     * The course's grade items that may hold an assessment component, for the mapping page.
     *
     * @param int $courseid
     * @param array $definition
     * @return array[] Keys id, name, type (module name or "manual"), gradetype (value, scale), grademin, grademax,
     *     exact (every grade of the item converts exactly to every component maximum of the version).
     */
    private function grade_items(int $courseid, array $definition): array {
        $maxima = array_unique(array_map(fn(array $c) => (string)$c['max'], components::of($definition)));
        $out = [];
        foreach ($this->assessments->course_grade_items($courseid) as $item) {
            $scale = (int)$item->gradetype === assessment_repository::TYPE_SCALE;
            $exact = true;
            foreach ($maxima as $max) {
                $exact = $exact && grade_conversion::always_exact($item->grademin, $item->grademax, (float)$max, $scale);
            }
            $out[] = [
                'id' => (int)$item->id,
                'name' => format_string((string)$item->itemname),
                'type' => $item->itemtype === 'mod' ? (string)$item->itemmodule : 'manual',
                'gradetype' => $scale ? 'scale' : 'value',
                'grademin' => (float)$item->grademin,
                'grademax' => (float)$item->grademax,
                'exact' => $exact,
            ];
        }
        return $out;
    }

    /**
     * Replace a course's mapping for a version, all or nothing.
     *
     * @param int $courseid
     * @param int $versionid A version of the programme linked to the course.
     * @param array[] $items ['cmid' => int, 'slot' => string, 'competences' => string[]].
     * @param int $userid Who saves.
     * @param array[]|null $assessments ['unit' => string, 'component' => string, 'session' => main|resit,
     *     'gradeitemid' => int]: which grade item holds which assessment component in which session; null keeps them.
     * @return array The coverage after saving (see coverage::compute()).
     * @throws invalid_mapping_exception Listing every problem; nothing is stored then.
     */
    public function save(int $courseid, int $versionid, array $items, int $userid, ?array $assessments = null): array {
        $cms = $this->course_cms($courseid);
        $errors = [];
        $link = $this->links->programme_of($courseid);
        $version = $this->versions->find($versionid);
        if ($link === null) {
            $errors[] = ['item' => null, 'cmid' => null, 'field' => 'courseid',
                'message' => get_string('errorcoursenotlinked', 'local_sens')];
        } else if (!$version || $version->programme !== $link) {
            $a = (object)['value' => $versionid, 'programme' => $link];
            $errors[] = ['item' => null, 'cmid' => null, 'field' => 'versionid',
                'message' => get_string('errormappingversion', 'local_sens', $a)];
        }
        if ($errors) {
            throw new invalid_mapping_exception($errors);
        }
        $definition = $this->versions->definition($versionid);
        $clean = $this->validator->items($items, $definition, $cms, (int)$version->version, $errors);
        $cleanassessments = $assessments === null ? null
            : $this->validator->assessments($assessments, $definition, $courseid, (int)$version->version, $errors);
        if ($errors) {
            throw new invalid_mapping_exception($errors);
        }
        $before = $this->mappings->items($versionid, $courseid);
        $transaction = $this->db->start_delegated_transaction();
        $this->mappings->replace($versionid, $courseid, $clean, $userid, $this->clock->time());
        $entry = [
            'courseid' => $courseid,
            'items' => count($clean),
            'added' => self::pairs(self::diff($clean, $before)),
            'removed' => self::pairs(self::diff($before, $clean)),
        ];
        if ($cleanassessments !== null) {
            $previous = $this->assessments->items($versionid, $courseid);
            $this->assessments->replace($versionid, $courseid, $cleanassessments, $userid, $this->clock->time());
            $short = fn(array $list) => array_map(fn(array $a) => components::key($a['unit'], $a['component'],
                $a['session']) . ':' . $a['gradeitemid'], $list);
            $entry['assessments'] = count($cleanassessments);
            $entry['assessmentsadded'] = array_values(array_diff($short($cleanassessments), $short($previous)));
            $entry['assessmentsremoved'] = array_values(array_diff($short($previous), $short($cleanassessments)));
        }
        $this->audit->append($userid, 'mapping_saved', null, $versionid, $entry);
        $transaction->allow_commit();
        // Dropped again after commit: a reader between replace() and commit may have cached the old rows.
        $this->mappings->invalidate($versionid, $courseid);
        $this->decisions->recompute_course($courseid);
        return coverage::compute($definition, $clean, array_keys($cms));
    }

    /**
     * Items of $a whose (cmid, slot, competences) is not in $b.
     *
     * @param array[] $a
     * @param array[] $b
     * @return array[]
     */
    private static function diff(array $a, array $b): array {
        $keys = array_map(fn(array $i) => json_encode([$i['cmid'], $i['slot'], $i['competences']]), $b);
        return array_values(array_filter($a, fn(array $i) => !in_array(json_encode([$i['cmid'], $i['slot'],
            $i['competences']]), $keys, true)));
    }

    /**
     * Short form of items for the audit trail.
     *
     * @param array[] $items
     * @return string[] "cmid:slot[competences]".
     */
    private static function pairs(array $items): array {
        return array_map(fn(array $i) => $i['cmid'] . ':' . $i['slot'] . ($i['competences'] ? '[' . implode(',',
            $i['competences']) . ']' : ''), $items);
    }

    /**
     * The course's activities (not being deleted), by cmid, in course order.
     *
     * @param int $courseid
     * @return array<int, array> Keys id, name, modname, modfullname, section, visible.
     */
    private function course_cms(int $courseid): array {
        $modinfo = get_fast_modinfo($courseid, -1);
        $cms = [];
        foreach ($modinfo->get_cms() as $cm) {
            if ($cm->deletioninprogress) {
                continue;
            }
            $cms[(int)$cm->id] = [
                'id' => (int)$cm->id,
                'name' => $cm->get_formatted_name(),
                'modname' => $cm->modname,
                'modfullname' => (string)$cm->get_module_type_name(),
                'section' => (string)get_section_name($courseid, $cm->sectionnum),
                'visible' => (bool)$cm->visible,
            ];
        }
        return $cms;
    }
}
