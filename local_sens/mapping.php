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
 * Mapping of a course's activities to the slots and micro-competences of its programme, with coverage and the
 * simulate panel (rendered by the AMD module local_sens/mapping through web services).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

$courseid = required_param('courseid', PARAM_INT);
$course = get_course($courseid);
require_login($course);
$context = context_course::instance($course->id);
\local_sens\local\permission::require_can_manage_mappings($context);

$PAGE->set_url(new moodle_url('/local/sens/mapping.php', ['courseid' => $course->id]));
$PAGE->set_context($context);
$PAGE->set_pagelayout('incourse');
$PAGE->set_title(get_string('mapping:title', 'local_sens') . ' | ' . format_string($course->fullname));
$PAGE->set_heading(format_string($course->fullname));
$PAGE->requires->js_call_amd('local_sens/mapping', 'init', [(int)$course->id]);

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('mapping:title', 'local_sens'));
echo $OUTPUT->render_from_template('local_sens/mapping', ['courseid' => (int)$course->id]);
echo $OUTPUT->footer();
