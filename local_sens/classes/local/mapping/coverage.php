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

/**
 * Coverage of a programme version by a course's mapping: which slot (domain × level) and which micro-competence has
 * an activity, which activity is mapped to nothing, and the programme's crosswalks as they are (possibly empty).
 *
 * Pure: works on the decoded definition, the mapping items and the course's activities; no database.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class coverage {

    /**
     * Slots of a definition, in programme order, with the titles of their unit and of the unit's parent.
     *
     * @param array $definition Decoded programme definition.
     * @return array[] Keys id, title, unit, unittitle, grouptitle, activitytype, required, microcompetences.
     */
    public static function slots(array $definition): array {
        $units = [];
        foreach ($definition['units'] ?? [] as $unit) {
            $units[$unit['id']] = $unit;
        }
        $slots = [];
        foreach ($definition['slots'] ?? [] as $slot) {
            $unit = $units[$slot['unit']] ?? null;
            $parent = $unit !== null && ($unit['parent'] ?? null) !== null ? ($units[$unit['parent']] ?? null) : null;
            $unittitle = $unit['title'] ?? $slot['unit'];
            $slots[] = [
                'id' => (string)$slot['id'],
                'title' => (string)($slot['title'] ?? $slot['id']),
                'unit' => (string)$slot['unit'],
                'unittitle' => (string)$unittitle,
                'grouptitle' => $parent !== null ? $parent['title'] . ' — ' . $unittitle : (string)$unittitle,
                'activitytype' => (string)($slot['activityType'] ?? ''),
                'required' => (bool)($slot['required'] ?? true),
                'microcompetences' => array_values(array_map('strval', $slot['microCompetences'] ?? [])),
            ];
        }
        return $slots;
    }

    /**
     * Micro-competences of every référentiel of the definition, with their parent (macro-competence) title.
     *
     * @param array $definition Decoded programme definition.
     * @return array[] Keys id, title, level, parent, parenttitle, referential.
     */
    public static function competences(array $definition): array {
        $out = [];
        foreach ($definition['referentials'] ?? [] as $referential) {
            $titles = [];
            foreach ($referential['items'] ?? [] as $item) {
                $titles[$item['id']] = $item['title'] ?? $item['id'];
            }
            foreach ($referential['items'] ?? [] as $item) {
                if (($item['kind'] ?? '') !== 'micro-competence') {
                    continue;
                }
                $parent = $item['parent'] ?? null;
                $out[] = [
                    'id' => (string)$item['id'],
                    'title' => (string)($item['title'] ?? $item['id']),
                    'level' => (string)($item['level'] ?? ''),
                    'parent' => (string)($parent ?? ''),
                    'parenttitle' => $parent !== null ? (string)($titles[$parent] ?? $parent) : '',
                    'referential' => (string)$referential['id'],
                ];
            }
        }
        return $out;
    }

    /**
     * Computes the coverage.
     *
     * @param array $definition Decoded programme definition.
     * @param array[] $items Mapping items ['cmid' => int, 'slot' => string, 'competences' => string[]].
     * @param int[] $cmids The course's activities.
     * @return array Keys summary, slots, competences, unmappedcmids, crosswalks.
     */
    public static function compute(array $definition, array $items, array $cmids): array {
        $byslot = [];
        $bycompetence = [];
        $mapped = [];
        foreach ($items as $item) {
            $byslot[$item['slot']][] = (int)$item['cmid'];
            $mapped[(int)$item['cmid']] = true;
            foreach ($item['competences'] as $competence) {
                $bycompetence[$competence][] = (int)$item['cmid'];
            }
        }
        $slots = [];
        $slotscovered = 0;
        $requireduncovered = 0;
        foreach (self::slots($definition) as $slot) {
            $slot['cmids'] = self::ids($byslot[$slot['id']] ?? []);
            $slot['covered'] = count($slot['cmids']) > 0;
            if ($slot['covered']) {
                $slotscovered++;
                // A slot that names its micro-competences covers them once an activity is mapped to it.
                foreach ($slot['microcompetences'] as $competence) {
                    $bycompetence[$competence] = array_merge($bycompetence[$competence] ?? [], $slot['cmids']);
                }
            } else if ($slot['required']) {
                $requireduncovered++;
            }
            $slots[] = $slot;
        }
        $competences = [];
        $competencescovered = 0;
        foreach (self::competences($definition) as $competence) {
            $competence['cmids'] = self::ids($bycompetence[$competence['id']] ?? []);
            $competence['covered'] = count($competence['cmids']) > 0;
            $competencescovered += $competence['covered'] ? 1 : 0;
            $competences[] = $competence;
        }
        $unmapped = [];
        foreach ($cmids as $cmid) {
            if (!isset($mapped[(int)$cmid])) {
                $unmapped[] = (int)$cmid;
            }
        }
        return [
            'summary' => [
                'slotstotal' => count($slots),
                'slotscovered' => $slotscovered,
                'requiredslotsuncovered' => $requireduncovered,
                'competencestotal' => count($competences),
                'competencescovered' => $competencescovered,
                'cmstotal' => count($cmids),
                'cmsunmapped' => count($unmapped),
            ],
            'slots' => $slots,
            'competences' => $competences,
            'unmappedcmids' => $unmapped,
            'crosswalks' => self::crosswalks($definition),
        ];
    }

    /**
     * The definition's crosswalks with their links and titles, shown as they are: an empty one stays empty, with the
     * programme's notes that explain why.
     *
     * @param array $definition
     * @return array[] Keys id, title, from, to, links (from, fromtitle, to, totitle), empty, notes (text, source).
     */
    public static function crosswalks(array $definition): array {
        $titles = [];
        foreach ($definition['units'] ?? [] as $unit) {
            $titles[$unit['id']] = $unit['title'];
            foreach ($unit['enseignements'] ?? [] as $enseignement) {
                $titles[$enseignement['id']] = $enseignement['title'] ?? $enseignement['id'];
            }
        }
        foreach ($definition['referentials'] ?? [] as $referential) {
            foreach ($referential['items'] ?? [] as $item) {
                $titles[$item['id']] = $item['title'] ?? $item['id'];
            }
        }
        $notes = [];
        foreach ($definition['notes'] ?? [] as $note) {
            if (str_starts_with((string)$note['id'], 'crosswalk')) {
                $notes[] = ['text' => (string)$note['text'], 'source' => (string)($note['source'] ?? '')];
            }
        }
        $out = [];
        foreach ($definition['crosswalks'] ?? [] as $crosswalk) {
            $links = [];
            foreach ($crosswalk['links'] ?? [] as $link) {
                $links[] = [
                    'from' => (string)$link['from'],
                    'fromtitle' => (string)($titles[$link['from']] ?? $link['from']),
                    'to' => (string)$link['to'],
                    'totitle' => (string)($titles[$link['to']] ?? $link['to']),
                ];
            }
            $out[] = [
                'id' => (string)$crosswalk['id'],
                'title' => (string)($crosswalk['title'] ?? $crosswalk['id']),
                'from' => (string)($crosswalk['from'] ?? ''),
                'to' => (string)($crosswalk['to'] ?? ''),
                'links' => $links,
                'empty' => count($links) === 0,
                'notes' => count($links) === 0 ? $notes : [],
            ];
        }
        return $out;
    }

    /**
     * Unique ids, ascending.
     *
     * @param int[] $ids
     * @return int[]
     */
    private static function ids(array $ids): array {
        $ids = array_values(array_unique(array_map('intval', $ids)));
        sort($ids);
        return $ids;
    }
}
