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
 * Date, time, room and leads of one workshop session of a course (the pedagogical engineer).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

use local_sens\local\workshop\session_page;
use local_sens\local\workshop\session_repository;
use local_sens\local\workshop\session_service;

$id = optional_param('id', 0, PARAM_INT);
if ($id === 0) {
    // A new teaching session of a course (Mastère, CEC): a dated class of one unit whose attendance counts.
    // Login to the course, then may date and place its sessions (the form checks the session key).
    [$course, $context] = session_page::open_course(required_param('courseid', PARAM_INT), session_page::MANAGE);
    $url = new moodle_url('/local/sens/session.php', ['courseid' => $course->id]);
    $back = new moodle_url('/local/sens/workshops.php', ['courseid' => $course->id]);
    session_page::setup($url, $course, $context,
        get_string('session:addteaching', 'local_sens') . ' | ' . format_string($course->fullname), []);
    $service = \core\di::get(session_service::class);
    $programme = $service->course_programme($course->id);
    $units = [];
    foreach ($programme === null ? [] : session_service::attendance_units($programme['definition']) as $unitid => $unit) {
        $units[$unitid] = \local_sens\local\decision\presenter::title_of($unit);
    }
    $leads = [];
    foreach (get_enrolled_users($context, 'local/sens:recordattestation', 0, 'u.*', 'u.lastname, u.firstname') as $user) {
        $leads[(int)$user->id] = fullname($user);
    }
    $form = new \local_sens\form\session_form($url, ['leads' => $leads, 'units' => $units]);
    $form->set_data(['courseid' => $course->id, 'timestart' => time(), 'timeend' => time() + 3 * HOURSECS]);
    if ($form->is_cancelled()) {
        redirect($back);
    }
    if ($data = $form->get_data()) {
        $newid = $service->create_teaching($course->id, (string)$data->unit, (string)$data->title, (int)$data->timestart,
            (int)($data->timeend ?? 0), (string)$data->room, array_map('intval', $data->leads ?? []), (int)$USER->id);
        $new = \core\di::get(session_repository::class)->get($newid);
        redirect($back, get_string('session:saved', 'local_sens', $new->sessionkey), null,
            \core\output\notification::NOTIFY_SUCCESS);
    }
    echo $OUTPUT->header();
    echo $OUTPUT->heading(get_string('session:addteaching', 'local_sens'));
    $form->display();
    echo $OUTPUT->footer();
    exit;
}
// Login to the session's course, then may date and place its sessions (the form checks the session key).
[$session, $course, $context] = session_page::open($id, session_page::MANAGE);

$url = new moodle_url('/local/sens/session.php', ['id' => $session->id]);
$back = new moodle_url('/local/sens/workshops.php', ['courseid' => $course->id]);
session_page::setup($url, $course, $context,
    get_string('session:edit', 'local_sens', $session->sessionkey) . ' | ' . format_string($course->fullname),
    [[format_string($session->sessionkey), $url]]);

$leads = [];
foreach (get_enrolled_users($context, 'local/sens:recordattestation', 0, 'u.*', 'u.lastname, u.firstname') as $user) {
    $leads[(int)$user->id] = fullname($user);
}
$repository = \core\di::get(session_repository::class);
$form = new \local_sens\form\session_form($url, ['leads' => $leads, 'teaching' => ($session->kind ?? '') === 'teaching']);
$form->set_data([
    'id' => $session->id,
    'timestart' => $session->timestart ?: time(),
    'timeend' => $session->timeend,
    'room' => $session->room,
    'leads' => $repository->leads([$session->id])[$session->id] ?? [],
]);
if ($form->is_cancelled()) {
    redirect($back);
}
if ($data = $form->get_data()) {
    \core\di::get(session_service::class)->update($session, (int)$data->timestart, (int)($data->timeend ?? 0),
        (string)$data->room, array_map('intval', $data->leads ?? []), (int)$USER->id);
    redirect($back, get_string('session:saved', 'local_sens', $session->sessionkey), null,
        \core\output\notification::NOTIFY_SUCCESS);
}

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('session:edit', 'local_sens', $session->sessionkey) . ' — ' . format_string($session->title));
$form->display();
echo $OUTPUT->footer();
