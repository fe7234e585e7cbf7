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
 * Deliberation sessions of the jury (mod/sensportfolio:review to read, :decide to open one). The president records
 * the decisions of every candidate beside the engine's proposal in one batch, then closes the session: the minutes
 * PDF is stored with its hash and the session is read-only. Every change needs the session key.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use mod_sensportfolio\local\deliberation\deliberation_service;
use mod_sensportfolio\local\jury\jury_service;

require(__DIR__ . '/../../config.php');

$id = required_param('id', PARAM_INT);
$sessionid = optional_param('sessionid', 0, PARAM_INT);
$action = optional_param('action', '', PARAM_ALPHA);
[$course, $cm] = get_course_and_cm_from_cmid($id, 'sensportfolio');
$instance = $DB->get_record('sensportfolio', ['id' => $cm->instance], '*', MUST_EXIST);

require_login($course, false, $cm);
$context = context_module::instance($cm->id);
require_capability('mod/sensportfolio:review', $context);

$service = \core\di::get(deliberation_service::class);
$url = new moodle_url('/mod/sensportfolio/deliberation.php', ['id' => $cm->id] + ($sessionid ? ['sessionid' => $sessionid] : []));
$PAGE->set_url($url);
$PAGE->set_title(format_string($instance->name) . ': ' . get_string('deliberation', 'mod_sensportfolio'));
$PAGE->set_heading(format_string($course->fullname));

if ($action === 'create') {
    require_sesskey();
    $newid = $service->create($instance, $context, (int)$USER->id, required_param('name', PARAM_TEXT),
        optional_param('members', '', PARAM_TEXT));
    redirect(new moodle_url('/mod/sensportfolio/deliberation.php', ['id' => $cm->id, 'sessionid' => $newid]));
}

$session = $sessionid ? $service->get($sessionid, (int)$instance->id) : null;
$candidates = $session ? $service->candidates($instance, $context) : [];
$error = '';
if ($session && $action === 'record') {
    require_sesskey();
    $batch = [];
    foreach (array_keys($candidates) as $candidateid) {
        $batch[$candidateid] = [
            'decision' => optional_param('decision_' . $candidateid, '', PARAM_ALPHA),
            'justification' => optional_param('justification_' . $candidateid, '', PARAM_TEXT),
        ];
    }
    try {
        $service->record($session, (int)$USER->id, $batch, $candidates);
        redirect($url, get_string('decisionsrecorded', 'mod_sensportfolio'), null, \core\output\notification::NOTIFY_SUCCESS);
    } catch (invalid_parameter_exception $e) {
        $error = $e->debuginfo ?: $e->getMessage();
    }
}
if ($session && $action === 'close') {
    require_sesskey();
    $service->close($session, (int)$USER->id, $instance, $context);
    redirect($url, get_string('sessionclosednow', 'mod_sensportfolio'), null, \core\output\notification::NOTIFY_SUCCESS);
}

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('deliberation', 'mod_sensportfolio'));
if (!$session) {
    $items = [];
    foreach ($service->sessions((int)$instance->id) as $s) {
        $items[] = html_writer::link(new moodle_url($url, ['sessionid' => $s->id]), s($s->name)) . ' — '
            . get_string('sessionstatus:' . $s->status, 'mod_sensportfolio');
    }
    echo $items ? html_writer::alist($items) : html_writer::tag('p', get_string('nosessions', 'mod_sensportfolio'));
    if (has_capability('mod/sensportfolio:decide', $context)) {
        echo html_writer::start_tag('form', ['method' => 'post', 'action' => $url->out(false), 'class' => 'mt-3']);
        echo html_writer::empty_tag('input', ['type' => 'hidden', 'name' => 'sesskey', 'value' => sesskey()]);
        echo html_writer::empty_tag('input', ['type' => 'hidden', 'name' => 'action', 'value' => 'create']);
        echo html_writer::label(get_string('sessionname', 'mod_sensportfolio'), 'sensportfolio-sessionname');
        echo html_writer::empty_tag('input', ['type' => 'text', 'name' => 'name', 'id' => 'sensportfolio-sessionname',
            'class' => 'form-control mb-2', 'required' => 'required', 'maxlength' => 255]);
        echo html_writer::label(get_string('jurymembers', 'mod_sensportfolio'), 'sensportfolio-members');
        echo html_writer::empty_tag('input', ['type' => 'text', 'name' => 'members', 'id' => 'sensportfolio-members',
            'class' => 'form-control mb-2']);
        echo html_writer::tag('button', get_string('opensession', 'mod_sensportfolio'), ['type' => 'submit',
            'class' => 'btn btn-primary']);
        echo html_writer::end_tag('form');
    }
    echo $OUTPUT->footer();
    die;
}

