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

namespace local_sens\local\certification;

/**
 * The certificate as a document: the fields written at issue (from the programme definition through the decision's
 * units) and the PDF made from them with Moodle's pdflib (TCPDF), in French or English, with the verification code
 * and a QR code to the verify page. The PDF is made once, at issue, and stored; it is never made again.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class certificate_document {

    /** @var string[] Languages of the document. */
    public const LANGS = ['fr', 'en'];

    /**
     * The fields of a certificate, from the definition and the decision, as issued (both languages).
     *
     * @param array $definition Programme definition.
     * @param array $decision Engine decision.
     * @param string $kind diploma or participation.
     * @param string $date Issue date YYYY-MM-DD.
     * @return array
     */
    public static function fields(array $definition, array $decision, string $kind, string $date): array {
        $states = array_column($decision['units'] ?? [], 'state', 'id');
        $units = [];
        foreach ($definition['units'] ?? [] as $unit) {
            $units[$unit['id']] = $unit;
        }
        $levels = [];
        foreach ($definition['levels'] ?? [] as $level) {
            $levels[$level['id']] = $level;
        }
        $validated = [];
        foreach ($definition['units'] ?? [] as $unit) {
            $kindofunit = $unit['kind'] ?? '';
            if (!in_array($states[$unit['id']] ?? '', \local_sens\local\engine\reasons::DONE_STATES, true)) {
                continue;
            }
            // Levels of a domain, and the programme's top-level parts (blocks, portfolio…) outside domains.
            $parent = $unit['parent'] ?? null;
            if ($kindofunit !== 'level' && !($parent === null && $kindofunit !== 'domain')) {
                continue;
            }
            $domain = $kindofunit === 'level' && $parent !== null ? ($units[$parent] ?? null) : null;
            $levelid = $unit['level'] ?? substr((string)$unit['id'], strrpos('.' . $unit['id'], '.'));
            $level = $kindofunit === 'level' ? ($levels[$levelid] ?? null) : null;
            $validated[] = [
                'id' => $unit['id'],
                'state' => $states[$unit['id']],
                'domain' => $domain === null ? null : ['fr' => $domain['title'], 'en' => $domain['titleEn'] ?? $domain['title']],
                'level' => $level === null ? null : ['fr' => $level['title'], 'en' => $level['titleEn'] ?? $level['title']],
                'title' => ['fr' => $unit['title'], 'en' => $unit['titleEn'] ?? $unit['title']],
                'hours' => $unit['hours'] ?? null,
                'codes' => self::codes($unit['codes'] ?? []),
            ];
        }
        return [
            'kind' => $kind,
            'programme' => (string)($definition['id'] ?? ''),
            'title' => ['fr' => (string)($definition['title'] ?? ''),
                'en' => (string)($definition['titleEn'] ?? $definition['title'] ?? '')],
            'version' => (string)($definition['version'] ?? ''),
            'hours' => $definition['hours'] ?? null,
            'codes' => self::codes($definition['codes'] ?? []),
            'units' => $validated,
            'date' => $date,
            'signatory' => trim((string)get_config('local_sens', 'signatory')),
            'signatorytitle' => trim((string)get_config('local_sens', 'signatorytitle')),
        ];
    }

    /**
     * External codes as "SYSTEM CODE" strings.
     *
     * @param array $codes Each {system, code}.
     * @return string[]
     */
    private static function codes(array $codes): array {
        return array_map(fn($c) => strtoupper((string)($c['system'] ?? '')) . ' ' . (string)($c['code'] ?? ''), $codes);
    }

    /**
     * The verify page's URL for a code.
     *
     * @param string $code Normalised code.
     * @return \moodle_url
     */
    public static function verify_url(string $code): \moodle_url {
        return new \moodle_url('/local/sens/verify.php', ['code' => certificate_code::format($code)]);
    }

    /**
     * The PDF of a certificate in one language.
     *
     * @param array $fields fields()
     * @param string $fullname Learner's name as at issue.
     * @param string $code Normalised code.
     * @param string $lang fr or en.
     * @return string PDF bytes.
     */
    public static function pdf(array $fields, string $fullname, string $code, string $lang): string {
        global $CFG;
        require_once($CFG->libdir . '/pdflib.php');
        $strings = get_string_manager();
        $str = fn(string $id, $a = null) => $strings->get_string($id, 'local_sens', $a, $lang);
        $date = self::long_date($fields['date'], $lang);
        $rows = '';
        foreach ($fields['units'] as $unit) {
            $label = $unit['domain'] === null ? $unit['title'][$lang]
                : $unit['domain'][$lang] . ' — ' . ($unit['level'][$lang] ?? '') . ' : ' . $unit['title'][$lang];
            $rows .= '<tr><td>' . s($label) . '</td><td>' . s($unit['hours'] === null ? '' : $unit['hours'] . ' h')
                . '</td><td>' . s(implode(', ', $unit['codes'])) . '</td></tr>';
        }
        $kind = $fields['kind'] === 'diploma' ? 'certificate:kind:diploma' : 'certificate:kind:participation';
        $html = '<h1 style="text-align:center">' . s($str($kind)) . '</h1>'
            . '<p style="text-align:center">' . s($str('certificate:awardedto')) . '</p>'
            . '<h2 style="text-align:center">' . s($fullname) . '</h2>'
            . '<p style="text-align:center"><b>' . s($fields['title'][$lang]) . '</b><br>'
            . s($str('certificate:version', $fields['version'])) . ' — '
            . s($str('certificate:hours', $fields['hours'] ?? '—')) . ' — ' . s(implode(', ', $fields['codes'])) . '</p>'
            . ($rows === '' ? '' : '<h3>' . s($str('certificate:validatedunits')) . '</h3>'
                . '<table border="1" cellpadding="3"><thead><tr><th width="70%">' . s($str('certificate:unit')) . '</th><th width="10%">'
                . s($str('certificate:hourscol')) . '</th><th width="20%">' . s($str('certificate:codes')) . '</th></tr></thead><tbody>'
                . $rows . '</tbody></table>')
            . '<p>' . s($str('certificate:issuedon', $date)) . '</p>'
            . '<p>' . s($fields['signatory']) . ($fields['signatorytitle'] === '' ? '' : '<br>' . s($fields['signatorytitle']))
            . '</p>'
            . '<p>' . s($str('certificate:verifywith', certificate_code::format($code))) . '<br>'
            . s(self::verify_url($code)->out(false)) . '</p>';
        $pdf = new \pdf();
        $pdf->setPrintHeader(false);
        $pdf->setPrintFooter(false);
        $pdf->SetTitle($str($kind) . ' — ' . $fullname);
        $pdf->SetAutoPageBreak(true, 20);
        $pdf->AddPage();
        $pdf->writeHTML($html);
        $y = min($pdf->GetY() + 4, 240);
        $pdf->write2DBarcode(self::verify_url($code)->out(false), 'QRCODE,M', 15, $y, 35, 35);
        return $pdf->Output('', 'S');
    }

    /**
     * A date in words in a language (4 décembre 2026, 4 December 2026), in the site's timezone.
     *
     * @param string $date YYYY-MM-DD
     * @param string $lang
     * @return string
     */
    public static function long_date(string $date, string $lang): string {
        return \local_sens\local\site_date::text($date, $lang) ?? $date;
    }
}
