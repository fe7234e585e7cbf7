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
 * Test page of a cluster node (served by tests/cluster/router.php only on the cluster's loopback nodes, never by
 * the main site): changes and reads the facts of the cluster fixture's learners, as a learner's request would.
 *
 * - action=set&users=1,2&state=1|0: marks the last Débutant quiz of each learner complete (1) or not (0) — their own
 *   activity, recomputed at once by the observer; answers the node's name.
 * - action=check&users=1,2: whether the Intermédiaire quiz is available to each learner on this node (Moodle's
 *   modinfo and the SENS condition), as JSON {userid: 0|1}.
 * - action=sessionset&value=X / action=sessionget: writes / reads a value in the caller's Moodle session (Redis).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:disable moodle.Files.RequireLogin.Missing
$sensaction = $_GET['action'] ?? '';
if (!in_array($sensaction, ['sessionset', 'sessionget'], true)) {
    define('NO_MOODLE_COOKIES', true);
}
require($_SERVER['DOCUMENT_ROOT'] . '/config.php');
if (!getenv('SENS_CLUSTER_NODE') || !str_starts_with($_SERVER['REMOTE_ADDR'] ?? '', '127.')) {
    http_response_code(403);
    die('cluster nodes only');
}
require_once($CFG->libdir . '/completionlib.php');
header('Content-Type: application/json');
$fixture = json_decode((string)@file_get_contents($CFG->dataroot . '/sens-cluster-fixture.json'), true);
$users = array_filter(array_map('intval', explode(',', optional_param('users', '', PARAM_SEQUENCE))));
$node = getenv('SENS_CLUSTER_NODE');
switch ($sensaction) {
    case 'set':
        \core\session\manager::set_user(get_admin());
        $course = get_course((int)$fixture['courseid']);
        $completion = new completion_info($course);
        $cm = get_fast_modinfo($course)->get_cm((int)$fixture['lastdebutant']);
        $state = optional_param('state', 0, PARAM_INT) ? COMPLETION_COMPLETE : COMPLETION_INCOMPLETE;
        foreach ($users as $userid) {
            $completion->update_state($cm, $state, $userid);
        }
        echo json_encode(['node' => $node]);
        break;
    case 'check':
        $answer = [];
        foreach ($users as $userid) {
            $cm = get_fast_modinfo((int)$fixture['courseid'], $userid)->get_cm((int)$fixture['intermediaire']);
            $answer[$userid] = $cm->available ? 1 : 0;
        }
        echo json_encode($answer);
        break;
    case 'sessionset':
        $SESSION->sensclustertest = required_param('value', PARAM_ALPHANUM);
        echo json_encode(['node' => $node, 'sid' => session_id()]);
        break;
    case 'sessionget':
        echo json_encode(['node' => $node, 'value' => $SESSION->sensclustertest ?? null]);
        break;
    default:
        http_response_code(400);
        echo json_encode(['error' => 'unknown action']);
}
