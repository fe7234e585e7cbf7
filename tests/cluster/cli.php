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
 * Command-line steps of the test cluster, run on a node (its environment names the cluster's settings):
 *
 *   php cli.php muc          the MUC application store in Redis (shared dataroot's muc/config.php)
 *   php cli.php fixture      a linked course, 20 learners with Données Débutant done but its last quiz (idempotent)
 *   php cli.php forget USER  drop the learner's stored decision and open units (a new learner again)
 *   php cli.php recompute USER   recompute one learner (two of these at once: one decision, one audit entry)
 *   php cli.php behind USERS STATE   the last Débutant quiz complete (1) or not (0) for the learners (comma list),
 *                            written in the database only: no event, no recompute (their stored decisions now stale)
 *   php cli.php nightly      run the nightly task's execute() (two at once: one runs)
 *   php cli.php count USER   "decisions audits" of the learner
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require(getenv('MOODLE_DIR') . '/config.php');

if (!getenv('SENS_CLUSTER_NODE')) {
    cli_error('run on a cluster node (scripts/cluster.sh sets its environment)');
}
\core\cron::setup_user();
$step = $argv[1] ?? '';
$userid = (int)($argv[2] ?? 0);
switch ($step) {
    case 'muc':
        $port = (int)(getenv('SENS_CLUSTER_REDIS_PORT') ?: 6390);
        $writer = cache_config_writer::instance();
        if (!array_key_exists('sensredis', $writer->get_all_stores())) {
            $writer->add_store_instance('sensredis', 'redis', ['server' => '127.0.0.1:' . $port,
                'prefix' => 'sens_cluster_muc_', 'password' => '', 'serializer' => 1, 'compressor' => 0]);
        }
        $writer->set_mode_mappings([
            cache_store::MODE_APPLICATION => ['sensredis'],
            cache_store::MODE_SESSION => ['default_session'],
            cache_store::MODE_REQUEST => ['default_request'],
        ]);
        echo "application caches in Redis (127.0.0.1:$port)\n";
        break;
    case 'fixture':
        $file = $CFG->dataroot . '/sens-cluster-fixture.json';
        if (is_readable($file) && $DB->record_exists('course', ['id' => json_decode(file_get_contents($file))->courseid])) {
            echo file_get_contents($file), "\n";
            break;
        }
        require_once($CFG->libdir . '/testing/generator/lib.php');
        require_once($CFG->libdir . '/completionlib.php');
        $generator = new testing_data_generator();
        /** @var local_sens_generator $sens */
        $sens = $generator->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        $courseid = (int)$fixture->course->id;
        \core\di::get(\local_sens\local\gating\gating_service::class)->sync_course($courseid);
        $debutant = array_values(array_filter(array_keys($fixture->cms), fn($s) => str_starts_with($s, 'donnees.debutant.')));
        $last = array_pop($debutant);
        $intermediaire = array_values(array_filter(array_keys($fixture->cms),
            fn($s) => str_starts_with($s, 'donnees.intermediaire.')))[0];
        $completion = new completion_info($fixture->course);
        $userids = [];
        for ($i = 1; $i <= 20; $i++) {
            $user = $generator->create_user(['username' => 'clusterlearner' . $i]);
            $generator->enrol_user($user->id, $courseid, 'student');
            // The enrolment's deferred recompute, as cron's task runs it: the learner follows the programme.
            \core\di::get(\local_sens\local\decision\pending_service::class)->run($courseid);
            $sens->create_attestation(['userid' => $user->id, 'versionid' => $fixture->version->id,
                'unit' => 'donnees.debutant', 'session' => 'S1', 'sessiondate' => '2026-01-05', 'result' => 'passed']);
            foreach ($debutant as $slot) {
                $completion->update_state(get_fast_modinfo($courseid)->get_cm($fixture->cms[$slot]->id), COMPLETION_COMPLETE,
                    $user->id);
            }
            $userids[] = (int)$user->id;
        }
        $data = ['courseid' => $courseid, 'lastdebutant' => $fixture->cms[$last]->id,
            'intermediaire' => $fixture->cms[$intermediaire]->id, 'userids' => $userids];
        file_put_contents($file, json_encode($data));
        echo json_encode($data), "\n";
        break;
    case 'forget':
        $DB->delete_records('local_sens_decision', ['userid' => $userid]);
        $DB->delete_records('local_sens_openunit', ['userid' => $userid]);
        \core\di::get(\local_sens\local\gating\open_units_repository::class)->invalidate([$userid]);
        break;
    case 'recompute':
        \core\di::get(\local_sens\local\decision\decision_service::class)->recompute_user($userid);
        echo "recomputed $userid on node " . getenv('SENS_CLUSTER_NODE') . "\n";
        break;
    case 'behind':
        // A fact changed behind the observers' back (as a restore or a direct import would): the next recompute, not
        // this step, changes the decision.
        require_once($CFG->libdir . '/completionlib.php');
        $fixture = json_decode((string)file_get_contents($CFG->dataroot . '/sens-cluster-fixture.json'), true);
        $state = (int)($argv[3] ?? 0) ? COMPLETION_COMPLETE : COMPLETION_INCOMPLETE;
        foreach (array_filter(array_map('intval', explode(',', $argv[2] ?? ''))) as $learner) {
            $where = ['coursemoduleid' => (int)$fixture['lastdebutant'], 'userid' => $learner];
            $id = $DB->get_field('course_modules_completion', 'id', $where);
            if ($id) {
                $DB->set_field('course_modules_completion', 'completionstate', $state, ['id' => $id]);
            } else {
                $DB->insert_record('course_modules_completion', (object)($where + ['completionstate' => $state,
                    'timemodified' => time()]));
            }
        }
        break;
    case 'nightly':
        (new \local_sens\task\reconcile_decisions())->execute();
        break;
    case 'count':
        echo $DB->count_records('local_sens_decision', ['userid' => $userid]), ' ',
            $DB->count_records('local_sens_audit', ['relateduserid' => $userid, 'action' => 'decision_changed']), "\n";
        break;
    default:
        cli_error('usage: cli.php muc|fixture|forget USER|recompute USER|behind USERS STATE|nightly|count USER');
}
