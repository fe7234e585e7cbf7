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
 * View a SENS portfolio: the learner's own entries and submission state, or the submissions for the jury.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

$id = required_param('id', PARAM_INT);
[$course, $cm] = get_course_and_cm_from_cmid($id, 'sensportfolio');
$instance = $DB->get_record('sensportfolio', ['id' => $cm->instance], '*', MUST_EXIST);

require_login($course, true, $cm);
$context = context_module::instance($cm->id);
require_capability('mod/sensportfolio:view', $context);

\mod_sensportfolio\event\course_module_viewed::create([
    'objectid' => $instance->id,
    'context' => $context,
])->trigger();
$completion = new completion_info($course);
$completion->set_module_viewed($cm);

$PAGE->set_url('/mod/sensportfolio/view.php', ['id' => $cm->id]);
$PAGE->set_title(format_string($instance->name));
$PAGE->set_heading(format_string($course->fullname));

$output = $PAGE->get_renderer('mod_sensportfolio');
$page = new \mod_sensportfolio\output\view_page($instance, $context, (int)$USER->id);
echo $OUTPUT->header();
echo $output->render($page);
echo $OUTPUT->footer();
