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
 * Public verification of a SENS certificate: no login. Takes a code (normalised: case, spaces, hyphens, O/0, I/L/1),
 * says valid, revoked (date, reason, replacement) or unknown — told apart —, with the issued fields and the PDFs'
 * SHA-256. It never serves the PDF. Lookups are rate-limited per client address (verify_limiter).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:ignore moodle.Files.RequireLogin.Missing -- public page: anyone given a certificate may check it.
require(__DIR__ . '/../../config.php');

use local_sens\local\certification\certificate_service;
use local_sens\local\certification\verify_limiter;
use local_sens\output\certificate_view;

$code = trim(optional_param('code', '', PARAM_NOTAGS));

$PAGE->set_context(context_system::instance());
$PAGE->set_url(new moodle_url('/local/sens/verify.php'));
$PAGE->set_pagelayout('standard');
$PAGE->set_title(get_string('verify:title', 'local_sens'));
$PAGE->set_heading(get_string('verify:title', 'local_sens'));

$data = ['action' => (new moodle_url('/local/sens/verify.php'))->out(false), 'code' => $code, 'message' => null,
    'certificate' => null];
if ($code !== '') {
    $limiter = \core\di::get(verify_limiter::class);
    if (!$limiter->allow((string)getremoteaddr())) {
        http_response_code(429);
        $data['message'] = ['type' => 'warning', 'status' => 'ratelimited',
            'text' => get_string('verify:ratelimited', 'local_sens', userdate($limiter->window_end(),
                get_string('strftimetime', 'langconfig')))];
    } else {
        $found = \core\di::get(certificate_service::class)->verify($code);
        if ($found['certificate'] === null) {
            $data['message'] = ['type' => $found['status'] === 'unknown' ? 'danger' : 'warning', 'status' => $found['status'],
                'text' => get_string('verify:' . $found['status'], 'local_sens')];
        } else {
            $replaced = $found['certificate']->replaces
                ? \core\di::get(\local_sens\local\certification\certificate_repository::class)
                    ->get((int)$found['certificate']->replaces) : null;
            $data['certificate'] = certificate_view::export($found['certificate'], $found['replacement'], $replaced);
        }
    }
}

echo $OUTPUT->header();
echo $OUTPUT->render_from_template('local_sens/verify', $data);
echo $OUTPUT->footer();
