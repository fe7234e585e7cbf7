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
 * The jury's list of an activity's submissions (mod/sensportfolio:review), filtered by state and group.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

$id = required_param('id', PARAM_INT);
$filter = optional_param('filter', 'waiting', PARAM_ALPHA);
[$course, $cm] = get_course_and_cm_from_cmid($id, 'sensportfolio');
$instance = $DB->get_record('sensportfolio', ['id' => $cm->instance], '*', MUST_EXIST);

require_login($course, false, $cm);
$context = context_module::instance($cm->id);
require_capability('mod/sensportfolio:review', $context);
$filter = in_array($filter, ['waiting', 'reviewed'], true) ? $filter : '';

$url = new moodle_url('/mod/sensportfolio/submissions.php', ['id' => $cm->id, 'filter' => $filter]);
$PAGE->set_url($url);
$PAGE->set_title(format_string($instance->name) . ': ' . get_string('submissions', 'mod_sensportfolio'));
$PAGE->set_heading(format_string($course->fullname));

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('submissions', 'mod_sensportfolio'));
groups_print_activity_menu($cm, $url);
$groupid = (int)groups_get_activity_group($cm, true);
$page = new \mod_sensportfolio\output\submissions_page($instance, $context, $filter, $groupid);
echo $PAGE->get_renderer('mod_sensportfolio')->render($page);
echo $OUTPUT->footer();
