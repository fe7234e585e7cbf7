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
 * Settings of one node of the local SENS test cluster (scripts/cluster.sh), read by config.php only when the node's
 * environment sets SENS_CLUSTER_CONFIG to this file (the main development site never does).
 *
 * What a Moodle cluster shares: the database and the dataroot (here a database and a dataroot of the cluster's own,
 * so the main site is untouched), the MUC application store and the sessions (Redis; the MUC store is set in the
 * shared dataroot's muc/config.php by tests/cluster/muc.php). What each node keeps: its local cache directory.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:ignore moodle.Files.MoodleInternal.MoodleInternalGlobalState
global $CFG;
$sensclusternode = (string)getenv('SENS_CLUSTER_NODE');
$sensclusterdata = (string)getenv('SENS_CLUSTER_DATA');
if (!preg_match('/^[a-z0-9]+$/', $sensclusternode) || $sensclusterdata === '') {
    throw new \RuntimeException('SENS cluster node: SENS_CLUSTER_NODE (a-z0-9) and SENS_CLUSTER_DATA are required');
}
$CFG->dbname = getenv('SENS_CLUSTER_DB') ?: 'sens_cluster';
// Each node answers on its own loopback address; behind a load balancer both would have the balancer's address.
$CFG->wwwroot = getenv('SENS_CLUSTER_WWWROOT') ?: 'http://127.0.0.1';
$CFG->dataroot = $sensclusterdata . '/moodledata';
$CFG->localcachedir = $sensclusterdata . '/localcache-' . $sensclusternode;
$CFG->session_handler_class = '\core\session\redis';
$CFG->session_redis_host = '127.0.0.1';
$CFG->session_redis_port = (int)(getenv('SENS_CLUSTER_REDIS_PORT') ?: 6390);
$CFG->session_redis_prefix = 'sens_cluster_session_';
$CFG->session_redis_acquire_lock_timeout = 60;
$CFG->session_redis_lock_expire = 7200;
unset($sensclusternode, $sensclusterdata);
