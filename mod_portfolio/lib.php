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
 * Library of mod_sensportfolio: the functions Moodle calls on an activity module.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Features this module supports.
 *
 * @param string $feature FEATURE_xx constant
 * @return mixed True, false, null if unknown, or the purpose string.
 */
function sensportfolio_supports($feature) {
    switch ($feature) {
        case FEATURE_MOD_INTRO:
        case FEATURE_BACKUP_MOODLE2:
        case FEATURE_SHOW_DESCRIPTION:
        case FEATURE_COMPLETION_TRACKS_VIEWS:
        case FEATURE_COMPLETION_HAS_RULES:
        case FEATURE_GROUPS:
            return true;
        case FEATURE_GRADE_HAS_GRADE:
            return false;
        case FEATURE_MOD_PURPOSE:
            return MOD_PURPOSE_ASSESSMENT;
        default:
            return null;
    }
}

/**
 * Add an instance.
 *
 * @param stdClass $data Form data.
 * @param mod_sensportfolio_mod_form|null $mform
 * @return int New instance id.
 */
function sensportfolio_add_instance($data, $mform = null) {
    global $DB;
    $data->timecreated = \core\di::get(\core\clock::class)->time();
    $data->timemodified = $data->timecreated;
    return $DB->insert_record('sensportfolio', $data);
}

/**
 * Update an instance.
 *
 * @param stdClass $data Form data.
 * @param mod_sensportfolio_mod_form|null $mform
 * @return bool
 */
function sensportfolio_update_instance($data, $mform = null) {
    global $DB;
    $data->id = $data->instance;
    $data->timemodified = \core\di::get(\core\clock::class)->time();
    return $DB->update_record('sensportfolio', $data);
}

/**
 * Delete an instance and everything in it.
 *
 * @param int $id Instance id.
 * @return bool
 */
function sensportfolio_delete_instance($id) {
    global $DB;
    if (!$DB->record_exists('sensportfolio', ['id' => $id])) {
        return false;
    }
    $cm = get_coursemodule_from_instance('sensportfolio', $id);
    if ($cm) {
        $fs = get_file_storage();
        $contextid = context_module::instance($cm->id)->id;
        $fs->delete_area_files($contextid, 'mod_sensportfolio', 'entry');
        $fs->delete_area_files($contextid, 'mod_sensportfolio', 'submission');
        $fs->delete_area_files($contextid, 'mod_sensportfolio', 'minutes');
    }
    $DB->delete_records_select('sensportfolio_sessiondec',
        'sessionid IN (SELECT id FROM {sensportfolio_session} WHERE sensportfolioid = ?)', [$id]);
    $DB->delete_records('sensportfolio_session', ['sensportfolioid' => $id]);
    $submissionids = $DB->get_fieldset_select('sensportfolio_submission', 'id', 'sensportfolioid = ?', [$id]);
    if ($submissionids) {
        [$insql, $params] = $DB->get_in_or_equal($submissionids);
        $DB->delete_records_select('sensportfolio_review', "submissionid $insql", $params);
    }
    $DB->delete_records('sensportfolio_submission', ['sensportfolioid' => $id]);
    $DB->delete_records('sensportfolio_entry', ['sensportfolioid' => $id]);
    $DB->delete_records('sensportfolio', ['id' => $id]);
    return true;
}

/**
 * Serve the files of an entry (to its learner, and to the jury) and of a submission (to its learner and the jury).
 *
 * @param stdClass $course
 * @param stdClass $cm
 * @param context $context
 * @param string $filearea entry or submission
 * @param array $args itemid, then path and file name
 * @param bool $forcedownload
 * @param array $options
 * @return bool false if not found, does not return if found.
 */
function sensportfolio_pluginfile($course, $cm, $context, $filearea, $args, $forcedownload, array $options = []) {
    global $USER;
    if ($context->contextlevel != CONTEXT_MODULE || !in_array($filearea, ['entry', 'submission', 'minutes'], true)) {
        return false;
    }
    require_login($course, true, $cm);
    require_capability('mod/sensportfolio:view', $context);
    $itemid = (int)array_shift($args);
    if (!sensportfolio_file_access($cm, $context, $filearea, $itemid, (int)$USER->id)) {
        return false;
    }
    $filename = array_pop($args);
    $filepath = $args ? '/' . implode('/', $args) . '/' : '/';
    $file = get_file_storage()->get_file($context->id, 'mod_sensportfolio', $filearea, $itemid, $filepath, $filename);
    if (!$file || $file->is_directory()) {
        return false;
    }
    send_stored_file($file, 0, 0, $forcedownload, $options);
}

