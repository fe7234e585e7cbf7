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

namespace mod_sensportfolio\output;

use renderable;
use renderer_base;
use templatable;

/**
 * The portfolio page: the viewer's own evidence and submission state; for the jury, the submissions.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class view_page implements renderable, templatable {

    /**
     * Constructor.
     *
     * @param \stdClass $instance The activity record.
     * @param \context_module $context
     * @param int $userid The viewer.
     */
    public function __construct(
        /** @var \stdClass Activity. */
        private readonly \stdClass $instance,
        /** @var \context_module Context. */
        private readonly \context_module $context,
        /** @var int Viewer. */
        private readonly int $userid,
    ) {
    }

    /**
     * Data for the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        global $CFG, $DB;
        require_once($CFG->dirroot . '/user/lib.php');
        $entries = [];
        foreach ($DB->get_records('sensportfolio_entry',
                ['sensportfolioid' => $this->instance->id, 'userid' => $this->userid], 'timecreated, id') as $entry) {
            $entries[] = [
                'title' => format_string($entry->title, true, ['context' => $this->context]),
                'content' => format_text($entry->content, $entry->contentformat, ['context' => $this->context]),
                'competences' => implode(', ', json_decode((string)$entry->competences, true) ?: []),
            ];
        }
        $service = \core\di::get(\mod_sensportfolio\local\jury\jury_service::class);
        $submission = $service->latest_submission((int)$this->instance->id, $this->userid);
        $status = $submission ? $submission->status : 'none';
        $submissions = [];
        if (has_capability('mod/sensportfolio:review', $this->context)) {
            $sql = "SELECT s.id, s.status, s.timesubmitted, s.userid
                      FROM {sensportfolio_submission} s
                     WHERE s.sensportfolioid = :id
                  ORDER BY s.timesubmitted DESC, s.id DESC";
            $records = $DB->get_records_sql($sql, ['id' => $this->instance->id]);
            $users = $records ? user_get_users_by_id(array_unique(array_column($records, 'userid'))) : [];
            foreach ($records as $record) {
                $submissions[] = [
                    'learner' => isset($users[$record->userid]) ? fullname($users[$record->userid]) : '',
                    'status' => get_string('status:' . $record->status, 'mod_sensportfolio'),
                    'timesubmitted' => userdate($record->timesubmitted),
                ];
            }
        }
        return [
            'name' => format_string($this->instance->name, true, ['context' => $this->context]),
            'intro' => format_module_intro('sensportfolio', $this->instance, $this->context->instanceid),
            'status' => get_string('yourstatus', 'mod_sensportfolio', get_string('status:' . $status, 'mod_sensportfolio')),
            'hasentries' => !empty($entries),
            'entries' => $entries,
            'isjury' => has_capability('mod/sensportfolio:review', $this->context),
            'hassubmissions' => !empty($submissions),
            'submissions' => $submissions,
        ];
    }
}
