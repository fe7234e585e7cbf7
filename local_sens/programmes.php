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
 * Référentiel versions: list, import, view, publish (after the engine's diff), migrate learners.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_sens\local\permission;
use local_sens\local\programme\invalid_definition_exception;
use local_sens\local\programme\programme_import_service;
use local_sens\local\programme\programme_version_repository;
use local_sens\local\programme\programme_version_service;
use local_sens\local\programme\programmes_page;
use local_sens\local\programme\version_migration_service;

$action = optional_param('action', 'list', PARAM_ALPHA);
$id = optional_param('id', 0, PARAM_INT);

admin_externalpage_setup('local_sens_programmes');
permission::require_can_manage_programmes();

$baseurl = new moodle_url(programmes_page::PATH);
$pageurl = new moodle_url(programmes_page::PATH, array_filter(['action' => $action, 'id' => $id]));
$PAGE->set_url($pageurl);
$PAGE->set_title(get_string('programmes', 'local_sens'));
$PAGE->set_heading(get_string('programmes', 'local_sens'));

$page = \core\di::get(programmes_page::class);
$repository = \core\di::get(programme_version_repository::class);
$viewurl = fn(int $versionid) => new moodle_url(programmes_page::PATH, ['action' => 'view', 'id' => $versionid]);

switch ($action) {
    case 'import':
        $form = new \local_sens\form\import_programme_form($pageurl);
        if ($form->is_cancelled()) {
            redirect($baseurl);
        }
        $errorshtml = '';
        $json = $form->get_json();
        if ($json !== null) {
            // The form's own sesskey check has passed (moodleform checks it on submission).
            try {
                $version = \core\di::get(programme_import_service::class)->import($json, (int)$USER->id);
                $a = (object)['programme' => $version->programme, 'version' => $version->version, 'id' => $version->id];
                redirect($viewurl((int)$version->id), get_string($version->duplicate ? 'importduplicate' : 'importdone',
                    'local_sens', $a), null, $version->duplicate ? \core\output\notification::NOTIFY_INFO
                    : \core\output\notification::NOTIFY_SUCCESS);
            } catch (invalid_definition_exception $e) {
                $errorshtml = $OUTPUT->render_from_template('local_sens/programme_errors', $page->errors_context($e->errors));
            }
        }
        echo $OUTPUT->header();
        echo $OUTPUT->heading(get_string('programmes:import', 'local_sens'), 3);
        echo $errorshtml;
        $form->display();
        echo $OUTPUT->footer();
        break;

    case 'view':
        $pagenum = optional_param('page', 0, PARAM_INT);
        $context = $page->version_context($id, $pagenum);
        echo $OUTPUT->header();
        echo $OUTPUT->render_from_template('local_sens/programme_version', $context);
        echo $OUTPUT->paging_bar($context['learnercount'], $pagenum, programmes_page::PERPAGE, $viewurl($id));
        echo $OUTPUT->footer();
        break;

    case 'publish':
        $version = $repository->get($id);
        if (optional_param('confirm', 0, PARAM_BOOL)) {
            require_sesskey();
            try {
                \core\di::get(programme_version_service::class)->publish($id, (int)$USER->id);
            } catch (moodle_exception $e) {
                redirect($viewurl($id), $e->getMessage(), null, \core\output\notification::NOTIFY_ERROR);
            }
            redirect($viewurl($id), get_string('publishdone', 'local_sens',
                (object)['programme' => $version->programme, 'version' => $version->version]),
                null, \core\output\notification::NOTIFY_SUCCESS);
        }
        echo $OUTPUT->header();
        echo $OUTPUT->render_from_template('local_sens/programme_diff', $page->diff_context($id));
        if ($version->status === 'draft') {
            echo $OUTPUT->confirm(
                get_string('programmes:publishconfirm', 'local_sens', $page->version_name($version)),
                new single_button(new moodle_url(programmes_page::PATH, ['action' => 'publish', 'id' => $id, 'confirm' => 1]),
                    get_string('programmes:publish', 'local_sens'), 'post', single_button::BUTTON_PRIMARY),
                $viewurl($id)
            );
        } else {
            echo $OUTPUT->notification(get_string('errorversionnotdraft', 'local_sens', $version->version), 'info');
        }
        echo $OUTPUT->footer();
        break;

    case 'migrate':
    case 'migrateall':
        // Both come from POST forms carrying the sesskey, then a confirmation posted again.
        require_sesskey();
        permission::require_can_manage_enrolments();
        $to = $repository->get(required_param('to', PARAM_INT));
        $migration = \core\di::get(version_migration_service::class);
        if ($action === 'migrate') {
            $enrolmentid = required_param('enrolmentid', PARAM_INT);
            $enrolment = \core\di::get(\local_sens\local\learner\enrolment_repository::class)->get($enrolmentid);
            $fromid = (int)$enrolment->versionid;
            $params = ['action' => 'migrate', 'enrolmentid' => $enrolmentid, 'to' => $to->id];
            $learner = \core_user::get_user($enrolment->userid, '*', MUST_EXIST);
            $question = get_string('programmes:migrateconfirm', 'local_sens', (object)['learner' => fullname($learner),
                'from' => $page->version_name($repository->get($fromid)), 'to' => $page->version_name($to)]);
        } else {
            $fromid = $id;
            $params = ['action' => 'migrateall', 'id' => $fromid, 'to' => $to->id];
            $question = get_string('programmes:migrateallconfirm', 'local_sens', (object)[
                'count' => count($migration->enrolments($fromid)),
                'from' => $page->version_name($repository->get($fromid)), 'to' => $page->version_name($to)]);
        }
        if (optional_param('confirm', 0, PARAM_BOOL)) {
            $count = 1;
            try {
                if ($action === 'migrate') {
                    $migration->migrate($enrolmentid, (int)$to->id, (int)$USER->id);
                } else {
                    $count = $migration->migrate_all($fromid, (int)$to->id, (int)$USER->id);
                }
            } catch (moodle_exception $e) {
                // Refused (not published, other programme, already enrolled there): nothing changed.
                redirect($viewurl($fromid), $e->getMessage(), null, \core\output\notification::NOTIFY_ERROR);
            }
            redirect($viewurl($fromid), get_string('programmes:migrated', 'local_sens', $count), null,
                \core\output\notification::NOTIFY_SUCCESS);
        }
        echo $OUTPUT->header();
        echo $OUTPUT->confirm($question,
            new single_button(new moodle_url(programmes_page::PATH, $params + ['confirm' => 1]),
                get_string('programmes:migrate', 'local_sens'), 'post', single_button::BUTTON_PRIMARY),
            $viewurl($fromid));
        echo $OUTPUT->footer();
        break;

    default:
        echo $OUTPUT->header();
        echo $OUTPUT->render_from_template('local_sens/programme_list', $page->list_context());
        echo $OUTPUT->footer();
}
