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

use local_sens\local\learner\record_builder;

/**
 * Teaching sessions (kind teaching) of the Mastère: presence and minutes absent on the same sessions and sheet as
 * the DU's workshops, summed per module into the engine's attendance facts.
 *
 * Rule (seed 000, « Assiduité »): absences must not exceed 20 % of each module's total hours, or the learner may not
 * sit the module's main session; above 50 % the learner is défaillant (redoes the module with the next cohort).
 * Both limits are strict (programme note seuil-strict). Justified absences count unless the attendance rule says
 * justified: not-counted (the seed does not say; issue 16).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\workshop\attendance_repository
 * @covers     \local_sens\local\workshop\session_service::create_teaching
 * @covers     \local_sens\local\workshop\sheet_service::save
 * @covers     \local_sens\local\learner\record_builder
 * @covers     \local_sens\local\workshop\attendance_import
 * @covers     \local_sens\local\workshop\sheet_export
 */
final class attendance_test extends \advanced_testcase {

    /** @var int Minutes of each teaching session: 3 h. */
    private const SESSION = 180;

    /**
     * A Mastère course with a teacher, learners and five past teaching sessions of uef2 (5 × 3 h = 15 h).
     *
     * @param int $learners
     * @param string|null $justified The attendance rules' justified field (null: absent, the shipped programme).
     * @return \stdClass course, version, teacher, learners, sessions (rows)
     */
    private function setup_mastere(int $learners = 2, ?string $justified = null): \stdClass {
        $this->resetAfterTest();
        $gen = $this->getDataGenerator();
        $sens = $gen->get_plugin_generator('local_sens');
        $definition = json_decode(file_get_contents($sens::programme_file('mastere-sousse')), true);
        if ($justified !== null) {
            foreach ($definition['attendance'] as &$rule) {
                $rule['justified'] = $justified;
            }
            unset($rule);
        }
        $version = $sens->create_programme_version(['programme' => 'mastere-sousse', 'definition' => $definition]);
        $fixture = $sens->create_linked_course(['version' => $version]);
        $teacher = $gen->create_and_enrol($fixture->course, 'editingteacher');
        $users = [];
        for ($i = 0; $i < $learners; $i++) {
            $users[] = $gen->create_and_enrol($fixture->course, 'student');
        }
        $this->setUser($teacher);
        foreach ($users as $user) {
            \core\di::get(\local_sens\local\learner\enrolment_service::class)->enrol_from_course((int)$user->id,
                (int)$fixture->course->id, 0, (int)$teacher->id);
        }
        \core\di::get(\local_sens\local\decision\decision_service::class)->recompute_users((int)$fixture->course->id,
            array_map(fn($u) => (int)$u->id, $users));
        $service = \core\di::get(session_service::class);
        $sessions = [];
        for ($k = 0; $k < 5; $k++) {
            $start = time() - (10 - $k) * DAYSECS;
            $id = $service->create_teaching((int)$fixture->course->id, 'uef2', '', $start, $start + self::SESSION * 60,
                'Salle ED', [(int)$teacher->id], (int)$teacher->id);
            $sessions[] = \core\di::get(session_repository::class)->get($id);
        }
        return (object)['course' => $fixture->course, 'version' => $version, 'teacher' => $teacher, 'learners' => $users,
            'sessions' => $sessions];
    }

    /**
     * A teaching sheet row.
     *
     * @param \stdClass $learner
     * @param bool $present
     * @param int $minutes -1: derived from present.
     * @param bool $justified
     * @param array $more
     * @return array
     */
    private static function row(\stdClass $learner, bool $present, int $minutes = -1, bool $justified = false,
            array $more = []): array {
        return $more + ['userid' => (int)$learner->id, 'unit' => 'uef2', 'present' => $present, 'passed' => false,
            'minutesabsent' => $minutes, 'justified' => $justified, 'note' => '', 'reason' => '', 'key' => ''];
    }

    /**
     * Save a sheet of a session.
     *
     * @param \stdClass $t
     * @param int $k Session index.
     * @param array[] $rows
     * @return array
     */
    private function save(\stdClass $t, int $k, array $rows): array {
        return \core\di::get(sheet_service::class)->save($t->sessions[$k], 'uef2', $rows, (int)$t->teacher->id);
    }

