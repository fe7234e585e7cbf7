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


namespace local_sens\local\gating;

use local_sens\local\mapping\mapping_repository;

/**
 * Keeps level gating closed when someone acts on it by hand (event observers, db/events.php):
 * - disabling the SENS level restriction (Manage restrictions) while SENS gates activities is refused: Moodle would
 *   drop the conditions silently and open every locked level to every learner;
 * - an activity of a gated level saved without its SENS level restriction gets it back (the mapping decides).
 * What these cannot see (a setting changed in the database or by CLI) the status check reports (check\gating).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class gating_guard {

    /** @var string The availability plugin enforcing gating. */
    private const PLUGIN = 'availability_sens';

    /**
     * A setting changed through the admin API: undo the disabling of availability_sens while activities are gated.
     *
     * @param \core\event\config_log_created $event
     */
    public static function config_log_created(\core\event\config_log_created $event): void {
        $other = $event->other;
        if (($other['plugin'] ?? '') !== self::PLUGIN || ($other['name'] ?? '') !== 'disabled' || empty($other['value'])) {
            return;
        }
        if (!\core\di::get(mapping_repository::class)->any()) {
            return;
        }
        unset_config('disabled', self::PLUGIN);
        add_to_config_log('disabled', $other['value'], '', self::PLUGIN);
        \core_plugin_manager::reset_caches();
        \core\notification::error(get_string('gatingdisablerefused', 'local_sens'));
    }

    /**
     * An activity was saved: if it is mapped, make its course's conditions match the mapping again.
     *
     * @param \core\event\course_module_updated $event
     */
    public static function course_module_updated(\core\event\course_module_updated $event): void {
        if (\core\di::get(mapping_repository::class)->is_mapped((int)$event->objectid)) {
            \core\di::get(gating_service::class)->sync_course((int)$event->courseid);
        }
    }
}
