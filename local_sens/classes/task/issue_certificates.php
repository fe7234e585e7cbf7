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

use local_sens\local\certification\certificate_service;

/**
 * Issues the diplomas a jury's closed deliberation session published (custom data: courseid, userids, actorid).
 * Queued in the close's transaction (local_sens\api::issue_certificates_after_jury): the close and the order to issue
 * commit together, and the PDFs — about 0.27 s a learner, 82 s for a promotion of 300 — are made by cron, not
 * inside the president's request. Idempotent: a learner already holding the diploma is skipped.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class issue_certificates extends \core\task\adhoc_task {

    /**
     * Name shown to admins.
     *
     * @return string
     */
    public function get_name() {
        return get_string('task:issuecertificates', 'local_sens');
    }

    /**
     * Run the task.
     */
    public function execute() {
        $data = $this->get_custom_data();
        \core_php_time_limit::raise();
        $issued = \core\di::get(certificate_service::class)->issue_after_jury((int)$data->courseid,
            array_map('intval', (array)$data->userids), (int)$data->actorid);
        mtrace('local_sens: ' . count($issued) . ' certificate(s) issued after the jury of course ' . (int)$data->courseid . '.');
    }
}
