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
 * The jury reads a submission as submitted beside the criteria, marks each criterion and records the decision
 * (mod/sensportfolio:decide); jury members with mod/sensportfolio:review only read it. The submission must belong
 * to this activity.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use mod_sensportfolio\form\review_form;
use mod_sensportfolio\local\jury\jury_service;
use mod_sensportfolio\local\submission\submission_service;

require(__DIR__ . '/../../config.php');

$id = required_param('id', PARAM_INT);
$submissionid = required_param('submissionid', PARAM_INT);
[$course, $cm] = get_course_and_cm_from_cmid($id, 'sensportfolio');
$instance = $DB->get_record('sensportfolio', ['id' => $cm->instance], '*', MUST_EXIST);

require_login($course, false, $cm);
$context = context_module::instance($cm->id);
require_capability('mod/sensportfolio:review', $context);

$submission = \core\di::get(submission_service::class)->get($submissionid, (int)$instance->id);
$jury = \core\di::get(jury_service::class);
$candecide = has_capability('mod/sensportfolio:decide', $context);
$waiting = in_array($submission->status, submission_service::WAITING, true);
if ($candecide && $waiting && optional_param('sesskey', '', PARAM_RAW) !== '' && confirm_sesskey()) {
    // Opened from the jury's list (a link with the session key): the submission is now under review.
    $jury->open($submission);
}
$learner = core_user::get_user((int)$submission->userid, '*', MUST_EXIST);
$url = new moodle_url('/mod/sensportfolio/review.php', ['id' => $cm->id, 'submissionid' => $submission->id]);
$PAGE->set_url($url);
$PAGE->set_title(format_string($instance->name) . ': ' . fullname($learner));
$PAGE->set_heading(format_string($course->fullname));
$listurl = new moodle_url('/mod/sensportfolio/submissions.php', ['id' => $cm->id]);

$criteria = $jury->criteria($instance);
// Where the programme's jury has a president, members record a review for the president, who records the decision.
$panel = $jury->panel($instance);
$final = jury_service::records_final($panel, $context, (int)$USER->id);
$reviews = $jury->reviews((int)$submission->id, $final ? null : (int)$USER->id);
$memberreviews = count(array_filter($reviews, fn($r) => !(int)$r->isfinal));
$notice = '';
if ($candecide && $waiting && !$final && $memberreviews > 0) {
    $candecide = false;
    $notice = get_string('alreadyreviewed', 'mod_sensportfolio');
} else if ($candecide && $waiting && $final && $memberreviews < $panel['memberreviews']) {
    $candecide = false;
    $notice = get_string('awaitingmemberreviews', 'mod_sensportfolio',
        (object)['count' => $memberreviews, 'needed' => $panel['memberreviews']]);
}
$form = null;
if ($candecide && $waiting) {
    // Labels above the fields: the form sits in a column beside the portfolio.
    $definition = \local_sens\api::course_definition((int)$course->id);
    $juryunit = $definition === null ? null : \local_sens\api::jury_unit($definition, $instance->unit ?? null);
    $grading = jury_service::grading($juryunit);
    $form = new review_form($url, ['criteria' => $criteria, 'decisions' => jury_service::DECISIONS, 'grading' => $grading,
        'submitlabel' => get_string($final ? 'recorddecision' : 'recordmemberreview', 'mod_sensportfolio')], 'post', '',
        ['class' => 'full-width-labels']);
    $form->set_data(['id' => $cm->id, 'submissionid' => $submission->id]);
    if ($form->is_cancelled()) {
        redirect($listurl);
    } else if ($data = $form->get_data()) {
        $marks = [];
        foreach ($criteria as $i => $criterion) {
            $marks[] = ['criterion' => $criterion['id'], 'met' => !empty($data->met[$i]), 'comment' => $data->comment[$i] ?? ''];
        }
        $grade = $grading === null ? null : review_form::grade_of((string)($data->grade ?? ''));
        $jury->decide((int)$submission->id, (int)$USER->id, $data->decision, $marks, (string)$data->feedback, $context,
            (string)$data->note, $final, $grade === false ? null : $grade);
        redirect($listurl, get_string($final ? 'decisionrecorded' : 'memberreviewrecorded', 'mod_sensportfolio'), null,
            \core\output\notification::NOTIFY_SUCCESS);
    }
}

$programme = \local_sens\api::learner_programme((int)$submission->userid, (int)$course->id);
$output = $PAGE->get_renderer('mod_sensportfolio');
echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('submissionof', 'mod_sensportfolio', fullname($learner)));
echo html_writer::tag('p', get_string('status:' . $submission->status, 'mod_sensportfolio'), ['class' => 'lead']);
echo html_writer::start_div('row');
echo html_writer::start_div('col-lg-7');
echo $output->render(new \mod_sensportfolio\output\submission_view($submission, $context, $programme['definition'] ?? null));
echo html_writer::end_div();
echo html_writer::start_div('col-lg-5');
echo $OUTPUT->heading(get_string('criteria', 'mod_sensportfolio'), 3);
echo html_writer::alist(array_map(fn($c) => s($c['title']), $criteria));
if ($panel['mode'] === jury_service::PRESIDENT) {
    echo html_writer::tag('p', get_string('presidentdecides', 'mod_sensportfolio', $panel['memberreviews']));
}
foreach ($reviews as $review) {
    $marks = array_column(json_decode((string)$review->criteria, true) ?: [], null, 'criterion');
    $lines = [];
    foreach ($criteria as $criterion) {
        $mark = $marks[$criterion['id']] ?? null;
        $lines[] = s($criterion['title']) . ' : ' . get_string($mark && $mark['met'] ? 'criterionmet' : 'criterionnotmet',
            'mod_sensportfolio') . ($mark && $mark['comment'] !== '' ? ' — ' . s($mark['comment']) : '');
    }
    echo html_writer::div(
        html_writer::tag('h4', ((int)$review->isfinal ? '' : get_string('memberreview', 'mod_sensportfolio') . ' : ')
            . get_string('decision:' . $review->decision, 'mod_sensportfolio') . ' — '
            . fullname(core_user::get_user($review->reviewerid) ?: core_user::get_noreply_user()) . ', '
            . userdate($review->timecreated), ['class' => 'h6'])
        . html_writer::alist($lines)
        . ($review->grade === null ? '' : html_writer::tag('p', get_string('jurygradeshown', 'mod_sensportfolio',
            format_float((float)$review->grade, -1))))
        . html_writer::tag('p', get_string('feedback', 'mod_sensportfolio') . ' : ' . s($review->feedback))
        . html_writer::tag('p', get_string('jurynote', 'mod_sensportfolio') . ' : ' . s($review->note)),
        'border p-2 mb-2');
}
if ($notice !== '') {
    echo $OUTPUT->notification($notice, \core\output\notification::NOTIFY_INFO);
}
if ($form) {
    $form->display();
}
echo html_writer::end_div();
echo html_writer::end_div();
echo $OUTPUT->footer();
