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

namespace local_sens\local\gating;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/lib.php');
require_once($CFG->dirroot . '/webservice/rest/locallib.php');

/**
 * The mobile app's entry point (webservice/rest/server.php) without its final die(): token authentication for the
 * moodle_mobile_app service, function lookup in that service, then the function itself.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class enforcement_test_rest_server extends \webservice_rest_server {

    /**
     * Serve one request as server.php does, returning the function's result instead of printing it.
     *
     * @param array $post The request's POST parameters (wstoken, wsfunction, moodlewsrestformat, arguments).
     * @return mixed
     */
    public function serve(array $post) {
        $_POST = $post;
        $this->parse_request();
        $this->authenticate_user();
        $this->load_function_info();
        $this->execute();
        return $this->returns;
    }
}

/**
 * A locked level is refused by Moodle itself through the SENS level condition (availability_sens): course page,
 * view.php's require_login, the quiz web services and the mobile app's web service entry point; the same calls
 * succeed once the engine opens the level. Nobody else learns a learner's levels.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\gating\gating_service
 * @covers     \availability_sens\condition
 * @covers     \local_sens\observer
 */
final class enforcement_test extends \externallib_advanced_testcase {

    /** @var \stdClass Fixture of the linked course. */
    private \stdClass $fixture;

    /** @var \stdClass The learner. */
    private \stdClass $learner;

