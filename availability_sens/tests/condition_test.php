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


namespace availability_sens;

use local_sens\local\gating\gating_service;
use local_sens\local\gating\open_units_repository;

/**
 * Tests of the SENS level condition: availability from the learner's stored decision, its text with the engine's
 * reason in the viewer's language, user lists, reads that do not grow with the activities, the cached entry dropped
 * after (never inside) the transaction that changes a decision, the form that cannot add it, uninstall.
 *
 * @package    availability_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \availability_sens\condition
 * @covers     \availability_sens\frontend
 * @covers     \local_sens\local\gating\open_units_repository
 */
final class condition_test extends \advanced_testcase {

    /** @var \stdClass Linked course fixture (Données Débutant and Intermédiaire quizzes). */
    private \stdClass $fixture;

    /** @var \stdClass A new learner: Débutant open, Intermédiaire locked. */
    private \stdClass $learner;

    /**
     * Course, gating, one learner.
     */
    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $this->fixture = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        \core\di::get(gating_service::class)->sync_course((int)$this->fixture->course->id);
        $this->learner = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'student');
        // The enrolment's deferred recompute (cron in production) stores the learner's first decision.
        $sens->run_pending_recomputes();
    }

    /**
     * The availability info of a course module.
     *
     * @param string $slot
     * @return \core_availability\info_module
     */
    private function info(string $slot): \core_availability\info_module {
        $cm = get_fast_modinfo($this->fixture->course)->get_cm($this->fixture->cms[$slot]->id);
        return new \core_availability\info_module($cm);
    }

    /**
     * Open and locked levels, the NOT form, and the JSON saved back unchanged.
     */
    public function test_is_available(): void {
        $info = $this->info('donnees.intermediaire.e1.exercices');
        $locked = new condition((object)['type' => 'sens', 'p' => 'du-cns', 'u' => 'donnees.intermediaire']);
        $open = new condition((object)['type' => 'sens', 'p' => 'du-cns', 'u' => 'donnees.debutant']);
        $userid = (int)$this->learner->id;
        $this->assertFalse($locked->is_available(false, $info, false, $userid));
        $this->assertTrue($locked->is_available(true, $info, false, $userid));
        $this->assertTrue($open->is_available(false, $info, false, $userid));
        // Another programme, or nobody: closed.
        $other = new condition((object)['type' => 'sens', 'p' => 'mastere-sousse', 'u' => 'donnees.debutant']);
        $this->assertFalse($other->is_available(false, $info, false, $userid));
        $this->assertFalse($open->is_available(false, $info, false, (int)get_admin()->id));
        $this->assertEquals((object)['type' => 'sens', 'p' => 'du-cns', 'u' => 'donnees.intermediaire'], $locked->save());
        $this->expectException(\coding_exception::class);
        new condition((object)['type' => 'sens', 'p' => 'du-cns']);
    }

    /**
     * The learner reads the level and the engine's reason, in their language; the full text (teachers) names
     * the level only.
     */
    public function test_description_in_viewer_language(): void {
        $this->setUser($this->learner);
        $cm = get_fast_modinfo($this->fixture->course)->get_cm($this->fixture->cms['donnees.intermediaire.e1.exercices']->id);
        $this->assertFalse($cm->uservisible);
        $en = \core_availability\info::format_info($cm->availableinfo, $this->fixture->course);
        $this->assertStringContainsString('Health data — Applying and processing health data', $en);
        $this->assertStringContainsString('Fundamentals of health data', $en);

        // Make 'fr' an installed language in the test dataroot (Moodle's fr pack cannot be downloaded here).
        global $CFG;
        make_writable_directory($CFG->dataroot . '/lang/fr');
        file_put_contents($CFG->dataroot . '/lang/fr/langconfig.php',
            "<?php\n\$string['thislanguage'] = 'Français';\n\$string['parentlanguage'] = '';\n");
        get_string_manager()->reset_caches();
        force_current_language('fr');
        try {
            get_fast_modinfo(0, 0, true);
            $cm = get_fast_modinfo($this->fixture->course)->get_cm($this->fixture->cms['donnees.intermediaire.e1.exercices']->id);
            $fr = \core_availability\info::format_info($cm->availableinfo, $this->fixture->course);
            $this->assertStringContainsString('Données de santé — Application et traitement des données de santé', $fr);
            $this->assertStringContainsString('Fondamentaux des données de santé', $fr);
            $this->assertStringContainsString('Verrouillé', $fr);
        } finally {
            force_current_language('');
        }

        $info = $this->info('donnees.intermediaire.e1.exercices');
        $full = \core_availability\info::format_info($info->get_full_information(), $this->fixture->course);
        $this->assertStringContainsString('Health data — Applying and processing health data', $full);
    }

    /**
     * Reports and grading: filter_user_list and get_user_list_sql keep the learners to whom the level is open.
     */
    public function test_user_lists(): void {
        global $DB;
        $second = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        // Open Intermédiaire to the second learner in their stored decision, as the engine would.
        $repository = \core\di::get(open_units_repository::class);
        $DB->insert_record('local_sens_openunit', ['userid' => $second->id, 'programme' => 'du-cns',
            'unit' => 'donnees.intermediaire']);
        $info = $this->info('donnees.intermediaire.e1.exercices');
        $users = [(int)$this->learner->id => $this->learner, (int)$second->id => $second];

        $this->assertSame([(int)$second->id], array_keys($info->filter_user_list($users)));
        [$sql, $params] = $info->get_user_list_sql(true);
        $this->assertEquals([(int)$second->id], array_map('intval', $DB->get_fieldset_sql($sql, $params)));
        $this->assertEqualsCanonicalizing([(int)$this->learner->id, (int)$second->id],
            $repository->users_with_open_unit('du-cns', 'donnees.debutant'));
    }

    /**
     * The user lists fail closed like is_available(): a learner enrolled but waiting for the deferred recompute (no
     * decision stored yet) is in neither list, for the level or its negation, nor is a user who does not follow the
     * programme; once the task has stored their decision they are listed as the rules say (Débutant open to a new
     * learner, Intermédiaire not).
     */
    public function test_user_lists_fail_closed_before_first_decision(): void {
        global $DB;
        $waiting = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'student');
        $outsider = $this->getDataGenerator()->create_user();
        $users = [(int)$this->learner->id => $this->learner, (int)$waiting->id => $waiting, (int)$outsider->id => $outsider];
        $intermediaire = new condition((object)['type' => 'sens', 'p' => 'du-cns', 'u' => 'donnees.intermediaire']);
        $debutant = new condition((object)['type' => 'sens', 'p' => 'du-cns', 'u' => 'donnees.debutant']);
        $info = $this->info('donnees.intermediaire.e1.exercices');
        $checker = new \core_availability\capability_checker($info->get_context());
        $lists = function() use ($users, $intermediaire, $debutant, $info, $checker, $DB): array {
            $sql = function(condition $condition, bool $not) use ($info, $DB): array {
                [$sql, $params] = $condition->get_user_list_sql($not, $info, false);
                $ids = array_map('intval', $DB->get_fieldset_sql($sql, $params));
                sort($ids);
                return $ids;
            };
            return [
                array_keys($debutant->filter_user_list($users, false, $info, $checker)),
                array_keys($intermediaire->filter_user_list($users, true, $info, $checker)),
                array_keys($intermediaire->filter_user_list($users, false, $info, $checker)),
                $sql($debutant, false), $sql($intermediaire, true), $sql($intermediaire, false),
            ];
        };
        $learner = (int)$this->learner->id;
        $this->assertSame([[$learner], [$learner], [], [$learner], [$learner], []], $lists(),
            'waiting for the first decision: in no list');

        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $both = [$learner, (int)$waiting->id];
        sort($both);
        $this->assertSame([$both, $both, [], $both, $both, []], $lists());
    }

    /**
     * What the SENS conditions add to the reads of the learner's course page (modinfo with every activity's
     * availability) is the same for 10 and 15 gated activities: the condition reads one cached entry.
     */
    public function test_reads_do_not_grow_with_activities(): void {
        global $DB;
        // Outside PHPUnit's own transaction, as a request runs (the learner's entry then comes from the cache).
        $this->preventResetByRollback();
        $this->setUser($this->learner);
        $reads = function(\stdClass $course, int $lockedcmid, bool $gated) use ($DB): int {
            // A warm pass first (mod_quiz caches each quiz's overrides for the user).
            get_fast_modinfo(0, 0, true);
            $warm = get_fast_modinfo($course->id)->get_cm($lockedcmid)->uservisible;
            foreach (get_fast_modinfo($course->id)->get_cms() as $cm) {
                $cm->uservisible;
            }
            get_fast_modinfo(0, 0, true);
            // As the course page does: the activities' contexts in one read (Moodle checks capabilities on those
            // of unavailable activities).
            \context_helper::preload_course($course->id);
            $before = $DB->perf_get_reads();
            $visible = [];
            foreach (get_fast_modinfo($course->id)->get_cms() as $cm) {
                $visible[$cm->id] = $cm->uservisible;
            }
            $after = $DB->perf_get_reads();
            $this->assertSame(!$gated, $visible[$lockedcmid]);
            $this->assertSame($warm, $visible[$lockedcmid]);
            return $after - $before;
        };
        $added = function(\stdClass $course, int $lockedcmid) use ($DB, $reads): int {
            $with = $reads($course, $lockedcmid, true);
            foreach ($DB->get_records('course_modules', ['course' => $course->id]) as $cm) {
                $DB->set_field('course_modules', 'availability', local\tree_editor::without_levels($cm->availability),
                    ['id' => $cm->id]);
            }
            rebuild_course_cache($course->id, true);
            $without = $reads($course, $lockedcmid, false);
            \core\di::get(gating_service::class)->sync_course((int)$course->id);
            return $with - $without;
        };
        $small = $added($this->fixture->course, $this->fixture->cms['donnees.intermediaire.e1.exercices']->id);
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $big = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire', 'donnees.avance'],
            'version' => $this->fixture->version]);
        \core\di::get(gating_service::class)->sync_course((int)$big->course->id);
        $this->getDataGenerator()->enrol_user($this->learner->id, $big->course->id, 'student');
        $this->assertSame($small, $added($big->course, $big->cms['donnees.avance.e1.exercices']->id));
        $this->assertSame(0, $small);
    }

    /**
     * The cached entry is dropped after the transaction that changes the decision commits, not inside it.
     */
    public function test_entry_dropped_after_commit(): void {
        global $DB;
        // Outside PHPUnit's own transaction, as a request runs.
        $this->preventResetByRollback();
        $repository = \core\di::get(open_units_repository::class);
        $userid = (int)$this->learner->id;
        $this->assertFalse($repository->is_open($userid, 'du-cns', 'donnees.intermediaire'));
        $cache = \cache::make('local_sens', 'openunits');

        $transaction = $DB->start_delegated_transaction();
        $row = $DB->get_record('local_sens_decision', ['userid' => $userid], '*', MUST_EXIST);
        $decision = json_decode($row->decision, true);
        foreach ($decision['units'] as &$unit) {
            if ($unit['id'] === 'donnees.intermediaire') {
                $unit['state'] = 'open';
            }
        }
        unset($unit);
        $DB->set_field('local_sens_decision', 'decision', json_encode($decision), ['id' => $row->id]);
        $repository->invalidate([$userid]);
        $this->assertNotFalse($cache->get($userid), 'inside the transaction the entry stays');
        $transaction->allow_commit();

        $this->assertTrue($repository->is_open($userid, 'du-cns', 'donnees.intermediaire'));
        $this->assertTrue(isset($cache->get($userid)['du-cns']['open']['donnees.intermediaire']), 'refilled after the commit');
    }

    /**
     * Teachers cannot add the condition by hand: the form never offers it.
     */
    public function test_frontend_does_not_allow_add(): void {
        $frontend = new frontend();
        $method = new \ReflectionMethod($frontend, 'allow_add');
        $this->assertFalse($method->invoke($frontend, $this->fixture->course));
        $params = new \ReflectionMethod($frontend, 'get_javascript_init_params');
        $titles = (array)$params->invoke($frontend, $this->fixture->course)[0];
        $this->assertSame('Health data — Applying and processing health data', $titles['donnees.intermediaire']);
    }

    /**
     * Uninstall takes every SENS condition off.
     */
    public function test_uninstall_removes_conditions(): void {
        global $CFG, $DB;
        require_once($CFG->dirroot . '/availability/condition/sens/db/uninstall.php');
        $this->assertGreaterThan(0, $DB->count_records_select('course_modules', $DB->sql_like('availability', ':p'),
            ['p' => '%"type":"sens"%']));
        xmldb_availability_sens_uninstall();
        $this->assertSame(0, $DB->count_records_select('course_modules', $DB->sql_like('availability', ':p'),
            ['p' => '%"type":"sens"%']));
    }
}
