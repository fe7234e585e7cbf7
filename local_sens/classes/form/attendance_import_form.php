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

namespace local_sens\form;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');
require_once($CFG->libdir . '/csvlib.class.php');

/**
 * Upload of a teaching session's attendance as a CSV file (attendance_import.php).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class attendance_import_form extends \moodleform {

    /**
     * Form fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'sessionid');
        $mform->setType('sessionid', PARAM_INT);
        $mform->addElement('hidden', 'unit');
        $mform->setType('unit', PARAM_TEXT);
        $mform->addElement('static', 'format', get_string('import:format', 'local_sens'),
            get_string('import:formathelp', 'local_sens'));
        $mform->addElement('filepicker', 'csvfile', get_string('import:file', 'local_sens'), null,
            ['accepted_types' => ['.csv', '.txt'], 'maxfiles' => 1]);
        $mform->addRule('csvfile', null, 'required', null, 'client');
        $mform->addElement('select', 'delimiter', get_string('import:delimiter', 'local_sens'),
            \csv_import_reader::get_delimiter_list());
        $mform->setDefault('delimiter', 'comma');
        $mform->addElement('select', 'encoding', get_string('import:encoding', 'local_sens'), \core_text::get_encodings());
        $mform->setDefault('encoding', 'UTF-8');
        $this->add_action_buttons(true, get_string('import:submit', 'local_sens'));
    }
}
