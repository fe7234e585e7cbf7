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
 * A given learner's competences, as the block shows them to that learner, for teachers and pedagogical engineers.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

use block_competences\local\permission;

$courseid = required_param('courseid', PARAM_INT);
$userid = optional_param('userid', 0, PARAM_INT);

$course = get_course($courseid);
require_login($course);
$context = context_course::instance($course->id);
permission::require_can_view_learners($context);
if ($userid) {
    permission::require_can_view_learner($userid, $context);
}

$url = new moodle_url('/blocks/competences/learner.php', ['courseid' => $course->id]);
if ($userid) {
    $url->param('userid', $userid);
}
$PAGE->set_url($url);
$PAGE->set_context($context);
$PAGE->set_pagelayout('incourse');
$PAGE->set_title(get_string('learnerpage', 'block_competences'));
$PAGE->set_heading(format_string($course->fullname, true, ['context' => $context]));

$namefields = \core_user\fields::for_name()->get_sql('u', false, '', '', false)->selects;
$learners = get_enrolled_users($context, 'local/sens:viewowncompetences', 0, 'u.id, ' . $namefields,
    'u.lastname, u.firstname', 0, 0, true);
$options = [];
foreach ($learners as $learner) {
    $options[$learner->id] = fullname($learner);
}

$output = $PAGE->get_renderer('block_competences');
echo $output->header();
echo $output->heading(get_string('learnerpage', 'block_competences'));
if (!$options) {
    echo $output->notification(get_string('nolearners', 'block_competences'), \core\output\notification::NOTIFY_INFO);
} else {
    $select = new single_select(new moodle_url('/blocks/competences/learner.php', ['courseid' => $course->id]),
        'userid', $options, $userid ?: '', ['' => 'choosedots'], 'block_competences-chooselearner');
    $select->set_label(get_string('chooselearner', 'block_competences'));
    echo html_writer::div($output->render($select), 'mb-3', ['data-region' => 'block_competences-chooser']);
}
if ($userid) {
    $learner = core_user::get_user($userid, '*', MUST_EXIST);
    echo $output->render(new \block_competences\output\competences($userid, (int)$course->id, fullname($learner)));
}
echo $output->footer();
