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
 * Import of a programme definition: a JSON file, or the JSON pasted.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class import_programme_form extends \moodleform {

    /**
     * Form fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'action', 'import');
        $mform->setType('action', PARAM_ALPHA);

        $mform->addElement('filepicker', 'definitionfile', get_string('programmes:file', 'local_sens'), null,
            ['accepted_types' => ['.json'], 'maxbytes' => 0]);
        $mform->addHelpButton('definitionfile', 'programmes:file', 'local_sens');

        $mform->addElement('textarea', 'definitionjson', get_string('programmes:json', 'local_sens'),
            ['rows' => 12, 'cols' => 80, 'spellcheck' => 'false', 'class' => 'text-monospace']);
        $mform->setType('definitionjson', PARAM_RAW);

        $this->add_action_buttons(true, get_string('programmes:import', 'local_sens'));
    }

    /**
     * Exactly one source: a file or pasted JSON.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        $hasfile = $this->has_file((int)($data['definitionfile'] ?? 0));
        $hastext = trim($data['definitionjson'] ?? '') !== '';
        if (!$hasfile && !$hastext) {
            $errors['definitionfile'] = get_string('programmes:nosource', 'local_sens');
        } else if ($hasfile && $hastext) {
            $errors['definitionjson'] = get_string('programmes:twosources', 'local_sens');
        }
        return $errors;
    }

    /**
     * The JSON given, from the file or the text area.
     *
     * @return string|null Null when the form was not submitted and valid.
     */
    public function get_json(): ?string {
        $data = $this->get_data();
        if ($data === null) {
            return null;
        }
        $content = $this->get_file_content('definitionfile');
        return $content !== false && $content !== '' ? $content : (string)$data->definitionjson;
    }

    /**
     * Whether the draft area of the file picker holds a file.
     *
     * @param int $draftitemid
     * @return bool
     */
    private function has_file(int $draftitemid): bool {
        global $USER;
        if ($draftitemid === 0) {
            return false;
        }
        $fs = get_file_storage();
        return !$fs->is_area_empty(\context_user::instance($USER->id)->id, 'user', 'draft', $draftitemid, false);
    }
}
