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

use mod_sensportfolio\local\jury\jury_service;
use mod_sensportfolio\local\submission\submission_service;
use renderable;
use renderer_base;
use templatable;

/**
 * The jury's list of an activity's submissions, filtered (waiting, reviewed, a group); one read for the list.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class submissions_page implements renderable, templatable {

    /**
     * Constructor.
     *
     * @param \stdClass $instance
     * @param \context_module $context
     * @param string $filter waiting, reviewed or ''
     * @param int $groupid
     */
    public function __construct(
        /** @var \stdClass Activity. */
        private readonly \stdClass $instance,
        /** @var \context_module Context. */
        private readonly \context_module $context,
        /** @var string Filter. */
        private readonly string $filter,
        /** @var int Group. */
        private readonly int $groupid,
    ) {
    }

    /**
     * Data for the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $cmid = $this->context->instanceid;
        $rows = [];
        $jury = \core\di::get(jury_service::class);
        $president = $jury->panel($this->instance)['mode'] === jury_service::PRESIDENT;
        foreach ($jury->submissions($this->instance, $this->filter, $this->groupid) as $s) {
            $rows[] = [
                'memberreviews' => (int)$s->memberreviews,
                'learner' => fullname($s),
                'status' => get_string('status:' . $s->status, 'mod_sensportfolio'),
                'waiting' => in_array($s->status, submission_service::WAITING, true),
                'timesubmitted' => userdate($s->timesubmitted),
                'url' => (new \moodle_url('/mod/sensportfolio/review.php', ['id' => $cmid, 'submissionid' => $s->id,
                    'sesskey' => sesskey()]))->out(false),
            ];
        }
        $filters = [];
        foreach (['' => 'filter:all', 'waiting' => 'filter:waiting', 'reviewed' => 'filter:reviewed'] as $value => $key) {
            $filters[] = ['value' => $value, 'label' => get_string($key, 'mod_sensportfolio'),
                'selected' => $value === $this->filter];
        }
        return [
            'cmid' => $cmid,
            'president' => $president,
            'filters' => $filters,
            'hassubmissions' => (bool)$rows,
            'submissions' => $rows,
            'count' => count($rows),
        ];
    }
}
