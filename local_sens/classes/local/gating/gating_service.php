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

namespace local_sens\local\gating;

use availability_sens\local\tree_editor;
use local_sens\local\decision\presenter;
use local_sens\local\engine\format;
use local_sens\local\mapping\course_link_repository;
use local_sens\local\mapping\mapping_repository;
use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * Level gating enforced by Moodle itself: an availability_sens condition "this SENS level is open to you" on every
 * activity mapped to a gated unit (a level of a sequential domain, a unit with prerequisites). The condition reads
 * the learner's open units from one cached entry (open_units_repository), which the decision service keeps in step
 * with the stored decisions; this service only writes the conditions, from the mapping.
 *
 * Moodle then refuses a locked level everywhere it checks availability: course page, view.php (require_login with
 * a cm), the activities' web services (validate_context), the mobile app, pluginfile.
 *
 * The first gating used one hidden group per level (idnumber sens:<unit>); sync_course() takes those groups and
 * their conditions away wherever it finds them (see db/upgrade.php).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class gating_service {

    /** @var string Prefix of the idnumber of the groups of the first gating (removed). */
    public const LEGACY_IDNUMBER_PREFIX = 'sens:';

    /** @var array<string, int|null> Latest published version by programme, for the request. */
    private array $published = [];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param programme_version_repository $versions
     * @param course_link_repository $links
     * @param mapping_repository $mappings
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var programme_version_repository Programme versions. */
        private readonly programme_version_repository $versions,
        /** @var course_link_repository Links of courses to programmes. */
        private readonly course_link_repository $links,
        /** @var mapping_repository Mapped activities. */
        private readonly mapping_repository $mappings,
    ) {
    }

    /**
     * The units of a programme that Moodle must gate: the levels of a sequential unit (a domain's Débutant,
     * Intermédiaire, Avancé) and units with prerequisites.
     *
     * @param array $definition Programme definition.
     * @return array<string, array> By unit id: unit, parent (or null), rank (1-based position among its levels).
     */
    public static function gated_units(array $definition): array {
        $units = array_column($definition['units'] ?? [], null, 'id');
        $gated = [];
        $positions = [];
        foreach ($units as $id => $unit) {
            $parent = isset($unit['parent']) ? ($units[$unit['parent']] ?? null) : null;
            $sequential = $parent !== null && ($parent['gating'] ?? 'none') === 'sequential';
            if ($sequential) {
                $positions[$parent['id']] = ($positions[$parent['id']] ?? 0) + 1;
            }
            if ($sequential || !empty($unit['prerequisites'])) {
                $gated[(string)$id] = [
                    'unit' => $unit,
                    'parent' => $sequential ? $parent : null,
                    'rank' => $sequential ? $positions[$parent['id']] : 0,
                ];
            }
        }
        return $gated;
    }

    /**
     * Make the course's conditions match the mapping: on each activity mapped to gated units, one SENS level
     * condition per unit; none elsewhere; every other condition kept; the groups of the first gating and their
     * conditions taken away. Idempotent: a second call changes nothing.
     *
     * @param int $courseid
     * @return int Number of changes made (activities, groups removed).
     */
    public function sync_course(int $courseid): int {
        [$programme, $cmunits] = $this->wanted($courseid);
        return $this->write_conditions($courseid, (string)$programme, $cmunits);
    }

    /**
     * Write exactly the given SENS level conditions on the course's activities (none on the others), taking the first
     * gating's group conditions and groups away.
     *
     * @param int $courseid
     * @param string $programme
     * @param array<int, array<string, true>> $cmunits Units each activity must require, by course module id.
     * @return int Number of changes made (activities, groups removed).
     */
    private function write_conditions(int $courseid, string $programme, array $cmunits): int {
        $legacy = $this->legacy_groups($courseid);
        $changed = 0;
        foreach ($this->db->get_records('course_modules', ['course' => $courseid], 'id', 'id, availability') as $cm) {
            $availability = tree_editor::with_levels($cm->availability, $programme,
                array_keys($cmunits[(int)$cm->id] ?? []), array_keys($legacy));
            if ($availability !== $cm->availability) {
                $this->db->set_field('course_modules', 'availability', $availability, ['id' => $cm->id]);
                $changed++;
            }
        }
        if ($changed) {
            rebuild_course_cache($courseid, true);
        }
        return $changed + $this->remove_legacy_groups($legacy);
    }

    /**
     * The programme of a course and the gated units each mapped activity must require.
     *
     * @param int $courseid
     * @return array [programme id or null, array<int, array<string, true>> units by course module id]
     */
    private function wanted(int $courseid): array {
        $programme = $this->links->programme_of($courseid);
        $mappings = $this->mappings->of_course($courseid);
        $cmunits = [];
        foreach ($mappings as $mapping) {
            $definition = $this->versions->definition((int)$mapping->versionid);
            $programme ??= $definition['id'] ?? null;
            $gated = self::gated_units($definition);
            $slots = array_column($definition['slots'] ?? [], 'unit', 'id');
            $unitid = $slots[$mapping->slot] ?? null;
            if ($unitid !== null && isset($gated[$unitid])) {
                $cmunits[(int)$mapping->cmid][(string)$unitid] = true;
            }
        }
        return [$programme === null ? null : (string)$programme, $cmunits];
    }

    /**
     * Mapped activities of gated units that lack their SENS level condition (the health check): someone took it off
     * by hand, or the course was not synced since its mapping changed.
     *
     * @return array checked (number of mapped activities of gated units), missing (each: courseid, cmid, unit).
     */
    public function missing_conditions(): array {
        $missing = [];
        $checked = 0;
        $courseids = $this->mappings->mapped_courseids();
        foreach ($courseids as $courseid) {
            [$programme, $cmunits] = $this->wanted((int)$courseid);
            if (!$cmunits) {
                continue;
            }
            [$insql, $params] = $this->db->get_in_or_equal(array_keys($cmunits));
            $availability = $this->db->get_records_select_menu('course_modules', "id $insql", $params, '', 'id, availability');
            $checked += count($cmunits);
            foreach ($cmunits as $cmid => $units) {
                foreach (tree_editor::missing_levels($availability[$cmid] ?? null, (string)$programme, array_keys($units))
                        as $unit) {
                    $missing[] = ['courseid' => (int)$courseid, 'cmid' => (int)$cmid, 'unit' => $unit];
                }
            }
        }
        return ['checked' => $checked, 'missing' => $missing];
    }

    /**
     * Groups of the first gating in a course, by id.
     *
     * @param int $courseid
     * @return array<int, \stdClass>
     */
    private function legacy_groups(int $courseid): array {
        return $this->db->get_records_select('groups', 'courseid = :courseid AND ' .
            $this->db->sql_like('idnumber', ':prefix'), ['courseid' => $courseid,
            'prefix' => self::LEGACY_IDNUMBER_PREFIX . '%'], 'id');
    }

    /**
     * Delete groups of the first gating (their memberships go with them).
     *
     * @param array<int, \stdClass> $groups
     * @return int Number of groups deleted.
     */
    private function remove_legacy_groups(array $groups): int {
        global $CFG;
        if (!$groups) {
            return 0;
        }
        require_once($CFG->dirroot . '/group/lib.php');
        foreach ($groups as $group) {
            groups_delete_group($group);
        }
        return count($groups);
    }

    /**
     * Take SENS gating off the whole site (uninstall of local_sens): every SENS level condition, every group of
     * the first gating with its memberships.
     *
     * @return int Number of changes.
     */
    public function remove_everywhere(): int {
        $changes = tree_editor::remove_everywhere();
        $courseids = $this->db->get_fieldset_select('groups', 'DISTINCT courseid',
            $this->db->sql_like('idnumber', ':prefix'), ['prefix' => self::LEGACY_IDNUMBER_PREFIX . '%']);
        foreach ($courseids as $courseid) {
            $changes += $this->write_conditions((int)$courseid, '', []);
        }
        return $changes;
    }

    /**
     * The title of a gated unit in the current language, with its domain for a level ("Données de santé —
     * Intermédiaire").
     *
     * @param string $programme
     * @param string $unit
     * @param int|null $versionid The learner's version; null: the programme's latest published version.
     * @return string The unit id when the programme or unit is unknown.
     */
    public function unit_title(string $programme, string $unit, ?int $versionid): string {
        $versionid ??= $this->published_version($programme);
        if ($versionid === null) {
            return $unit;
        }
        $definition = $this->versions->definition($versionid);
        return self::title($definition, $unit, presenter::lang()) ?? $unit;
    }

    /**
     * The titles of the gated units of the programme linked to a course (the activity form's read-only display).
     *
     * @param int $courseid
     * @return array<string, string> By unit id.
     */
    public function unit_titles(int $courseid): array {
        $programme = $this->links->programme_of($courseid);
        $versionid = $programme === null ? null : $this->published_version($programme);
        if ($versionid === null) {
            return [];
        }
        $definition = $this->versions->definition($versionid);
        $titles = [];
        foreach (array_keys(self::gated_units($definition)) as $unit) {
            $titles[$unit] = self::title($definition, (string)$unit, presenter::lang());
        }
        return $titles;
    }

    /**
     * One reason of the engine as a text in the current language (the presenter's).
     *
     * @param array $reason {code, params}
     * @param int|null $versionid Version whose titles name the units.
     * @return string
     */
    public function reason_text(array $reason, ?int $versionid): string {
        return presenter::for_decision($versionid === null ? null : $this->versions->definition($versionid),
            ['units' => [['reasons' => [$reason]]]])->text($reason);
    }

    /**
     * Title of a unit, with its parent's for a level of a sequential unit.
     *
     * @param array $definition
     * @param string $unit
     * @param string $lang fr or en
     * @return string|null
     */
    public static function title(array $definition, string $unit, string $lang): ?string {
        $title = format::title_of($definition, $unit, $lang);
        $parent = self::gated_units($definition)[$unit]['parent'] ?? null;
        if ($title !== null && $parent !== null) {
            $title = format::title_of($definition, $parent['id'], $lang) . ' — ' . $title;
        }
        return $title;
    }

    /**
     * The latest published version of a programme, once per request.
     *
     * @param string $programme
     * @return int|null
     */
    private function published_version(string $programme): ?int {
        if (!array_key_exists($programme, $this->published)) {
            $version = $this->versions->latest_published($programme);
            $this->published[$programme] = $version === null ? null : (int)$version->id;
        }
        return $this->published[$programme];
    }
}
