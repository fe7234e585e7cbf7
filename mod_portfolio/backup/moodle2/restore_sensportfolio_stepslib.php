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
 * Restore structure of mod_sensportfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Restore structure step: the activity, and with user data its entries, submissions and reviews.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class restore_sensportfolio_activity_structure_step extends restore_activity_structure_step {

    /**
     * Paths to restore.
     *
     * @return restore_path_element[]
     */
    protected function define_structure() {
        $paths = [new restore_path_element('sensportfolio', '/activity/sensportfolio')];
        if ($this->get_setting_value('userinfo')) {
            $paths[] = new restore_path_element('sensportfolio_entry', '/activity/sensportfolio/entries/entry');
            $paths[] = new restore_path_element('sensportfolio_submission', '/activity/sensportfolio/submissions/submission');
            $paths[] = new restore_path_element('sensportfolio_review',
                '/activity/sensportfolio/submissions/submission/reviews/review');
            $paths[] = new restore_path_element('sensportfolio_session', '/activity/sensportfolio/sessions/session');
            $paths[] = new restore_path_element('sensportfolio_sessiondec',
                '/activity/sensportfolio/sessions/session/sessiondecs/sessiondec');
        }
        return $this->prepare_activity_structure($paths);
    }

    /**
     * Restore the activity record.
     *
     * @param array $data
     */
    protected function process_sensportfolio($data) {
        global $DB;
        $data = (object)$data;
        $data->course = $this->get_courseid();
        $newid = $DB->insert_record('sensportfolio', $data);
        $this->apply_activity_instance($newid);
    }

    /**
     * Restore an evidence entry.
     *
     * @param array $data
     */
    protected function process_sensportfolio_entry($data) {
        global $DB;
        $data = (object)$data;
        $oldid = $data->id;
        $data->sensportfolioid = $this->get_new_parentid('sensportfolio');
        $data->userid = $this->get_mappingid('user', $data->userid);
        $newid = $DB->insert_record('sensportfolio_entry', $data);
        $this->set_mapping('sensportfolio_entry', $oldid, $newid, true);
    }

    /**
     * Restore a submission.
     *
     * @param array $data
     */
    protected function process_sensportfolio_submission($data) {
        global $DB;
        $data = (object)$data;
        $oldid = $data->id;
        $data->sensportfolioid = $this->get_new_parentid('sensportfolio');
        $data->userid = $this->get_mappingid('user', $data->userid);
        $newid = $DB->insert_record('sensportfolio_submission', $data);
        $this->set_mapping('sensportfolio_submission', $oldid, $newid, true);
    }

    /**
     * Restore a jury review.
     *
     * @param array $data
     */
    protected function process_sensportfolio_review($data) {
        global $DB;
        $data = (object)$data;
        $oldid = $data->id;
        $data->submissionid = $this->get_new_parentid('sensportfolio_submission');
        $data->reviewerid = $this->get_mappingid('user', $data->reviewerid);
        $newid = $DB->insert_record('sensportfolio_review', $data);
        $this->set_mapping('sensportfolio_review', $oldid, $newid);
    }

    /**
     * Restore a deliberation session.
     *
     * @param array $data
     */
    protected function process_sensportfolio_session($data) {
        global $DB;
        $data = (object)$data;
        $oldid = $data->id;
        $data->sensportfolioid = $this->get_new_parentid('sensportfolio');
        $data->presidentid = $this->get_mappingid('user', $data->presidentid) ?: 0;
        $newid = $DB->insert_record('sensportfolio_session', $data);
        $this->set_mapping('sensportfolio_session', $oldid, $newid, true);
    }

    /**
     * Restore a decision of a deliberation session.
     *
     * @param array $data
     */
    protected function process_sensportfolio_sessiondec($data) {
        global $DB;
        $data = (object)$data;
        $data->sessionid = $this->get_new_parentid('sensportfolio_session');
        $data->userid = $this->get_mappingid('user', $data->userid);
        $DB->insert_record('sensportfolio_sessiondec', $data);
    }

    /**
     * Restore files once the records exist.
     */
    protected function after_execute() {
        $this->add_related_files('mod_sensportfolio', 'intro', null);
        $this->add_related_files('mod_sensportfolio', 'entry', 'sensportfolio_entry');
        $this->add_related_files('mod_sensportfolio', 'submission', 'sensportfolio_submission');
        $this->add_related_files('mod_sensportfolio', 'minutes', 'sensportfolio_session');
    }
}
