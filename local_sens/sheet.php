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
 * The attestation sheet of one workshop of a session (course › Workshops › a session › a workshop): the lead marks
 * presence and success of each learner and saves them in one request (local_sens_save_attestation_sheet).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

use local_sens\local\workshop\session_page;
use local_sens\local\workshop\sheet_service;
use local_sens\local\workshop\state_words;

$sessionid = required_param('sessionid', PARAM_INT);
$workshopid = required_param('workshop', PARAM_TEXT);
// Login to the session's course, then a lead of the session (or local/sens:attestanysession).
[$session, $course, $context] = session_page::open($sessionid, session_page::ATTEST);

$service = \core\di::get(sheet_service::class);
$workshop = $service->workshop($session, $workshopid);
if ($workshop === null) {
    throw new moodle_exception('sheet:errorworkshop', 'local_sens', '', s($workshopid));
}
$title = fn(array $item) => \local_sens\local\decision\presenter::title_of($item);
$url = new moodle_url('/local/sens/sheet.php', ['sessionid' => $session->id, 'workshop' => $workshopid]);
session_page::setup($url, $course, $context,
    $title($workshop) . ' | ' . format_string($session->title) . ' | ' . format_string($course->fullname),
    [[format_string($session->sessionkey), null], [$title($workshop), $url]]);

$sheet = $service->sheet($session, $workshop);
$levels = [];
foreach ($workshop['definition']['levels'] ?? [] as $level) {
    $levels[$level['id']] = $title($level);
}
$units = array_column($workshop['definition']['units'], null, 'id');
$people = [];
$attestations = [];
foreach (array_merge($sheet['expected'], $sheet['others']) as $row) {
    foreach ($row['history'] as $attestation) {
        $people[(int)$attestation->recordedby] = true;
        $attestations[] = $attestation;
    }
}
// Co-signatures (a programme may ask for more than one signer): who signed each attestation, and when.
$signatures = \core\di::get(\local_sens\local\workshop\cosign_service::class)->signatures($attestations);
foreach ($signatures as $signed) {
    foreach ($signed['cosignatures'] as $cosignature) {
        $people[(int)$cosignature->userid] = true;
    }
}
$names = \local_sens\local\decision\wording::names(array_keys($people));
$export = function(array $row, bool $hidden) use ($OUTPUT, $levels, $units, $names, $title, $session, $signatures,
        $workshop, $USER): array {
    $unit = $row['unit'];
    $suffix = substr($unit, strrpos($unit, '.') === false ? 0 : strrpos($unit, '.') + 1);
    $marks = $row['latest'] !== null ? json_decode((string)$row['latest']->marks, true) : null;
    $history = [];
    foreach ($row['history'] as $attestation) {
        $m = json_decode((string)$attestation->marks, true) ?: [];
        $history[] = ['text' => get_string('sheet:historyrow', 'local_sens', (object)[
            'marks' => sheet_service::teaching($session) ? get_string(empty($m['minutesabsent']) ? 'sheet:teachingpresent'
                : (empty($m['justified']) ? 'sheet:teachingabsent' : 'sheet:teachingabsentjustified'), 'local_sens',
                (int)($m['minutesabsent'] ?? 0))
                : get_string(empty($m['present']) ? 'sheet:absent' : (empty($m['passed']) ? 'sheet:presentnotpassed'
                : 'sheet:presentpassed'), 'local_sens'),
            'by' => $names[(string)$attestation->recordedby] ?? $attestation->recordedby,
            'at' => userdate((int)$attestation->timecreated),
            'level' => $levels[substr($attestation->unit, strrpos($attestation->unit, '.') + 1)] ?? $attestation->unit,
        ]) . ($attestation->reason !== null ? ' — ' . get_string('sheet:correctionreason', 'local_sens',
            $attestation->reason) : '') . ($attestation->note !== null ? ' — ' . $attestation->note : '')
            . implode('', array_map(fn($c) => ' — ' . get_string('sheet:cosigned', 'local_sens', (object)[
                'by' => $names[(string)$c->userid] ?? $c->userid, 'at' => userdate((int)$c->timecreated)]),
                $signatures[(int)$attestation->id]['cosignatures']))];
    }
    return [
        'userid' => (int)$row['user']->id,
        'fullname' => fullname($row['user']),
        'picture' => $OUTPUT->user_picture($row['user'], ['size' => 44, 'link' => false, 'alttext' => false]),
        'unit' => $unit,
        'level' => $levels[$suffix] ?? $title($units[$unit] ?? ['title' => $unit]),
        'state' => state_words::state($row['state']),
        'present' => $marks !== null ? !empty($marks['present']) : false,
        'passed' => $marks !== null ? !empty($marks['passed']) : false,
        'note' => $row['latest']->note ?? '',
        'attested' => $row['latest'] !== null,
        'history' => $history,
        'hashistory' => !empty($history),
        'hidden' => $hidden,
        // A teaching session: presence, minutes absent and justified instead of passed.
        'teaching' => sheet_service::teaching($session),
        // Not marked yet: unchecked present, so the whole session until "All present" or a tick.
        'minutesabsent' => $marks !== null ? (int)($marks['minutesabsent'] ?? 0)
            : \local_sens\local\workshop\attendance_repository::duration($session->timestart, $session->timeend),
        'justified' => !empty($marks['justified']),
        'duration' => \local_sens\local\workshop\attendance_repository::duration($session->timestart, $session->timeend),
        'cosignlabel' => get_string('sheet:cosignlabel', 'local_sens', fullname($row['user'])),
    // A pass the programme wants co-signed that lacks signatures: said on the row; another lead may co-sign it.
    ] + \local_sens\local\workshop\cosign_service::row_status($row['latest'], $workshop['definition'], $signatures,
        (int)$USER->id);
};
$rows = array_map(fn($row) => $export($row, false), $sheet['expected']);
$others = array_map(fn($row) => $export($row, true), $sheet['others']);
$PAGE->requires->js_call_amd('local_sens/sheet', 'init', [(int)$session->id, $workshopid]);

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('sheet:title', 'local_sens', $title($workshop)));
echo $OUTPUT->render_from_template('local_sens/sheet', [
    'sessionid' => (int)$session->id,
    'workshop' => $workshopid,
    'title' => $title($workshop),
    'sessiontitle' => format_string($session->title),
    'when' => $session->timestart > 0 ? userdate($session->timestart) : get_string('session:notdated', 'local_sens'),
    'room' => $session->room,
    'started' => $session->timestart > 0 && $session->timestart <= \core\di::get(\core\clock::class)->time(),
    'teaching' => sheet_service::teaching($session),
    'duration' => \local_sens\local\workshop\attendance_repository::duration($session->timestart, $session->timeend),
    'importurl' => sheet_service::teaching($session) ? (new moodle_url('/local/sens/attendance_import.php',
        ['sessionid' => $session->id, 'unit' => $workshopid]))->out(false) : null,
    'rows' => $rows,
    'others' => $others,
    'hasothers' => !empty($others),
    'exportcsv' => (new moodle_url('/local/sens/export.php', ['sessionid' => $session->id, 'workshop' => $workshopid,
        'format' => 'csv', 'sesskey' => sesskey()]))->out(false),
    'exportpdf' => (new moodle_url('/local/sens/export.php', ['sessionid' => $session->id, 'workshop' => $workshopid,
        'format' => 'pdf', 'sesskey' => sesskey()]))->out(false),
]);
echo $OUTPUT->footer();
