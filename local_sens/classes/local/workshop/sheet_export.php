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

namespace local_sens\local\workshop;

/**
 * The attendance list of a workshop of a session, as universities keep it for continuing-education funding
 * (Qualiopi): one line per learner of the sheet with the latest marks, who attested and when; downloaded as CSV
 * (Moodle's dataformat) or as a PDF to sign (Moodle's pdflib).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class sheet_export {

    /**
     * Constructor.
     *
     * @param sheet_service $sheets
     */
    public function __construct(
        /** @var sheet_service Sheets. */
        private readonly sheet_service $sheets,
    ) {
    }

    /**
     * Column headings, in the reader's language.
     *
     * @param \stdClass|null $session A teaching session lists minutes absent and justified instead of passed.
     * @return array<string, string> By column key.
     */
    public static function columns(?\stdClass $session = null): array {
        $columns = [];
        $teaching = $session !== null && sheet_service::teaching($session);
        $marks = $teaching ? ['present', 'minutesabsent', 'justified'] : ['present', 'passed'];
        foreach (array_merge(['learner', 'email', 'level'], $marks, ['note', 'attestedby', 'attestedat', 'correction']) as $key) {
            $columns[$key] = get_string('export:' . $key, 'local_sens');
        }
        return $columns;
    }

    /**
     * The lines of the list: every learner of the sheet (expected, or attested there), latest marks.
     *
     * @param \stdClass $session
     * @param array $workshop See sheet_service::workshop().
     * @return array[] Each keyed as columns().
     */
    public function rows(\stdClass $session, array $workshop): array {
        $sheet = $this->sheets->sheet($session, $workshop);
        $levels = [];
        foreach ($workshop['definition']['levels'] ?? [] as $level) {
            $levels[$level['id']] = \local_sens\local\decision\presenter::title_of($level);
        }
        $recorders = [];
        foreach ($sheet['expected'] as $row) {
            if ($row['latest'] !== null) {
                $recorders[] = (int)$row['latest']->recordedby;
            }
        }
        $names = \local_sens\local\decision\wording::names($recorders);
        $yes = get_string('yes');
        $no = get_string('no');
        $lines = [];
        foreach ($sheet['expected'] as $row) {
            $latest = $row['latest'];
            $marks = $latest === null ? null : (json_decode((string)$latest->marks, true) ?: []);
            $suffix = substr($row['unit'], (int)strrpos($row['unit'], '.') + (str_contains($row['unit'], '.') ? 1 : 0));
            $lines[] = [
                'learner' => fullname($row['user']),
                'email' => (string)($row['user']->email ?? ''),
                'level' => $levels[$suffix] ?? (string)($workshop['title'] ?? $row['unit']),
                'present' => $marks === null ? '' : (!empty($marks['present']) ? $yes : $no),
            ] + (sheet_service::teaching($session) ? [
                'minutesabsent' => $marks === null ? '' : (string)(int)($marks['minutesabsent'] ?? 0),
                'justified' => $marks === null ? '' : (!empty($marks['justified']) ? $yes : $no),
            ] : [
                'passed' => $marks === null ? '' : (!empty($marks['passed']) ? $yes : $no),
            ]) + [
                'note' => $latest === null ? '' : (string)$latest->note,
                'attestedby' => $latest === null ? '' : ($names[(string)$latest->recordedby] ?? (string)$latest->recordedby),
                'attestedat' => $latest === null ? '' : userdate((int)$latest->timecreated),
                'correction' => $latest === null || $latest->corrects === null ? '' : (string)$latest->reason,
            ];
        }
        return $lines;
    }

    /**
     * Send the list as a PDF to sign: the session, the place, the lines, a signature box for each lead.
     *
     * @param \stdClass $session
     * @param array $workshop
     * @param string $title Workshop title.
     * @param string[] $leads Names of the leads.
     * @param string $filename Without extension.
     */
    public function send_pdf(\stdClass $session, array $workshop, string $title, array $leads, string $filename): void {
        global $CFG;
        require_once($CFG->libdir . '/pdflib.php');
        $columns = self::columns($session);
        unset($columns['email']);
        $html = '<h1>' . s(get_string('export:heading', 'local_sens', $title)) . '</h1>'
            . '<p>' . s(format_string($session->title)) . '<br>'
            . s($session->timestart > 0 ? userdate($session->timestart) : get_string('session:notdated', 'local_sens'))
            . ($session->room !== '' ? ' — ' . s($session->room) : '') . '</p>'
            . '<table border="1" cellpadding="3"><thead><tr>';
        foreach ($columns as $heading) {
            $html .= '<th><b>' . s($heading) . '</b></th>';
        }
        $html .= '</tr></thead><tbody>';
        foreach ($this->rows($session, $workshop) as $line) {
            $html .= '<tr nobr="true">';
            foreach (array_keys($columns) as $key) {
                $html .= '<td>' . s($line[$key]) . '</td>';
            }
            $html .= '</tr>';
        }
        $html .= '</tbody></table><p></p><table cellpadding="6"><tr>';
        foreach ($leads ?: [''] as $lead) {
            $html .= '<td>' . s(get_string('export:signature', 'local_sens', $lead)) . '<br><br><br>______________________</td>';
        }
        $html .= '</tr></table>';
        $pdf = new \pdf('L');
        $pdf->setPrintHeader(false);
        $pdf->setPrintFooter(false);
        $pdf->SetTitle($title);
        $pdf->SetFont('freesans', '', 9);
        $pdf->AddPage();
        $pdf->writeHTML($html);
        $pdf->Output($filename . '.pdf', 'D');
    }
}
