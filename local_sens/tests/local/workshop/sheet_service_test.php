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

namespace local_sens\local\workshop;

/**
 * Tests of workshop sessions and attestation sheets: sessions from the programme, expected learners, saving (all or
 * nothing), corrections appended, decisions recomputed in one batch.
 *
 * Rule (seeds 001/003, programme note validation-niveau): a DU CNS level is validated when its online exercises are
 * passed AND the success attestation of its workshop is obtained.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\workshop\sheet_service
 * @covers     \local_sens\local\workshop\session_service
 * @covers     \local_sens\local\workshop\session_repository
 * @covers     \local_sens\local\workshop\sheet_export
 * @covers     \local_sens\local\decision\decision_service::recompute_users
 */
final class sheet_service_test extends \advanced_testcase {

    /**
     * A DU CNS course with the Données Débutant and Intermédiaire quizzes, a teacher, learners, session S1 started.
     *
     * @param int $learners How many learners.
     * @return \stdClass fixture, teacher, learners, session
     */
    private function setup_sheet(int $learners = 2): \stdClass {
        $this->resetAfterTest();
        $gen = $this->getDataGenerator();
        $fixture = $gen->get_plugin_generator('local_sens')->create_linked_course(
            ['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        $teacher = $gen->create_and_enrol($fixture->course, 'editingteacher');
        $users = [];
        for ($i = 0; $i < $learners; $i++) {
            $users[] = $gen->create_and_enrol($fixture->course, 'student');
        }
        $gen->get_plugin_generator('local_sens')->run_pending_recomputes();
        $service = \core\di::get(session_service::class);
        $sessions = $service->sessions((int)$fixture->course->id, (int)$teacher->id);
        $s1 = reset($sessions);
        $this->setUser($teacher);
        $service->update($s1, time() - 3600, time() + 3600, 'Salle B12', [(int)$teacher->id], (int)$teacher->id);
        $session = \core\di::get(session_repository::class)->get($s1->id);
        return (object)['fixture' => $fixture, 'teacher' => $teacher, 'learners' => $users, 'session' => $session];
    }

    /**
     * Complete every quiz of a unit for a learner.
     *
     * @param \stdClass $fixture
     * @param \stdClass $learner
     * @param string $unit
     */
    private function complete(\stdClass $fixture, \stdClass $learner, string $unit): void {
        global $CFG;
        require_once($CFG->libdir . '/completionlib.php');
        $completion = new \completion_info($fixture->course);
        foreach ($fixture->cms as $slot => $cm) {
            if (str_starts_with($slot, $unit . '.')) {
                $completion->update_state(get_fast_modinfo($fixture->course)->get_cm($cm->id), COMPLETION_COMPLETE,
                    $learner->id);
            }
        }
    }

    /**
     * A unit's state in a learner's stored decision.
     *
     * @param \stdClass $learner
     * @param string $unit
     * @return string|null
     */
    private function state(\stdClass $learner, string $unit): ?string {
        global $DB;
        $json = $DB->get_field('local_sens_decision', 'decision', ['userid' => $learner->id]);
        return array_column(json_decode($json, true)['units'], 'state', 'id')[$unit] ?? null;
    }

    /**
     * A sheet row.
     *
     * @param \stdClass $learner
     * @param bool $present
     * @param bool $passed
     * @param array $more
     * @return array
     */
    private static function row(\stdClass $learner, bool $present, bool $passed, array $more = []): array {
        return $more + ['userid' => (int)$learner->id, 'unit' => 'donnees.debutant', 'present' => $present,
            'passed' => $passed, 'note' => '', 'reason' => '', 'key' => ''];
    }

    /**
     * The programme's six sessions appear once in the course; each holds one workshop per domain, a slot per level.
     */
    public function test_sessions_from_programme(): void {
        global $DB;
        $t = $this->setup_sheet(0);
        $service = \core\di::get(session_service::class);
        $service->sessions((int)$t->fixture->course->id, (int)$t->teacher->id);
        $sessions = $DB->get_records('local_sens_session', ['courseid' => $t->fixture->course->id], 'id');
        $this->assertSame(['S1', 'S2', 'S3', 'S4', 'S5', 'S6'], array_values(array_column($sessions, 'sessionkey')));
        $workshops = session_service::workshops($t->fixture->definition, null);
        $this->assertSame(['donnees', 'cybersecurite', 'communication', 'outils', 'telesante'], array_keys($workshops));
        $this->assertSame(['donnees.debutant', 'donnees.intermediaire', 'donnees.avance'], $workshops['donnees']['units']);
        // Date, room and lead stored.
        $this->assertSame('Salle B12', $t->session->room);
        $this->assertGreaterThan(0, $t->session->timestart);
        $this->assertSame([(int)$t->teacher->id],
            \core\di::get(session_repository::class)->leads([$t->session->id])[$t->session->id]);
    }

    /**
     * A lead must be able to attest in the course; an end before the start is refused; nothing changes then.
     */
    public function test_update_session_refusals(): void {
        global $DB;
        $t = $this->setup_sheet(1);
        $service = \core\di::get(session_service::class);
        $before = $DB->get_record('local_sens_session', ['id' => $t->session->id]);
        foreach ([
            [time(), time(), 'Salle C', [(int)$t->learners[0]->id]],
            [time(), time() - 7200, 'Salle C', []],
            [0, 0, 'Salle C', []],
        ] as [$start, $end, $room, $leads]) {
            try {
                $service->update($t->session, $start, $end, $room, $leads, (int)$t->teacher->id);
                $this->fail('refused expected');
            } catch (\invalid_parameter_exception $e) {
                $this->assertNotEmpty($e->getMessage());
            }
        }
        $this->assertEquals($before, $DB->get_record('local_sens_session', ['id' => $t->session->id]));
        $this->assertSame(1, $DB->count_records('local_sens_sessionlead', ['sessionid' => $t->session->id]));
    }

    /**
     * Expected: enrolled learners whose level of the domain is open or in progress; the teacher is not.
     */
    public function test_expected_learners(): void {
        $t = $this->setup_sheet(2);
        $service = \core\di::get(sheet_service::class);
        $workshop = $service->workshop($t->session, 'donnees');
        $sheet = $service->sheet($t->session, $workshop);
        $ids = array_map(fn($row) => (int)$row['user']->id, $sheet['expected']);
        sort($ids);
        $this->assertSame([(int)$t->learners[0]->id, (int)$t->learners[1]->id], $ids);
        $this->assertSame('donnees.debutant', $sheet['expected'][0]['unit']);
        $this->assertNull($service->workshop($t->session, 'nosuchdomain'));
        // By name, as an attendance list.
        $names = array_map(fn($row) => $row['user']->lastname . ' ' . $row['user']->firstname, $sheet['expected']);
        $sorted = $names;
        \core_collator::asort($sorted);
        $this->assertSame(array_values($sorted), $names);
    }

    /**
     * Exercises passed + workshop attested = Débutant validated at once (Intermédiaire opens); the attestation says
     * who, when, which session; the event and audit follow; the response gives the state before and after.
     */
    public function test_save_validates_level(): void {
        global $DB;
        $t = $this->setup_sheet(2);
        [$done, $other] = $t->learners;
        $this->complete($t->fixture, $done, 'donnees.debutant');
        $this->assertSame('in_progress', $this->state($done, 'donnees.debutant'));
        $sink = $this->redirectEvents();

        $result = \core\di::get(sheet_service::class)->save($t->session, 'donnees',
            [self::row($done, true, true, ['note' => 'Très bien']), self::row($other, false, false)], (int)$t->teacher->id);

        $this->assertSame(2, $result['written']);
        $this->assertSame('validated', $this->state($done, 'donnees.debutant'));
        $this->assertSame('open', $this->state($done, 'donnees.intermediaire'));
        $this->assertNotSame('validated', $this->state($other, 'donnees.debutant'));
        $this->assertSame('in_progress', $result['learners'][$done->id]['before']['state']);
        $this->assertSame('validated', $result['learners'][$done->id]['after']['state']);
        $row = $DB->get_record('local_sens_attestation', ['userid' => $done->id], '*', MUST_EXIST);
        $this->assertSame('passed', $row->result);
        $this->assertEquals($t->teacher->id, $row->recordedby);
        $this->assertEquals($t->session->id, $row->sessionid);
        $this->assertSame('S1', $row->session);
        $this->assertSame('Très bien', $row->note);
        $this->assertSame(['present' => true, 'passed' => true], json_decode($row->marks, true));
        $this->assertSame('absent', $DB->get_field('local_sens_attestation', 'result', ['userid' => $other->id]));
        $events = array_filter($sink->get_events(), fn($e) => $e instanceof \local_sens\event\attestation_recorded);
        $this->assertCount(2, $events);
        $this->assertSame(2, $DB->count_records('local_sens_audit', ['action' => 'attestation_recorded']));
        // In words, through the presenter.
        $words = (new state_words($t->fixture->definition))->change($result['learners'][$done->id]['before'],
            $result['learners'][$done->id]['after']);
        $this->assertSame(get_string('decision:state_in_progress', 'local_sens'), $words['before']);
        $this->assertSame(get_string('decision:state_validated', 'local_sens'), $words['after']);
        $this->assertNotEmpty($words['reasons']);

        // Saving the same marks again writes nothing.
        $again = \core\di::get(sheet_service::class)->save($t->session, 'donnees',
            [self::row($done, true, true, ['note' => 'Très bien'])], (int)$t->teacher->id);
        $this->assertSame(0, $again['written']);
        $this->assertSame(2, $DB->count_records('local_sens_attestation'));
    }

    /**
     * A correction needs a reason; it appends a new attestation naming the one it corrects; the engine gets the
     * latest (the level is no longer validated); the history keeps both.
     */
    public function test_correction_appends(): void {
        global $DB;
        $t = $this->setup_sheet(1);
        [$learner] = $t->learners;
        $this->complete($t->fixture, $learner, 'donnees.debutant');
        $service = \core\di::get(sheet_service::class);
        $service->save($t->session, 'donnees', [self::row($learner, true, true)], (int)$t->teacher->id);
        $first = $DB->get_record('local_sens_attestation', ['userid' => $learner->id], '*', MUST_EXIST);

        try {
            $service->save($t->session, 'donnees', [self::row($learner, true, false)], (int)$t->teacher->id);
            $this->fail('a correction without reason must be refused');
        } catch (invalid_sheet_exception $e) {
            $this->assertSame('reason', $e->errors[0]['field']);
        }
        $this->assertSame(1, $DB->count_records('local_sens_attestation'));

        $sink = $this->redirectEvents();
        $service->save($t->session, 'donnees', [self::row($learner, true, false, ['reason' => 'Exercice mal noté'])],
            (int)$t->teacher->id);
        $rows = array_values($DB->get_records('local_sens_attestation', ['userid' => $learner->id], 'id'));
        $this->assertCount(2, $rows);
        $this->assertSame('passed', $rows[0]->result);
        $this->assertSame('failed', $rows[1]->result);
        $this->assertEquals($first->id, $rows[1]->corrects);
        $this->assertSame('Exercice mal noté', $rows[1]->reason);
        $this->assertNotSame('validated', $this->state($learner, 'donnees.debutant'));
        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $learner->id]);
        $record = \core\di::get(\local_sens\local\learner\record_builder::class)->build((int)$learner->id, $enrolment);
        $this->assertCount(1, $record['attestations']);
        $this->assertSame('failed', $record['attestations'][0]['result']);
        $this->assertCount(1, array_filter($sink->get_events(), fn($e) => $e instanceof \local_sens\event\attestation_corrected));
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'attestation_corrected']));
        $history = $service->history($t->session->id, ['donnees.debutant'])[$learner->id];
        $this->assertCount(2, $history);
    }

    /**
     * Refusals: each names the row and field, and nothing is written (0 attestation rows, 0 audit entries).
     */
    public function test_refusals_write_nothing(): void {
        global $DB;
        $t = $this->setup_sheet(2);
        [$a, $b] = $t->learners;
        $stranger = $this->getDataGenerator()->create_user();
        $service = \core\di::get(sheet_service::class);
        $notstarted = clone $t->session;
        $notstarted->timestart = time() + 86400;
        $cases = [
            'twice in one request' => [$t->session, 'donnees', [self::row($a, true, true), self::row($a, true, false)], 'userid'],
            'not enrolled' => [$t->session, 'donnees', [self::row($b, true, true), self::row($stranger, true, true)], 'userid'],
            'not started' => [$notstarted, 'donnees', [self::row($a, true, true)], 'sessionid'],
            'passed but absent' => [$t->session, 'donnees', [self::row($a, false, true)], 'passed'],
            'level of another workshop' => [$t->session, 'donnees', [self::row($a, true, true,
                ['unit' => 'cybersecurite.debutant'])], 'unit'],
            'unknown workshop' => [$t->session, 'nosuch', [self::row($a, true, true)], 'workshop'],
        ];
        foreach ($cases as $name => [$session, $workshop, $rows, $field]) {
            try {
                $service->save($session, $workshop, $rows, (int)$t->teacher->id);
                $this->fail("$name: refused expected");
            } catch (invalid_sheet_exception $e) {
                $this->assertContains($field, array_column($e->errors, 'field'), $name);
                $this->assertNotEmpty($e->errors[0]['message'], $name);
            }
            $this->assertSame(0, $DB->count_records('local_sens_attestation'), $name);
            $this->assertSame(0, $DB->count_records_select('local_sens_audit', "action LIKE 'attestation%'"), $name);
        }
    }

    /**
     * A replayed mark (same idempotency key) is refused, the whole request with it.
     */
    public function test_replayed_key_refused(): void {
        global $DB;
        $t = $this->setup_sheet(2);
        [$a, $b] = $t->learners;
        $service = \core\di::get(sheet_service::class);
        $service->save($t->session, 'donnees', [self::row($a, true, false, ['key' => 'k0123456789abcdef'])],
            (int)$t->teacher->id);
        try {
            $service->save($t->session, 'donnees', [self::row($b, true, false),
                self::row($a, true, true, ['key' => 'k0123456789abcdef', 'reason' => 'x'])], (int)$t->teacher->id);
            $this->fail('replay must be refused');
        } catch (invalid_sheet_exception $e) {
            $this->assertSame('key', $e->errors[0]['field']);
        }
        $this->assertSame(1, $DB->count_records('local_sens_attestation'));
    }

    /**
     * Saving a sheet recomputes its learners in one batch: the reads and writes do not grow with the sheet
     * (per learner, only the inserted attestation rows and the events' log rows vary).
     */
    public function test_batched_recompute(): void {
        global $DB;
        $t = $this->setup_sheet(30);
        $service = \core\di::get(sheet_service::class);
        $rows = array_map(fn($l) => self::row($l, true, false), array_slice($t->learners, 0, 3));
        $reads = $DB->perf_get_reads();
        $service->save($t->session, 'donnees', $rows, (int)$t->teacher->id);
        $small = $DB->perf_get_reads() - $reads;
        $rows = array_map(fn($l) => self::row($l, true, false), array_slice($t->learners, 3));
        $reads = $DB->perf_get_reads();
        $start = microtime(true);
        $service->save($t->session, 'donnees', $rows, (int)$t->teacher->id);
        $elapsed = microtime(true) - $start;
        $large = $DB->perf_get_reads() - $reads;
        $this->assertSame(30, $DB->count_records('local_sens_attestation'));
        // 27 learners read as few times as 3 (give or take the gating's per-group reads), but for the recompute lock
        // each learner's decision takes: one statement a learner with Moodle's lock factory on PostgreSQL (the
        // enrolments' deferred recompute released the locks it took, as cron's task does).
        $this->assertLessThanOrEqual($small + 10 + (27 - 3), $large, "reads: 3 learners $small, 27 learners $large");
        $this->assertLessThan(5.0, $elapsed);
    }

    /**
     * The attendance list: a line per learner of the sheet with the latest marks and who attested; the corrected
     * line shows the correction's reason.
     */
    public function test_attendance_list(): void {
        $t = $this->setup_sheet(2);
        [$a, $b] = $t->learners;
        $service = \core\di::get(sheet_service::class);
        $service->save($t->session, 'donnees', [self::row($a, true, true), self::row($b, false, false)], (int)$t->teacher->id);
        $service->save($t->session, 'donnees', [self::row($b, true, false, ['reason' => 'Arrivé en retard'])],
            (int)$t->teacher->id);
        $lines = \core\di::get(sheet_export::class)->rows($t->session, $service->workshop($t->session, 'donnees'));
        $this->assertCount(2, $lines);
        $byname = array_column($lines, null, 'learner');
        $this->assertSame(get_string('yes'), $byname[fullname($a)]['present']);
        $this->assertSame(get_string('yes'), $byname[fullname($a)]['passed']);
        $this->assertSame(get_string('yes'), $byname[fullname($b)]['present']);
        $this->assertSame(get_string('no'), $byname[fullname($b)]['passed']);
        $this->assertSame('Arrivé en retard', $byname[fullname($b)]['correction']);
        $this->assertSame(fullname($t->teacher), $byname[fullname($a)]['attestedby']);
        $this->assertSame(array_keys(sheet_export::columns()), array_keys($lines[0]));
    }
}
