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
 * Cache definitions of local_sens.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$definitions = [
    // Decoded programme definitions by version id. A stored version never changes, so entries never go stale.
    'programmedefinitions' => [
        'mode' => cache_store::MODE_APPLICATION,
        'simplekeys' => true,
        'simpledata' => false,
        'staticacceleration' => true,
        'staticaccelerationsize' => 8,
    ],
    // A learner's open and locked gated units (with the first reason) by programme, from the stored decision of their
    // latest enrolment: what availability_sens checks on every activity. Dropped by the decision service when the
    // learner's decision changes (after its transaction commits). On a cluster it must live in the shared application
    // store (Redis): a key deleted on one node is then gone for every node. No static acceleration: a cron runner
    // lives for minutes and would keep an entry another node deleted (the repository keeps one per web request).
    'openunits' => [
        'mode' => cache_store::MODE_APPLICATION,
        'simplekeys' => true,
        'simpledata' => false,
    ],
    // Slot id → course module ids of a course for a programme version; read by gating, block and records. Shared store
    // on a cluster, no static acceleration (as openunits), dropped after the mapping's transaction commits.
    'mapping' => [
        'mode' => cache_store::MODE_APPLICATION,
        'simplekeys' => true,
        'simpledata' => false,
    ],
    // Lookups on the public verify page per client address in the current window (rate limit), a few minutes.
    'verifyattempts' => [
        'mode' => cache_store::MODE_APPLICATION,
        'simplekeys' => true,
        'simpledata' => true,
        'ttl' => 600,
    ],
];