    /**
     * A unit's state (and first reason code) in a learner's stored decision.
     *
     * @param \stdClass $learner
     * @param string $unit
     * @return array [state, reason code]
     */
    private function state(\stdClass $learner, string $unit): array {
        global $DB;
        $json = $DB->get_field('local_sens_decision', 'decision', ['userid' => $learner->id]);
        $units = array_column(json_decode($json, true)['units'], null, 'id');
        return [$units[$unit]['state'] ?? null, $units[$unit]['reasons'][0]['code'] ?? null];
    }

    /**
     * The attendance fact of a learner's record for a unit.
     *
     * @param \stdClass $t
     * @param \stdClass $learner
     * @param string $unit
     * @return array|null
     */
    private function fact(\stdClass $t, \stdClass $learner, string $unit): ?array {
        global $DB;
        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $learner->id, 'versionid' => $t->version->id]);
        $record = \core\di::get(record_builder::class)->build((int)$learner->id, $enrolment);
        return array_column($record['attendance'] ?? [], null, 'unit')[$unit] ?? null;
    }

    /**
     * Teaching sessions: one unit whose attendance counts, an end after the start; a sheet per session for that unit.
     */
    public function test_teaching_sessions(): void {
        global $DB;
        $t = $this->setup_mastere(0);
        $this->assertSame(['T1', 'T2', 'T3', 'T4', 'T5'], array_map(fn($s) => $s->sessionkey, $t->sessions));
        $this->assertSame(session_service::TEACHING, $t->sessions[0]->kind);
        $this->assertSame(['uef2'], $t->sessions[0]->units);
        $programme = \core\di::get(session_service::class)->course_programme((int)$t->course->id);
        $this->assertSame(['uef2'], array_keys(session_service::sheets($programme['definition'], $t->sessions[0])));
        $this->assertSame([(int)$t->teacher->id],
            \core\di::get(session_repository::class)->leads([$t->sessions[0]->id])[$t->sessions[0]->id]);
        $before = $DB->count_records('local_sens_session');
        $service = \core\di::get(session_service::class);
        // The mémoire has no attendance rule; a session without an end has no duration.
        foreach ([['memoire', time() + 3600], ['uef2', 0]] as [$unit, $end]) {
            try {
                $service->create_teaching((int)$t->course->id, $unit, '', time(), $end, '', [], (int)$t->teacher->id);
                $this->fail('refused');
            } catch (\invalid_parameter_exception $e) {
                $this->assertStringContainsString($unit === 'memoire' ? '"memoire"' : 'end after its start', $e->getMessage());
            }
        }
        $this->assertSame($before, $DB->count_records('local_sens_session'));
    }

    /**
     * Minutes absent sum per module over its sessions; 180 of 900 min is exactly 20 %: not barred (strict); 10
     * minutes late at the next session make 190/900 = 21.11 %: barred from the main session. 460 of 900 (51.1 %):
     * défaillant. Workshop attestations are not mixed with presence rows.
     */
    public function test_minutes_sum_per_module_and_limits(): void {
        $t = $this->setup_mastere(2);
        [$a, $b] = $t->learners;
        $saved = $this->save($t, 0, [self::row($a, false), self::row($b, false)]);
        $this->assertSame(2, $saved['written']);
        $this->assertSame(['hoursAbsent' => 3, 'hoursJustified' => 0, 'hours' => 15],
            array_intersect_key($this->fact($t, $a, 'uef2'), array_flip(['hoursAbsent', 'hoursJustified', 'hours'])));
        $this->assertSame(['open', 'assessment_pending'], $this->state($a, 'uef2'));
        $this->save($t, 1, [self::row($a, true, 10), self::row($b, false)]);
        $this->save($t, 2, [self::row($a, true), self::row($b, true, 100)]);
        $this->assertEqualsWithDelta(190 / 60, $this->fact($t, $a, 'uef2')['hoursAbsent'], 1e-12);
        $this->assertSame(['barred', 'attendance_barred'], $this->state($a, 'uef2'));
        // B: 180 + 180 + 100 = 460 of 900 min, above 50 %.
        $this->assertEqualsWithDelta(460 / 60, $this->fact($t, $b, 'uef2')['hoursAbsent'], 1e-12);
        $this->assertSame(['defaillant', 'attendance_defaillant_unit'], $this->state($b, 'uef2'));
        // Other modules have no teaching session: no attendance fact, no absence.
        $this->assertNull($this->fact($t, $a, 'uef1'));
        $record = \core\di::get(record_builder::class)->build((int)$a->id, \core\di::get(\moodle_database::class)
            ->get_record('local_sens_enrolment', ['userid' => $a->id]));
        $this->assertSame([], $record['attestations']);
    }

    /**
     * A correction replaces its row in the sums (with a reason); the first row stays in the history.
     */
    public function test_correction_replaces_in_sums(): void {
        global $DB;
        $t = $this->setup_mastere(1);
        [$a] = $t->learners;
        $this->save($t, 0, [self::row($a, false)]);
        $this->save($t, 1, [self::row($a, true, 10)]);
        $this->assertSame(['barred', 'attendance_barred'], $this->state($a, 'uef2'));
        $saved = $this->save($t, 1, [self::row($a, true, 0, false, ['reason' => 'Arrivée notée à tort en retard'])]);
        $this->assertSame(1, $saved['corrected']);
        $this->assertEqualsWithDelta(3.0, $this->fact($t, $a, 'uef2')['hoursAbsent'], 1e-12);
        $this->assertSame('open', $this->state($a, 'uef2')[0]);
        $this->assertSame(3, $DB->count_records('local_sens_attestation', ['userid' => $a->id]));
    }

    /**
     * Justified absences: counted by default (the shipped Mastère); with justified not-counted, 180 min + 10 min
     * justified count as 180 of 900 = 20 %: not barred.
     */
    public function test_justified_absences_per_definition_field(): void {
        foreach ([null => ['barred', 'attendance_barred'], 'not-counted' => ['open', 'assessment_pending']] as $field => $expected) {
            $t = $this->setup_mastere(1, $field === '' ? null : $field);
            [$a] = $t->learners;
            $this->save($t, 0, [self::row($a, false)]);
            $this->save($t, 1, [self::row($a, true, 10, true)]);
            $fact = $this->fact($t, $a, 'uef2');
            $this->assertEqualsWithDelta(190 / 60, $fact['hoursAbsent'], 1e-12);
            $this->assertEqualsWithDelta(10 / 60, $fact['hoursJustified'], 1e-12);
            $this->assertSame($expected, $this->state($a, 'uef2'), "justified: " . ($field ?: 'absent'));
        }
    }

    /**
     * Refused rows name their row and field; nothing is written (all or nothing).
     */
    public function test_refusals_write_nothing(): void {
        global $DB;
        $t = $this->setup_mastere(2);
        [$a, $b] = $t->learners;
        $cases = [
            [[self::row($a, true), self::row($b, true, 181)], 1, 'minutesabsent'],
            [[self::row($a, true, 180), self::row($b, true)], 0, 'minutesabsent'],
            [[self::row($a, false, 30), self::row($b, true)], 0, 'minutesabsent'],
            [[self::row($a, true), self::row($b, true, 0, true)], 1, 'justified'],
            [[self::row($a, true), self::row($a, false)], 1, 'userid'],
        ];
        foreach ($cases as [$rows, $row, $field]) {
            try {
                $this->save($t, 0, $rows);
                $this->fail('refused');
            } catch (invalid_sheet_exception $e) {
                $this->assertSame([[$row, $field]], array_map(fn($x) => [$x['row'], $x['field']], $e->errors));
            }
        }
        // A session without an end (duration) cannot take attendance.
        $open = clone $t->sessions[0];
        $open->timeend = 0;
        try {
            \core\di::get(sheet_service::class)->save($open, 'uef2', [self::row($a, true)], (int)$t->teacher->id);
            $this->fail('refused');
        } catch (invalid_sheet_exception $e) {
            $this->assertSame('sessionid', $e->errors[0]['field']);
        }
        $this->assertSame(0, $DB->count_records('local_sens_attestation'));
    }

    /**
     * CSV import of a session's attendance: the lines become the sheet's rows (minutes summed like any sheet).
     */
    public function test_csv_import(): void {
        $t = $this->setup_mastere(2);
        [$a, $b] = $t->learners;
        $csv = "username;present;minutesabsent;justified;note\n{$a->username};non;;;\n{$b->username};oui;15;oui;Retard justifié\n";
        $saved = \core\di::get(attendance_import::class)->import($t->sessions[0], 'uef2', $csv, 'UTF-8', 'semicolon',
            (int)$t->teacher->id);
        $this->assertSame(2, $saved['written']);
        $this->assertEqualsWithDelta(3.0, $this->fact($t, $a, 'uef2')['hoursAbsent'], 1e-12);
        $fact = $this->fact($t, $b, 'uef2');
        $this->assertEqualsWithDelta(0.25, $fact['hoursAbsent'], 1e-12);
        $this->assertEqualsWithDelta(0.25, $fact['hoursJustified'], 1e-12);
    }

    /**
     * All or nothing: one bad line refuses the file; each error names the file's line (1 = header) and column.
     */
    public function test_csv_import_all_or_nothing(): void {
        global $DB;
        $t = $this->setup_mastere(2);
        [$a, $b] = $t->learners;
        $import = \core\di::get(attendance_import::class);
        $cases = [
            // Unknown user on line 3, a minutes cell that is not a number on line 2.
            ["username,present,minutesabsent\n{$a->username},yes,abc\nnobody,yes,\n", [[2, 'minutesabsent'], [3, 'username']]],
            // Present neither yes nor no.
            ["username,present\n{$a->username},peut-être\n{$b->username},yes\n", [[2, 'present']]],
            // Valid cells but the sheet refuses line 3: more minutes than the session lasts (180).
            ["username,present,minutesabsent\n{$a->username},no,\n{$b->username},yes,200\n", [[3, 'minutesabsent']]],
            // A column is missing.
            ["username,minutesabsent\n{$a->username},10\n", [[1, 'present']]],
        ];
        foreach ($cases as [$csv, $expected]) {
            try {
                $import->import($t->sessions[0], 'uef2', $csv, 'UTF-8', 'comma', (int)$t->teacher->id);
                $this->fail('refused');
            } catch (invalid_sheet_exception $e) {
                $this->assertSame($expected, array_map(fn($x) => [$x['row'], $x['field']], $e->errors));
                $this->assertStringContainsString('Line ' . $expected[0][0], $e->errors[0]['message']);
            }
        }
        $this->assertSame(0, $DB->count_records('local_sens_attestation'));
        // A workshop session's sheet takes no import.
        $session = clone $t->sessions[0];
        $session->kind = session_service::WORKSHOP;
        $this->expectException(invalid_sheet_exception::class);
        $import->import($session, 'uef2', "username,present\n{$a->username},yes\n", 'UTF-8', 'comma', (int)$t->teacher->id);
    }

    /**
     * The attendance list of a teaching session (CSV/PDF to sign) gives the minutes absent and justified, not passed.
     */
    public function test_export_of_a_teaching_sheet(): void {
        $t = $this->setup_mastere(1);
        [$a] = $t->learners;
        $this->save($t, 0, [self::row($a, true, 25, true)]);
        $export = \core\di::get(sheet_export::class);
        $lines = $export->rows($t->sessions[0], \core\di::get(sheet_service::class)->workshop($t->sessions[0], 'uef2'));
        $this->assertSame(array_keys(sheet_export::columns($t->sessions[0])), array_keys($lines[0]));
        $this->assertSame(['present', 'minutesabsent', 'justified'],
            array_values(array_intersect(array_keys($lines[0]), ['present', 'passed', 'minutesabsent', 'justified'])));
        $this->assertSame(['25', get_string('yes')], [$lines[0]['minutesabsent'], $lines[0]['justified']]);
    }
}
