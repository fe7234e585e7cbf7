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

namespace local_sens;

use core_external\external_api;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * Role × endpoint matrix of the web services of every SENS plugin (issue 11): each function of their db/services.php
 * is called, as core/ajax calls it, by each persona, with the ids of one target (course C, learner L). The expected
 * answer of every cell is in MATRIX below; a refused call changes nothing in the SENS tables. A function added to a
 * db/services.php without a row here makes this test fail.
 *
 * To add a function: one row in MATRIX (a case per set of arguments: 'function' or 'function@variant') and its
 * arguments in args(). The pages' matrix is tests/e2e/role-endpoint-matrix.test.ts.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\external\get_course_mapping
 * @covers     \local_sens\external\save_course_mapping
 * @covers     \local_sens\external\link_course
 * @covers     \local_sens\external\get_learner_decision
 * @covers     \local_sens\external\simulate_decision
 * @covers     \local_sens\external\save_attestation_sheet
 * @covers     \mod_sensportfolio\external\submit_portfolio
 * @covers     \local_sens\external\cosign_attestations
 */
final class role_endpoint_matrix_test extends \externallib_advanced_testcase {

    /** @var string[] The personas, in the order of the cells of MATRIX. */
    private const PERSONAS = ['anonymous', 'guest', 'learner', 'otherlearner', 'otherteacher', 'teacher', 'engineer', 'admin'];

    /** @var array<string, string> The answers of MATRIX: 'ok', or the error code a refusal carries. */
    private const ANSWERS = [
        'ok' => 'ok',
        'login' => 'servicerequireslogin', // Not logged in.
        'course' => 'requireloginerror', // May not enter the course.
        'cap' => 'nopermissions', // Lacks the capability in the course (or the system).
        'notin' => 'errornotlearnerofcourse', // The learner asked for is not a participant of the course.
        'gate' => 'cannotsubmit', // The engine or the portfolio does not allow it (no entries, not in the programme).
        'notlead' => 'sheet:errornotlead', // May attest in the course, but is not a lead of that session.
    ];

    /**
     * Expected answer of each case for each persona (see ANSWERS).
     *
     * Personas: anonymous = not logged in; guest = the guest user; learner = L (student of C) on their own ids;
     * otherlearner = L2 (student of C) sending L's ids; otherteacher = editing teacher of C2 (another course linked to
     * the same programme) sending C's and L's ids; teacher = editing teacher of C; engineer = pedagogical engineer
     * (manager at the system level, as the demo's ingenieur); admin. Cases whose name has "@" send other arguments
     * (see args()).
     */
    private const MATRIX = [
        // Case                                          anonymous guest  learner  otherlearner otherteacher teacher engineer admin.
        'local_sens_get_course_mapping' => ['login', 'course', 'cap', 'cap', 'course', 'ok', 'ok', 'ok'],
        'local_sens_save_course_mapping' => ['login', 'course', 'cap', 'cap', 'course', 'ok', 'ok', 'ok'],
        // On an unlinked course C3 (L, L2 learners, T teacher): linking is the programme's side, not a teacher's.
        'local_sens_link_course' => ['login', 'course', 'cap', 'cap', 'course', 'cap', 'ok', 'ok'],
        'local_sens_get_learner_decision' => ['login', 'course', 'ok', 'cap', 'course', 'ok', 'ok', 'ok'],
        // Course C2 with learner L, who is not in C2: who may enter C2 and read its learners still gets nothing.
        'local_sens_get_learner_decision@c2' => ['login', 'course', 'course', 'course', 'notin', 'course', 'notin', 'notin'],
        // The mapping page's simulate panel: the decision of a record the caller describes (nothing stored).
        'local_sens_simulate_decision' => ['login', 'course', 'cap', 'cap', 'course', 'ok', 'ok', 'ok'],
        'local_sens_save_attestation_sheet' => ['login', 'course', 'cap', 'cap', 'course', 'ok', 'ok', 'ok'],
        // The caller's own portfolio of course C's activity: L has an entry and an open portfolio unit, L2 no entry;
        // the admin holds every capability but follows no programme.
        'mod_sensportfolio_submit_portfolio' => ['login', 'course', 'ok', 'gate', 'course', 'cap', 'cap', 'gate'],
        // Session S2, which the teacher does not lead: the engineer and the admin hold local/sens:attestanysession.
        'local_sens_save_attestation_sheet@notlead' => ['login', 'course', 'cap', 'cap', 'course', 'notlead', 'ok', 'ok'],
        // The DU asks for one signer: a lead's call is answered (saved = false: nothing awaits co-signature).
        'local_sens_cosign_attestations' => ['login', 'course', 'cap', 'cap', 'course', 'ok', 'ok', 'ok'],
        'local_sens_cosign_attestations@notlead' => ['login', 'course', 'cap', 'cap', 'course', 'notlead', 'ok', 'ok'],
    ];

    /** @var string[] Our plugins whose db/services.php and db/access.php the matrix covers. */
    private const COMPONENTS = ['local_sens', 'block_competences', 'mod_sensportfolio', 'availability_sens'];

