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
 * Backup structure of mod_sensportfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Backup structure step: the activity, and with user data its entries, submissions and reviews.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class backup_sensportfolio_activity_structure_step extends backup_activity_structure_step {

    /**
     * Define the structure.
     *
     * @return backup_nested_element
     */
    protected function define_structure() {
        $userinfo = $this->get_setting_value('userinfo');

        $portfolio = new backup_nested_element('sensportfolio', ['id'],
            ['name', 'intro', 'introformat', 'criteria', 'unit', 'maxbytes', 'maxfiles', 'filetypes', 'completionaccepted',
                'timecreated', 'timemodified']);
        $entries = new backup_nested_element('entries');
        $entry = new backup_nested_element('entry', ['id'],
            ['userid', 'title', 'content', 'contentformat', 'competences', 'entrydate', 'sortorder',
            'timecreated', 'timemodified']);
        $submissions = new backup_nested_element('submissions');
        $submission = new backup_nested_element('submission', ['id'], ['userid', 'status', 'snapshot', 'contenthash',
            'timesubmitted', 'timemodified']);
        $reviews = new backup_nested_element('reviews');
        $review = new backup_nested_element('review', ['id'], ['reviewerid', 'decision', 'criteria', 'feedback', 'note',
            'isfinal', 'grade', 'timecreated']);

        $sessions = new backup_nested_element('sessions');
        $session = new backup_nested_element('session', ['id'], ['name', 'presidentid', 'members', 'status', 'minuteshash',
            'timecreated', 'timeclosed']);
        $sessiondecs = new backup_nested_element('sessiondecs');
        $sessiondec = new backup_nested_element('sessiondec', ['id'], ['userid', 'verdict', 'proposal', 'decision',
            'justification', 'timecreated']);

        $portfolio->add_child($sessions);
        $sessions->add_child($session);
        $session->add_child($sessiondecs);
        $sessiondecs->add_child($sessiondec);
        $portfolio->add_child($entries);
        $entries->add_child($entry);
        $portfolio->add_child($submissions);
        $submissions->add_child($submission);
        $submission->add_child($reviews);
        $reviews->add_child($review);

        $portfolio->set_source_table('sensportfolio', ['id' => backup::VAR_ACTIVITYID]);
        if ($userinfo) {
            $entry->set_source_table('sensportfolio_entry', ['sensportfolioid' => backup::VAR_PARENTID], 'id ASC');
            $submission->set_source_table('sensportfolio_submission', ['sensportfolioid' => backup::VAR_PARENTID], 'id ASC');
            $review->set_source_table('sensportfolio_review', ['submissionid' => backup::VAR_PARENTID], 'id ASC');
            $session->set_source_table('sensportfolio_session', ['sensportfolioid' => backup::VAR_PARENTID], 'id ASC');
            $sessiondec->set_source_table('sensportfolio_sessiondec', ['sessionid' => backup::VAR_PARENTID], 'id ASC');
        }

        $entry->annotate_ids('user', 'userid');
        $submission->annotate_ids('user', 'userid');
        $review->annotate_ids('user', 'reviewerid');
        $session->annotate_ids('user', 'presidentid');
        $sessiondec->annotate_ids('user', 'userid');

        $portfolio->annotate_files('mod_sensportfolio', 'intro', null);
        $entry->annotate_files('mod_sensportfolio', 'entry', 'id');
        $submission->annotate_files('mod_sensportfolio', 'submission', 'id');
        $session->annotate_files('mod_sensportfolio', 'minutes', 'id');

        return $this->prepare_activity_structure($portfolio);
    }
}