    /**
     * Course with the Débutant and Intermédiaire quizzes of "Données de santé", gating synced, a learner enrolled.
     */
    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $this->fixture = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        \core\di::get(gating_service::class)->sync_course((int)$this->fixture->course->id);
        $this->learner = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
    }

    /**
     * The first Intermédiaire quiz.
     *
     * @return \stdClass
     */
    private function locked_quiz(): \stdClass {
        return $this->fixture->cms['donnees.intermediaire.e1.exercices'];
    }

    /**
     * Validate Débutant the way Moodle does it: completions (events) and the attestation service (event).
     */
    private function validate_debutant(): void {
        $this->setAdminUser();
        $completion = new \completion_info($this->fixture->course);
        foreach ($this->fixture->cms as $slot => $cm) {
            if (str_starts_with($slot, 'donnees.debutant.')) {
                $completion->update_state(get_fast_modinfo($this->fixture->course)->get_cm($cm->id), COMPLETION_COMPLETE,
                    $this->learner->id);
            }
        }
        \core\di::get(\local_sens\local\attestation\attestation_service::class)->record((int)get_admin()->id,
            (int)$this->learner->id, (int)$this->fixture->version->id, 'donnees.debutant', 'S1',
            \local_sens\local\learner\record_builder::date(time()), 'passed',
            \context_course::instance($this->fixture->course->id));
        get_fast_modinfo(0, 0, true);
        $this->setUser($this->learner);
    }

    /**
     * Course page and view.php: the locked quiz is shown greyed with the level's restriction and the engine's
     * reason, and require_login
     * (what view.php calls) refuses it; once Débutant is validated it is available.
     */
    public function test_view_php_refuses_locked_level(): void {
        $this->setUser($this->learner);
        $cm = get_fast_modinfo($this->fixture->course)->get_cm($this->locked_quiz()->id);
        $this->assertFalse($cm->uservisible);
        $this->assertFalse($cm->available);
        $this->assertTrue($cm->is_visible_on_course_page());
        $info = \core_availability\info::format_info($cm->availableinfo, $this->fixture->course);
        $this->assertStringContainsString('Health data — Applying and processing health data', $info);
        // The engine's reason: Débutant ("Fundamentals of health data") must be validated first.
        $this->assertStringContainsString('Fundamentals of health data', $info);
        // The Débutant quizzes are open.
        $this->assertTrue(get_fast_modinfo($this->fixture->course)
            ->get_cm($this->fixture->cms['donnees.debutant.e1.exercices']->id)->uservisible);
        try {
            require_login($this->fixture->course, false, $cm, false, true);
            $this->fail('require_login accepted a locked level');
        } catch (\require_login_exception $e) {
            $this->assertSame('requireloginerror', $e->errorcode);
            $this->assertStringContainsString('Activity is hidden', $e->getMessage());
        }

        $this->validate_debutant();
        $cm = get_fast_modinfo($this->fixture->course)->get_cm($this->locked_quiz()->id);
        $this->assertTrue($cm->uservisible);
        // A fresh page, as a new view.php request has.
        $GLOBALS['PAGE'] = new \moodle_page();
        require_login($this->fixture->course, false, $cm, false, true);
        $this->assertEquals($cm->id, $GLOBALS['PAGE']->cm->id);
    }

    /**
     * mod_quiz web services (validate_context) refuse the locked quiz, and accept it once open.
     */
    public function test_quiz_web_services_refuse_locked_level(): void {
        $this->setUser($this->learner);
        $quizid = $this->locked_quiz()->instance;
        foreach (['get_quiz_access_information', 'start_attempt'] as $method) {
            try {
                \mod_quiz_external::$method($quizid);
                $this->fail("mod_quiz_external::$method accepted a locked level");
            } catch (\require_login_exception $e) {
                $this->assertSame('requireloginerror', $e->errorcode);
            }
        }
        $this->validate_debutant();
        $result = \mod_quiz_external::get_quiz_access_information($quizid);
        $this->assertTrue($result['canattempt']);
    }

    /**
     * The mobile app's path: a token of the moodle_mobile_app service through the REST server refuses the locked
     * quiz (and core_course_get_contents shows it unavailable with the reason), then serves it once open.
     */
    public function test_mobile_web_service_refuses_locked_level(): void {
        global $DB;
        set_config('enablewebservices', 1);
        set_config('enablemobilewebservice', 1);
        set_config('webserviceprotocols', 'rest');
        $service = $DB->get_record('external_services', ['shortname' => MOODLE_OFFICIAL_MOBILE_SERVICE], '*', MUST_EXIST);
        $DB->set_field('external_services', 'enabled', 1, ['id' => $service->id]);
        $this->assertTrue($DB->record_exists('external_services_functions',
            ['externalserviceid' => $service->id, 'functionname' => 'mod_quiz_get_quiz_access_information']));
        $token = \core_external\util::generate_token(EXTERNAL_TOKEN_PERMANENT, $service, (int)$this->learner->id,
            \context_system::instance());
        $call = function(string $function, array $args) use ($token) {
            $server = new enforcement_test_rest_server(WEBSERVICE_AUTHMETHOD_PERMANENT_TOKEN);
            return $server->serve(['wstoken' => $token, 'wsfunction' => $function, 'moodlewsrestformat' => 'json'] + $args);
        };
        $quizid = $this->locked_quiz()->instance;

        try {
            $call('mod_quiz_get_quiz_access_information', ['quizid' => $quizid]);
            $this->fail('the mobile web service accepted a locked level');
        } catch (\require_login_exception $e) {
            $this->assertSame('requireloginerror', $e->errorcode);
        }
        $this->setUser(null);
        try {
            $call('mod_quiz_start_attempt', ['quizid' => $quizid]);
            $this->fail('the mobile web service started an attempt on a locked level');
        } catch (\require_login_exception $e) {
            $this->assertSame('requireloginerror', $e->errorcode);
        }
        $this->setUser(null);
        $contents = $call('core_course_get_contents', ['courseid' => $this->fixture->course->id]);
        $modules = array_column(array_merge(...array_column($contents, 'modules')), null, 'id');
        $locked = $modules[$this->locked_quiz()->id];
        $this->assertFalse($locked['uservisible']);
        $this->assertStringContainsString('Health data — Applying and processing health data', $locked['availabilityinfo']);

        $this->validate_debutant();
        $this->setUser(null);
        $result = $call('mod_quiz_get_quiz_access_information', ['quizid' => $quizid]);
        $this->assertTrue($result['canattempt']);
    }

    /**
     * Another learner of the course learns nothing of a learner's levels: not on the profile page (user/view.php's
     * course details), not through core_enrol_get_enrolled_users nor core_user_get_course_user_profiles (the mobile
     * app's). The first gating's groups showed "Données de santé — Avancé (niveau ouvert)" there.
     */
    public function test_other_learners_levels_not_exposed(): void {
        global $CFG;
        require_once($CFG->libdir . '/myprofilelib.php');
        require_once($CFG->dirroot . '/enrol/externallib.php');
        require_once($CFG->dirroot . '/user/externallib.php');
        $this->validate_debutant();
        $learnerid = (int)$this->learner->id;
        $this->assertTrue(\core\di::get(open_units_repository::class)->is_open($learnerid, 'du-cns', 'donnees.intermediaire'));
        $other = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $this->setUser($other);
        $titles = ['Données de santé', 'Health data', 'niveau', 'sens:'];

        // The profile page (user/view.php?id=<learner>&course=<course>) as the other learner sees it.
        $GLOBALS['PAGE'] = new \moodle_page();
        $GLOBALS['PAGE']->set_url('/user/view.php', ['id' => $learnerid, 'course' => $this->fixture->course->id]);
        $GLOBALS['PAGE']->set_context(\context_course::instance($this->fixture->course->id));
        $GLOBALS['PAGE']->set_course($this->fixture->course);
        $tree = new \core_user\output\myprofile\tree();
        core_myprofile_navigation($tree, \core_user::get_user($learnerid), false, $this->fixture->course);
        $tree->sort_categories();
        $text = '';
        foreach ($tree->categories as $category) {
            foreach ($category->nodes as $node) {
                $text .= ' ' . $node->title . ' ' . $node->content;
            }
        }
        $this->assertNotSame('', trim($text), 'the profile shows the course details');
        $enrolled = \core_enrol_external::get_enrolled_users((int)$this->fixture->course->id);
        $enrolled = \core_external\external_api::clean_returnvalue(\core_enrol_external::get_enrolled_users_returns(), $enrolled);
        $mine = array_values(array_filter($enrolled, fn($u) => (int)$u['id'] === $learnerid));
        $this->assertCount(1, $mine);
        $this->assertSame([], $mine[0]['groups'] ?? []);
        $profiles = \core_user_external::get_course_user_profiles([['userid' => $learnerid,
            'courseid' => (int)$this->fixture->course->id]]);
        $this->assertSame([], $profiles[0]['groups'] ?? []);
        foreach ($titles as $title) {
            $this->assertStringNotContainsString($title, $text);
            $this->assertStringNotContainsString($title, json_encode($mine, JSON_UNESCAPED_UNICODE));
            $this->assertStringNotContainsString($title, json_encode($profiles, JSON_UNESCAPED_UNICODE));
        }
    }
}