    /** @var array<string, \stdClass> Users by persona, and the fixture's objects. */
    private array $users = [];

    /** @var \stdClass Course C (linked, Débutant quizzes of Données de santé mapped) and its version. */
    private \stdClass $fixture;

    /** @var \stdClass Course C2, linked to the same programme. */
    private \stdClass $othercourse;

    /** @var \stdClass Portfolio activity of course C (L has an entry in it). */
    private \stdClass $portfolio;

    /** @var \stdClass Course C3, not linked. */
    private \stdClass $unlinked;

    /** @var int Workshop session S1 of course C (led by the teacher). */
    private int $sessionid;

    /** @var int Workshop session S2 of course C, started, led by nobody. */
    private int $othersessionid;

    /**
     * Every function of our plugins' db/services.php, with its declared capabilities.
     *
     * @return array<string, string> Capabilities by function name.
     */
    private static function functions(): array {
        $all = [];
        foreach (self::COMPONENTS as $component) {
            $dir = \core_component::get_component_directory($component);
            if ($dir !== null && is_file("$dir/db/services.php")) {
                $functions = [];
                include("$dir/db/services.php");
                foreach ($functions as $name => $info) {
                    $all[$name] = (string)($info['capabilities'] ?? '');
                }
            }
        }
        ksort($all);
        return $all;
    }

    /**
     * Every capability of our plugins' db/access.php.
     *
     * @return string[]
     */
    private static function capabilities(): array {
        $all = [];
        foreach (self::COMPONENTS as $component) {
            $dir = \core_component::get_component_directory($component);
            if ($dir !== null && is_file("$dir/db/access.php")) {
                $capabilities = [];
                include("$dir/db/access.php");
                $all = array_merge($all, array_keys($capabilities));
            }
        }
        return $all;
    }

    /**
     * The matrix covers every function and names only existing ones; each row has a cell per persona; each function's
     * declared capabilities exist.
     */
    public function test_matrix_covers_every_function(): void {
        $functions = self::functions();
        $covered = array_unique(array_map(fn($case) => explode('@', $case)[0], array_keys(self::MATRIX)));
        sort($covered);
        $this->assertSame(array_keys($functions), $covered,
            'every function of db/services.php has a row in ' . self::class . '::MATRIX, and only they');
        foreach (self::MATRIX as $case => $cells) {
            $this->assertCount(count(self::PERSONAS), $cells, "$case: one cell per persona");
            $this->assertSame([], array_diff($cells, array_keys(self::ANSWERS)), "$case: answers are keys of ANSWERS");
        }
        $capabilities = self::capabilities();
        foreach ($functions as $name => $declared) {
            foreach (array_filter(array_map('trim', explode(',', $declared))) as $capability) {
                $this->assertContains($capability, $capabilities, "$name declares $capability, which no db/access.php defines");
            }
        }
    }

    /**
     * The cases of the matrix.
     *
     * @return array[]
     */
    public static function cases(): array {
        $cases = [];
        foreach (array_keys(self::MATRIX) as $case) {
            $cases[$case] = [$case];
        }
        return $cases;
    }

    /**
     * One case: each persona gets its expected answer; a refusal writes nothing.
     *
     * @dataProvider cases
     * @param string $case
     */
    public function test_case(string $case): void {
        $this->resetAfterTest();
        $this->fixture();
        $function = explode('@', $case)[0];
        foreach (self::PERSONAS as $i => $persona) {
            $expected = self::ANSWERS[self::MATRIX[$case][$i]];
            $this->login($persona);
            $before = $this->fingerprint();
            unset($_POST['sesskey'], $_GET['sesskey']);
            $_POST['sesskey'] = sesskey();
            $response = external_api::call_external_function($function, $this->args($case, $persona), true);
            $actual = $response['error'] ? (string)$response['exception']->errorcode : 'ok';
            $this->assertSame($expected, $actual, "$case as $persona" .
                ($response['error'] ? ': ' . ($response['exception']->message ?? '') : ''));
            if ($expected !== 'ok') {
                $this->assertSame($before, $this->fingerprint(), "$case as $persona: a refused call changes nothing");
            }
        }
        $this->setUser(null);
    }

