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
use local_sens\local\mapping\mapping_repository;
use local_sens\local\programme\programme_version_repository;
use local_sens\local\workshop\session_repository;
use moodle_database;

/**
 * Reads what the block shows: the learner's enrolment and stored decision, the outline of the programme version and
 * the activities mapped to its slots.
 *
 * Reads stay bounded whatever the number of mapped activities: the course's programme (course page) or the course
 * mapping the version (dashboard), the enrolment with its decision, the module names of the mapped activities in one
 * query; the mapping itself comes from the mapping
 * repository's MUC cache and the outline of a version from this block's (a stored version never changes).
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
     * @param programme_version_repository $versions
     * @param mapping_repository $mappings
     * @param session_repository $sessions
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var learner_repository Enrolments and stored decisions. */
        private readonly learner_repository $learners,
        /** @var programme_version_repository Definitions (MUC-cached). */
        private readonly programme_version_repository $versions,
        /** @var mapping_repository Slot → course modules (MUC-cached). */
        private readonly mapping_repository $mappings,
        /** @var session_repository Workshop sessions of a course. */
        private readonly session_repository $sessions,
    ) {
    }

    /**
     * Everything the block needs for one learner, on the dashboard (no course) or on a course page.
     *
     * @param int $userid
     * @param int|null $courseid
     * @return array|null Null when the learner follows no programme (of this course) and waits for no recompute in
     *     it; else keys enrolment (?stdClass: null while the deferred recompute has not enrolled them yet),
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
        $found = $this->learners->enrolment_and_decision($userid, $programme);
        if ($found === null) {
            // Enrolled in the course, waiting for the deferred recompute (bulk enrolment): "being prepared".
            $pending = $courseid !== null
                && \core\di::get(\local_sens\local\decision\pending_repository::class)->is_pending($userid, $courseid);
            return $pending ? ['enrolment' => null, 'stored' => null, 'outline' => null, 'courseid' => $courseid, 'links' => []]
                : null;
        }
        [$enrolment, $stored] = $found;
        $versionid = (int)$enrolment->versionid;
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
     * The course's workshop sessions still to come (from local_sens' session repository), soonest first, in one read:
     * the block tells a learner when and where the workshop of a level takes place.
     *
     * @param int|null $courseid Null: none.
     * @param int $now
     * @return array[] Each: timestart, room, units (?string[]: null covers every workshop).
     */
    public function sessions(?int $courseid, int $now): array {
        return $courseid === null ? [] : $this->sessions->upcoming($courseid, $now);
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
            $outline = self::outline_of($this->versions->definition($versionid));
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
     * The course the mapping is read from and, per slot, the URL of its first mapped activity still in the course.
     *
     * @param int $versionid
     * @param string $programme
     * @param int|null $courseid Null on the dashboard: the first course linked to the programme that maps the version.
     * @return array [?int courseid, array slot id => \moodle_url]
     */
    private function links(int $versionid, string $programme, ?int $courseid): array {
        // On the dashboard: the first course linked to the programme that maps activities of the learner's version.
        $courseid ??= $this->mappings->first_course_mapping($versionid, $programme);
        if ($courseid === null) {
            return [null, []];
        }
        $cmsbyslot = $this->mappings->for_version_course($versionid, $courseid);
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
