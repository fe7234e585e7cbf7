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
 * Uninstall of availability_sens: no activity or section keeps a SENS level condition (Moodle would drop them
 * silently and log a warning on each check). local_sens requires this plugin, so Moodle refuses this uninstall
 * while local_sens is there; local_sens's own uninstall takes the conditions off first.
 *
 * @package    availability_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Takes every SENS level condition off.
 *
 * @return bool
 */
function xmldb_availability_sens_uninstall() {
    \availability_sens\local\tree_editor::remove_everywhere();
    return true;
}
