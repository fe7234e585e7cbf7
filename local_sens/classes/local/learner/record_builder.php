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

namespace local_sens\local\learner;

use local_sens\local\assessment\assessment_repository;
use local_sens\local\assessment\components;
use local_sens\local\assessment\grade_conversion;
use local_sens\local\attestation\attestation_repository;
use local_sens\local\mapping\course_link_repository;
use local_sens\local\programme\programme_version_repository;
use local_sens\local\workshop\attendance_repository;
use moodle_database;

/**
 * Builds the engine's learner record (rules-engine/src/schema/record.ts) from what Moodle knows: completion and
 * grades of the mapped activities (activity_facts), placements, workshop attestations, jury decisions, and the exam grades of the
 * assessment components held by grade items of linked courses (converted exactly to the component's maximum, see
 * grade_conversion).
 *
 * The number of queries does not depend on the number of activities nor, for build_many(), on the number of
 * learners: one query per kind of fact and programme version.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class record_builder {

    /** @var int Above this many learners, facts are read for all learners and filtered here. */
    private const IN_LIMIT = 500;

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param programme_version_repository $versions
     * @param assessment_repository $assessments
     * @param placement_repository $placements
     * @param attestation_repository $attestations
     * @param activity_facts $activities
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var programme_version_repository Programme versions (definitions cached in MUC). */
        private readonly programme_version_repository $versions,
        /** @var assessment_repository Grade items holding assessment components, and their grades. */
        private readonly assessment_repository $assessments,
        /** @var placement_repository Placements. */
        private readonly placement_repository $placements,
        /** @var attestation_repository Workshop attestations. */
        private readonly attestation_repository $attestations,
        /** @var activity_facts Facts of the mapped activities. */
        private readonly activity_facts $activities,
    ) {
    }

    /**
     * The learner record of one enrolment.
     *
     * @param int $userid The learner.
     * @param \stdClass $enrolment Row of local_sens_enrolment (id, versionid, startdate at least).
     * @return array The record, as the engine reads it.
     */
    public function build(int $userid, \stdClass $enrolment): array {
        $enrolment = clone $enrolment;
        $enrolment->userid = $userid;
        return $this->build_many([$enrolment])[(int)$enrolment->id];
    }

    /**
     * Learner records of several enrolments, in a few queries per programme version.
     *
     * @param \stdClass[] $enrolments Rows of local_sens_enrolment (id, userid, versionid, startdate).
     * @return array<int, array> Records by enrolment id.
     */
    public function build_many(array $enrolments): array {
        $byversion = [];
        foreach ($enrolments as $enrolment) {
            $byversion[(int)$enrolment->versionid][] = $enrolment;
        }
        $records = [];
        foreach ($byversion as $versionid => $group) {
            $records += $this->build_version($versionid, $group);
        }
        return $records;
    }

    /**
     * Records of the enrolments of one version.
     *
     * @param int $versionid
     * @param \stdClass[] $enrolments
     * @return array<int, array>
     */
    private function build_version(int $versionid, array $enrolments): array {
        $definition = $this->versions->definition($versionid);
        $userids = array_values(array_unique(array_map(fn($e) => (int)$e->userid, $enrolments)));
        $enrolmentids = array_map(fn($e) => (int)$e->id, $enrolments);

        $activities = $this->activities->of($versionid, $userids, $this->users_filter('cmc.userid', $userids),
            $this->users_filter('gg.userid', $userids));
        $attestations = [];
        [$usersql, $userparams] = $this->users_filter('a.userid', $userids);
        $rows = $this->attestations->current_for_record($versionid, $usersql, $userparams);
        // Co-signatures are read only when the programme asks for more than one signer somewhere (the DU does not).
        $cosigned = self::asks_cosignature($definition) && $rows
            ? \core\di::get(\local_sens\local\attestation\cosignature_repository::class)
                ->for_version($versionid, $usersql, $userparams) : [];
        foreach ($rows as $row) {
            $fact = [
                'id' => 'attestation' . $row->id, 'unit' => $row->unit, 'session' => $row->session,
                'result' => $row->result, 'by' => (string)$row->recordedby, 'at' => $row->sessiondate,
            ];
            $cosignatures = $cosigned[(int)$row->userid][(int)$row->id] ?? [];
            if ($cosignatures) {
                // The day each lead co-signed, never before the session the attestation is dated by.
                $fact['cosignatures'] = array_map(fn($c) => ['by' => (string)$c->userid,
                    'at' => max($row->sessiondate, self::date((int)$c->timecreated))], $cosignatures);
            }
            $attestations[(int)$row->userid][] = $fact;
        }

        $placements = [];
        $units = array_column($definition['units'] ?? [], null, 'id');
        foreach ($this->placements->of_enrolments($enrolmentids) as $row) {
            // The level is stored as its unit id; a bare level id (debutant...) is read within its domain.
            $unit = isset($units[$row->level]) ? $row->level : $row->domain . '.' . $row->level;
            $placements[(int)$row->enrolmentid][] = [
                'id' => 'placement' . $row->id, 'unit' => $unit, 'basis' => $row->basis,
                'by' => (string)$row->placedby, 'at' => self::date((int)$row->timecreated),
            ];
        }

        $jury = $this->jury_decisions($definition, $versionid, $userids);
        // Attendance from the teaching sessions, for a programme with attendance rules (two reads; none otherwise).
        $scheduled = null;
        $absences = [];
        if (!empty($definition['attendance'])) {
            $attendance = new attendance_repository($this->db);
            [$usersql, $userparams] = $this->users_filter('ue.userid', $userids);
            $scheduled = $attendance->scheduled((string)$definition['id'], $usersql, $userparams);
            [$usersql, $userparams] = $this->users_filter('a.userid', $userids);
            $absences = $scheduled ? $attendance->absences((string)$definition['id'], $versionid, $usersql, $userparams) : [];
        }
        $assessed = components::units($definition) !== [];
        $exams = $assessed ? $this->exams($versionid, $userids) : [];

        $records = [];
        foreach ($enrolments as $enrolment) {
            $userid = (int)$enrolment->userid;
            $records[(int)$enrolment->id] = [
                'learner' => (string)$userid,
                'programme' => [
                    'id' => (string)($definition['id'] ?? ''),
                    'version' => (string)($definition['version'] ?? ''),
                ],
                'enrolment' => ['start' => $enrolment->startdate],
                'placements' => $placements[(int)$enrolment->id] ?? [],
                'activities' => array_values($activities[$userid] ?? []),
                'attestations' => $attestations[$userid] ?? [],
                'juryDecisions' => $jury[$userid] ?? [],
            ];
            if ($scheduled !== null) {
                $records[(int)$enrolment->id]['attendance'] = attendance_repository::facts($scheduled[$userid] ?? [],
                    $absences[$userid] ?? []);
            }
            if ($assessed) {
                $records[(int)$enrolment->id]['exams'] = $exams[$userid] ?? [];
            }
        }
        return $records;
    }

    /**
     * Exam facts of the record: the grades that convert exactly to their component's maximum.
     *
     * @param int $versionid
     * @param int[] $userids
     * @return array<int, array[]> By user id.
     */
    private function exams(int $versionid, array $userids): array {
        $facts = [];
        foreach ($this->exam_grades($versionid, $userids) as $userid => $grades) {
            foreach ($grades as $grade) {
                if ($grade['conversion']['exact']) {
                    $facts[$userid][] = ['id' => $grade['id'], 'unit' => $grade['unit'], 'component' => $grade['component'],
                        'session' => $grade['session'], 'grade' => $grade['conversion']['grade'], 'at' => $grade['at']];
                }
            }
        }
        return $facts;
    }

    /**
     * The grades of the grade items holding a version's assessment components, each with its exact conversion to
     * the component's maximum (counted in the record only when exact), in one query for all the learners.
     *
     * @param int $versionid
     * @param int[] $userids
     * @return array<int, array[]> By user id: id, unit, component, session, gradeitemid, courseid, finalgrade,
     *     grademin, grademax, gradetype, max (the component's), at, conversion (grade_conversion::convert()).
     */
    public function exam_grades(int $versionid, array $userids): array {
        if (!$userids) {
            return [];
        }
        $maxima = [];
        foreach (components::of($this->versions->definition($versionid)) as $component) {
            $maxima[$component['key']] = $component['max'];
        }
        [$usersql, $userparams] = $this->users_filter('gg.userid', $userids);
        $wanted = array_flip($userids);
        $out = [];
        foreach ($this->assessments->grades($versionid, $usersql, $userparams) as $row) {
            $key = components::key($row->unit, $row->component, $row->session);
            if (!isset($wanted[(int)$row->userid]) || !isset($maxima[$key])) {
                continue;
            }
            $out[(int)$row->userid][] = [
                'id' => 'grade' . $row->id,
                'unit' => $row->unit,
                'component' => $row->component,
                'session' => $row->session,
                'gradeitemid' => (int)$row->gradeitemid,
                'courseid' => (int)$row->courseid,
                'finalgrade' => $row->finalgrade,
                'grademin' => $row->grademin,
                'grademax' => $row->grademax,
                'gradetype' => (int)$row->gradetype,
                'max' => $maxima[$key],
                'at' => self::date((int)$row->time),
                'conversion' => grade_conversion::convert($row->finalgrade, $row->grademin, $row->grademax, $maxima[$key]),
            ];
        }
        return $out;
    }

    /**
     * Whether a programme definition asks for more than one signer of a workshop attestation (requirement signers).
     *
     * @param array $definition
     * @return bool
     */
    private static function asks_cosignature(array $definition): bool {
        foreach ($definition['units'] ?? [] as $unit) {
            foreach ($unit['requirements'] ?? [] as $requirement) {
                if (($requirement['kind'] ?? '') === 'attestation' && (int)($requirement['signers'] ?? 1) > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * SQL restricting a user id column to the given learners: a list when short, else everyone.
     *
     * @param string $column
     * @param int[] $userids
     * @return array [sql, params]
     */
    private function users_filter(string $column, array $userids): array {
        if (count($userids) <= self::IN_LIMIT) {
            [$insql, $params] = $this->db->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'usr');
            return ["$column $insql", $params];
        }
        // Many learners: read the facts of the version's activities for everyone (callers keep the wanted ones);
        // a plain join plans better than a large IN or a semi-join.
        return ['1 = 1', []];
    }

    /**
     * Jury decisions of the learners in the courses linked to the programme, as the plugins holding the reviews
     * (mod_sensportfolio) give them through the hook \local_sens\hook\jury_decisions: local_sens does not read their
     * tables. A programme without a jury requirement has none.
     *
     * @param array $definition
     * @param int $versionid
     * @param int[] $userids
     * @return array<int, array> By user id.
     */
    private function jury_decisions(array $definition, int $versionid, array $userids): array {
        if (\local_sens\api::jury_unit($definition) === null) {
            return [];
        }
        $courseids = \core\di::get(course_link_repository::class)->courseids_of_version($versionid);
        if (!$courseids) {
            return [];
        }
        $hook = new \local_sens\hook\jury_decisions($definition, $courseids,
            count($userids) > self::IN_LIMIT ? null : array_map('intval', $userids));
        \core\di::get(\core\hook\manager::class)->dispatch($hook);
        return $hook->decisions();
    }

    /**
     * A Unix time as a YYYY-MM-DD date in the site's timezone (the facts' dates).
     *
     * @param int $time
     * @return string
     */
    public static function date(int $time): string {
        return \local_sens\local\site_date::of($time);
    }
}
