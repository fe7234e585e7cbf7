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
use local_sens\local\audit\audit_repository;
use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * The dated sessions of a course linked to a programme: created from the programme's sessions (workshopSessions),
 * dated and placed by the pedagogical engineer, with their leads; and the workshops each session holds (one per
 * domain, a slot per level: the units the programme validates by an attestation, grouped by their parent).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session_service {

    /** @var string Kind of a workshop session (the programme's workshopSessions: attestations). */
    public const WORKSHOP = 'workshop';

    /** @var string Kind of a teaching session (a dated class of one unit: presence and minutes absent). */
    public const TEACHING = 'teaching';

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param session_repository $sessions
     * @param programme_version_repository $versions
     * @param audit_repository $audit
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var session_repository Sessions. */
        private readonly session_repository $sessions,
        /** @var programme_version_repository Programme versions. */
        private readonly programme_version_repository $versions,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
    ) {
    }

    /**
     * The latest published definition of the programme a course is linked to, or null (not linked / nothing published).
     *
     * @param int $courseid
     * @return array|null Keys programme, versionid, definition.
     */
    public function course_programme(int $courseid): ?array {
        $programme = \core\di::get(\local_sens\local\mapping\course_link_repository::class)->programme_of($courseid);
        if ($programme === null) {
            return null;
        }
        $version = $this->versions->latest_published($programme);
        if ($version === null) {
            return null;
        }
        return ['programme' => $programme, 'versionid' => (int)$version->id,
            'definition' => $this->versions->definition((int)$version->id)];
    }

    /**
     * The sessions of a course, the programme's missing ones created first (idempotent).
     *
     * @param int $courseid
     * @param int $userid Who is looking (recorded as the creator of new rows).
     * @return \stdClass[] By id; each with leads (int[]).
     */
    public function sessions(int $courseid, int $userid): array {
        $programme = $this->course_programme($courseid);
        if ($programme !== null) {
            $this->sessions->add_missing($courseid, $programme['definition'], $userid, $this->clock->time());
        }
        $sessions = $this->sessions->for_course($courseid);
        $leads = $this->sessions->leads(array_keys($sessions));
        foreach ($sessions as $session) {
            $session->leads = $leads[$session->id] ?? [];
        }
        return $sessions;
    }

    /**
     * The workshops of a session: the units the programme validates by a workshop attestation (among those the
     * session covers), grouped by their parent (a domain), in programme order.
     *
     * @param array $definition Decoded programme definition.
     * @param string[]|null $units Units the session covers; null: all.
     * @return array<string, array> By workshop id (the parent unit id): id, title, titleEn, units (unit ids).
     */
    public static function workshops(array $definition, ?array $units): array {
        $byid = array_column($definition['units'] ?? [], null, 'id');
        $workshops = [];
        foreach ($definition['units'] ?? [] as $unit) {
            $attested = false;
            foreach ($unit['requirements'] ?? [] as $requirement) {
                $attested = $attested || ($requirement['kind'] ?? '') === 'attestation';
            }
            if (!$attested || ($units !== null && !in_array($unit['id'], $units, true))) {
                continue;
            }
            $parent = $byid[$unit['parent'] ?? ''] ?? $unit;
            $workshops[$parent['id']] ??= ['id' => (string)$parent['id'], 'title' => (string)($parent['title'] ?? $parent['id']),
                'titleEn' => $parent['titleEn'] ?? null, 'units' => []];
            $workshops[$parent['id']]['units'][] = (string)$unit['id'];
        }
        return $workshops;
    }

    /**
     * The sheets of a session: for a workshop session its workshops (see workshops()); for a teaching session one
     * sheet per unit it covers (the attendance of that unit's class).
     *
     * @param array $definition Decoded programme definition.
     * @param \stdClass $session Row (kind, units).
     * @return array<string, array> By sheet id: id, title, titleEn, units (unit ids).
     */
    public static function sheets(array $definition, \stdClass $session): array {
        if (($session->kind ?? self::WORKSHOP) !== self::TEACHING) {
            return self::workshops($definition, $session->units);
        }
        $byid = array_column($definition['units'] ?? [], null, 'id');
        $sheets = [];
        foreach ($session->units ?? [] as $unit) {
            if (isset($byid[$unit])) {
                $sheets[$unit] = ['id' => (string)$unit, 'title' => (string)($byid[$unit]['title'] ?? $unit),
                    'titleEn' => $byid[$unit]['titleEn'] ?? null, 'units' => [(string)$unit]];
            }
        }
        return $sheets;
    }

    /**
     * Units whose attendance the programme counts (named by an attendance rule), in programme order.
     *
     * @param array $definition
     * @return array<string, array> By unit id: the unit.
     */
    public static function attendance_units(array $definition): array {
        $named = [];
        foreach ($definition['attendance'] ?? [] as $rule) {
            foreach ($rule['units'] ?? [] as $unit) {
                $named[$unit] = true;
            }
        }
        $units = [];
        foreach ($definition['units'] ?? [] as $unit) {
            if (isset($named[$unit['id']])) {
                $units[$unit['id']] = $unit;
            }
        }
        return $units;
    }

    /**
     * A new teaching session: a dated class of one unit whose attendance the programme counts.
     *
     * @param int $courseid
     * @param string $unit
     * @param string $title Empty: the unit's title and the session's number.
     * @param int $timestart
     * @param int $timeend Required: the duration is what the attendance limits count.
     * @param string $room
     * @param int[] $leads
     * @param int $userid Who.
     * @return int The session id.
     * @throws \invalid_parameter_exception Naming the field; nothing changed then.
     */
    public function create_teaching(int $courseid, string $unit, string $title, int $timestart, int $timeend, string $room,
            array $leads, int $userid): int {
        $programme = $this->course_programme($courseid);
        $units = $programme === null ? [] : self::attendance_units($programme['definition']);
        if (!isset($units[$unit])) {
            throw new \invalid_parameter_exception(get_string('session:errorunit', 'local_sens', s($unit)));
        }
        if ($timestart <= 0) {
            throw new \invalid_parameter_exception(get_string('session:errorstart', 'local_sens'));
        }
        if (attendance_repository::duration($timestart, $timeend) <= 0) {
            throw new \invalid_parameter_exception(get_string('session:errorduration', 'local_sens'));
        }
        if (\core_text::strlen(trim($room)) > 255) {
            throw new \invalid_parameter_exception(get_string('session:errorroom', 'local_sens'));
        }
        $context = \context_course::instance($courseid);
        foreach ($leads as $lead) {
            if (!is_enrolled($context, (int)$lead, 'local/sens:recordattestation')) {
                throw new \invalid_parameter_exception(get_string('session:errorlead', 'local_sens', (int)$lead));
            }
        }
        $key = 'T' . ($this->sessions->count_kind($courseid, self::TEACHING) + 1);
        $title = trim($title) !== '' ? trim($title) : (string)$units[$unit]['title'];
        // One transaction: the new row, then its date, place and leads (update() checks the rest before writing).
        $transaction = $this->db->start_delegated_transaction();
        $id = $this->sessions->create($courseid, self::TEACHING, $key, $title, [$unit], 0, 0, '', $userid,
            $this->clock->time());
        $this->update($this->sessions->get($id), $timestart, $timeend, $room, $leads, $userid);
        $transaction->allow_commit();
        return $id;
    }

    /**
     * Date, place and leads of a session. Leads must be able to attest in the course.
     *
     * @param \stdClass $session Row (id, courseid).
     * @param int $timestart
     * @param int $timeend 0: not given.
     * @param string $room
     * @param int[] $leads User ids.
     * @param int $userid Who.
     * @throws \invalid_parameter_exception Naming the field; nothing changed then.
     */
    public function update(\stdClass $session, int $timestart, int $timeend, string $room, array $leads, int $userid): void {
        if ($timestart <= 0) {
            throw new \invalid_parameter_exception(get_string('session:errorstart', 'local_sens'));
        }
        if ($timeend !== 0 && $timeend < $timestart) {
            throw new \invalid_parameter_exception(get_string('session:errorend', 'local_sens'));
        }
        $room = trim($room);
        if (\core_text::strlen($room) > 255) {
            throw new \invalid_parameter_exception(get_string('session:errorroom', 'local_sens'));
        }
        $context = \context_course::instance($session->courseid);
        $leads = array_values(array_unique(array_map('intval', $leads)));
        foreach ($leads as $lead) {
            if (!is_enrolled($context, $lead, 'local/sens:recordattestation')) {
                throw new \invalid_parameter_exception(get_string('session:errorlead', 'local_sens', $lead));
            }
        }
        $transaction = $this->db->start_delegated_transaction();
        $this->sessions->update_place($session->id, $timestart, $timeend, $room, $userid, $this->clock->time());
        $this->sessions->set_leads($session->id, $leads);
        $this->audit->append($userid, 'session_updated', null, null, ['sessionid' => $session->id,
            'courseid' => $session->courseid, 'timestart' => $timestart, 'timeend' => $timeend, 'room' => $room,
            'leads' => $leads]);
        $transaction->allow_commit();
    }
}
