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
 * Which Moodle activity modules may fill a slot: a slot's activityType (rules-engine/src/schema/programme.ts, enum
 * quiz, h5p, scorm, lesson, assign, page, url, forum, workshop, other) names the kind of activity the programme
 * expects; its facts (completion, grade) are only meaningful from that kind of module. "other" takes any module.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class activity_types {

    /** @var array<string, string[]> Module names (component mod_<name>) accepted for each activityType. */
    private const MODULES = [
        'quiz' => ['quiz'],
        'h5p' => ['h5pactivity'],
        'scorm' => ['scorm'],
        'lesson' => ['lesson'],
        'assign' => ['assign'],
        'page' => ['page'],
        'url' => ['url'],
        'forum' => ['forum'],
        'workshop' => ['workshop'],
    ];

    /**
     * Whether an activity of a module may fill a slot of an activity type.
     *
     * @param string $activitytype The slot's activityType; absent or "other": any module.
     * @param string $modname The course module's module name, e.g. quiz.
     * @return bool
     */
    public static function accepts(string $activitytype, string $modname): bool {
        $modules = self::MODULES[$activitytype] ?? null;
        return $modules === null || in_array($modname, $modules, true);
    }

    /**
     * The module names accepted for an activity type, for messages.
     *
     * @param string $activitytype
     * @return string Comma-separated module names, or the type itself when any module fits.
     */
    public static function expected(string $activitytype): string {
        return implode(', ', self::MODULES[$activitytype] ?? [$activitytype]);
    }
}
