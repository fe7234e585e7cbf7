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
use local_sens\local\decision\pending_service;

/**
 * Recomputes every learner's decision and the gating of every linked course, after the learners still marked by
 * enrolment events (pending_service). Idempotent; runs once when started on several nodes at the same time.
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

    /** @var string Config name (local_sens) of the time the last complete run ended. */
    private const FINISHED = 'nightlyfinished';

    /**
     * Run the task.
     */
    public function execute() {
        global $DB;
        // Cron on every node of a cluster: started on two nodes at once, the task runs on one. This lock makes a start
        // step aside while another runs; Moodle's own task lock (admin/cli/scheduled_task.php --execute) makes a second
        // start wait for the first one's end instead: a run that ended after this process started makes it a no-op.
        // A run started later (a new cron process, an administrator's forced run) recomputes again.
        $lock = \core\lock\lock_config::get_lock_factory('local_sens_reconcile')->get_lock('nightly', 0);
        if (!$lock) {
            mtrace('local_sens: the nightly recompute is running in another process: nothing to do here.');
            return;
        }
        // Read from the database, not get_config(): its cache keeps this process's first read.
        $finished = (int)$DB->get_field('config_plugins', 'value', ['plugin' => 'local_sens', 'name' => self::FINISHED]);
        if ($finished >= (int)($_SERVER['REQUEST_TIME'] ?? PHP_INT_MAX)) {
            $lock->release();
            mtrace('local_sens: the nightly recompute ran in another process since this one started (ended at ' .
                userdate($finished, '%Y-%m-%d %H:%M:%S') . '): nothing to do here.');
            return;
        }
        try {
            \core_php_time_limit::raise();
            $pending = \core\di::get(pending_service::class)->run_all();
            $changed = \core\di::get(decision_service::class)->recompute_all();
            \local_sens\local\gating\open_units_repository::flush_pending();
            \local_sens\local\mapping\mapping_repository::flush_pending();
            \local_sens\local\decision\learner_locks::release_held();
            set_config(self::FINISHED, time(), 'local_sens');
        } finally {
            $lock->release();
        }
        mtrace("local_sens: {$pending} marked learner(s) enrolled and computed, {$changed} decision(s) changed.");
    }
}
