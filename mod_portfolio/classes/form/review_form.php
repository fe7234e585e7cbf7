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
 * The jury's decision on a submission: each criterion met or not with a comment, the decision (one of the shared
 * list), feedback for the learner, a private note for the jury.
 *
 * Custom data: criteria (list of {id, title}), decisions (list of decision codes), submitlabel (optional).
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class review_form extends \moodleform {

    /**
     * Define the form.
     */
    public function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'id');
        $mform->setType('id', PARAM_INT);
        $mform->addElement('hidden', 'submissionid');
        $mform->setType('submissionid', PARAM_INT);

        $mform->addElement('header', 'criteriaheader', get_string('criteria', 'mod_sensportfolio'));
        foreach ($this->_customdata['criteria'] ?? [] as $i => $criterion) {
            $group = [
                $mform->createElement('advcheckbox', "met[$i]", '', get_string('criterionmet', 'mod_sensportfolio')),
                $mform->createElement('text', "comment[$i]", get_string('criterioncomment', 'mod_sensportfolio'),
                    ['size' => 50, 'placeholder' => get_string('criterioncomment', 'mod_sensportfolio')]),
            ];
            $mform->addGroup($group, "criterion$i", s($criterion['title']), ' ', false);
            $mform->setType("comment[$i]", PARAM_TEXT);
        }

        $mform->addElement('header', 'decisionheader', get_string('decision', 'mod_sensportfolio'));
        $choices = ['' => get_string('choosedots')];
        foreach ($this->_customdata['decisions'] ?? [] as $decision) {
            $choices[$decision] = get_string('decision:' . $decision, 'mod_sensportfolio');
        }
        $mform->addElement('select', 'decision', get_string('decision', 'mod_sensportfolio'), $choices);
        $mform->addRule('decision', null, 'required', null, 'client');
        // A graded dossier (a mémoire): the jury's grade on the programme's maximum.
        $grading = $this->_customdata['grading'] ?? null;
        if ($grading !== null) {
            $label = get_string('jurygradelabel', 'mod_sensportfolio', format_float($grading['max'], -1));
            $mform->addElement('text', 'grade', $label, ['size' => 6, 'inputmode' => 'decimal']);
            $mform->setType('grade', PARAM_RAW_TRIMMED);
            $mform->addHelpButton('grade', 'jurygrade', 'mod_sensportfolio');
        }
        $mform->addElement('textarea', 'feedback', get_string('feedback', 'mod_sensportfolio'), ['rows' => 5, 'cols' => 60]);
        $mform->setType('feedback', PARAM_TEXT);
        $mform->addHelpButton('feedback', 'feedback', 'mod_sensportfolio');
        $mform->addElement('textarea', 'note', get_string('jurynote', 'mod_sensportfolio'), ['rows' => 3, 'cols' => 60]);
        $mform->setType('note', PARAM_TEXT);
        $mform->addHelpButton('note', 'jurynote', 'mod_sensportfolio');

        $this->add_action_buttons(true, $this->_customdata['submitlabel'] ?? get_string('recorddecision', 'mod_sensportfolio'));
    }

    /**
     * Check the decision.
     *
     * @param array $data
     * @param array $files
     * @return array Errors by field.
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        if (!in_array($data['decision'] ?? '', $this->_customdata['decisions'] ?? [], true)) {
            $errors['decision'] = get_string('error:decision', 'mod_sensportfolio');
        }
        if (($data['decision'] ?? '') !== 'accepted' && trim((string)($data['feedback'] ?? '')) === '') {
            $errors['feedback'] = get_string('error:feedbackrequired', 'mod_sensportfolio');
        }
        if (isset($this->_customdata['grading'])) {
            $grade = self::grade_of($data['grade'] ?? '');
            $grading = $this->_customdata['grading'];
            try {
                \mod_sensportfolio\local\jury\jury_service::check_grade(['jury' => ['max' => $grading['max'],
                    'passMark' => $grading['passmark']]], (string)($data['decision'] ?? ''), $grade === false ? null : $grade);
                if ($grade === false) {
                    $errors['grade'] = get_string('error:graderange', 'mod_sensportfolio',
                        format_float($this->_customdata['grading']['max'], -1));
                }
            } catch (\invalid_parameter_exception $e) {
                $errors['grade'] = preg_replace('/^.*grade: /', '', $e->getMessage());
            }
        }
        return $errors;
    }

    /**
     * The grade typed (a decimal point or comma), null when empty, false when not a number.
     *
     * @param string $value
     * @return float|null|false
     */
    public static function grade_of(string $value) {
        $value = str_replace(',', '.', trim($value));
        if ($value === '') {
            return null;
        }
        return is_numeric($value) ? (float)$value : false;
    }
}
