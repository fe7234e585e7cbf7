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

namespace local_sens\local\attestation;

/**
 * A workshop attestation: presence and success of a learner at one workshop session.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class attestation {

    /** @var string[] Allowed results. */
    public const RESULTS = ['passed', 'failed', 'absent'];

    /**
     * Constructor.
     *
     * @param int $id 0 when not stored yet.
     * @param int $userid The learner.
     * @param int $versionid The programme version.
     * @param string $unit Workshop unit id in the programme.
     * @param string $session Session id.
     * @param string $sessiondate YYYY-MM-DD.
     * @param string $result passed, failed or absent.
     * @param int $recordedby The teacher.
     * @param int $timecreated Unix time.
     */
    public function __construct(
        /** @var int Id. */
        public readonly int $id,
        /** @var int Learner id. */
        public readonly int $userid,
        /** @var int Programme version id. */
        public readonly int $versionid,
        /** @var string Unit id. */
        public readonly string $unit,
        /** @var string Session id. */
        public readonly string $session,
        /** @var string Session date. */
        public readonly string $sessiondate,
        /** @var string Result. */
        public readonly string $result,
        /** @var int Teacher id. */
        public readonly int $recordedby,
        /** @var int Time recorded. */
        public readonly int $timecreated,
    ) {
    }

    /**
     * Build from a database record.
     *
     * @param \stdClass $record
     * @return self
     */
    public static function from_record(\stdClass $record): self {
        return new self((int)$record->id, (int)$record->userid, (int)$record->versionid, $record->unit, $record->session,
            $record->sessiondate, $record->result, (int)$record->recordedby, (int)$record->timecreated);
    }
}
