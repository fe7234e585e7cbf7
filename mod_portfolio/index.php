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
 * List of SENS portfolios in a course.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

$id = required_param('id', PARAM_INT);
$course = get_course($id);
require_course_login($course);
$context = context_course::instance($course->id);

\mod_sensportfolio\event\course_module_instance_list_viewed::create(['context' => $context])->trigger();

$PAGE->set_url('/mod/sensportfolio/index.php', ['id' => $course->id]);
$PAGE->set_title(get_string('modulenameplural', 'sensportfolio'));
$PAGE->set_heading(format_string($course->fullname));
$PAGE->set_pagelayout('incourse');

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('modulenameplural', 'sensportfolio'));

$table = new html_table();
$table->head = [get_string('name')];
foreach (get_all_instances_in_course('sensportfolio', $course) as $instance) {
    $url = new moodle_url('/mod/sensportfolio/view.php', ['id' => $instance->coursemodule]);
    $attributes = $instance->visible ? [] : ['class' => 'dimmed'];
    $table->data[] = [html_writer::link($url, format_string($instance->name), $attributes)];
}
if (empty($table->data)) {
    echo $OUTPUT->notification(get_string('thereareno', 'moodle', get_string('modulenameplural', 'sensportfolio')), 'info');
} else {
    echo html_writer::table($table);
}
echo $OUTPUT->footer();
