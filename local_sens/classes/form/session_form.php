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

/**
 * Date, time, room and leads of a workshop session. Custom data: leads (user id => full name of the course's users
 * who may attest).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class session_form extends \moodleform {

    /**
     * Form fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'id');
        $mform->setType('id', PARAM_INT);
        // A new teaching session: the course, the unit taught and a title; its end is required (its duration counts).
        $units = $this->_customdata['units'] ?? null;
        $teaching = $units !== null || !empty($this->_customdata['teaching']);
        if ($units !== null) {
            $mform->addElement('hidden', 'courseid');
            $mform->setType('courseid', PARAM_INT);
            $mform->addElement('select', 'unit', get_string('session:unit', 'local_sens'), $units);
            $mform->addRule('unit', null, 'required', null, 'client');
            $mform->addElement('text', 'title', get_string('session:titlefield', 'local_sens'), ['size' => 40, 'maxlength' => 255]);
            $mform->setType('title', PARAM_TEXT);
        }
        $mform->addElement('date_time_selector', 'timestart', get_string('session:timestart', 'local_sens'));
        $mform->addRule('timestart', null, 'required', null, 'client');
        $mform->addElement('date_time_selector', 'timeend', get_string('session:timeend', 'local_sens'),
            ['optional' => !$teaching]);
        $mform->addElement('text', 'room', get_string('session:room', 'local_sens'), ['size' => 40, 'maxlength' => 255]);
        $mform->setType('room', PARAM_TEXT);
        $mform->addElement('autocomplete', 'leads', get_string('session:leads', 'local_sens'), $this->_customdata['leads'],
            ['multiple' => true, 'noselectionstring' => get_string('session:noleads', 'local_sens')]);
        $this->add_action_buttons();
    }

    /**
     * End after start; leads among those offered.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        if (!empty($data['timeend']) && $data['timeend'] < $data['timestart']) {
            $errors['timeend'] = get_string('session:errorend', 'local_sens');
        }
        $teaching = isset($this->_customdata['units']) || !empty($this->_customdata['teaching']);
        if ($teaching && (empty($data['timeend']) || $data['timeend'] - $data['timestart'] < MINSECS)) {
            $errors['timeend'] = get_string('session:errorduration', 'local_sens');
        }
        if (isset($this->_customdata['units']) && !isset($this->_customdata['units'][$data['unit'] ?? ''])) {
            $errors['unit'] = get_string('session:errorunit', 'local_sens', s($data['unit'] ?? ''));
        }
        foreach ($data['leads'] ?? [] as $lead) {
            if (!isset($this->_customdata['leads'][$lead])) {
                $errors['leads'] = get_string('session:errorlead', 'local_sens', s($lead));
            }
        }
        return $errors;
    }
}
