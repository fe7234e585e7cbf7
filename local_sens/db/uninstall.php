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
 * Uninstall of local_sens: level gating is taken off the site first, so that nothing refers to SENS any more —
 * no SENS level condition on any activity or section, no group of the first gating (sens:<unit>) nor membership.
 * The activities then open to every learner: uninstalling SENS is the decision to stop gating.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Takes level gating off.
 *
 * @return bool
 */
function xmldb_local_sens_uninstall() {
    \core\di::get(\local_sens\local\gating\gating_service::class)->remove_everywhere();
    return true;
}
