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
 * A learner's evidence entry: add or edit (form), delete (confirmed), move up or down. Only the learner's own entries
 * of this activity; capability mod/sensportfolio:submit; actions need the session key.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use mod_sensportfolio\form\entry_form;
use mod_sensportfolio\local\entry\entry_repository;
use mod_sensportfolio\local\referential\referential;

require(__DIR__ . '/../../config.php');

$id = required_param('id', PARAM_INT);
$entryid = optional_param('entryid', 0, PARAM_INT);
$action = optional_param('action', '', PARAM_ALPHA);
[$course, $cm] = get_course_and_cm_from_cmid($id, 'sensportfolio');
$instance = $DB->get_record('sensportfolio', ['id' => $cm->instance], '*', MUST_EXIST);

require_login($course, false, $cm);
$context = context_module::instance($cm->id);
require_capability('mod/sensportfolio:submit', $context);

$entries = \core\di::get(entry_repository::class);
$viewurl = new moodle_url('/mod/sensportfolio/view.php', ['id' => $cm->id]);
$entry = $entryid ? $entries->get_own($entryid, (int)$instance->id, (int)$USER->id) : null;
$PAGE->set_url('/mod/sensportfolio/entry.php', ['id' => $cm->id] + ($entryid ? ['entryid' => $entryid] : []));
$PAGE->set_title(format_string($instance->name));
$PAGE->set_heading(format_string($course->fullname));

if ($action !== '') {
    require_sesskey();
    if ($entry === null || !in_array($action, ['up', 'down', 'delete'], true)) {
        throw new moodle_exception('invalidaction', 'mod_sensportfolio');
    }
    if ($action === 'delete' && !optional_param('confirm', 0, PARAM_BOOL)) {
        echo $OUTPUT->header();
        $confirm = new single_button(new moodle_url('/mod/sensportfolio/entry.php', ['id' => $cm->id, 'entryid' => $entry->id,
            'action' => 'delete', 'confirm' => 1, 'sesskey' => sesskey()]), get_string('delete'), 'post',
            single_button::BUTTON_DANGER);
        echo $OUTPUT->confirm(get_string('confirmdeleteentry', 'mod_sensportfolio', format_string($entry->title)), $confirm,
            $viewurl);
        echo $OUTPUT->footer();
        die;
    }
    if ($action === 'delete') {
        $entries->delete((int)$entry->id, (int)$instance->id, (int)$USER->id, $context);
        redirect($viewurl, get_string('entrydeleted', 'mod_sensportfolio'), null, \core\output\notification::NOTIFY_SUCCESS);
    }
    $entries->move((int)$entry->id, (int)$instance->id, (int)$USER->id, $action === 'up' ? -1 : 1);
    redirect($viewurl);
}

$programme = \local_sens\api::learner_programme((int)$USER->id, (int)$course->id);
$referential = $programme ? referential::for_current_language($programme['definition']) : null;
$options = $referential ? $referential->options() : [];
$fileoptions = entry_repository::file_options($instance, $course);
$form = new entry_form($PAGE->url, ['options' => $options, 'fileoptions' => $fileoptions], 'post', '',
    ['id' => 'mod_sensportfolio-entry-form']);

$data = (object)['id' => $cm->id, 'entryid' => $entryid, 'entrydate' => time()];
if ($entry) {
    $data->title = $entry->title;
    $data->content_editor = ['text' => $entry->content, 'format' => $entry->contentformat];
    $data->entrydate = (int)$entry->entrydate ?: (int)$entry->timecreated;
    $data->competences = json_decode((string)$entry->competences, true) ?: [];
    $data->attachments = null;
    $draft = (object)['id' => $entry->id];
    file_prepare_standard_filemanager($draft, 'attachments', $fileoptions, $context, 'mod_sensportfolio',
        entry_repository::FILEAREA, $entry->id);
    $data->attachments_filemanager = $draft->attachments_filemanager;
} else {
    $draft = (object)['id' => null];
    file_prepare_standard_filemanager($draft, 'attachments', $fileoptions, $context, 'mod_sensportfolio',
        entry_repository::FILEAREA, null);
    $data->attachments_filemanager = $draft->attachments_filemanager;
}
$form->set_data($data);

if ($form->is_cancelled()) {
    redirect($viewurl);
} else if ($submitted = $form->get_data()) {
    $submitted->id = $entryid;
    $entries->save($submitted, (int)$instance->id, (int)$USER->id, $context, $fileoptions, array_keys($options));
    redirect($viewurl, get_string('entrysaved', 'mod_sensportfolio'), null, \core\output\notification::NOTIFY_SUCCESS);
}

$PAGE->requires->js_call_amd('mod_sensportfolio/evidence', 'init', ['mod_sensportfolio-entry-form']);
echo $OUTPUT->header();
echo $OUTPUT->heading(get_string($entry ? 'editentry' : 'addentry', 'mod_sensportfolio'));
$form->display();
echo $OUTPUT->footer();
