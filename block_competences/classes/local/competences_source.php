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


namespace block_competences\local;

use local_sens\local\learner\learner_repository;
use moodle_database;

/**
 * Reads what the block shows: the learner's enrolment and stored decision, the outline of the programme version and
 * the activities mapped to its slots.
 *
 * Reads stay bounded whatever the number of mapped activities: enrolment, decision, the mapping with its course
 * modules in one query (or the mapping repository's cache plus one query), and the course link on a course page.
 * The outline of a version is cached in MUC: a stored version never changes.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class competences_source {

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param learner_repository $learners
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var learner_repository Enrolments and stored decisions. */
        private readonly learner_repository $learners,
    ) {
    }

    /**
     * Everything the block needs for one learner, on the dashboard (no course) or on a course page.
     *
     * @param int $userid
     * @param int|null $courseid
     * @return array|null Null when the learner follows no programme (of this course); else keys enrolment (stdClass),
     *     stored (?array: asof, timecomputed, decision), outline (array), courseid (?int),
     *     links (slot id => \moodle_url of its first mapped activity).
     */
    public function load(int $userid, ?int $courseid): ?array {
        $programme = null;
        if ($courseid !== null) {
            $programme = $this->learners->programme_of_course($courseid);
            if ($programme === null) {
                return null;
            }
        }
        $enrolment = $this->learners->enrolment($userid, $programme);
        if ($enrolment === null) {
            return null;
        }
        $versionid = (int)$enrolment->versionid;
        $stored = $this->learners->decision($userid, $versionid);
        if ($stored === null) {
            return ['enrolment' => $enrolment, 'stored' => null, 'outline' => null, 'courseid' => $courseid, 'links' => []];
        }
        [$courseid, $links] = $this->links($versionid, (string)$enrolment->programme, $courseid);
        return [
            'enrolment' => $enrolment,
            'stored' => $stored,
            'outline' => $this->outline($versionid),
            'courseid' => $courseid,
            'links' => $links,
        ];
    }

    /**
     * The outline of a version: what the block needs of the definition, from the MUC cache.
     *
     * @param int $versionid
     * @return array Keys id, version, title, titleEn, levels, units, slots (each unit/slot: id, title, titleEn, ...).
     */
    public function outline(int $versionid): array {
        $cache = \cache::make('block_competences', 'outline');
        $outline = $cache->get($versionid);
        if ($outline === false) {
            $outline = self::outline_of($this->definition($versionid));
            $cache->set($versionid, $outline);
        }
        return $outline;
    }

    /**
     * Keep only the parts of a definition the block shows (the definition holds référentiels and notes too).
     *
     * @param array $definition Decoded programme definition.
     * @return array
     */
    public static function outline_of(array $definition): array {
        $units = [];
        foreach ($definition['units'] ?? [] as $unit) {
            $units[] = [
                'id' => (string)$unit['id'],
                'kind' => (string)($unit['kind'] ?? ''),
                'title' => (string)($unit['title'] ?? $unit['id']),
                'titleEn' => $unit['titleEn'] ?? null,
                'parent' => $unit['parent'] ?? null,
            ];
        }
        $slots = [];
        foreach ($definition['slots'] ?? [] as $slot) {
            $slots[] = [
                'id' => (string)$slot['id'],
                'unit' => (string)($slot['unit'] ?? ''),
                'title' => (string)($slot['title'] ?? $slot['id']),
                'titleEn' => $slot['titleEn'] ?? null,
            ];
        }
        return [
            'id' => (string)($definition['id'] ?? ''),
            'version' => (string)($definition['version'] ?? ''),
            'title' => (string)($definition['title'] ?? ''),
            'titleEn' => $definition['titleEn'] ?? null,
            'levels' => array_values($definition['levels'] ?? []),
            'units' => $units,
            'slots' => $slots,
        ];
    }

    /**
     * The decoded definition of a version: from the référentiel helper's repository when present.
     *
     * @param int $versionid
     * @return array
     */
    private function definition(int $versionid): array {
        $repository = '\\local_sens\\local\\programme\\programme_version_repository';
        if (class_exists($repository) && method_exists($repository, 'definition')) {
            return \core\di::get($repository)->definition($versionid);
        }
        $json = $this->db->get_field('local_sens_progversion', 'definition', ['id' => $versionid], MUST_EXIST);
        return json_decode($json, true, 512, JSON_THROW_ON_ERROR);
    }

    /**
     * The course the mapping is read from and, per slot, the URL of its first mapped activity still in the course.
     *
     * @param int $versionid
     * @param string $programme
     * @param int|null $courseid Null on the dashboard: the first course linked to the programme.
     * @return array [?int courseid, array slot id => \moodle_url]
     */
    private function links(int $versionid, string $programme, ?int $courseid): array {
        $repository = '\\local_sens\\local\\mapping\\mapping_repository';
        if (class_exists($repository) && method_exists($repository, 'for_version_course')) {
            if ($courseid === null) {
                $courseids = $this->db->get_fieldset_select('local_sens_course', 'courseid', 'programme = ? ORDER BY id',
                    [$programme]);
                if (!$courseids) {
                    return [null, []];
                }
                $courseid = (int)reset($courseids);
            }
            $cmsbyslot = \core\di::get($repository)->for_version_course($versionid, $courseid);
            $cmids = [];
            foreach ($cmsbyslot as $cms) {
                foreach ($cms as $cmid) {
                    $cmids[(int)$cmid] = true;
                }
            }
            $modnames = [];
            if ($cmids) {
                [$insql, $params] = $this->db->get_in_or_equal(array_keys($cmids));
                $modnames = $this->db->get_records_sql_menu(
                    "SELECT cm.id, m.name
                       FROM {course_modules} cm
                       JOIN {modules} m ON m.id = cm.module
                      WHERE cm.id $insql AND cm.deletioninprogress = 0", $params);
            }
            $links = [];
            foreach ($cmsbyslot as $slot => $cms) {
                foreach ($cms as $cmid) {
                    if (isset($modnames[(int)$cmid])) {
                        $links[(string)$slot] = self::cm_url($modnames[(int)$cmid], (int)$cmid);
                        break;
                    }
                }
            }
            return [$courseid, $links];
        }
        return $this->links_from_table($versionid, $programme, $courseid);
    }

    /**
     * Links read straight from local_sens_mapping, course link and course modules in one query (until the mapping
     * repository exists).
     *
     * @param int $versionid
     * @param string $programme
     * @param int|null $courseid
     * @return array [?int courseid, array slot id => \moodle_url]
     */
    private function links_from_table(int $versionid, string $programme, ?int $courseid): array {
        $params = ['versionid' => $versionid, 'programme' => $programme];
        $where = '';
        if ($courseid !== null) {
            $where = ' AND cm.course = :courseid';
            $params['courseid'] = $courseid;
        }
        $rows = $this->db->get_recordset_sql(
            "SELECT sm.id, sm.slot, sm.cmid, cm.course, m.name AS modname
               FROM {local_sens_mapping} sm
               JOIN {course_modules} cm ON cm.id = sm.cmid AND cm.deletioninprogress = 0
               JOIN {modules} m ON m.id = cm.module
               JOIN {local_sens_course} sc ON sc.courseid = cm.course AND sc.programme = :programme
              WHERE sm.versionid = :versionid $where
           ORDER BY sc.id, cm.id", $params);
        $links = [];
        foreach ($rows as $row) {
            // On the dashboard the first linked course (by link order) wins.
            $courseid = $courseid ?? (int)$row->course;
            if ((int)$row->course === $courseid && !isset($links[$row->slot])) {
                $links[(string)$row->slot] = self::cm_url((string)$row->modname, (int)$row->cmid);
            }
        }
        $rows->close();
        return [$courseid, $links];
    }

    /**
     * URL of an activity's view page.
     *
     * @param string $modname
     * @param int $cmid
     * @return \moodle_url
     */
    private static function cm_url(string $modname, int $cmid): \moodle_url {
        return new \moodle_url('/mod/' . $modname . '/view.php', ['id' => $cmid]);
    }
}
