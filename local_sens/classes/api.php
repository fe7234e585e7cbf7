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

namespace local_sens;

use local_sens\local\decision\decision_service;
use local_sens\local\learner\learner_repository;
use local_sens\local\decision\presenter;
use local_sens\local\programme\programme_version_repository;

/**
 * Public API of local_sens for the other SENS plugins (mod_sensportfolio): the learner's programme version and
 * stored decision, the jury requirement of a unit, the reasons in the user's language, and the one list of jury
 * decisions. Other plugins call this class instead of reading local_sens tables.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class api {

    /** @var string[] The jury decisions a learner record holds (rules-engine record schema, juryDecisions[].decision). */
    public const JURY_DECISIONS = ['accepted', 'rejected', 'deferred'];

    /** @var string[] Unit states in which the learner may hand in work for the unit: the engine's OPEN_STATES. */
    public const SUBMITTABLE_STATES = \local_sens\local\engine\reasons::OPEN_STATES;

    /**
     * The learner's programme in a course: their latest enrolment on the programme linked to the course, its
     * definition and the stored decision.
     *
     * @param int $userid
     * @param int $courseid
     * @return array|null Keys versionid, programme, version, definition (decoded), decision (stored engine decision or
     *     null); null when the course is not linked or the learner does not follow its programme.
     */
    public static function learner_programme(int $userid, int $courseid): ?array {
        $learners = \core\di::get(learner_repository::class);
        $programme = $learners->programme_of_course($courseid);
        if ($programme === null) {
            return null;
        }
        $found = $learners->enrolment_and_decision($userid, $programme);
        if ($found === null) {
            return null;
        }
        [$enrolment, $stored] = $found;
        return [
            'versionid' => (int)$enrolment->versionid,
            'programme' => (string)$enrolment->programme,
            'version' => (string)$enrolment->version,
            'definition' => \core\di::get(programme_version_repository::class)->definition((int)$enrolment->versionid),
            'decision' => $stored['decision'] ?? null,
        ];
    }

    /**
     * The latest published definition of the programme linked to a course (what a jury member reads the criteria
     * from when the learner is not known), or null.
     *
     * @param int $courseid
     * @return array|null
     */
    public static function course_definition(int $courseid): ?array {
        $programme = \core\di::get(learner_repository::class)->programme_of_course($courseid);
        if ($programme === null) {
            return null;
        }
        $versions = \core\di::get(programme_version_repository::class);
        $version = $versions->latest_published($programme);
        return $version ? $versions->definition((int)$version->id) : null;
    }

    /**
     * The unit a jury decides on: the given one if it has a jury requirement, else the first unit of kind portfolio
     * with one, else the first unit with one.
     *
     * @param array $definition Programme definition.
     * @param string|null $unitid Preferred unit id (an activity setting), or null/''.
     * @return array|null The unit, with key 'jury' holding its jury requirement ({id, passMark, max, criteria}).
     */
    public static function jury_unit(array $definition, ?string $unitid = null): ?array {
        $first = null;
        $portfolio = null;
        foreach ($definition['units'] ?? [] as $unit) {
            foreach ($unit['requirements'] ?? [] as $requirement) {
                if (($requirement['kind'] ?? '') !== 'jury') {
                    continue;
                }
                $unit['jury'] = $requirement;
                if ($unitid !== null && $unitid !== '' && $unit['id'] === $unitid) {
                    return $unit;
                }
                $first ??= $unit;
                if (($unit['kind'] ?? '') === 'portfolio') {
                    $portfolio ??= $unit;
                }
                break;
            }
        }
        return $portfolio ?? $first;
    }

    /**
     * One unit of a stored engine decision.
     *
     * @param array|null $decision Stored decision.
     * @param string $unitid
     * @return array|null {id, state, reasons, ...}
     */
    public static function unit_decision(?array $decision, string $unitid): ?array {
        foreach ($decision['units'] ?? [] as $unit) {
            if (($unit['id'] ?? null) === $unitid) {
                return $unit;
            }
        }
        return null;
    }

    /**
     * The language of the engine's texts for the current reader, fr or en (the one rule, presenter::lang()).
     *
     * @return string
     */
    public static function lang(): string {
        return presenter::lang();
    }

    /**
     * The title of a programme item in the current reader's language (presenter::title_of()).
     *
     * @param array $item An item of a programme definition (title, optional titleEn, id).
     * @return string
     */
    public static function title_of(array $item): string {
        return presenter::title_of($item);
    }

    /**
     * The engine's reasons as texts in the current language (the presenter's: titles, dates, people by name).
     *
     * @param array[] $reasons {code, path, params}
     * @param array|null $definition Programme whose ids are shown by title.
     * @return string[]
     */
    public static function reason_texts(array $reasons, ?array $definition): array {
        return presenter::for_decision($definition, ['units' => [['reasons' => $reasons]]])->texts($reasons);
    }

    /**
     * Where a learner stands against the programme's attendance rules, from the teaching sessions (one read; none
     * when the programme has no attendance rule). For the learner's view: the engine's decision says barred or
     * défaillant, this says how much absence each limit still allows.
     *
     * @param int $userid
     * @param int $versionid The learner's programme version.
     * @return array[] See attendance_repository::summary().
     */
    public static function attendance(int $userid, int $versionid): array {
        $definition = \core\di::get(programme_version_repository::class)->definition($versionid);
        if (empty($definition['attendance'])) {
            return [];
        }
        $perunit = \core\di::get(\local_sens\local\workshop\attendance_repository::class)
            ->for_learner((string)$definition['id'], $versionid, $userid);
        return \local_sens\local\workshop\attendance_repository::summary($definition, $perunit);
    }

    /**
     * A learner's grades of the assessment components held by grade items of the linked courses (one read), each
     * converted to the component's maximum; a grade that does not convert exactly is not counted (conversion problem).
     *
     * @param int $userid
     * @param int $versionid The learner's programme version.
     * @return array[] unit, component, session (main, resit), grade (?float on the component's max), max, problem (?string).
     */
    public static function exam_grades(int $userid, int $versionid): array {
        $out = [];
        $grades = \core\di::get(\local_sens\local\learner\record_builder::class)->exam_grades($versionid, [$userid]);
        foreach ($grades[$userid] ?? [] as $grade) {
            $out[] = ['unit' => $grade['unit'], 'component' => $grade['component'], 'session' => $grade['session'],
                'grade' => $grade['conversion']['grade'], 'max' => $grade['max'], 'problem' => $grade['conversion']['problem']];
        }
        return $out;
    }

    /**
     * Recompute a learner's decisions at once (after a new fact, e.g. a jury decision).
     *
     * @param int $userid
     */
    public static function recompute_user(int $userid): void {
        \core\di::get(decision_service::class)->recompute_user($userid);
    }

    /**
     * The jury closed a deliberation session: queue the issue of the diplomas of the candidates it accepted whose
     * stored verdict is "certified" (task issue_certificates, once each). Queued in the caller's transaction when it
     * holds one, so the close and the order to issue commit together; cron makes the PDFs.
     *
     * @param int $courseid The course of the jury's activity.
     * @param int[] $userids The candidates the jury accepted.
     * @param int $actorid Who closed the session.
     * @return int Number of candidates queued.
     */
    public static function issue_certificates_after_jury(int $courseid, array $userids, int $actorid): int {
        $userids = array_values(array_unique(array_map('intval', $userids)));
        if (!$userids) {
            return 0;
        }
        $task = new \local_sens\task\issue_certificates();
        $task->set_custom_data(['courseid' => $courseid, 'userids' => $userids, 'actorid' => $actorid]);
        \core\task\manager::queue_adhoc_task($task);
        return count($userids);
    }

    /**
     * Append entries to SENS's hash-chained audit trail, in the caller's transaction when it holds one (a jury's
     * decision and its entry commit together).
     *
     * @param int $actorid Who acted.
     * @param string $action What was done, e.g. jury_decision_recorded.
     * @param array[] $entries Each ['relateduserid' => ?int, 'details' => array] (no programme version: null).
     * @return int Entries written.
     */
    public static function audit(int $actorid, string $action, array $entries): int {
        return \core\di::get(\local_sens\local\audit\audit_repository::class)->append_many($actorid, $action,
            array_map(fn(array $e) => ['relateduserid' => $e['relateduserid'], 'versionid' => null,
                'details' => $e['details']], $entries));
    }
}
