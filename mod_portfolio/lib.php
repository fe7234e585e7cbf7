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
            return true;
        case FEATURE_GRADE_HAS_GRADE:
        case FEATURE_GROUPS:
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
 * Serve the files of the entry filearea to those allowed to see the entry.
 *
 * @param stdClass $course
 * @param stdClass $cm
 * @param context $context
 * @param string $filearea
 * @param array $args
 * @param bool $forcedownload
 * @param array $options
 * @return bool false if not found, does not return if found.
 */
function sensportfolio_pluginfile($course, $cm, $context, $filearea, $args, $forcedownload, array $options = []) {
    global $DB, $USER;
    if ($context->contextlevel != CONTEXT_MODULE || $filearea !== 'entry') {
        return false;
    }
    require_login($course, true, $cm);
    $entryid = (int)array_shift($args);
    $entry = $DB->get_record('sensportfolio_entry', ['id' => $entryid, 'sensportfolioid' => $cm->instance]);
    if (!$entry) {
        return false;
    }
    if ((int)$entry->userid !== (int)$USER->id) {
        require_capability('mod/sensportfolio:review', $context);
    }
    $fs = get_file_storage();
    $file = $fs->get_file($context->id, 'mod_sensportfolio', 'entry', $entryid, '/' . implode('/', array_slice($args, 0, -1))
        . (count($args) > 1 ? '/' : ''), end($args));
    if (!$file || $file->is_directory()) {
        return false;
    }
    send_stored_file($file, 0, 0, $forcedownload, $options);
}
