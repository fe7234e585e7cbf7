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
 * Moodle callbacks of local_sens.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Status checks of local_sens (Site administration › Reports › System status): level gating is enforced.
 *
 * @return \core\check\check[]
 */
function local_sens_status_checks(): array {
    return [new \local_sens\check\gating()];
}

/**
 * Adds the workshops page (leads, engineers) and the mapping page (those who may map activities) to the course
 * navigation.
 *
 * @param navigation_node $navigation The course node.
 * @param stdClass $course
 * @param context_course $context
 */
function local_sens_extend_navigation_course(navigation_node $navigation, stdClass $course, context_course $context) {
    if (\local_sens\local\permission::can_record_attestation($context)
            || \local_sens\local\permission::can_manage_workshops($context)) {
        $navigation->add(
            get_string('workshops:title', 'local_sens'),
            new moodle_url('/local/sens/workshops.php', ['courseid' => $course->id]),
            navigation_node::TYPE_CUSTOM,
            null,
            'local_sens_workshops',
            new pix_icon('i/calendar', '')
        );
    }
    // The modules and exams report, for teachers of a course whose programme has assessed modules (Mastère, CEC).
    $definition = \local_sens\local\permission::can_view_module_report($context)
        ? \local_sens\api::course_definition((int)$course->id) : null;
    if ($definition !== null && \local_sens\local\assessment\components::units($definition)) {
        $navigation->add(
            get_string('report:title', 'local_sens'),
            new moodle_url('/local/sens/modules.php', ['courseid' => $course->id]),
            navigation_node::TYPE_CUSTOM,
            null,
            'local_sens_modules',
            new pix_icon('i/report', '')
        );
    }
    if (!\local_sens\local\permission::can_manage_mappings($context)) {
        return;
    }
    $navigation->add(
        get_string('mapping:link', 'local_sens'),
        new moodle_url('/local/sens/mapping.php', ['courseid' => $course->id]),
        navigation_node::TYPE_SETTING,
        null,
        'local_sens_mappingpage',
        new pix_icon('i/settings', '')
    );
}

/**
 * Serves a certificate's stored PDF (file area "certificate" of the learner's user context) to the learner it was
 * issued to and to those who may manage certificates; nobody else, whatever the URL. A revoked certificate's file
 * stays available to them (it says what was issued); the verify page tells its status.
 *
 * @param stdClass $course
 * @param stdClass|null $cm
 * @param context $context
 * @param string $filearea
 * @param array $args itemid, filename
 * @param bool $forcedownload
 * @param array $options
 * @return bool false when not found
 */
function local_sens_pluginfile($course, $cm, $context, $filearea, $args, $forcedownload, array $options = []) {
    global $USER;
    if ($filearea !== \local_sens\local\certification\certificate_service::FILEAREA || !$context instanceof context_user) {
        return false;
    }
    require_login(null, false);
    $itemid = (int)array_shift($args);
    $certificate = \core\di::get(\local_sens\local\certification\certificate_repository::class)->get($itemid);
    if ($certificate === null || (int)$certificate->userid !== (int)$context->instanceid) {
        return false;
    }
    if (!\local_sens\local\certification\certificate_service::can_download($certificate, (int)$USER->id)) {
        throw new required_capability_exception(context_system::instance(), 'local/sens:managecertificates', 'nopermissions',
            '');
    }
    $filename = array_pop($args);
    $file = get_file_storage()->get_file($context->id, 'local_sens', $filearea, $itemid, '/', $filename);
    if (!$file) {
        return false;
    }
    send_stored_file($file, 0, 0, true, $options);
}
