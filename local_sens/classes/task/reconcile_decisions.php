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

use local_sens\local\decision\decision_service;

/**
 * Recomputes every learner's decision and the gating of every linked course. Idempotent.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class reconcile_decisions extends \core\task\scheduled_task {

    /**
     * Name shown to admins.
     *
     * @return string
     */
    public function get_name() {
        return get_string('task:reconciledecisions', 'local_sens');
    }

    /**
     * Run the task.
     */
    public function execute() {
        $changed = \core\di::get(decision_service::class)->recompute_all();
        mtrace("local_sens: {$changed} decision(s) changed.");
    }
}
