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

namespace local_sens\local\decision;

/**
 * The recompute locks of learners (Moodle's lock factory, one lock per learner): held from reading a learner's
 * stored decision to the commit of the new one, so two processes recomputing the same learner (two cluster nodes, an
 * observer and a task) never both write. Inside a caller's transaction the locks are kept until that transaction is
 * over (at the next recompute, at the end of a SENS task, at the latest at the end of the request).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class learner_locks {

    /** @var int Seconds a recompute waits for another process computing the same learner. */
    private const TIMEOUT = 60;

    /** @var \core\lock\lock[] Learners' locks kept until the caller's transaction is over. */
    private static array $held = [];

    /** @var bool Whether the end-of-request release is registered. */
    private static bool $shutdown = false;

    /**
     * Run a function with the locks of learners held.
     *
     * @param \moodle_database $db
     * @param int[] $userids
     * @param callable $fn
     * @return mixed What $fn returns.
     * @throws \moodle_exception When another process holds a learner's lock for longer than TIMEOUT.
     */
    public static function with(\moodle_database $db, array $userids, callable $fn): mixed {
        if (self::$held && !$db->is_transaction_started()) {
            self::release_held();
        }
        // Inside a caller's transaction (a quiz attempt's, whose events recompute the learner), this one's commit is
        // not the real one: the locks are kept until that transaction is over, so another process reads the facts and
        // the decision committed, never the ones before.
        $outer = $db->is_transaction_started();
        $locks = self::lock($userids);
        try {
            return $fn();
        } finally {
            if ($outer) {
                array_push(self::$held, ...$locks);
                if (!self::$shutdown) {
                    self::$shutdown = true;
                    \core_shutdown_manager::register_function([self::class, 'release_held']);
                }
            } else {
                foreach ($locks as $lock) {
                    $lock->release();
                }
            }
        }
    }

    /**
     * Release the learners' locks kept for a caller's transaction.
     */
    public static function release_held(): void {
        $locks = self::$held;
        self::$held = [];
        foreach ($locks as $lock) {
            $lock->release();
        }
    }

    /**
     * Take the recompute lock of each learner (in id order, so two batches never wait for each other in a circle).
     *
     * @param int[] $userids
     * @return \core\lock\lock[]
     * @throws \moodle_exception
     */
    private static function lock(array $userids): array {
        sort($userids);
        $factory = \core\lock\lock_config::get_lock_factory('local_sens_recompute');
        $locks = [];
        foreach ($userids as $userid) {
            $lock = $factory->get_lock('user' . $userid, self::TIMEOUT);
            if (!$lock) {
                foreach ($locks as $held) {
                    $held->release();
                }
                throw new \moodle_exception('errorrecomputelocked', 'local_sens', '', $userid);
            }
            $locks[] = $lock;
        }
        return $locks;
    }
}
