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


namespace availability_sens;

/**
 * Front-end of the SENS level condition in the activity settings form: never offered in "Add restriction" (the
 * SENS activity mapping writes it), shown read-only with the level's title where it is, and kept when the form is
 * saved.
 *
 * @package    availability_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class frontend extends \core_availability\frontend {

    /**
     * Strings the form module uses.
     *
     * @return string[]
     */
    protected function get_javascript_strings() {
        return ['label', 'managed'];
    }

    /**
     * Titles of the levels of the course's programme, in the user's language, for the read-only display.
     *
     * @param \stdClass $course
     * @param \cm_info|null $cm
     * @param \section_info|null $section
     * @return array
     */
    protected function get_javascript_init_params($course, ?\cm_info $cm = null, ?\section_info $section = null) {
        $gating = '\local_sens\local\gating\gating_service';
        $titles = class_exists($gating) ? \core\di::get($gating)->unit_titles((int)$course->id) : [];
        return [(object)$titles];
    }

    /**
     * Teachers cannot add this condition by hand: the SENS activity mapping writes it.
     *
     * @param \stdClass $course
     * @param \cm_info|null $cm
     * @param \section_info|null $section
     * @return bool
     */
    protected function allow_add($course, ?\cm_info $cm = null, ?\section_info $section = null) {
        return false;
    }
}
