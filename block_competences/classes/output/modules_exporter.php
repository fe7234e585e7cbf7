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

namespace block_competences\output;

/**
 * The learner's view of a programme of modules (Mastère, CEC: no levels): on top of the grid exporter's units (state
 * in words, the engine's reasons through local_sens's presenter), each module's assessment components and its
 * attendance against the programme's limits (20 % bars the main session, 50 % défaillant) with the time left before
 * each; a rule over the whole programme (CEC) is shown once above the modules.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class modules_exporter {

    /**
     * Whether a programme is shown by modules: it has no levels and assesses or counts attendance.
     *
     * @param array $definition
     * @return bool
     */
    public static function applies(array $definition): bool {
        if (!empty($definition['levels'])) {
            return false;
        }
        if (!empty($definition['attendance'])) {
            return true;
        }
        foreach ($definition['units'] ?? [] as $unit) {
            foreach ($unit['requirements'] ?? [] as $requirement) {
                if (($requirement['kind'] ?? '') === 'assessment') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Minutes as hours and minutes, e.g. 3 h 10.
     *
     * @param int $minutes
     * @return string
     */
    public static function hours(int $minutes): string {
        return get_string('hoursminutes', 'block_competences', (object)['h' => intdiv($minutes, 60),
            'm' => sprintf('%02d', $minutes % 60)]);
    }

    /**
     * The grid's data with the modules' components and attendance.
     *
     * @param array $grid grid_exporter::export()
     * @param array $definition The learner's programme version.
     * @param array[] $attendance \local_sens\api::attendance()
     * @param string $lang fr or en
     * @param array[] $grades \local_sens\api::exam_grades()
     * @return array The grid with modulesview, othersheading, attendancetotal; each module of others with
     *     components (?string), grades (string[]: one line per session) and attendance (string[]).
     */
    public static function merge(array $grid, array $definition, array $attendance, string $lang, array $grades = []): array {
        $units = array_column($definition['units'] ?? [], null, 'id');
        $others = $grid['others'] ?? [];
        // A top-level block (the Mastère's transversal choice) is one of the modules' parts, not an Initiation.
        if (!empty($grid['initiation'])) {
            $block = $grid['initiation'];
            $items = $block['items'] ?? [];
            unset($block['items']);
            $others[] = $block;
            foreach ($items as $item) {
                $item['title'] = $block['label'];
                $others[] = $item;
            }
            $grid['initiation'] = null;
        }
        foreach ($others as $i => $item) {
            $unit = $units[$item['id']] ?? [];
            $others[$i]['components'] = self::components($unit, $lang);
            $own = array_values(array_filter($grades, fn($g) => $g['unit'] === $item['id']));
            $others[$i]['grades'] = self::grades($unit, $own, ($item['state'] ?? '') === 'barred');
            $others[$i]['hasgrades'] = !empty($others[$i]['grades']);
            $lines = [];
            foreach ($attendance as $entry) {
                if ($entry['unit'] === $item['id']) {
                    $lines[] = self::line($entry);
                }
            }
            $others[$i]['attendance'] = $lines;
            $others[$i]['hasattendance'] = !empty($lines);
        }
        $total = [];
        foreach ($attendance as $entry) {
            if ($entry['unit'] === null) {
                $total[] = self::line($entry);
            }
        }
        $grid['others'] = array_values($others);
        $grid['hasothers'] = !empty($others);
        $grid['modulesview'] = true;
        $grid['attendancetotal'] = $total;
        $grid['hasattendancetotal'] = !empty($total);
        return $grid;
    }

    /**
     * A module's assessment in words: its components with their weights, the pass mark, the resit.
     *
     * @param array $unit
     * @param string $lang
     * @return string|null
     */
    private static function components(array $unit, string $lang): ?string {
        foreach ($unit['requirements'] ?? [] as $requirement) {
            if (($requirement['kind'] ?? '') !== 'assessment') {
                continue;
            }
            $parts = [];
            foreach ($requirement['components'] ?? [] as $component) {
                $parts[] = get_string('component', 'block_competences', (object)['title' => $component['title'],
                    'weight' => format_float((float)$component['weight'], -1), 'max' => format_float((float)$component['max'], -1)]);
            }
            return get_string(!empty($requirement['resit']) ? 'assessmentresit' : 'assessmentmain', 'block_competences',
                (object)['components' => implode(', ', $parts), 'passmark' => format_float((float)$requirement['passMark'], -1),
                    'scale' => format_float((float)$requirement['scale'], -1)]);
        }
        return null;
    }

    /**
     * A module's grades in words, one line per session (main, then resit): each component's grade on its maximum,
     * or why it is not counted (not an exact conversion; the main session of a learner barred from it).
     *
     * @param array $unit
     * @param array[] $grades The module's, see \local_sens\api::exam_grades().
     * @param bool $barred The learner is barred from the module's main session.
     * @return string[]
     */
    private static function grades(array $unit, array $grades, bool $barred): array {
        $titles = [];
        foreach ($unit['requirements'] ?? [] as $requirement) {
            foreach ($requirement['components'] ?? [] as $component) {
                $titles[$component['id']] = $component['title'];
            }
        }
        $lines = [];
        foreach (['main', 'resit'] as $session) {
            $parts = [];
            foreach ($grades as $grade) {
                if ($grade['session'] !== $session) {
                    continue;
                }
                $a = (object)['title' => $titles[$grade['component']] ?? $grade['component'],
                    'max' => format_float((float)$grade['max'], -1),
                    'grade' => $grade['grade'] === null ? '' : format_float((float)$grade['grade'], -1)];
                $key = $grade['grade'] === null ? 'gradenotexact' : ($session === 'main' && $barred ? 'gradebarred' : 'grade');
                $parts[] = get_string($key, 'block_competences', $a);
            }
            if ($parts) {
                $lines[] = get_string('session_' . $session, 'block_competences', implode(', ', $parts));
            }
        }
        return $lines;
    }

    /**
     * One attendance rule for the learner, in words.
     *
     * @param array $entry See \local_sens\local\workshop\attendance_repository::summary().
     * @return string
     */
    private static function line(array $entry): string {
        $a = (object)[
            'absent' => self::hours($entry['counted']),
            'total' => self::hours($entry['minutes']),
            'percent' => format_float($entry['counted'] * 100 / $entry['minutes'], 2),
            'limit' => format_float((float)$entry['limit'], -1),
            'allowed' => self::hours($entry['allowed']),
            'left' => self::hours($entry['left']),
            'over' => self::hours(max(0, $entry['counted'] - $entry['allowed'])),
            'effect' => get_string('effect_' . ($entry['effect'] === 'defaillant' ? 'defaillant' : 'barred'), 'block_competences'),
        ];
        $text = get_string($entry['over'] ? 'attendanceover' : 'attendanceleft', 'block_competences', $a);
        if ($entry['justified'] > 0) {
            $text .= ' ' . get_string($entry['counted'] === $entry['absent'] ? 'attendancejustifiedcounted'
                : 'attendancejustifiednotcounted', 'block_competences', self::hours($entry['justified']));
        }
        return $text;
    }
}