/**
 * Whether a user may read the files of an entry or a submission: it belongs to this activity, and the user is its
 * learner or a jury member (mod/sensportfolio:review).
 *
 * @param stdClass|cm_info $cm
 * @param context $context The activity's context.
 * @param string $filearea entry or submission
 * @param int $itemid Entry or submission id.
 * @param int $userid
 * @return bool
 */
function sensportfolio_file_access($cm, $context, string $filearea, int $itemid, int $userid): bool {
    global $DB;
    if ($filearea === 'minutes') {
        // The minutes of a deliberation session: the jury's.
        return $DB->record_exists('sensportfolio_session', ['id' => $itemid, 'sensportfolioid' => $cm->instance])
            && has_capability('mod/sensportfolio:review', $context, $userid);
    }
    $tables = ['entry' => 'sensportfolio_entry', 'submission' => 'sensportfolio_submission'];
    if (!isset($tables[$filearea])) {
        return false;
    }
    $owner = $DB->get_field($tables[$filearea], 'userid', ['id' => $itemid, 'sensportfolioid' => $cm->instance]);
    if ($owner === false) {
        return false;
    }
    return (int)$owner === $userid || has_capability('mod/sensportfolio:review', $context, $userid);
}

/**
 * Course module info: the custom completion rule "portfolio accepted" when set.
 *
 * @param stdClass $coursemodule
 * @return cached_cm_info|false
 */
function sensportfolio_get_coursemodule_info($coursemodule) {
    global $DB;
    $instance = $DB->get_record('sensportfolio', ['id' => $coursemodule->instance],
        'id, name, intro, introformat, completionaccepted');
    if (!$instance) {
        return false;
    }
    $info = new cached_cm_info();
    $info->name = $instance->name;
    if ($coursemodule->showdescription) {
        $info->content = format_module_intro('sensportfolio', $instance, $coursemodule->id, false);
    }
    if ($coursemodule->completion == COMPLETION_TRACKING_AUTOMATIC) {
        $info->customdata['customcompletionrules']['completionaccepted'] = (int)$instance->completionaccepted;
    }
    return $info;
}

/**
 * Course reset form: remove the portfolios' entries, submissions and reviews.
 *
 * @param MoodleQuickForm $mform
 */
function sensportfolio_reset_course_form_definition(&$mform) {
    $mform->addElement('header', 'sensportfolioheader', get_string('modulenameplural', 'sensportfolio'));
    $mform->addElement('advcheckbox', 'reset_sensportfolio', get_string('resetportfolios', 'sensportfolio'));
}

/**
 * Course reset form defaults.
 *
 * @param stdClass $course
 * @return array
 */
function sensportfolio_reset_course_form_defaults($course) {
    return ['reset_sensportfolio' => 1];
}

/**
 * Reset the user data of the course's portfolios: entries, submissions, reviews and their files.
 *
 * @param stdClass $data The reset form data (courseid, reset_sensportfolio).
 * @return array Status lines.
 */
function sensportfolio_reset_userdata($data) {
    global $DB;
    if (empty($data->reset_sensportfolio)) {
        return [];
    }
    $fs = get_file_storage();
    foreach ($DB->get_records('sensportfolio', ['course' => $data->courseid], '', 'id') as $instance) {
        $cm = get_coursemodule_from_instance('sensportfolio', $instance->id, $data->courseid);
        if ($cm) {
            $contextid = context_module::instance($cm->id)->id;
            $fs->delete_area_files($contextid, 'mod_sensportfolio', 'entry');
            $fs->delete_area_files($contextid, 'mod_sensportfolio', 'submission');
            $fs->delete_area_files($contextid, 'mod_sensportfolio', 'minutes');
        }
        $DB->delete_records_select('sensportfolio_sessiondec',
            'sessionid IN (SELECT id FROM {sensportfolio_session} WHERE sensportfolioid = ?)', [$instance->id]);
        $DB->delete_records('sensportfolio_session', ['sensportfolioid' => $instance->id]);
        $DB->delete_records_select('sensportfolio_review',
            'submissionid IN (SELECT id FROM {sensportfolio_submission} WHERE sensportfolioid = ?)', [$instance->id]);
        $DB->delete_records('sensportfolio_submission', ['sensportfolioid' => $instance->id]);
        $DB->delete_records('sensportfolio_entry', ['sensportfolioid' => $instance->id]);
    }
    return [[
        'component' => get_string('modulenameplural', 'sensportfolio'),
        'item' => get_string('resetportfolios', 'sensportfolio'),
        'error' => false,
    ]];
}
