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
 * The workshop sessions of a course (course › Workshops): when and where, who leads, and the sheet of each workshop.
 * The pedagogical engineer dates and places them (session.php).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

use local_sens\local\permission;
use local_sens\local\workshop\session_service;

$courseid = required_param('courseid', PARAM_INT);
$course = get_course($courseid);
require_login($course);
$context = context_course::instance($course->id);
$canmanage = permission::can_manage_workshops($context);
if (!$canmanage) {
    permission::require_can_record_attestation($context);
}

$url = new moodle_url('/local/sens/workshops.php', ['courseid' => $course->id]);
$PAGE->set_url($url);
$PAGE->set_context($context);
$PAGE->set_pagelayout('incourse');
$PAGE->set_title(get_string('workshops:title', 'local_sens') . ' | ' . format_string($course->fullname));
$PAGE->set_heading(format_string($course->fullname));

$service = \core\di::get(session_service::class);
$programme = $service->course_programme($course->id);
$sessions = $service->sessions($course->id, (int)$USER->id);
$title = fn(array $item) => \local_sens\local\decision\presenter::title_of($item);
$leadids = [];
foreach ($sessions as $session) {
    foreach ($session->leads as $lead) {
        $leadids[$lead] = true;
    }
}
$leadnames = \local_sens\local\decision\wording::names(array_keys($leadids));
$items = [];
foreach ($sessions as $session) {
    $workshops = [];
    foreach ($programme === null ? [] : session_service::sheets($programme['definition'], $session) as $workshop) {
        $workshops[] = [
            'title' => $title($workshop),
            'url' => (new moodle_url('/local/sens/sheet.php', ['sessionid' => $session->id, 'workshop' => $workshop['id']]))
                ->out(false),
        ];
    }
    $items[] = [
        'id' => $session->id,
        'key' => $session->sessionkey,
        'title' => format_string($session->title),
        'when' => $session->timestart > 0 ? userdate($session->timestart)
            . ($session->timeend > 0 ? ' – ' . userdate($session->timeend, get_string('strftimetime', 'langconfig')) : '')
            : get_string('session:notdated', 'local_sens'),
        'room' => $session->room === '' ? get_string('session:noroom', 'local_sens') : $session->room,
        'leads' => implode(', ', array_map(fn($id) => $leadnames[(string)$id] ?? (string)$id, $session->leads)),
        'hasleads' => !empty($session->leads),
        'workshops' => $workshops,
        'editurl' => $canmanage ? (new moodle_url('/local/sens/session.php', ['id' => $session->id]))->out(false) : null,
    ];
}

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('workshops:title', 'local_sens'));
// Teaching sessions (Mastère, CEC): the pedagogical engineer adds a dated class of a unit whose attendance counts.
if ($canmanage && $programme !== null && session_service::attendance_units($programme['definition'])) {
    echo html_writer::link(new moodle_url('/local/sens/session.php', ['courseid' => $course->id]),
        get_string('session:addteaching', 'local_sens'), ['class' => 'btn btn-primary mb-3']);
}
echo $OUTPUT->render_from_template('local_sens/workshops', [
    'sessions' => $items,
    'hassessions' => !empty($items),
    'linked' => $programme !== null,
]);
echo $OUTPUT->footer();
