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
 * The attendance list of a workshop of a session, downloaded as CSV (Moodle's dataformat) or as a PDF to sign.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

use local_sens\local\workshop\session_page;
use local_sens\local\workshop\session_repository;
use local_sens\local\workshop\sheet_export;
use local_sens\local\workshop\sheet_service;

$sessionid = required_param('sessionid', PARAM_INT);
$workshopid = required_param('workshop', PARAM_TEXT);
$format = required_param('format', PARAM_ALPHA);
// Login to the session's course, local/sens:recordattestation there, and the session key of the sheet's link.
[$session, $course, $context] = session_page::open($sessionid, session_page::RECORD);
require_sesskey();
$repository = \core\di::get(session_repository::class);
$workshop = \core\di::get(sheet_service::class)->workshop($session, $workshopid);
if ($workshop === null) {
    throw new moodle_exception('sheet:errorworkshop', 'local_sens', '', s($workshopid));
}
$title = \local_sens\local\decision\presenter::title_of($workshop);
$filename = clean_filename($course->shortname . '-' . $session->sessionkey . '-' . $workshop['id']);
$export = \core\di::get(sheet_export::class);
if ($format === 'pdf') {
    $leads = \local_sens\local\decision\wording::names(
        $repository->leads([$session->id])[$session->id] ?? []);
    $export->send_pdf($session, $workshop, $title, array_values($leads), $filename);
    die;
}
if ($format !== 'csv') {
    throw new moodle_exception('export:errorformat', 'local_sens', '', s($format));
}
\core\dataformat::download_data($filename, 'csv', sheet_export::columns($session), $export->rows($session, $workshop));
