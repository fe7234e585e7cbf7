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

/**
 * The assessment components of a programme definition, each in the sessions it is sat in: what a grade item of a
 * linked course can hold (module › component › main session, resit session).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class components {

    /** @var string[] The sessions of an assessment, as the engine's record names them. */
    public const SESSIONS = ['main', 'resit'];

    /**
     * Every (unit, component, session) of the definition's assessment requirements, in programme order: main, then
     * resit when both the requirement and the component have one.
     *
     * @param array $definition Decoded programme definition.
     * @return array[] Keys key ("unit/component/session"), unit, unittitle, unittitleen, component, title, weight,
     *     max, session, passmark, scale.
     */
    public static function of(array $definition): array {
        $out = [];
        foreach ($definition['units'] ?? [] as $unit) {
            foreach ($unit['requirements'] ?? [] as $requirement) {
                if (($requirement['kind'] ?? '') !== 'assessment') {
                    continue;
                }
                foreach (self::SESSIONS as $session) {
                    foreach ($requirement['components'] ?? [] as $component) {
                        if ($session === 'resit' && (empty($requirement['resit']) || empty($component['resit']))) {
                            continue;
                        }
                        $out[] = [
                            'key' => self::key($unit['id'], $component['id'], $session),
                            'unit' => (string)$unit['id'],
                            'unittitle' => (string)($unit['title'] ?? $unit['id']),
                            'unittitleen' => (string)($unit['titleEn'] ?? $unit['title'] ?? $unit['id']),
                            'component' => (string)$component['id'],
                            'title' => (string)($component['title'] ?? $component['id']),
                            'weight' => $component['weight'],
                            'max' => $component['max'],
                            'session' => $session,
                            'passmark' => $requirement['passMark'],
                            'scale' => $requirement['scale'],
                        ];
                    }
                }
            }
        }
        return $out;
    }

    /**
     * The units that have an assessment, in programme order.
     *
     * @param array $definition
     * @return array<string, array> Unit id → unit.
     */
    public static function units(array $definition): array {
        $out = [];
        foreach ($definition['units'] ?? [] as $unit) {
            foreach ($unit['requirements'] ?? [] as $requirement) {
                if (($requirement['kind'] ?? '') === 'assessment') {
                    $out[(string)$unit['id']] = $unit;
                }
            }
        }
        return $out;
    }

    /**
     * Key of a component in a session.
     *
     * @param string $unit
     * @param string $component
     * @param string $session
     * @return string
     */
    public static function key(string $unit, string $component, string $session): string {
        return $unit . '/' . $component . '/' . $session;
    }
}
