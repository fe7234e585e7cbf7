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

namespace local_sens\local\badges;

/**
 * What a programme definition says about its badges (definition field `badges`): which levels earn one, the
 * référentiel items each is aligned to, and its texts in French and English. Pure: reads only the definition (and
 * the lang strings for the texts).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class badge_definition {

    /**
     * The levels of a definition that earn a badge, in programme order: the listed ones, or every level whose parent
     * is a domain; none when the definition has no badges.
     *
     * @param array $definition
     * @return array<string, array> By unit id: unit, domain (?array), level (?array: the programme's level), rank
     *     (1-based position among the domain's levels), domainindex (position of the domain).
     */
    public static function levels(array $definition): array {
        $badges = $definition['badges'] ?? null;
        if (!is_array($badges)) {
            return [];
        }
        $listed = $badges['units'] ?? null;
        $units = [];
        $domains = [];
        foreach ($definition['units'] ?? [] as $unit) {
            $units[$unit['id']] = $unit;
            if (($unit['kind'] ?? '') === 'domain') {
                $domains[$unit['id']] = count($domains);
            }
        }
        $levels = [];
        foreach ($definition['levels'] ?? [] as $level) {
            $levels[$level['id']] = $level;
        }
        $out = [];
        $ranks = [];
        foreach ($units as $id => $unit) {
            if (($unit['kind'] ?? '') !== 'level') {
                continue;
            }
            $parent = $unit['parent'] ?? null;
            $ranks[$parent] = ($ranks[$parent] ?? 0) + 1;
            $domain = $parent !== null && ($units[$parent]['kind'] ?? '') === 'domain' ? $units[$parent] : null;
            if ($listed === null ? $domain === null : !in_array($id, $listed, true)) {
                continue;
            }
            $levelid = substr((string)$id, strrpos('.' . $id, '.'));
            $out[$id] = ['unit' => $unit, 'domain' => $domain, 'level' => $levels[$levelid] ?? null,
                'rank' => $ranks[$parent], 'domainindex' => $domain === null ? 0 : $domains[$domain['id']]];
        }
        return $out;
    }

    /**
     * The référentiel items a level's badge is aligned to: the crosswalk targets (from "units") of the level and of
     * its domain, the micro-competences of its slots, the items listed in badges.alignment — each once, known items
     * only.
     *
     * @param array $definition
     * @param string $unitid
     * @return array[] Each a badge_alignment row without badgeid: targetname, targeturl, targetdescription,
     *     targetframework, targetcode.
     */
    public static function alignment(array $definition, string $unitid): array {
        global $CFG;
        $items = [];
        foreach ($definition['referentials'] ?? [] as $referential) {
            foreach ($referential['items'] ?? [] as $item) {
                $items[$item['id']] ??= [$referential, $item];
            }
        }
        $parent = null;
        foreach ($definition['units'] ?? [] as $unit) {
            if ($unit['id'] === $unitid) {
                $parent = $unit['parent'] ?? null;
            }
        }
        $ids = [];
        foreach ($definition['crosswalks'] ?? [] as $crosswalk) {
            if (($crosswalk['from'] ?? '') !== 'units') {
                continue;
            }
            foreach ($crosswalk['links'] ?? [] as $link) {
                if ($link['from'] === $unitid || ($parent !== null && $link['from'] === $parent)) {
                    $ids[] = $link['to'];
                }
            }
        }
        foreach ($definition['slots'] ?? [] as $slot) {
            if ($slot['unit'] === $unitid) {
                array_push($ids, ...($slot['microCompetences'] ?? []));
            }
        }
        foreach ($definition['badges']['alignment'] ?? [] as $listed) {
            if ($listed['unit'] === $unitid) {
                array_push($ids, ...$listed['items']);
            }
        }
        $out = [];
        foreach (array_unique($ids) as $id) {
            if (!isset($items[$id])) {
                continue;
            }
            [$referential, $item] = $items[$id];
            $out[] = [
                'targetname' => \core_text::substr((string)$item['title'], 0, 255),
                'targeturl' => (string)($referential['url'] ?? $CFG->wwwroot),
                'targetdescription' => $item['titleEn'] ?? null,
                'targetframework' => \core_text::substr($referential['title'] . ' (' . $referential['version'] . ')', 0, 255),
                'targetcode' => (string)$item['id'],
            ];
        }
        return $out;
    }

    /**
     * Texts of a level's badge in one language.
     *
     * @param array $definition
     * @param array $level From levels().
     * @param string $lang fr or en.
     * @return array name, description, criteria
     */
    public static function texts(array $definition, array $level, string $lang): array {
        $strings = get_string_manager();
        $str = fn(string $id, $a = null) => $strings->get_string($id, 'local_sens', $a, $lang);
        $title = fn(?array $x) => $x === null ? '' : (string)($lang === 'en' ? ($x['titleEn'] ?? $x['title']) : $x['title']);
        $unit = $level['unit'];
        $name = $level['domain'] === null ? $title($unit)
            : $title($level['domain']) . ' — ' . ($level['level'] === null ? $title($unit) : $title($level['level']));
        $codes = array_map(fn($c) => strtoupper((string)$c['system']) . ' ' . $c['code'], $unit['codes'] ?? []);
        $details = array_filter([isset($unit['hours']) ? $str('badge:hours', $unit['hours']) : null,
            $codes ? implode(', ', $codes) : null]);
        $description = $str('badge:description', (object)['programme' => $title($definition),
            'version' => (string)$definition['version'], 'name' => $name, 'title' => $title($unit),
            'details' => $details ? ' (' . implode(', ', $details) . ')' : '']);
        $requirements = [];
        foreach ($unit['requirements'] ?? [] as $requirement) {
            $kind = in_array($requirement['kind'], ['activities', 'attestation', 'assessment', 'jury'], true)
                ? $requirement['kind'] : 'other';
            $requirements[$kind] = $str('badge:req:' . $kind);
        }
        $criteria = $str('badge:criteria', implode('; ', $requirements ?: [$str('badge:req:other')]));
        return ['name' => $name, 'description' => $description, 'criteria' => $criteria];
    }
}