    /**
     * The arguments each case sends (the target's ids; see MATRIX).
     *
     * @param string $case
     * @param string $persona
     * @return array
     */
    private function args(string $case, string $persona): array {
        $course = (int)$this->fixture->course->id;
        $learner = (int)$this->users['learner']->id;
        $cm = reset($this->fixture->cms);
        return match ($case) {
            'local_sens_get_course_mapping' => ['courseid' => $course],
            'local_sens_save_course_mapping' => ['courseid' => $course, 'versionid' => (int)$this->fixture->version->id,
                'items' => [['cmid' => (int)$cm->id, 'slot' => $cm->name, 'competences' => []]]],
            'local_sens_link_course' => ['courseid' => (int)$this->unlinked->id, 'programme' => 'du-cns'],
            'local_sens_get_learner_decision' => ['courseid' => $course, 'userid' => $learner],
            'local_sens_get_learner_decision@c2' => ['courseid' => (int)$this->othercourse->id, 'userid' => $learner],
            'local_sens_simulate_decision' => ['courseid' => $course, 'versionid' => (int)$this->fixture->version->id,
                'asof' => '2026-12-01', 'record' => json_encode(['learner' => 'simulation',
                    'programme' => ['id' => $this->fixture->definition['id'], 'version' => $this->fixture->definition['version']],
                    'enrolment' => ['start' => '2026-09-01']])],
            'mod_sensportfolio_submit_portfolio' => ['cmid' => (int)$this->portfolio->cmid],
            'local_sens_save_attestation_sheet' => ['sessionid' => $this->sessionid, 'workshop' => 'donnees',
                'rows' => [['userid' => $learner, 'unit' => 'donnees.debutant', 'present' => true,
                    'passed' => $persona !== 'teacher', 'note' => $persona, 'reason' => 'matrix', 'key' => '']]],
            'local_sens_save_attestation_sheet@notlead' => ['sessionid' => $this->othersessionid, 'workshop' => 'donnees',
                'rows' => [['userid' => $learner, 'unit' => 'donnees.debutant', 'present' => true,
                    'passed' => $persona !== 'engineer', 'note' => $persona, 'reason' => 'matrix', 'key' => '']]],
            'local_sens_cosign_attestations' => ['sessionid' => $this->sessionid, 'workshop' => 'donnees',
                'attestationids' => [1]],
            'local_sens_cosign_attestations@notlead' => ['sessionid' => $this->othersessionid, 'workshop' => 'donnees',
                'attestationids' => [1]],
        };
    }

    /**
     * Course C with its learners and teacher, C2 with its teacher, C3 unlinked, the engineer, session S1 of C started.
     */
    private function fixture(): void {
        global $DB;
        $gen = $this->getDataGenerator();
        $sens = $gen->get_plugin_generator('local_sens');
        $this->fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $this->othercourse = $sens->create_linked_course(['version' => $this->fixture->version, 'units' => []])->course;
        $this->unlinked = $gen->create_course();
        $this->users['learner'] = $gen->create_and_enrol($this->fixture->course, 'student');
        $this->users['otherlearner'] = $gen->create_and_enrol($this->fixture->course, 'student');
        $this->users['teacher'] = $gen->create_and_enrol($this->fixture->course, 'editingteacher');
        $this->users['otherteacher'] = $gen->create_and_enrol($this->othercourse, 'editingteacher');
        foreach (['learner', 'otherlearner'] as $persona) {
            $gen->enrol_user($this->users[$persona]->id, $this->unlinked->id, 'student');
        }
        $gen->enrol_user($this->users['teacher']->id, $this->unlinked->id, 'editingteacher');
        $this->users['engineer'] = $gen->create_user();
        role_assign($DB->get_field('role', 'id', ['shortname' => 'manager']), $this->users['engineer']->id,
            \context_system::instance()->id);
        $this->portfolio = $gen->create_module('sensportfolio', ['course' => $this->fixture->course->id]);
        $gen->get_plugin_generator('mod_sensportfolio')->create_entry(['sensportfolioid' => $this->portfolio->id,
            'userid' => $this->users['learner']->id]);
        // Enrolments may be recomputed by a queued task: let it run (L's portfolio unit is then open).
        ob_start();
        $this->runAdhocTasks();
        ob_end_clean();
        $sessions = \core\di::get(\local_sens\local\workshop\session_service::class);
        $list = $sessions->sessions((int)$this->fixture->course->id, (int)get_admin()->id);
        $s1 = reset($list);
        // The teacher leads S1; S2 (started too) is led by nobody: only local/sens:attestanysession attests there.
        $sessions->update($s1, time() - 600, 0, 'B12', [(int)$this->users['teacher']->id], (int)get_admin()->id);
        $this->sessionid = (int)$s1->id;
        $s2 = next($list);
        $sessions->update($s2, time() - 300, 0, 'B13', [], (int)get_admin()->id);
        $this->othersessionid = (int)$s2->id;
    }

    /**
     * Log in as a persona.
     *
     * @param string $persona
     */
    private function login(string $persona): void {
        match ($persona) {
            'anonymous' => $this->setUser(null),
            'guest' => $this->setGuestUser(),
            'admin' => $this->setAdminUser(),
            default => $this->setUser($this->users[$persona]),
        };
    }

    /**
     * What the SENS plugins store, to compare before and after a refused call.
     *
     * @return string
     */
    private function fingerprint(): string {
        global $DB;
        $tables = array_filter($DB->get_tables(false), fn($t) => str_starts_with($t, 'local_sens_')
            || str_starts_with($t, 'sensportfolio'));
        sort($tables);
        $state = [];
        foreach ($tables as $table) {
            $state[$table] = $DB->get_records($table, null, 'id');
        }
        $state['availability'] = $DB->get_records_select_menu('course_modules', 'availability IS NOT NULL', null, 'id',
            'id, availability');
        return sha1(json_encode($state));
    }
}