$decisions = $service->decisions((int)$session->id);
$president = core_user::get_user((int)$session->presidentid);
$editable = $session->status === 'open' && (int)$session->presidentid === (int)$USER->id;
echo html_writer::tag('p', s($session->name) . ' — ' . get_string('president', 'mod_sensportfolio') . ' : '
    . s($president ? fullname($president) : '') . ' — ' . get_string('sessionstatus:' . $session->status, 'mod_sensportfolio'),
    ['data-session-status' => $session->status]);
if ($error !== '') {
    echo $OUTPUT->notification(get_string('decisionsnotrecorded', 'mod_sensportfolio', $error), 'error');
}
if ($session->status === 'closed') {
    $fileurl = moodle_url::make_pluginfile_url($context->id, 'mod_sensportfolio', deliberation_service::FILEAREA,
        $session->id, '/', 'proces-verbal-' . $session->id . '.pdf');
    echo html_writer::tag('p', html_writer::link($fileurl, get_string('minutes', 'mod_sensportfolio'))
        . ' — SHA-256 ' . html_writer::tag('code', s($session->minuteshash)));
}
$choices = ['' => get_string('choosedots')];
foreach (jury_service::DECISIONS as $code) {
    $choices[$code] = get_string('decision:' . $code, 'mod_sensportfolio');
}
$table = new html_table();
$table->head = [get_string('candidate', 'mod_sensportfolio'), get_string('proposal', 'mod_sensportfolio'),
    get_string('decision', 'mod_sensportfolio'), get_string('justification', 'mod_sensportfolio')];
foreach ($candidates as $candidateid => $candidate) {
    $recorded = $decisions[$candidateid] ?? null;
    $proposal = html_writer::tag('strong', get_string('decision:' . $candidate['proposal'], 'mod_sensportfolio'))
        . html_writer::alist(array_map('s', $candidate['reasons']), ['class' => 'small']);
    if ($editable) {
        $decision = html_writer::select($choices, 'decision_' . $candidateid, $recorded->decision ?? '', false,
            ['id' => 'decision_' . $candidateid, 'aria-label' => get_string('decision', 'mod_sensportfolio') . ' — '
            . $candidate['fullname']]);
        $justification = html_writer::tag('textarea', s($recorded->justification ?? ''), ['name' => 'justification_'
            . $candidateid, 'rows' => 2, 'class' => 'form-control', 'aria-label' => get_string('justification',
            'mod_sensportfolio') . ' — ' . $candidate['fullname']]);
    } else {
        $decision = $recorded ? get_string('decision:' . $recorded->decision, 'mod_sensportfolio') : '—';
        $justification = s($recorded->justification ?? '');
    }
    $table->data[] = [s($candidate['fullname']), $proposal, $decision, $justification];
}
if ($editable) {
    echo html_writer::start_tag('form', ['method' => 'post', 'action' => $url->out(false)]);
    echo html_writer::empty_tag('input', ['type' => 'hidden', 'name' => 'sesskey', 'value' => sesskey()]);
    echo html_writer::empty_tag('input', ['type' => 'hidden', 'name' => 'action', 'value' => 'record']);
}
echo html_writer::table($table);
if ($editable) {
    echo html_writer::tag('button', get_string('recorddecisions', 'mod_sensportfolio'), ['type' => 'submit',
        'class' => 'btn btn-primary']);
    echo html_writer::end_tag('form');
    echo html_writer::start_tag('form', ['method' => 'post', 'action' => $url->out(false), 'class' => 'mt-3']);
    echo html_writer::empty_tag('input', ['type' => 'hidden', 'name' => 'sesskey', 'value' => sesskey()]);
    echo html_writer::empty_tag('input', ['type' => 'hidden', 'name' => 'action', 'value' => 'close']);
    echo html_writer::tag('button', get_string('closesession', 'mod_sensportfolio'), ['type' => 'submit',
        'class' => 'btn btn-secondary']);
    echo html_writer::end_tag('form');
}
echo $OUTPUT->footer();
