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
 * Moodle callbacks of local_sens.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Status checks of local_sens (Site administration › Reports › System status): level gating is enforced.
 *
 * @return \core\check\check[]
 */
function local_sens_status_checks(): array {
    return [new \local_sens\check\gating()];
}

/**
 * Adds the workshops page (leads, engineers) and the mapping page (those who may map activities) to the course
 * navigation.
 *
 * @param navigation_node $navigation The course node.
 * @param stdClass $course
 * @param context_course $context
 */
function local_sens_extend_navigation_course(navigation_node $navigation, stdClass $course, context_course $context) {
    if (\local_sens\local\permission::can_record_attestation($context)
            || \local_sens\local\permission::can_manage_workshops($context)) {
        $navigation->add(
            get_string('workshops:title', 'local_sens'),
            new moodle_url('/local/sens/workshops.php', ['courseid' => $course->id]),
            navigation_node::TYPE_CUSTOM,
            null,
            'local_sens_workshops',
            new pix_icon('i/calendar', '')
        );
    }
    if (!\local_sens\local\permission::can_manage_mappings($context)) {
        return;
    }
    $navigation->add(
        get_string('mapping:link', 'local_sens'),
        new moodle_url('/local/sens/mapping.php', ['courseid' => $course->id]),
        navigation_node::TYPE_SETTING,
        null,
        'local_sens_mapping',
        new pix_icon('i/settings', '')
    );
}
