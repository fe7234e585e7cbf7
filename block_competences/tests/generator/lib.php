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


/**
 * Data generator of block_competences.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Data generator of block_competences: a DU CNS course with mapped activities, and learners whose decision is the
 * generated engine's on rules-engine/programmes/du-cns.json.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class block_competences_generator extends testing_block_generator {

    /**
     * The DU CNS definition shipped with the engine (the plugin is bind-mounted: SENS_ROOT names the repository).
     *
     * @return string JSON
     */
    public function du_cns_json(): string {
        $root = getenv('SENS_ROOT') ?: dirname(__DIR__, 3);
        $file = $root . '/rules-engine/programmes/du-cns.json';
        if (!is_readable($file)) {
            throw new coding_exception("du-cns.json not found at $file: set SENS_ROOT to the repository root");
        }
        return file_get_contents($file);
    }

    /**
     * A published DU CNS version, a course linked to it, and activities mapped to the first slots in programme order.
     *
     * @param int $mapped How many activities to create and map (one per slot, in order; more than the slots wraps).
     * @param string $modname Module of the activities (page is quick to create; quiz for the real thing).
     * @return array [stdClass course, stdClass version, array programme, array slot id => cm id (first mapped)]
     */
    public function create_programme_course(int $mapped = 3, string $modname = 'page'): array {
        global $DB, $USER;
        $json = $this->du_cns_json();
        $programme = json_decode($json, true, 512, JSON_THROW_ON_ERROR);
        $sens = $this->datagenerator->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['programme' => $programme['id'], 'definition' => $json]);
        $course = $this->datagenerator->create_course(['shortname' => 'DUCNS-' . $version->id]);
        $sens->create_course_link(['courseid' => $course->id, 'programme' => $programme['id']]);
        $slots = $programme['slots'];
        $cms = [];
        for ($i = 0; $i < $mapped; $i++) {
            $slot = $slots[$i % count($slots)];
            $module = $this->datagenerator->create_module($modname, ['course' => $course->id, 'name' => $slot['title']]);
            $DB->insert_record('local_sens_mapping', (object)[
                'versionid' => $version->id,
                'cmid' => $module->cmid,
                'slot' => $slot['id'],
                'competences' => '[]',
                'usermodified' => (int)$USER->id,
                'timecreated' => 1763900000,
                'timemodified' => 1763900000,
            ]);
            $cms[$slot['id']] = $cms[$slot['id']] ?? (int)$module->cmid;
        }
        return [$course, $version, $programme, $cms];
    }

    /**
     * A learner of the course, enrolled in the version, with the engine's decision on their facts stored.
     *
     * @param stdClass $course
     * @param stdClass $version
     * @param array $programme Decoded definition.
     * @param array $facts Record parts (placements, activities, attestations...), merged into an empty record.
     * @param string $asof Decision date.
     * @return array [stdClass user, array decision]
     */
    public function create_learner(stdClass $course, stdClass $version, array $programme, array $facts = [],
            string $asof = '2026-11-23'): array {
        global $DB;
        $user = $this->datagenerator->create_user();
        $this->datagenerator->enrol_user($user->id, $course->id, 'student');
        // local_sens may have enrolled the learner and stored a decision from Moodle's facts on the course
        // enrolment: replace them with the given facts.
        $DB->delete_records('local_sens_decision', ['userid' => $user->id, 'versionid' => $version->id]);
        $DB->delete_records('local_sens_enrolment', ['userid' => $user->id, 'versionid' => $version->id]);
        $sens = $this->datagenerator->get_plugin_generator('local_sens');
        $start = $facts['enrolment']['start'] ?? '2026-03-30';
        $sens->create_enrolment(['userid' => $user->id, 'versionid' => $version->id, 'startdate' => $start]);
        $record = array_merge([
            'learner' => 'u' . $user->id,
            'programme' => ['id' => $programme['id'], 'version' => $programme['version']],
            'enrolment' => ['start' => $start],
            'placements' => [],
            'exemptions' => [],
            'activities' => [],
            'attendance' => [],
            'attestations' => [],
            'juryDecisions' => [],
            'exams' => [],
        ], $facts);
        $decision = \local_sens\local\engine\decide::decide($programme, $record, $asof);
        $sens->create_decision(['userid' => $user->id, 'versionid' => $version->id, 'asof' => $asof,
            'decision' => $decision]);
        return [$user, $decision];
    }

    /**
     * Activities facts: every slot of a unit passed.
     *
     * @param array $programme
     * @param string $unitid
     * @param string $at
     * @return array activity facts
     */
    public function passed_activities(array $programme, string $unitid, string $at = '2026-05-01'): array {
        $facts = [];
        foreach ($programme['slots'] as $slot) {
            if ($slot['unit'] === $unitid) {
                $facts[] = ['id' => 'a-' . $slot['id'], 'slot' => $slot['id'], 'completed' => true, 'passed' => true,
                    'grade' => 10, 'max' => 10, 'at' => $at];
            }
        }
        return $facts;
    }
}
