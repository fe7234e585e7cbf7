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
 * Data generator of local_sens.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Data generator of local_sens: programme versions, course links, enrolments, placements, attestations, decisions.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class local_sens_generator extends component_generator_base {

    /** @var int Versions created so far, for default version numbers. */
    private int $versioncount = 0;

    /**
     * Reset between tests.
     */
    public function reset() {
        $this->versioncount = 0;
        // What a test's transaction (rolled back, never committed) left for after its end goes with the test: the
        // learners' locks, the cache keys and the uncommitted mapping entries (ids are reused by the next test).
        \local_sens\local\decision\learner_locks::release_held();
        \local_sens\local\mapping\mapping_repository::flush_pending();
        \local_sens\local\gating\open_units_repository::flush_pending();
    }

    /**
     * Path of a programme definition shipped with the engine (rules-engine/programmes/NAME.json). The plugin is
     * bind-mounted into Moodle, so the repository is found through SENS_ROOT (set by scripts/phpunit.sh).
     *
     * @param string $name e.g. du-cns
     * @return string
     */
    public static function programme_file(string $name = 'du-cns'): string {
        $root = getenv('SENS_ROOT') ?: dirname(__DIR__, 3);
        $file = $root . '/rules-engine/programmes/' . $name . '.json';
        if (!is_file($file)) {
            throw new coding_exception("$name.json not found at $file: set SENS_ROOT to the repository root");
        }
        return $file;
    }

    /**
     * Give a grade item of a linked course an assessment component in a session (local_sens_assessmap).
     *
     * @param array $data versionid, courseid, unit, component, session (main), gradeitemid
     * @return stdClass
     */
    public function create_assessment_mapping(array $data): stdClass {
        global $DB, $USER;
        $record = (object)[
            'versionid' => $data['versionid'],
            'courseid' => $data['courseid'],
            'unit' => $data['unit'],
            'component' => $data['component'],
            'session' => $data['session'] ?? 'main',
            'gradeitemid' => $data['gradeitemid'],
            'usermodified' => $data['usermodified'] ?? (int)$USER->id,
            'timecreated' => 1763900000,
            'timemodified' => 1763900000,
        ];
        $record->id = $DB->insert_record('local_sens_assessmap', $record);
        return $record;
    }

    /**
     * Create a programme version.
     *
     * @param array $data programme, version, status, definition (array or JSON) or file (path of a JSON file),
     *     createdby
     * @return stdClass
     */
    public function create_programme_version(array $data = []): stdClass {
        global $DB, $USER;
        $this->versioncount++;
        if (isset($data['file'])) {
            $data['definition'] = file_get_contents($data['file']);
            $data['programme'] ??= json_decode($data['definition'], true)['id'];
        }
        $definition = $data['definition'] ?? ['id' => $data['programme'] ?? 'du-cns', 'domains' => []];
        $json = is_string($definition) ? $definition : json_encode($definition, JSON_UNESCAPED_UNICODE);
        $record = (object)[
            'programme' => $data['programme'] ?? 'du-cns',
            'version' => $data['version'] ?? $this->versioncount,
            'status' => $data['status'] ?? 'published',
            'definition' => $json,
            'checksum' => hash('sha256', $json),
            'createdby' => $data['createdby'] ?? (int)$USER->id,
            'timecreated' => $data['timecreated'] ?? 1763900000,
            'publishedby' => $data['publishedby'] ?? null,
            'timepublished' => $data['timepublished'] ?? null,
        ];
        $record->id = $DB->insert_record('local_sens_progversion', $record);
        return $record;
    }

    /**
     * Link a course to a programme.
     *
     * @param array $data courseid, programme
     * @return stdClass
     */
    public function create_course_link(array $data): stdClass {
        global $DB, $USER;
        $record = (object)[
            'courseid' => $data['courseid'],
            'programme' => $data['programme'] ?? 'du-cns',
            'usermodified' => $data['usermodified'] ?? (int)$USER->id,
            'timecreated' => 1763900000,
            'timemodified' => 1763900000,
        ];
        $record->id = $DB->insert_record('local_sens_course', $record);
        return $record;
    }

    /**
     * Map a course module to a slot of a programme version.
     *
     * @param array $data versionid, cmid, slot, competences (list of ids)
     * @return stdClass
     */
    public function create_mapping(array $data): stdClass {
        global $DB, $USER;
        $record = (object)[
            'versionid' => $data['versionid'],
            'cmid' => $data['cmid'],
            'slot' => $data['slot'],
            'competences' => json_encode($data['competences'] ?? []),
            'usermodified' => $data['usermodified'] ?? (int)$USER->id,
            'timecreated' => 1763900000,
            'timemodified' => 1763900000,
        ];
        $record->id = $DB->insert_record('local_sens_mapping', $record);
        return $record;
    }

    /**
     * A course with completion, linked to a programme, with one quiz mapped to each slot of the given units of a
     * published version (the DU CNS by default). Gating is not synced: call gating_service::sync_course() as the
     * mapping service does after a save.
     *
     * @param array $data units (unit ids whose slots get a quiz), version (an existing version row; default: a new
     *     published DU CNS version), course (record fields), completion ('manual', default, or 'grade': the quiz has
     *     one short-answer question, complete when graded)
     * @return stdClass course, version, definition (decoded), cms (slot id => cm_info-like record: id, instance, name)
     */
    public function create_linked_course(array $data = []): stdClass {
        global $CFG;
        require_once($CFG->libdir . '/completionlib.php');
        require_once($CFG->dirroot . '/mod/quiz/locallib.php');
        $gen = $this->datagenerator;
        $version = $data['version'] ?? $this->create_programme_version(['file' => self::programme_file('du-cns')]);
        $definition = json_decode($version->definition, true);
        $course = $gen->create_course(($data['course'] ?? []) + ['enablecompletion' => 1]);
        $this->create_course_link(['courseid' => $course->id, 'programme' => $definition['id']]);
        $cms = [];
        $bygrade = ($data['completion'] ?? 'manual') === 'grade';
        foreach ($definition['slots'] ?? [] as $slot) {
            if (!in_array($slot['unit'], $data['units'] ?? [], true)) {
                continue;
            }
            $record = ['course' => $course->id, 'name' => $slot['id']];
            $record += $bygrade
                ? ['completion' => COMPLETION_TRACKING_AUTOMATIC, 'completionusegrade' => 1, 'grade' => 10, 'sumgrades' => 1]
                : ['completion' => COMPLETION_TRACKING_MANUAL];
            $quiz = $gen->create_module('quiz', $record);
            if ($bygrade) {
                $questions = $gen->get_plugin_generator('core_question');
                $category = $questions->create_question_category(['contextid' => context_course::instance($course->id)->id]);
                $question = $questions->create_question('shortanswer', null, ['category' => $category->id]);
                quiz_add_quiz_question($question->id, $quiz);
            }
            $this->create_mapping(['versionid' => $version->id, 'cmid' => $quiz->cmid, 'slot' => $slot['id']]);
            $cms[$slot['id']] = (object)['id' => (int)$quiz->cmid, 'instance' => (int)$quiz->id, 'name' => $slot['id']];
        }
        return (object)['course' => $course, 'version' => $version, 'definition' => $definition, 'cms' => $cms];
    }

    /**
     * Run the deferred recompute that enrolments and roles queued (the ad hoc tasks recompute_pending, which cron runs
     * within the minute in production): every learner enrolled in a linked course so far is enrolled on the programme
     * and has their decision stored. Each task queued now runs once, its output not printed. A test's frozen clock
     * moves one second first: cron runs the task after the marks, and a run clears only the marks older than its start
     * (with the real clock, a learner marked in the second the run started keeps a mark and a task for the next
     * second, as in production).
     *
     * @return int Tasks run.
     */
    public function run_pending_recomputes(): int {
        global $DB;
        $clock = \core\di::get(\core\clock::class);
        if ($clock instanceof \frozen_clock) {
            $clock->bump(1);
        }
        $records = $DB->get_records('task_adhoc', ['classname' => '\\' . \local_sens\task\recompute_pending::class], 'id');
        foreach ($records as $record) {
            $DB->delete_records('task_adhoc', ['id' => $record->id]);
            $task = \core\task\manager::adhoc_task_from_record($record);
            ob_start();
            try {
                $task->execute();
            } finally {
                ob_end_clean();
            }
        }
        return count($records);
    }

    /**
     * Enrol a learner in a programme version.
     *
     * @param array $data userid, versionid, startdate
     * @return stdClass
     */
    public function create_enrolment(array $data): stdClass {
        global $DB, $USER;
        $record = (object)[
            'userid' => $data['userid'],
            'versionid' => $data['versionid'],
            'startdate' => $data['startdate'] ?? '2026-03-30',
            'usermodified' => $data['usermodified'] ?? (int)$USER->id,
            'timecreated' => 1763900000,
            'timemodified' => 1763900000,
        ];
        $record->id = $DB->insert_record('local_sens_enrolment', $record);
        return $record;
    }

    /**
     * Record a placement.
     *
     * @param array $data enrolmentid, domain, level, basis, note, placedby
     * @return stdClass
     */
    public function create_placement(array $data): stdClass {
        global $DB, $USER;
        $record = (object)[
            'enrolmentid' => $data['enrolmentid'],
            'domain' => $data['domain'] ?? 'cybersecurite',
            'level' => $data['level'] ?? 'intermediaire',
            'basis' => $data['basis'] ?? 'pix',
            'note' => $data['note'] ?? null,
            'placedby' => $data['placedby'] ?? (int)$USER->id,
            'timecreated' => 1763900000,
        ];
        $record->id = $DB->insert_record('local_sens_placement', $record);
        return $record;
    }

    /**
     * Record a workshop attestation directly (no event, no audit; use the service to test those).
     *
     * @param array $data userid, versionid, unit, session, sessiondate, result, recordedby
     * @return stdClass
     */
    public function create_attestation(array $data): stdClass {
        global $DB, $USER;
        $record = (object)[
            'userid' => $data['userid'],
            'versionid' => $data['versionid'],
            'unit' => $data['unit'] ?? 'atelier-cyber-debutant',
            'session' => $data['session'] ?? 's1',
            'sessiondate' => $data['sessiondate'] ?? '2026-06-15',
            'result' => $data['result'] ?? 'passed',
            'recordedby' => $data['recordedby'] ?? (int)$USER->id,
            'timecreated' => 1763900000,
        ];
        $record->id = $DB->insert_record('local_sens_attestation', $record);
        return $record;
    }

    /**
     * Store a decision.
     *
     * @param array $data userid, versionid, asof, decision (array)
     * @return stdClass
     */
    public function create_decision(array $data): stdClass {
        global $DB;
        $record = (object)[
            'userid' => $data['userid'],
            'versionid' => $data['versionid'],
            'asof' => $data['asof'] ?? '2026-11-23',
            'decision' => json_encode($data['decision'] ?? ['domains' => []], JSON_UNESCAPED_UNICODE),
            'timecomputed' => 1763900000,
        ];
        $record->id = $DB->insert_record('local_sens_decision', $record);
        return $record;
    }

    /**
     * Append an audit entry.
     *
     * @param array $data userid, action, relateduserid, versionid, details
     * @return stdClass
     */
    public function create_audit(array $data): stdClass {
        global $DB;
        // Through the repository: the entry takes its place in the hash chain.
        $id = \core\di::get(\local_sens\local\audit\audit_repository::class)->append((int)$data['userid'],
            $data['action'] ?? 'placement_recorded', $data['relateduserid'] ?? null, $data['versionid'] ?? null,
            $data['details'] ?? []);
        return $DB->get_record('local_sens_audit', ['id' => $id], '*', MUST_EXIST);
    }
}
