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

namespace local_sens\external;

use core_external\external_api;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * Tests of the mapping web services: capability, sesskey and validation refusals change nothing; a valid save
 * stores and returns the coverage; the stored decision is given to the learner themself and to teachers only.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\external\get_course_mapping
 * @covers     \local_sens\external\save_course_mapping
 * @covers     \local_sens\external\get_learner_decision
 * @covers     \local_sens\external\link_course
 */
final class mapping_external_test extends \externallib_advanced_testcase {

    /** @var \stdClass Linked course with the Débutant quizzes of "Données de santé" mapped. */
    private \stdClass $fixture;

    /** @var \stdClass Editing teacher (pedagogical engineer of the course). */
    private \stdClass $teacher;

    /** @var \stdClass Learner. */
    private \stdClass $learner;

    /**
     * Fixture.
     */
    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $this->fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $this->teacher = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'editingteacher');
        $this->learner = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
    }

    /**
     * The stored mapping rows, comparable.
     *
     * @return array
     */
    private function rows(): array {
        global $DB;
        return array_values(array_map(fn($r) => [(int)$r->cmid, $r->slot, $r->competences],
            $DB->get_records('local_sens_mapping', [], 'cmid, slot')));
    }

    /**
     * Calls a function as core/ajax does (lib/ajax/service.php → call_external_function).
     *
     * @param string $function
     * @param array $args
     * @param string|null $sesskey The sesskey the request carries (default: the user's; null: none).
     * @return array Keys error, exception, data.
     */
    private function ajax(string $function, array $args, ?string $sesskey = ''): array {
        unset($_POST['sesskey'], $_GET['sesskey']);
        if ($sesskey !== null) {
            $_POST['sesskey'] = $sesskey === '' ? sesskey() : $sesskey;
        }
        return external_api::call_external_function($function, $args, true);
    }

    /**
     * A few valid items.
     *
     * @return array
     */
    private function items(): array {
        $cm = $this->fixture->cms['donnees.debutant.e1.exercices'];
        return [['cmid' => $cm->id, 'slot' => 'donnees.debutant.e1.exercices', 'competences' => ['mc1.d1']]];
    }

    /**
     * A learner is refused reading and saving the mapping; nothing changes.
     */
    public function test_learner_refused(): void {
        $before = $this->rows();
        $this->setUser($this->learner);
        foreach ([
            ['local_sens_get_course_mapping', ['courseid' => $this->fixture->course->id]],
            ['local_sens_save_course_mapping', ['courseid' => $this->fixture->course->id,
                'versionid' => $this->fixture->version->id, 'items' => []]],
        ] as [$function, $args]) {
            $response = $this->ajax($function, $args);
            $this->assertTrue($response['error'], $function);
            $this->assertSame('nopermissions', $response['exception']->errorcode, $function);
        }
        $this->assertSame($before, $this->rows());
        $this->assertCount(6, $before);
    }

    /**
     * Without the sesskey the save is refused; with it the same request is stored.
     */
    public function test_sesskey_required(): void {
        $before = $this->rows();
        $this->setUser($this->teacher);
        $args = ['courseid' => $this->fixture->course->id, 'versionid' => $this->fixture->version->id,
            'items' => $this->items()];
        $response = $this->ajax('local_sens_save_course_mapping', $args, null);
        $this->assertTrue($response['error']);
        $this->assertSame('missingparam', $response['exception']->errorcode);
        $this->assertSame($before, $this->rows());
        $response = $this->ajax('local_sens_save_course_mapping', $args, 'notthesesskey');
        $this->assertTrue($response['error']);
        $this->assertSame('invalidsesskey', $response['exception']->errorcode);
        $this->assertSame($before, $this->rows());

        $response = $this->ajax('local_sens_save_course_mapping', $args);
        $this->assertFalse($response['error']);
        $this->assertTrue($response['data']['saved']);
        $this->assertCount(1, $this->rows());
    }

    /**
     * Parameters of the wrong type and items that do not fit the programme change nothing; errors name item and field.
     */
    public function test_validation_errors_change_nothing(): void {
        $before = $this->rows();
        $this->setUser($this->teacher);
        $response = $this->ajax('local_sens_save_course_mapping', ['courseid' => $this->fixture->course->id,
            'versionid' => $this->fixture->version->id, 'items' => [['cmid' => 'abc', 'slot' => 'x', 'competences' => []]]]);
        $this->assertTrue($response['error']);
        $this->assertSame('invalidparameter', $response['exception']->errorcode);
        $this->assertSame($before, $this->rows());

        $items = $this->items();
        $items[] = ['cmid' => $items[0]['cmid'], 'slot' => 'donnees.debutant.e9.exercices', 'competences' => ['mc1.d1']];
        $response = $this->ajax('local_sens_save_course_mapping', ['courseid' => $this->fixture->course->id,
            'versionid' => $this->fixture->version->id, 'items' => $items]);
        $this->assertFalse($response['error']);
        $this->assertFalse($response['data']['saved']);
        $this->assertSame([['item' => 1, 'cmid' => (int)$items[0]['cmid'], 'field' => 'slot']],
            array_map(fn($e) => ['item' => $e['item'], 'cmid' => $e['cmid'], 'field' => $e['field']], $response['data']['errors']));
        $this->assertStringContainsString('donnees.debutant.e9.exercices', $response['data']['errors'][0]['message']);
        $this->assertArrayNotHasKey('coverage', $response['data']);
        $this->assertSame($before, $this->rows());
    }

    /**
     * The teacher reads the mapping with its coverage, saves a valid one and gets the new coverage back.
     */
    public function test_get_and_save(): void {
        $this->setUser($this->teacher);
        $response = $this->ajax('local_sens_get_course_mapping', ['courseid' => $this->fixture->course->id]);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $data = $response['data'];
        $this->assertSame('du-cns', $data['programme']);
        $this->assertSame((int)$this->fixture->version->id, $data['versionid']);
        $this->assertSame('du-cns', json_decode($data['definition'], true)['id']);
        $this->assertCount(6, $data['items']);
        $this->assertCount(6, $data['cms']);
        $this->assertSame('quiz', $data['cms'][0]['modname']);
        $this->assertSame(6, $data['coverage']['summary']['slotscovered']);
        $this->assertMatchesRegularExpression('/^\d{4}-\d{2}-\d{2}$/', $data['today']);

        $response = $this->ajax('local_sens_save_course_mapping', ['courseid' => $this->fixture->course->id,
            'versionid' => $this->fixture->version->id, 'items' => $this->items()]);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $this->assertTrue($response['data']['saved']);
        $this->assertSame([], $response['data']['errors']);
        $this->assertSame(1, $response['data']['coverage']['summary']['slotscovered']);
        $this->assertSame(1, $response['data']['coverage']['summary']['competencescovered']);
        $this->assertSame(5, $response['data']['coverage']['summary']['cmsunmapped']);
        $cmid = (int)$this->fixture->cms['donnees.debutant.e1.exercices']->id;
        $this->assertSame([[$cmid, 'donnees.debutant.e1.exercices', '["mc1.d1"]']], $this->rows());
    }

    /**
     * The stored decision: a learner gets their own, not another's; a teacher gets any learner's.
     */
    public function test_learner_decision(): void {
        global $DB;
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $other = $this->getDataGenerator()->create_and_enrol($this->fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        // Enrolling in the linked course enrolled the learner in the programme's latest published version (observer).
        $this->assertTrue($DB->record_exists('local_sens_enrolment', ['userid' => $this->learner->id,
            'versionid' => $this->fixture->version->id]));
        $DB->delete_records('local_sens_decision', ['userid' => $this->learner->id]);
        $decision = ['programme' => ['id' => 'du-cns', 'version' => '1'], 'learner' => (string)$this->learner->id,
            'verdict' => ['code' => 'not_started', 'reasons' => []], 'units' => [], 'next' => null];
        $sens->create_decision(['userid' => $this->learner->id, 'versionid' => $this->fixture->version->id,
            'asof' => '2026-11-23', 'decision' => $decision]);
        $args = ['courseid' => $this->fixture->course->id, 'userid' => $this->learner->id];

        $this->setUser($this->learner);
        $response = $this->ajax('local_sens_get_learner_decision', $args);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $this->assertTrue($response['data']['found']);
        $this->assertSame('2026-11-23', $response['data']['asof']);
        $this->assertSame($decision, json_decode($response['data']['decision'], true));
        // The same decision in the reader's words (the presenter, through its exporter).
        $presented = array_column($response['data']['presented']['units'], null, 'id');
        $this->assertSame(get_string('decision:state_' . $presented['donnees.debutant']['state'], 'local_sens'),
            $presented['donnees.debutant']['statelabel']);
        $this->assertSame($decision['verdict']['code'], $response['data']['presented']['verdict']['code']);
        $record = json_decode($response['data']['record'], true);
        $this->assertSame('du-cns', $record['programme']['id']);
        $this->assertSame($DB->get_field('local_sens_enrolment', 'startdate', ['userid' => $this->learner->id]),
            $record['enrolment']['start']);

        $response = $this->ajax('local_sens_get_learner_decision', ['courseid' => $this->fixture->course->id,
            'userid' => $other->id]);
        $this->assertTrue($response['error']);
        $this->assertSame('nopermissions', $response['exception']->errorcode);

        $this->setUser($this->teacher);
        $response = $this->ajax('local_sens_get_learner_decision', $args);
        $this->assertFalse($response['error']);
        $this->assertSame($decision, json_decode($response['data']['decision'], true));
        $response = $this->ajax('local_sens_get_learner_decision', ['courseid' => $this->fixture->course->id,
            'userid' => $other->id]);
        $this->assertFalse($response['error']);
        $this->assertSame(json_decode($DB->get_field('local_sens_decision', 'decision', ['userid' => $other->id]) ?: 'null',
            true), $response['data']['decision'] === '' ? null : json_decode($response['data']['decision'], true));
    }

    /**
     * Finding 3: programme texts with "<" (the importer accepts them) are returned as they are (plain text, escaped by
     * the templates): the mapping loads, a save with such a slot id reports its error, a valid save returns its
     * coverage.
     */
    public function test_texts_with_angle_brackets(): void {
        global $DB;
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $definition = json_decode(file_get_contents(\local_sens_generator::programme_file('du-cns')), true);
        $definition['title'] = 'DU <CNS> & santé';
        $definition['titleEn'] = 'DU <CNS> & health';
        $definition['slots'][0]['title'] = 'Exercices <b>1</b> & quiz';
        $version = $sens->create_programme_version(['programme' => 'du-cns', 'definition' => $definition]);
        $fixture = $sens->create_linked_course(['version' => $version, 'units' => [$definition['slots'][0]['unit']]]);
        $teacher = $this->getDataGenerator()->create_and_enrol($fixture->course, 'editingteacher');
        $this->setUser($teacher);

        $response = $this->ajax('local_sens_get_course_mapping', ['courseid' => $fixture->course->id]);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $this->assertSame('DU <CNS> & health', $response['data']['title']);
        $this->assertSame('Exercices <b>1</b> & quiz', $response['data']['coverage']['slots'][0]['title']);

        $cmid = (int)$fixture->cms[$definition['slots'][0]['id']]->id;
        $response = $this->ajax('local_sens_save_course_mapping', ['courseid' => $fixture->course->id,
            'versionid' => $version->id, 'items' => [['cmid' => $cmid, 'slot' => '<b>nope</b>', 'competences' => []]]]);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $this->assertFalse($response['data']['saved']);
        $this->assertStringContainsString('"<b>nope</b>"', $response['data']['errors'][0]['message']);

        $items = [['cmid' => $cmid, 'slot' => $definition['slots'][0]['id'], 'competences' => []]];
        $response = $this->ajax('local_sens_save_course_mapping', ['courseid' => $fixture->course->id,
            'versionid' => $version->id, 'items' => $items]);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $this->assertTrue($response['data']['saved']);
        $this->assertSame('Exercices <b>1</b> & quiz', $response['data']['coverage']['slots'][0]['title']);
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'mapping_saved']));
    }

    /**
     * Finding 3: when the response of a save would not pass the return check, nothing is stored (mapping, audit,
     * gating): the caller's "error" is true. The response is broken here by a local language customisation of the
     * saved message that is not valid UTF-8.
     */
    public function test_save_rolled_back_when_response_fails(): void {
        global $CFG, $DB;
        // The test itself must not run inside a transaction, or the rollback would only be marked.
        $this->preventResetByRollback();
        $before = $this->rows();
        $dir = $CFG->langlocalroot . '/en_local';
        make_writable_directory($dir);
        file_put_contents("$dir/local_sens.php", "<?php\n\$string['mapping:saved'] = \"Saved \\xff\";\n");
        get_string_manager()->reset_caches();
        try {
            $this->setUser($this->teacher);
            $response = $this->ajax('local_sens_save_course_mapping', ['courseid' => $this->fixture->course->id,
                'versionid' => $this->fixture->version->id, 'items' => $this->items()]);
        } finally {
            unlink("$dir/local_sens.php");
            get_string_manager()->reset_caches();
        }
        $this->assertTrue($response['error']);
        $this->assertSame('invalidresponse', $response['exception']->errorcode);
        $this->assertSame($before, $this->rows());
        $this->assertSame(0, $DB->count_records('local_sens_audit', ['action' => 'mapping_saved']));
    }

    /**
     * Security finding 2: a teacher of another course (even one linked to the same programme) cannot read a learner
     * of this course through their own course; a user who is not an active participant is refused too.
     */
    public function test_learner_decision_needs_learner_in_course(): void {
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $othercourse = $sens->create_linked_course(['version' => $this->fixture->version, 'units' => []])->course;
        $otherteacher = $this->getDataGenerator()->create_and_enrol($othercourse, 'editingteacher');
        $args = ['courseid' => $othercourse->id, 'userid' => $this->learner->id];

        $this->setUser($otherteacher);
        $response = $this->ajax('local_sens_get_learner_decision', $args);
        $this->assertTrue($response['error']);
        $this->assertSame('errornotlearnerofcourse', $response['exception']->errorcode);
        // The learner's own course is not theirs to enter.
        $response = $this->ajax('local_sens_get_learner_decision', ['courseid' => $this->fixture->course->id,
            'userid' => $this->learner->id]);
        $this->assertTrue($response['error']);
        $this->assertSame('requireloginerror', $response['exception']->errorcode);

        // A suspended enrolment is no longer an active participant.
        $this->setUser($this->teacher);
        $this->assertFalse($this->ajax('local_sens_get_learner_decision', ['courseid' => $this->fixture->course->id,
            'userid' => $this->learner->id])['error']);
        $manual = enrol_get_plugin('manual');
        $instance = current(array_filter(enrol_get_instances($this->fixture->course->id, true),
            fn($i) => $i->enrol === 'manual'));
        $manual->update_user_enrol($instance, $this->learner->id, ENROL_USER_SUSPENDED);
        $response = $this->ajax('local_sens_get_learner_decision', ['courseid' => $this->fixture->course->id,
            'userid' => $this->learner->id]);
        $this->assertTrue($response['error']);
        $this->assertSame('errornotlearnerofcourse', $response['exception']->errorcode);
    }

    /**
     * Linking is authorised by the programme side, not by the course: a learner and the course's editing teacher
     * cannot link it (nor are they offered programmes); a pedagogical engineer (manager of the course's category)
     * can (audited).
     */
    public function test_link_course(): void {
        global $DB;
        $course = $this->getDataGenerator()->create_course();
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $learner = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $engineer = $this->getDataGenerator()->create_user();
        $this->getDataGenerator()->role_assign($DB->get_field('role', 'id', ['shortname' => 'manager']), $engineer->id,
            \context_coursecat::instance($course->category)->id);
        $args = ['courseid' => $course->id, 'programme' => 'du-cns'];

        foreach ([$learner, $teacher] as $user) {
            $this->setUser($user);
            $response = $this->ajax('local_sens_link_course', $args);
            $this->assertTrue($response['error']);
            $this->assertSame('nopermissions', $response['exception']->errorcode);
            $this->assertFalse($DB->record_exists('local_sens_course', ['courseid' => $course->id]));
        }
        // The teacher may open the mapping page of their course, but is offered nothing to link it to.
        $response = $this->ajax('local_sens_get_course_mapping', ['courseid' => $course->id]);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $this->assertSame([], $response['data']['programmes']);

        $this->setUser($engineer);
        $response = $this->ajax('local_sens_get_course_mapping', ['courseid' => $course->id]);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $this->assertSame('', $response['data']['programme']);
        $this->assertSame(0, $response['data']['versionid']);
        $this->assertArrayNotHasKey('coverage', $response['data']);
        $this->assertSame(['du-cns'], array_column($response['data']['programmes'], 'id'));

        $response = $this->ajax('local_sens_link_course', ['courseid' => $course->id, 'programme' => 'nope']);
        $this->assertTrue($response['error']);
        $this->assertSame('errorunknownprogramme', $response['exception']->errorcode);
        $this->assertFalse($DB->record_exists('local_sens_course', ['courseid' => $course->id]));

        $response = $this->ajax('local_sens_link_course', $args);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $this->assertSame('du-cns', $DB->get_field('local_sens_course', 'programme', ['courseid' => $course->id]));
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'course_linked']));
        $response = $this->ajax('local_sens_get_course_mapping', ['courseid' => $course->id]);
        $this->assertSame((int)$this->fixture->version->id, $response['data']['versionid']);
        $this->assertSame([], $response['data']['programmes']);
    }
}
