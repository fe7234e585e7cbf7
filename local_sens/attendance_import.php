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
 * Import of a teaching session's attendance from a CSV file (course › Workshops › a teaching session › its sheet ›
 * Import): all or nothing, each refused line named with its column.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

use local_sens\local\workshop\attendance_import;
use local_sens\local\workshop\invalid_sheet_exception;
use local_sens\local\workshop\session_page;
use local_sens\local\workshop\sheet_service;

$sessionid = required_param('sessionid', PARAM_INT);
$unit = required_param('unit', PARAM_TEXT);
// Login to the session's course, local/sens:recordattestation there (the form checks the session key).
[$session, $course, $context] = session_page::open($sessionid, session_page::RECORD);
$service = \core\di::get(sheet_service::class);
$sheet = $service->workshop($session, $unit);
if ($sheet === null || !sheet_service::teaching($session)) {
    throw new moodle_exception('import:errornotteaching', 'local_sens');
}

$url = new moodle_url('/local/sens/attendance_import.php', ['sessionid' => $session->id, 'unit' => $unit]);
$back = new moodle_url('/local/sens/sheet.php', ['sessionid' => $session->id, 'workshop' => $unit]);
session_page::setup($url, $course, $context,
    get_string('import:title', 'local_sens') . ' | ' . format_string($session->title),
    [[format_string($session->sessionkey), $back], [get_string('import:title', 'local_sens'), $url]]);

$form = new \local_sens\form\attendance_import_form($url);
$form->set_data(['sessionid' => $session->id, 'unit' => $unit]);
if ($form->is_cancelled()) {
    redirect($back);
}
$errors = [];
if ($data = $form->get_data()) {
    // The form checked the session key; the file is read once, then nothing is written unless every line is valid.
    $content = (string)$form->get_file_content('csvfile');
    try {
        $saved = \core\di::get(attendance_import::class)->import($session, $unit, $content, (string)$data->encoding,
            (string)$data->delimiter, (int)$USER->id);
        redirect($back, get_string('import:done', 'local_sens', (object)['written' => $saved['written'],
            'corrected' => $saved['corrected']]), null, \core\output\notification::NOTIFY_SUCCESS);
    } catch (invalid_sheet_exception $e) {
        $errors = array_column($e->errors, 'message');
    }
}

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('import:title', 'local_sens') . ' — ' . format_string($session->title));
if ($errors) {
    echo $OUTPUT->notification(get_string('import:refused', 'local_sens') . html_writer::alist(array_map('s', $errors)),
        \core\output\notification::NOTIFY_ERROR, false);
}
$form->display();
echo $OUTPUT->footer();
