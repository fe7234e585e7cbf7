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

use core\clock;
use local_sens\local\attestation\attestation_repository;
use local_sens\local\audit\audit_repository;
use local_sens\local\decision\decision_service;
use local_sens\local\learner\enrolment_repository;
use moodle_database;

/**
 * The attestation sheet of one workshop of a session: who is expected (enrolled learners of the course whose level
 * in the workshop's domain is open or in progress, plus those already attested there), and saving it in one go.
 *
 * A sheet row is an attestation (local_sens_attestation) with its marks (present, passed), a comment, who and when.
 * A correction never overwrites: it appends a new attestation that names the one it corrects, with a reason; the
 * engine receives the latest (record_builder skips corrected ones). Saving is all or nothing, then recomputes
 * exactly the learners of the sheet in one batch.
 *
 * Not done: a second lead's co-signature. The programme format has no field asking for it yet (the DU CNS does not);
 * once a definition can ask for it, a row would need the co-signer before it counts. Any user with
 * local/sens:recordattestation in the course may attest, not only the session's named leads.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class sheet_service {

    /** @var string[] States of a level for which its learner is expected at the workshop. */
    public const EXPECTED = \local_sens\local\engine\reasons::OPEN_STATES;

    /** @var string[] States of a level with nothing left to attest. */
    private const DONE = \local_sens\local\engine\reasons::DONE_STATES;

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param session_service $sessions
     * @param audit_repository $audit
     * @param decision_service $decisions
     * @param enrolment_repository $enrolments
     * @param attestation_repository $attestations
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var session_service Sessions. */
        private readonly session_service $sessions,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
        /** @var decision_service Decisions. */
        private readonly decision_service $decisions,
        /** @var enrolment_repository Programme enrolments (read with their decisions). */
        private readonly enrolment_repository $enrolments,
        /** @var attestation_repository Rows of the sheets (attestations). */
        private readonly attestation_repository $attestations,
    ) {
    }

    /**
     * The workshop of a session, or null when the session holds no such workshop.
     *
     * @param \stdClass $session
     * @param string $workshopid
     * @return array|null id, title, titleEn, units; plus definition, programme.
     */
    public function workshop(\stdClass $session, string $workshopid): ?array {
        $programme = $this->sessions->course_programme($session->courseid);
        if ($programme === null) {
            return null;
        }
        $workshop = session_service::sheets($programme['definition'], $session)[$workshopid] ?? null;
        return $workshop === null ? null : $workshop + ['definition' => $programme['definition'],
            'programme' => $programme['programme']];
    }

    /**
     * The learners of the course who follow its programme, each with their latest enrolment and stored decision.
     *
     * @param int $courseid
     * @param string $programme
     * @param int[]|null $userids Only these (null: all).
     * @return array<int, \stdClass> By user id: user fields for pictures and names, enrolmentid, versionid, decision (?array);
     *     without the users who may attest in the course.
     */
    private function learners(int $courseid, string $programme, ?array $userids = null): array {
        if ($userids !== null && !$userids) {
            return [];
        }
        $rows = $this->enrolments->with_decisions_on_sheet($courseid, $programme, $userids);
        $learners = [];
        foreach ($rows as $row) {
            // Oldest first: the latest enrolment on the programme wins.
            $row->decision = $row->decision === null ? null : json_decode($row->decision, true);
            $learners[(int)$row->id] = $row;
        }
        $rows->close();
        // Those who attest here (the leads, the teachers) are not on the sheet, even when they follow the programme.
        $staff = get_users_by_capability(\context_course::instance($courseid), 'local/sens:recordattestation', 'u.id');
        return array_diff_key($learners, $staff);
    }

    /**
     * Attestations of a session for some units, oldest first.
     *
     * @param int $sessionid
     * @param string[] $units
     * @param int[]|null $userids Only these learners (null: all).
     * @return array<int, \stdClass[]> By user id.
     */
    public function history(int $sessionid, array $units, ?array $userids = null): array {
        if ($userids !== null && !$userids) {
            return [];
        }
        $history = [];
        foreach ($this->attestations->of_session($sessionid, $units, $userids) as $row) {
            $history[(int)$row->userid][] = $row;
        }
        return $history;
    }

    /**
     * The latest attestation of each unit in a learner's history (the one no other corrects).
     *
     * @param \stdClass[] $history Oldest first.
     * @return array<string, \stdClass> By unit.
     */
    public static function latest(array $history): array {
        $corrected = array_flip(array_filter(array_map(fn($a) => (int)$a->corrects, $history)));
        $latest = [];
        foreach ($history as $attestation) {
            if (!isset($corrected[(int)$attestation->id])) {
                $latest[$attestation->unit] = $attestation;
            }
        }
        return $latest;
    }

    /**
     * The first unit of a workshop a learner's decision puts in one of the given states.
     *
     * @param array|null $decision
     * @param string[] $units
     * @param string[] $states
     * @param bool $negate The first unit NOT in these states.
     * @return array|null [unit id, state]
     */
    private static function unit_in(?array $decision, array $units, array $states, bool $negate = false): ?array {
        $statesof = array_column($decision['units'] ?? [], 'state', 'id');
        foreach ($units as $unit) {
            $state = $statesof[$unit] ?? null;
            if ($state !== null && in_array($state, $states, true) !== $negate) {
                return [$unit, $state];
            }
        }
        return null;
    }

    /**
     * The sheet of a workshop: expected learners (and those already attested in this session), then the others
     * who could be added (enrolled, following the programme, a level of the domain still to validate).
     *
     * @param \stdClass $session
     * @param array $workshop See workshop().
     * @return array Keys expected, others: lists of rows {user (stdClass), unit, state, history (\stdClass[]),
     *     latest (?\stdClass)}.
     */
    public function sheet(\stdClass $session, array $workshop): array {
        // A teaching session expects every learner of the programme whose unit is not done yet (barred and
        // défaillant learners still attend); a workshop, those whose level is open or in progress.
        $teaching = self::teaching($session);
        $learners = $this->learners($session->courseid, $workshop['programme']);
        $history = $this->history($session->id, $workshop['units']);
        $expected = [];
        $others = [];
        foreach ($learners as $userid => $learner) {
            $statesof = array_column($learner->decision['units'] ?? [], 'state', 'id');
            $latest = self::latest($history[$userid] ?? []);
            $attested = $latest ? array_key_last($latest) : null;
            $found = $teaching ? self::unit_in($learner->decision, $workshop['units'], self::DONE, true)
                : self::unit_in($learner->decision, $workshop['units'], self::EXPECTED);
            $row = ['user' => $learner, 'history' => $history[$userid] ?? []];
            if ($attested !== null) {
                $expected[] = $row + ['unit' => $attested, 'state' => $statesof[$attested] ?? null, 'latest' => $latest[$attested]];
            } else if ($found !== null) {
                $expected[] = $row + ['unit' => $found[0], 'state' => $found[1], 'latest' => null];
            } else if (($other = self::unit_in($learner->decision, $workshop['units'], self::DONE, true)) !== null) {
                $others[] = $row + ['unit' => $other[0], 'state' => $other[1], 'latest' => null];
            }
        }
        // An attendance list is read by name.
        $byname = function(array $rows): array {
            $keys = array_map(fn($row) => $row['user']->lastname . ' ' . $row['user']->firstname, $rows);
            \core_collator::asort($keys);
            return array_values(array_map(fn($i) => $rows[$i], array_keys($keys)));
        };
        return ['expected' => $byname($expected), 'others' => $byname($others)];
    }

    /**
     * Whether a session is a teaching session (presence and minutes absent) rather than a workshop (attestations).
     *
     * @param \stdClass $session
     * @return bool
     */
    public static function teaching(\stdClass $session): bool {
        return ($session->kind ?? session_service::WORKSHOP) === session_service::TEACHING;
    }

    /**
     * Save a sheet: all or nothing. Rows whose marks and comment equal the latest attestation are kept as they are;
     * others are appended (a correction names the attestation it corrects and needs a reason). Then the learners of
     * the sheet are recomputed in one batch with their gating.
     *
     * @param \stdClass $session
     * @param string $workshopid
     * @param array[] $rows Each: userid, unit, present, passed, note, reason, key (idempotency key of the mark, '' if none);
     *     in a teaching session minutesabsent (-1: the whole session when absent, 0 when present) and justified
     *     instead of passed.
     * @param int $by The lead.
     * @return array Keys written (int), corrected (int), learners (by user id: unit, before, after: ?array unit decisions).
     * @throws invalid_sheet_exception Every problem, naming the row and field; nothing is written.
     */
    public function save(\stdClass $session, string $workshopid, array $rows, int $by): array {
        $errors = [];
        $error = function(int $row, int $userid, string $field, string $key, $a = null) use (&$errors) {
            $errors[] = ['row' => $row, 'userid' => $userid, 'field' => $field,
                'message' => get_string('sheet:error' . $key, 'local_sens', $a)];
        };
        $now = $this->clock->time();
        $workshop = $this->workshop($session, $workshopid);
        if ($workshop === null) {
            $error(-1, 0, 'workshop', 'workshop', s($workshopid));
            throw new invalid_sheet_exception($errors);
        }
        if ($session->timestart <= 0 || $session->timestart > $now) {
            $error(-1, 0, 'sessionid', 'notstarted', $session->timestart > 0 ? userdate($session->timestart) : '-');
        }
        $teaching = self::teaching($session);
        $duration = attendance_repository::duration($session->timestart, $session->timeend);
        if ($teaching && $duration <= 0) {
            $error(-1, 0, 'sessionid', 'noduration');
        }
        if (!$rows) {
            $error(-1, 0, 'rows', 'empty');
        }
        $userids = array_values(array_unique(array_map(fn($r) => (int)$r['userid'], $rows)));
        $learners = $this->learners($session->courseid, $workshop['programme'], $userids);
        $history = $this->history($session->id, $workshop['units'], $userids);
        $keys = array_values(array_filter(array_map(fn($r) => (string)($r['key'] ?? ''), $rows)));
        $seenkeys = array_flip($this->attestations->known_keys($keys));
        $seen = [];
        $inserts = [];
        $date = \local_sens\local\learner\record_builder::date($session->timestart);
        foreach (array_values($rows) as $i => $row) {
            $userid = (int)$row['userid'];
            $name = isset($learners[$userid]) ? fullname($learners[$userid]) : (string)$userid;
            if (isset($seen[$userid])) {
                $error($i, $userid, 'userid', 'duplicate', $name);
                continue;
            }
            $seen[$userid] = true;
            if (!isset($learners[$userid])) {
                $error($i, $userid, 'userid', 'notenrolled', $name);
                continue;
            }
            $unit = (string)$row['unit'];
            if (!in_array($unit, $workshop['units'], true)) {
                $error($i, $userid, 'unit', 'unit', (object)['name' => $name, 'unit' => s($unit)]);
                continue;
            }
            $present = (bool)$row['present'];
            $passed = !$teaching && (bool)($row['passed'] ?? false);
            if ($passed && !$present) {
                $error($i, $userid, 'passed', 'passedabsent', $name);
                continue;
            }
            $attendance = null;
            if ($teaching) {
                [$attendance, $field, $key] = sheet_marks::teaching($row, $duration);
                if ($attendance === null) {
                    $error($i, $userid, $field, $key, (object)['name' => $name, 'duration' => $duration]);
                    continue;
                }
            }
            $key = (string)($row['key'] ?? '');
            if ($key !== '' && (isset($seenkeys[$key]) || !preg_match('/^[A-Za-z0-9_-]{8,64}$/', $key))) {
                $error($i, $userid, 'key', 'replay', $name);
                continue;
            }
            $seenkeys[$key] = true;
            $note = trim((string)($row['note'] ?? ''));
            $reason = trim((string)($row['reason'] ?? ''));
            $latest = self::latest($history[$userid] ?? [])[$unit] ?? null;
            $marks = $attendance !== null ? json_encode($attendance) : sheet_marks::workshop($present, $passed);
            if ($latest !== null && $latest->marks === $marks && (string)$latest->note === $note) {
                continue;
            }
            if ($latest !== null && $reason === '') {
                $error($i, $userid, 'reason', 'reason', $name);
                continue;
            }
            $inserts[] = [
                'userid' => $userid,
                'versionid' => (int)$learners[$userid]->versionid,
                'unit' => $unit,
                'session' => $session->sessionkey,
                'sessiondate' => $date,
                'result' => $attendance !== null ? ($attendance['minutesabsent'] > 0 ? 'absent' : 'present')
                    : sheet_marks::result($present, $passed),
                'recordedby' => $by,
                'timecreated' => $now,
                'sessionid' => $session->id,
                'marks' => $marks,
                'note' => $note === '' ? null : $note,
                'corrects' => $latest === null ? null : (int)$latest->id,
                'reason' => $latest === null ? null : $reason,
                'idempotencykey' => $key !== '' ? $key : 'srv-' . random_string(40),
            ];
        }
        if ($errors) {
            throw new invalid_sheet_exception($errors);
        }
        $ids = [];
        if ($inserts) {
            $transaction = $this->db->start_delegated_transaction();
            $ids = $this->attestations->insert_rows($inserts);
            foreach (['attestation_recorded' => false, 'attestation_corrected' => true] as $action => $correction) {
                $entries = [];
                foreach ($inserts as $insert) {
                    if (($insert['corrects'] !== null) === $correction) {
                        $entries[] = ['relateduserid' => $insert['userid'], 'versionid' => $insert['versionid'], 'details' => [
                            'attestationid' => (int)$ids[$insert['idempotencykey']], 'unit' => $insert['unit'],
                            'session' => $insert['session'], 'sessionid' => $session->id, 'sessiondate' => $date,
                            'result' => $insert['result'], 'corrects' => $insert['corrects'], 'reason' => $insert['reason'],
                        ]];
                    }
                }
                $this->audit->append_many($by, $action, $entries);
            }
            $transaction->allow_commit();
        }
        $changes = $this->decisions->recompute_users($session->courseid, $userids);
        $context = \context_course::instance($session->courseid);
        foreach ($inserts as $insert) {
            $class = $insert['corrects'] === null ? \local_sens\event\attestation_recorded::class
                : \local_sens\event\attestation_corrected::class;
            $class::create([
                'objectid' => (int)$ids[$insert['idempotencykey']],
                'context' => $context,
                'relateduserid' => $insert['userid'],
                'other' => ['unit' => $insert['unit'], 'session' => $insert['session'], 'result' => $insert['result'],
                    'sessionid' => $session->id, 'corrects' => $insert['corrects'], 'recomputed' => true],
            ])->trigger();
        }
        $learnersout = [];
        foreach (array_values($rows) as $row) {
            $userid = (int)$row['userid'];
            $unit = (string)$row['unit'];
            $find = fn(?array $decision) => $decision === null ? null
                : (array_column($decision['units'] ?? [], null, 'id')[$unit] ?? null);
            $learnersout[$userid] = ['unit' => $unit, 'before' => $find($changes[$userid]['before'] ?? null),
                'after' => $find($changes[$userid]['after'] ?? null)];
        }
        return ['written' => count($inserts), 'corrected' => count(array_filter(array_column($inserts, 'corrects'))),
            'learners' => $learnersout, 'definition' => $workshop['definition']];
    }
}
