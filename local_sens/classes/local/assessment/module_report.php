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

namespace local_sens\local\assessment;

use local_sens\local\engine\decide;
use local_sens\local\engine\reasons;
use local_sens\local\learner\enrolment_repository;
use local_sens\local\learner\record_builder;
use local_sens\local\mapping\course_link_repository;
use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * The teacher's view of a course linked to a programme with assessed modules (Mastère, CEC): per module, every
 * learner's average, session, state (validated, barred, défaillant...) with the engine's reasons and each grade with
 * whether it counts; the learners who sit the resit session; the learners admitted to the mémoire.
 *
 * Everything comes from the stored decisions (what the engine decided) and the grades of the mapped grade items; the
 * reason texts go through one method (reasons()) so the screen follows the common presenter.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class module_report {

    /** @var string[] Reason codes of an attendance rule that bars the main session. */
    private const BARS_MAIN = ['attendance_barred'];

    /** @var string[] Reason codes of a défaillant learner: no grade of the attempt counts. */
    private const DEFAILLANT = ['attendance_defaillant', 'attendance_defaillant_unit'];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param programme_version_repository $versions
     * @param record_builder $records
     * @param course_link_repository $links
     * @param enrolment_repository $enrolments
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var programme_version_repository Programme versions. */
        private readonly programme_version_repository $versions,
        /** @var record_builder Grades of the mapped grade items, converted. */
        private readonly record_builder $records,
        /** @var course_link_repository Links of courses to programmes. */
        private readonly course_link_repository $links,
        /** @var enrolment_repository Programme enrolments (read with their decisions). */
        private readonly enrolment_repository $enrolments,
    ) {
    }

    /**
     * The report of a course.
     *
     * @param int $courseid
     * @param string $lang fr or en (titles).
     * @return array|null Null when the course is not linked to a programme with a published version. Keys programme,
     *     title, modules (unit, title, rows[userid, fullname, state, statelabel, session, sessionlabel, average,
     *     reasons[], grades[label, value, counted, note]]), resit (userid, fullname, unit, title, reasons), memoire
     *     (userid, fullname, unit, state, statelabel, reasons).
     */
    public function build(int $courseid, string $lang): ?array {
        $programme = $this->links->programme_of($courseid);
        $version = $programme === null ? null : $this->versions->latest_published($programme);
        if ($version === null) {
            return null;
        }
        $definition = $this->versions->definition((int)$version->id);
        $title = fn(array $u) => (string)($lang === 'en' && !empty($u['titleEn']) ? $u['titleEn'] : ($u['title'] ?? $u['id']));
        $learners = $this->learners($courseid, (string)$programme);
        $byversion = [];
        foreach ($learners as $learner) {
            $byversion[$learner->versionid][] = (int)$learner->userid;
        }
        $grades = [];
        foreach ($byversion as $versionid => $userids) {
            $grades += $this->records->exam_grades((int)$versionid, $userids);
        }
        $mainbars = $this->main_session_bars($learners, $grades);
        $componentsbykey = array_column(components::of($definition), null, 'key');
        $modules = [];
        $resit = [];
        foreach (components::units($definition) as $unitid => $unit) {
            $rows = [];
            foreach ($learners as $learner) {
                $decision = $learner->decision === null ? null : \local_sens\api::unit_decision($learner->decision, $unitid);
                $reasons = $decision['reasons'] ?? [];
                $codes = array_column($reasons, 'code');
                $bar = self::first($reasons, self::BARS_MAIN) ?? ($mainbars[(int)$learner->userid][$unitid] ?? null);
                $defaillant = self::first($reasons, self::DEFAILLANT);
                [$session, $average] = self::session_average($reasons);
                $rowgrades = [];
                foreach ($grades[(int)$learner->userid] ?? [] as $grade) {
                    if ($grade['unit'] !== $unitid) {
                        continue;
                    }
                    $component = $componentsbykey[components::key($grade['unit'], $grade['component'], $grade['session'])];
                    $note = null;
                    if (!$grade['conversion']['exact']) {
                        $note = get_string('report:grade' . $grade['conversion']['problem'], 'local_sens', (object)[
                            'grade' => format_float((float)$grade['finalgrade'], 5, true, true),
                            'min' => format_float((float)$grade['grademin'], 5, true, true),
                            'max' => format_float((float)$grade['grademax'], 5, true, true),
                            'component' => format_float((float)$grade['max'], 5, true, true),
                        ]);
                    } else if ($defaillant !== null) {
                        $note = get_string('report:notcounted', 'local_sens', $this->reasons([$defaillant], $definition)[0]);
                    } else if ($bar !== null && $grade['session'] === 'main') {
                        $note = get_string('report:notcounted', 'local_sens', $this->reasons([$bar], $definition)[0]);
                    }
                    $rowgrades[] = [
                        'label' => $component['title'] . ' — ' . get_string('report:session_' . $grade['session'], 'local_sens'),
                        'value' => grade_conversion::display($grade['conversion']) . '/' . format_float((float)$grade['max'],
                            5, true, true),
                        'counted' => $note === null,
                        'note' => $note,
                    ];
                }
                $state = (string)($decision['state'] ?? 'unknown');
                $row = [
                    'userid' => (int)$learner->userid,
                    'fullname' => $learner->fullname,
                    'state' => $state,
                    'statelabel' => \local_sens\local\workshop\state_words::state($state),
                    'session' => $session,
                    'sessionlabel' => $session === null ? '' : get_string('report:session_' . $session, 'local_sens'),
                    'average' => $average === null ? '' : format_float($average, 5, true, true),
                    'reasons' => $this->reasons($reasons, $definition),
                    'grades' => $rowgrades,
                    'barred' => $bar !== null,
                    'defaillant' => $defaillant !== null,
                ];
                $rows[] = $row;
                // The resit session: the main average is below the pass mark, or the main session is barred; a
                // défaillant learner sits neither session.
                if ($defaillant === null && ($bar !== null || in_array('assessment_main_below', $codes, true))
                        && !in_array($state, [...reasons::DONE_STATES, 'failed'], true)) {
                    $resit[] = ['userid' => $row['userid'], 'fullname' => $row['fullname'], 'unit' => $unitid,
                        'title' => $title($unit), 'reasons' => $row['reasons']];
                }
            }
            $modules[] = ['unit' => $unitid, 'title' => $title($unit), 'rows' => $rows];
        }
        $memoire = [];
        foreach ($definition['units'] ?? [] as $unit) {
            if (($unit['kind'] ?? '') !== 'memoire') {
                continue;
            }
            foreach ($learners as $learner) {
                $decision = $learner->decision === null ? null : \local_sens\api::unit_decision($learner->decision, $unit['id']);
                $state = (string)($decision['state'] ?? 'unknown');
                if (in_array($state, ['open', 'in_progress', 'validated', 'failed'], true)) {
                    $memoire[] = ['userid' => (int)$learner->userid, 'fullname' => $learner->fullname, 'unit' => $unit['id'],
                        'title' => $title($unit), 'state' => $state,
                        'statelabel' => \local_sens\local\workshop\state_words::state($state),
                        'reasons' => $this->reasons($decision['reasons'] ?? [], $definition)];
                }
            }
        }
        return [
            'programme' => (string)$programme,
            'title' => $title($definition),
            'modules' => $modules,
            'resit' => $resit,
            'memoire' => $memoire,
        ];
    }

    /**
     * Rows of one list of the report, flat, for an export (dataformat).
     *
     * @param array $report From build().
     * @param string $list modules, resit or memoire.
     * @return array [columns (key => heading), rows (list of arrays in the columns' order)]
     */
    public static function export_rows(array $report, string $list): array {
        $s = fn(string $key) => get_string($key, 'local_sens');
        if ($list === 'resit') {
            $columns = ['module' => $s('report:module'), 'learner' => $s('report:learner'), 'reasons' => $s('report:reasons')];
            $rows = array_map(fn(array $r) => [$r['title'], $r['fullname'], implode("\n", $r['reasons'])], $report['resit']);
            return [$columns, $rows];
        }
        if ($list === 'memoire') {
            $columns = ['learner' => $s('report:learner'), 'state' => $s('report:state'), 'reasons' => $s('report:reasons')];
            $rows = array_map(fn(array $r) => [$r['fullname'], $r['statelabel'], implode("\n", $r['reasons'])], $report['memoire']);
            return [$columns, $rows];
        }
        $columns = ['module' => $s('report:module'), 'learner' => $s('report:learner'), 'state' => $s('report:state'),
            'session' => $s('report:session'), 'average' => $s('report:average'), 'grades' => $s('report:grades'),
            'reasons' => $s('report:reasons')];
        $rows = [];
        foreach ($report['modules'] as $module) {
            foreach ($module['rows'] as $r) {
                $rows[] = [$module['title'], $r['fullname'], $r['statelabel'], $r['sessionlabel'], $r['average'],
                    implode("\n", array_map(fn(array $g) => $g['label'] . ': ' . $g['value']
                        . ($g['counted'] ? '' : ' (' . $g['note'] . ')'), $r['grades'])),
                    implode("\n", $r['reasons'])];
            }
        }
        return [$columns, $rows];
    }

    /**
     * The learners of the course who follow the programme: their latest enrolment on it and its stored decision.
     *
     * @param int $courseid
     * @param string $programme
     * @return \stdClass[] userid, versionid, fullname, decision (?array), in name order.
     */
    private function learners(int $courseid, string $programme): array {
        $context = \context_course::instance($courseid);
        [$esql, $eparams] = get_enrolled_sql($context, '', 0, true);
        $names = \core_user\fields::for_name()->get_sql('u', false, '', '', true);
        $rows = $this->enrolments->with_decisions_in_course($programme, $esql, $eparams, $names);
        $latest = [];
        foreach ($rows as $row) {
            $latest[(int)$row->userid] = $row;
        }
        $out = [];
        foreach ($latest as $row) {
            $out[] = (object)['id' => (int)$row->id, 'userid' => (int)$row->userid, 'versionid' => (int)$row->versionid,
                'startdate' => $row->startdate,
                'fullname' => fullname($row), 'decision' => $row->decision === null ? null : json_decode($row->decision, true)];
        }
        usort($out, fn($a, $b) => strcmp($a->fullname, $b->fullname) ?: $a->userid <=> $b->userid);
        return $out;
    }

    /**
     * The bar of the main session of units decided at the resit session: the decision then gives the resit's
     * reason only, so the engine decides the learner's record without the resit grades and its reason says why a
     * main-session grade did not count (only for learners with such a unit and a main-session grade in it).
     *
     * @param \stdClass[] $learners From learners().
     * @param array<int, array[]> $grades From record_builder::exam_grades(), by user id.
     * @return array<int, array<string, array>> User id → unit id → the engine's reason barring the main session.
     */
    private function main_session_bars(array $learners, array $grades): array {
        $wanted = [];
        foreach ($learners as $learner) {
            $main = [];
            foreach ($grades[(int)$learner->userid] ?? [] as $grade) {
                $main[$grade['unit']] = ($main[$grade['unit']] ?? false) || $grade['session'] === 'main';
            }
            foreach ($learner->decision['units'] ?? [] as $unit) {
                [$session] = self::session_average($unit['reasons'] ?? []);
                if ($session === 'resit' && !empty($main[$unit['id']])) {
                    $wanted[(int)$learner->userid][] = (string)$unit['id'];
                }
            }
        }
        if (!$wanted) {
            return [];
        }
        $enrolments = array_filter($learners, fn($l) => isset($wanted[(int)$l->userid]));
        $records = $this->records->build_many($enrolments);
        $out = [];
        foreach ($enrolments as $learner) {
            $record = $records[(int)$learner->id];
            $record['exams'] = array_values(array_filter($record['exams'] ?? [], fn($e) => $e['session'] !== 'resit'));
            $decision = decide::decide($this->versions->definition((int)$learner->versionid), $record,
                (string)($learner->decision['asOf'] ?? date('Y-m-d')));
            foreach ($wanted[(int)$learner->userid] as $unitid) {
                $unit = \local_sens\api::unit_decision($decision, $unitid);
                $bar = self::first($unit['reasons'] ?? [], self::BARS_MAIN);
                if ($bar !== null) {
                    $out[(int)$learner->userid][$unitid] = $bar;
                }
            }
        }
        return $out;
    }

    /**
     * The engine's reasons as texts in the user's language (the one place this view renders reasons).
     *
     * @param array[] $reasons
     * @param array $definition
     * @return string[]
     */
    private function reasons(array $reasons, array $definition): array {
        return \local_sens\api::reason_texts($reasons, $definition);
    }

    /**
     * The session and average an assessment reason gives.
     *
     * @param array[] $reasons
     * @return array [?string session, ?float average]
     */
    private static function session_average(array $reasons): array {
        foreach ($reasons as $reason) {
            $code = $reason['code'] ?? '';
            if (in_array($code, ['assessment_passed', 'assessment_failed'], true)) {
                return [(string)$reason['params']['session'], (float)$reason['params']['average']];
            }
            if ($code === 'assessment_main_below') {
                return ['main', (float)$reason['params']['average']];
            }
        }
        return [null, null];
    }

    /**
     * The first reason with one of the codes.
     *
     * @param array[] $reasons
     * @param string[] $codes
     * @return array|null
     */
    private static function first(array $reasons, array $codes): ?array {
        foreach ($reasons as $reason) {
            if (in_array($reason['code'] ?? '', $codes, true)) {
                return $reason;
            }
        }
        return null;
    }
}
