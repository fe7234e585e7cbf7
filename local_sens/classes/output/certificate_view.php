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

namespace local_sens\output;

use local_sens\local\certification\certificate_code;
use local_sens\local\certification\certificate_document;

/**
 * What a certificate states, as the verify page and the management page show it (template local_sens/verify):
 * status (valid / revoked with date and reason), the fields as issued, the PDFs' SHA-256, and the certificates it
 * replaces or is replaced by. No download link: a code is not a bearer token for the learner's file.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class certificate_view {

    /**
     * Template data of a certificate.
     *
     * @param \stdClass $certificate Stored row.
     * @param \stdClass|null $replacement The certificate issued in its place, if any.
     * @param \stdClass|null $replaced The certificate it corrects, if any.
     * @return array
     */
    public static function export(\stdClass $certificate, ?\stdClass $replacement, ?\stdClass $replaced): array {
        $lang = \local_sens\local\decision\presenter::lang();
        $fields = json_decode($certificate->fields, true);
        $units = [];
        foreach ($fields['units'] ?? [] as $unit) {
            $units[] = ['text' => $unit['domain'] === null ? $unit['title'][$lang]
                : $unit['domain'][$lang] . ' — ' . ($unit['level'][$lang] ?? '') . ' : ' . $unit['title'][$lang],
                'hours' => $unit['hours'] === null ? '' : $unit['hours'] . ' h', 'codes' => implode(', ', $unit['codes'])];
        }
        $link = fn(\stdClass $c) => ['code' => certificate_code::format($c->code),
            'url' => certificate_document::verify_url($c->code)->out(false)];
        $revoked = $certificate->status === 'revoked';
        return [
            'id' => (int)$certificate->id,
            'code' => certificate_code::format($certificate->code),
            'valid' => !$revoked,
            'revoked' => $revoked,
            'statuslabel' => get_string($revoked ? 'verify:revoked' : 'verify:valid', 'local_sens'),
            'revokedon' => $revoked ? get_string('verify:revokedon', 'local_sens', (object)[
                'date' => userdate((int)$certificate->timerevoked, get_string('strftimedate', 'langconfig')),
                'reason' => (string)$certificate->reason]) : null,
            'replacement' => $replacement === null ? null : $link($replacement),
            'replaces' => $replaced === null ? null : $link($replaced),
            'holder' => $certificate->fullname,
            'kind' => get_string('certificate:kind:' . $certificate->kind, 'local_sens'),
            'programme' => $fields['title'][$lang] ?? '',
            'version' => $fields['version'] ?? '',
            'hours' => $fields['hours'] === null ? '' : get_string('certificate:hours', 'local_sens', $fields['hours']),
            'codes' => implode(', ', $fields['codes'] ?? []),
            'issued' => certificate_document::long_date($fields['date'], $lang),
            'units' => $units,
            'hasunits' => !empty($units),
            'signatory' => trim(($fields['signatory'] ?? '') . ' ' . ($fields['signatorytitle'] ?? '')),
            'hashes' => [
                ['label' => get_string('verify:hash', 'local_sens', 'français'), 'hash' => $certificate->sha256fr],
                ['label' => get_string('verify:hash', 'local_sens', 'English'), 'hash' => $certificate->sha256en],
            ],
        ];
    }
}
