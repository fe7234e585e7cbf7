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
 * Data generator of mod_sensportfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Data generator of mod_sensportfolio: instances, evidence entries (with a file), submissions, reviews.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class mod_sensportfolio_generator extends testing_module_generator {

    /**
     * Create an instance.
     *
     * @param array|stdClass|null $record
     * @param array|null $options
     * @return stdClass
     */
    public function create_instance($record = null, ?array $options = null) {
        $record = (array)($record ?? []);
        $record['criteria'] = $record['criteria'] ?? "Réflexivité\nCouverture du référentiel";
        return parent::create_instance($record, (array)$options);
    }

    /**
     * Create an evidence entry, with one file in the entry filearea when 'filename' is given.
     *
     * @param array $data sensportfolioid, userid, title, content, competences (list), filename
     * @return stdClass
     */
    public function create_entry(array $data): stdClass {
        global $DB;
        $record = (object)[
            'sensportfolioid' => $data['sensportfolioid'],
            'userid' => $data['userid'],
            'title' => $data['title'] ?? 'Trace',
            'content' => $data['content'] ?? '<p>Ce que j\'ai appris.</p>',
            'contentformat' => FORMAT_HTML,
            'competences' => json_encode($data['competences'] ?? ['2.1']),
            'entrydate' => $data['entrydate'] ?? 1763900000,
            'sortorder' => $data['sortorder'] ?? 0,
            'timecreated' => 1763900000,
            'timemodified' => 1763900000,
        ];
        $record->id = $DB->insert_record('sensportfolio_entry', $record);
        if (!empty($data['filename'])) {
            $cm = get_coursemodule_from_instance('sensportfolio', $data['sensportfolioid'], 0, false, MUST_EXIST);
            get_file_storage()->create_file_from_string([
                'contextid' => context_module::instance($cm->id)->id,
                'component' => 'mod_sensportfolio',
                'filearea' => 'entry',
                'itemid' => $record->id,
                'filepath' => '/',
                'filename' => $data['filename'],
                'userid' => $data['userid'],
            ], 'evidence');
        }
        return $record;
    }

    /**
     * Create a submission.
     *
     * @param array $data sensportfolioid, userid, status, snapshot (JSON), filename (a file in the submission area)
     * @return stdClass
     */
    public function create_submission(array $data): stdClass {
        global $DB;
        $record = (object)[
            'sensportfolioid' => $data['sensportfolioid'],
            'userid' => $data['userid'],
            'status' => $data['status'] ?? 'submitted',
            'snapshot' => $data['snapshot'] ?? '[]',
            'contenthash' => hash('sha256', $data['snapshot'] ?? '[]'),
            'timesubmitted' => 1763900000,
            'timemodified' => 1763900000,
        ];
        $record->id = $DB->insert_record('sensportfolio_submission', $record);
        if (!empty($data['filename'])) {
            $cm = get_coursemodule_from_instance('sensportfolio', $data['sensportfolioid'], 0, false, MUST_EXIST);
            get_file_storage()->create_file_from_string([
                'contextid' => context_module::instance($cm->id)->id,
                'component' => 'mod_sensportfolio',
                'filearea' => 'submission',
                'itemid' => $record->id,
                'filepath' => '/1/',
                'filename' => $data['filename'],
                'userid' => $data['userid'],
            ], 'submitted evidence');
        }
        return $record;
    }

    /**
     * Create a jury review.
     *
     * @param array $data submissionid, reviewerid, decision, criteria, feedback
     * @return stdClass
     */
    public function create_review(array $data): stdClass {
        global $DB;
        $record = (object)[
            'submissionid' => $data['submissionid'],
            'reviewerid' => $data['reviewerid'],
            'decision' => $data['decision'] ?? 'accepted',
            'criteria' => json_encode($data['criteria'] ?? [['criterion' => 'Réflexivité', 'met' => true, 'comment' => '']]),
            'feedback' => $data['feedback'] ?? 'Bon travail.',
            'note' => $data['note'] ?? 'Note du jury.',
            'timecreated' => 1763900000,
        ];
        $record->id = $DB->insert_record('sensportfolio_review', $record);
        return $record;
    }

    /**
     * A DU CNS course linked to its programme (local_sens), a portfolio activity in it, a learner enrolled as student
     * (local_sens's deferred recompute, run here, enrols them in the programme and decides: the portfolio unit is
     * open) and a jury member
     * (editingteacher).
     *
     * @param array $record Activity fields, and optionally version (a programme version row: default a new DU CNS).
     * @return stdClass course, version, definition, instance (activity record with cmid), context, learner, juror
     */
    public function create_programme_portfolio(array $record = []): stdClass {
        global $DB;
        /** @var local_sens_generator $sens */
        $sens = $this->datagenerator->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => []] + array_intersect_key($record, ['version' => 1]));
        unset($record['version']);
        $module = $this->create_instance(['course' => $fixture->course->id] + $record);
        $fixture->instance = $DB->get_record('sensportfolio', ['id' => $module->id], '*', MUST_EXIST);
        $fixture->instance->cmid = $module->cmid;
        $fixture->context = context_module::instance($module->cmid);
        $fixture->learner = $this->datagenerator->create_and_enrol($fixture->course, 'student');
        $fixture->juror = $this->datagenerator->create_and_enrol($fixture->course, 'editingteacher');
        // The enrolments' deferred recompute (cron's task in production).
        $sens->run_pending_recomputes();
        return $fixture;
    }
}
