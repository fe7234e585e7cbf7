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


namespace local_sens\task;

use local_sens\local\decision\pending_service;

/**
 * Recomputes the learners of a course that enrolment, role or cohort events marked (custom data: courseid): up to
 * 500 learners or 60 seconds per run, then it queues itself again while marks remain. See pending_service.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class recompute_pending extends \core\task\adhoc_task {

    /**
     * Name shown to admins.
     *
     * @return string
     */
    public function get_name() {
        return get_string('task:recomputepending', 'local_sens');
    }

    /**
     * Run the task.
     */
    public function execute() {
        $courseid = (int)$this->get_custom_data()->courseid;
        \core_php_time_limit::raise();
        $result = \core\di::get(pending_service::class)->run($courseid);
        \local_sens\local\gating\open_units_repository::flush_pending();
        \local_sens\local\mapping\mapping_repository::flush_pending();
        \local_sens\local\decision\learner_locks::release_held();
        mtrace("local_sens: {$result['processed']} learner(s) of course {$courseid} recomputed, {$result['remaining']} left.");
    }
}
