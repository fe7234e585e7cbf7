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
 * Submit the learner's portfolio to the jury (POST with the session key). The server refuses unless the rules
 * engine's stored decision says the portfolio unit is open.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use mod_sensportfolio\local\submission\submission_service;

require(__DIR__ . '/../../config.php');

$id = required_param('id', PARAM_INT);
[$course, $cm] = get_course_and_cm_from_cmid($id, 'sensportfolio');
$instance = $DB->get_record('sensportfolio', ['id' => $cm->instance], '*', MUST_EXIST);

require_login($course, false, $cm);
$context = context_module::instance($cm->id);
require_capability('mod/sensportfolio:submit', $context);
require_sesskey();
$PAGE->set_url('/mod/sensportfolio/submit.php', ['id' => $cm->id]);

$viewurl = new moodle_url('/mod/sensportfolio/view.php', ['id' => $cm->id]);
$service = \core\di::get(submission_service::class);
$gate = $service->gate($instance, (int)$USER->id);
if (!$gate['allowed']) {
    redirect($viewurl, get_string('cannotsubmit', 'mod_sensportfolio', implode(' ', $gate['reasons'])), null,
        \core\output\notification::NOTIFY_ERROR);
}
$service->submit($instance, $context, (int)$USER->id);
redirect($viewurl, get_string('submitted', 'mod_sensportfolio'), null, \core\output\notification::NOTIFY_SUCCESS);
