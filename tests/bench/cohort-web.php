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
 * Steps of the web cohort benchmark (tests/bench/cohort-web.bench.sh), run on a test cluster node: its own database,
 * so the development site is untouched.
 *
 *   php cohort-web.php setup RUN N         a cohort benchweb_RUN of N new users (inserted in bulk, no enrolment) and a
 *                                          new course without SENS; prints "cohortid plaincourseid senscourseid" (the
 *                                          SENS course is the cluster fixture's)
 *   php cohort-web.php state COHORT COURSE "enrolled decisions marked": the cohort's users enrolled in the course,
 *                                          those with a stored decision, those marked for the course's recompute
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require(getenv('MOODLE_DIR') . '/config.php');
require_once($CFG->dirroot . '/cohort/lib.php');
require_once($CFG->libdir . '/testing/generator/lib.php');

if (!getenv('SENS_CLUSTER_NODE')) {
    cli_error('run on a test cluster (scripts/cluster.sh php a ...)');
}
\core\cron::setup_user();
$step = $argv[1] ?? '';
switch ($step) {
    case 'setup':
        [$run, $n] = [clean_param($argv[2] ?? '', PARAM_ALPHANUM), (int)($argv[3] ?? 10000)];
        $fixture = json_decode((string)file_get_contents($CFG->dataroot . '/sens-cluster-fixture.json'), true);
        $cohortid = cohort_add_cohort((object)['contextid' => context_system::instance()->id, 'name' => "benchweb_$run",
            'idnumber' => "benchweb_$run"]);
        $now = time();
        for ($start = 0; $start < $n; $start += 1000) {
            $users = [];
            for ($i = $start; $i < min($n, $start + 1000); $i++) {
                $users[] = ['username' => "bw{$run}_{$i}", 'auth' => 'manual', 'confirmed' => 1,
                    'mnethostid' => $CFG->mnet_localhost_id, 'firstname' => 'Web', 'lastname' => (string)$i,
                    'email' => "bw{$run}_{$i}@example.invalid", 'password' => 'x', 'timecreated' => $now];
            }
            $DB->insert_records('user', $users);
            [$insql, $params] = $DB->get_in_or_equal(array_column($users, 'username'));
            $members = array_map(fn($id) => ['cohortid' => $cohortid, 'userid' => (int)$id, 'timeadded' => $now],
                $DB->get_fieldset_select('user', 'id', "username $insql", $params));
            $DB->insert_records('cohort_members', $members);
        }
        $plain = (new testing_data_generator())->create_course(['fullname' => "Course without SENS ($run)",
            'shortname' => "sensbenchweb$run"]);
        foreach (['user', 'cohort_members'] as $table) {
            $DB->execute('ANALYZE {' . $table . '}');
        }
        echo "$cohortid {$plain->id} {$fixture['courseid']}\n";
        break;
    case 'state':
        [$cohortid, $courseid] = [(int)($argv[2] ?? 0), (int)($argv[3] ?? 0)];
        $params = ['cohortid' => $cohortid, 'courseid' => $courseid];
        $enrolled = $DB->count_records_sql("SELECT COUNT(DISTINCT ue.userid) FROM {user_enrolments} ue
            JOIN {enrol} e ON e.id = ue.enrolid JOIN {cohort_members} cm ON cm.userid = ue.userid
            WHERE e.courseid = :courseid AND cm.cohortid = :cohortid", $params);
        $decided = $DB->count_records_sql("SELECT COUNT(DISTINCT d.userid) FROM {local_sens_decision} d
            JOIN {cohort_members} cm ON cm.userid = d.userid WHERE cm.cohortid = :cohortid", $params);
        $marked = $DB->count_records_sql("SELECT COUNT(1) FROM {local_sens_pending} p
            JOIN {cohort_members} cm ON cm.userid = p.userid WHERE cm.cohortid = :cohortid AND p.courseid = :courseid",
            $params);
        echo "$enrolled $decided $marked\n";
        break;
    default:
        cli_error('usage: cohort-web.php setup RUN N | state COHORTID COURSEID');
}
