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
namespace mod_sensportfolio\form;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');

/**
 * Add or edit an evidence entry: title, text, date, référentiel items (searchable, domain › level › item), files.
 *
 * Custom data: options (item id => label), fileoptions (entry_repository::file_options()).
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class entry_form extends \moodleform {

    /** @var int Longest title. */
    private const TITLE_MAX = 255;

    /**
     * Editor options: no embedded files (files go in the file manager).
     *
     * @return array
     */
    public static function editor_options(): array {
        return ['maxfiles' => 0, 'noclean' => false, 'trusttext' => false];
    }

    /**
     * Define the form.
     */
    public function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'id');
        $mform->setType('id', PARAM_INT);
        $mform->addElement('hidden', 'entryid');
        $mform->setType('entryid', PARAM_INT);

        $mform->addElement('text', 'title', get_string('entrytitle', 'mod_sensportfolio'),
            ['size' => 60, 'maxlength' => self::TITLE_MAX, 'data-maxlength' => self::TITLE_MAX]);
        $mform->setType('title', PARAM_TEXT);
        $mform->addRule('title', null, 'required', null, 'client');
        $mform->addRule('title', get_string('maximumchars', '', self::TITLE_MAX), 'maxlength', self::TITLE_MAX, 'client');

        $mform->addElement('editor', 'content_editor', get_string('entrytext', 'mod_sensportfolio'), null,
            self::editor_options());
        $mform->setType('content_editor', PARAM_RAW);

        $mform->addElement('date_selector', 'entrydate', get_string('entrydate', 'mod_sensportfolio'));

        $options = $this->_customdata['options'] ?? [];
        $mform->addElement('autocomplete', 'competences', get_string('entrycompetences', 'mod_sensportfolio'), $options, [
            'multiple' => true,
            'noselectionstring' => get_string('entrycompetences_none', 'mod_sensportfolio'),
        ]);
        $mform->addHelpButton('competences', 'entrycompetences', 'mod_sensportfolio');

        $mform->addElement('filemanager', 'attachments_filemanager', get_string('entryfiles', 'mod_sensportfolio'), null,
            $this->_customdata['fileoptions'] ?? []);

        $this->add_action_buttons(true, get_string('saveentry', 'mod_sensportfolio'));
    }

    /**
     * Check the entry.
     *
     * @param array $data
     * @param array $files
     * @return array Errors by field.
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        if (trim((string)($data['title'] ?? '')) === '') {
            $errors['title'] = get_string('required');
        }
        $unknown = array_diff((array)($data['competences'] ?? []), array_keys($this->_customdata['options'] ?? []));
        if ($unknown) {
            $errors['competences'] = get_string('error:unknownitems', 'mod_sensportfolio', implode(', ', $unknown));
        }
        return $errors;
    }
}
