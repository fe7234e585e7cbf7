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
 * Certificates management (local/sens:managecertificates): find a certificate by its code, see what it states, revoke
 * it with a required reason, or revoke it and re-issue a corrected one (new code; the old one points to it).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_sens\local\certification\certificate_code;
use local_sens\local\certification\certificate_repository;
use local_sens\local\certification\certificate_service;
use local_sens\output\certificate_view;

$id = optional_param('id', 0, PARAM_INT);
$code = trim(optional_param('code', '', PARAM_NOTAGS));
$action = optional_param('action', '', PARAM_ALPHA);

admin_externalpage_setup('local_sens_certificates', '', null, '', ['pagelayout' => 'admin']);
$context = context_system::instance();
require_capability('local/sens:managecertificates', $context);
$PAGE->set_url(new moodle_url('/local/sens/certificate.php'));

$repository = \core\di::get(certificate_repository::class);
$service = \core\di::get(certificate_service::class);
$certificate = null;
if ($id) {
    $certificate = $repository->get($id);
} else if ($code !== '') {
    $normalised = certificate_code::normalise($code);
    $certificate = $normalised === null ? null : $repository->by_code($normalised);
}

if ($action !== '' && $certificate !== null) {
    require_sesskey();
    $reason = trim(required_param('reason', PARAM_TEXT));
    $back = new moodle_url('/local/sens/certificate.php', ['id' => $certificate->id]);
    if ($reason === '') {
        redirect($back, get_string('certificates:reasonrequired', 'local_sens'), null, \core\output\notification::NOTIFY_ERROR);
    }
    if ($action === 'revoke') {
        $service->revoke((int)$certificate->id, (int)$USER->id, $reason);
        redirect($back, get_string('certificates:revokeddone', 'local_sens', certificate_code::format($certificate->code)),
            null, \core\output\notification::NOTIFY_SUCCESS);
    } else if ($action === 'reissue') {
        $new = $service->reissue((int)$certificate->id, (int)$USER->id, $reason);
        redirect(new moodle_url('/local/sens/certificate.php', ['id' => $new->id]),
            get_string('certificates:issued', 'local_sens', certificate_code::format($new->code)), null,
            \core\output\notification::NOTIFY_SUCCESS);
    }
    throw new invalid_parameter_exception("action: expected revoke or reissue; got '$action'");
}

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('certificates:title', 'local_sens'));
echo $OUTPUT->render_from_template('local_sens/verify', [
    'action' => (new moodle_url('/local/sens/certificate.php'))->out(false),
    'code' => $certificate === null ? $code : certificate_code::format($certificate->code),
    'message' => ($id || $code !== '') && $certificate === null
        ? ['type' => 'danger', 'status' => 'unknown', 'text' => get_string('verify:unknown', 'local_sens')] : null,
    'certificate' => $certificate === null ? null : certificate_view::export($certificate,
        $certificate->replacedby ? $repository->get((int)$certificate->replacedby) : null,
        $certificate->replaces ? $repository->get((int)$certificate->replaces) : null),
]);
if ($certificate !== null) {
    $user = core_user::get_user((int)$certificate->userid);
    echo html_writer::tag('p', get_string('certificates:learner', 'local_sens') . ' : ' . html_writer::link(
        new moodle_url('/user/profile.php', ['id' => $certificate->userid]), $user ? fullname($user) : $certificate->fullname)
        . ' — ' . html_writer::link(certificate_service::download_url($certificate, 'fr'), 'PDF fr') . ' · '
        . html_writer::link(certificate_service::download_url($certificate, 'en'), 'PDF en'));
}
if ($certificate === null) {
    // The latest certificates issued, to pick one without its code.
    $table = new html_table();
    $table->head = [get_string('verify:issued', 'local_sens'), get_string('certificates:learner', 'local_sens'),
        get_string('verify:kind', 'local_sens'), get_string('verify:code', 'local_sens'), ''];
    foreach ($repository->latest(100) as $row) {
        $table->data[] = [userdate((int)$row->timeissued, get_string('strftimedatetimeshort', 'langconfig')),
            s($row->fullname), get_string('certificate:kind:' . $row->kind, 'local_sens'),
            html_writer::link(new moodle_url('/local/sens/certificate.php', ['id' => $row->id]),
                certificate_code::format($row->code)),
            get_string($row->status === 'valid' ? 'verify:valid' : 'verify:revoked', 'local_sens')];
    }
    if ($table->data) {
        echo html_writer::table($table);
    }
}
if ($certificate !== null && $certificate->status === 'valid') {
    echo $OUTPUT->heading(get_string('certificates:actions', 'local_sens'), 3);
    echo html_writer::start_tag('form', ['method' => 'post', 'action' => $PAGE->url->out(false)]);
    echo html_writer::empty_tag('input', ['type' => 'hidden', 'name' => 'sesskey', 'value' => sesskey()]);
    echo html_writer::empty_tag('input', ['type' => 'hidden', 'name' => 'id', 'value' => $certificate->id]);
    echo html_writer::label(get_string('certificates:reason', 'local_sens'), 'local_sens-reason', true, ['class' => 'd-block']);
    echo html_writer::tag('textarea', '', ['id' => 'local_sens-reason', 'name' => 'reason', 'required' => 'required',
        'rows' => 3, 'class' => 'form-control mb-2']);
    echo html_writer::tag('button', get_string('certificates:revoke', 'local_sens'),
        ['type' => 'submit', 'name' => 'action', 'value' => 'revoke', 'class' => 'btn btn-danger me-2']);
    echo html_writer::tag('button', get_string('certificates:reissue', 'local_sens'),
        ['type' => 'submit', 'name' => 'action', 'value' => 'reissue', 'class' => 'btn btn-secondary']);
    echo html_writer::end_tag('form');
}
echo $OUTPUT->footer();
