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
 * Settings form of a SENS portfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

require_once($CFG->dirroot . '/course/moodleform_mod.php');

/**
 * Settings form of a SENS portfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class mod_sensportfolio_mod_form extends moodleform_mod {

    /**
     * Define the form.
     */
    public function definition() {
        global $CFG;
        $mform = $this->_form;
        $mform->addElement('header', 'general', get_string('general', 'form'));
        $mform->addElement('text', 'name', get_string('name'), ['size' => '64']);
        $mform->setType('name', PARAM_TEXT);
        $mform->addRule('name', null, 'required', null, 'client');
        $mform->addRule('name', get_string('maximumchars', '', 255), 'maxlength', 255, 'client');
        $this->standard_intro_elements();
        $mform->addElement('textarea', 'criteria', get_string('criteria', 'sensportfolio'), ['rows' => 6, 'cols' => 60]);
        $mform->setType('criteria', PARAM_TEXT);
        $mform->addHelpButton('criteria', 'criteria', 'sensportfolio');
        $mform->addElement('text', 'unit', get_string('unit', 'sensportfolio'), ['size' => '30']);
        $mform->setType('unit', PARAM_RAW_TRIMMED);
        $mform->addHelpButton('unit', 'unit', 'sensportfolio');

        $mform->addElement('header', 'filesettings', get_string('filesettings', 'sensportfolio'));
        $choices = get_max_upload_sizes($CFG->maxbytes, $this->get_course()->maxbytes);
        $mform->addElement('select', 'maxbytes', get_string('maxbytes', 'sensportfolio'), $choices);
        $mform->setDefault('maxbytes', 0);
        $mform->addElement('text', 'maxfiles', get_string('maxfiles', 'sensportfolio'), ['size' => '4']);
        $mform->setType('maxfiles', PARAM_INT);
        $mform->setDefault('maxfiles', 5);
        $mform->addRule('maxfiles', null, 'numeric', null, 'client');
        $mform->addElement('filetypes', 'filetypes', get_string('filetypes', 'sensportfolio'));
        $mform->addHelpButton('filetypes', 'filetypes', 'sensportfolio');

        $this->standard_coursemodule_elements();
        $this->add_action_buttons();
    }

    /**
     * Check the settings.
     *
     * @param array $data
     * @param array $files
     * @return array Errors by field.
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        if (isset($data['maxfiles']) && ((int)$data['maxfiles'] < 0 || (int)$data['maxfiles'] > 100)) {
            $errors['maxfiles'] = get_string('error:maxfiles', 'sensportfolio');
        }
        return $errors;
    }

    /**
     * The custom completion rule "portfolio accepted".
     *
     * @return string[] Element names.
     */
    public function add_completion_rules() {
        $mform = $this->_form;
        $name = 'completionaccepted' . $this->get_suffix();
        $mform->addElement('advcheckbox', $name, get_string('completionaccepted', 'sensportfolio'),
            get_string('completionaccepted_desc', 'sensportfolio'));
        return [$name];
    }

    /**
     * Whether the custom rule is set.
     *
     * @param array $data
     * @return bool
     */
    public function completion_rule_enabled($data) {
        return !empty($data['completionaccepted' . $this->get_suffix()]);
    }
}
