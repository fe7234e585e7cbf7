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

namespace local_sens\local\learner;

use moodle_database;

/**
 * Placements of enrolled learners at a level (table local_sens_placement): the only class that reads or writes it.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class placement_repository {

    /** @var string The table. */
    private const TABLE = 'local_sens_placement';

    /**
     * Constructor.
     *
     * @param moodle_database $db
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
    ) {
    }

    /**
     * Store a placement.
     *
     * @param \stdClass $record enrolmentid, domain, level, basis, note, placedby, timecreated; id set.
     * @return \stdClass The record.
     */
    public function insert(\stdClass $record): \stdClass {
        $record->id = (int)$this->db->insert_record(self::TABLE, $record);
        return $record;
    }

    /**
     * Whether an enrolment has a placement at a level.
     *
     * @param int $enrolmentid
     * @param string $level The level unit id.
     * @return bool
     */
    public function is_placed(int $enrolmentid, string $level): bool {
        return $this->db->record_exists(self::TABLE, ['enrolmentid' => $enrolmentid, 'level' => $level]);
    }

    /**
     * The placements of enrolments, in id order.
     *
     * @param int[] $enrolmentids
     * @return \stdClass[] id, enrolmentid, domain, level, basis, placedby, timecreated.
     */
    public function of_enrolments(array $enrolmentids): array {
        if (!$enrolmentids) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal($enrolmentids, SQL_PARAMS_NAMED, 'enr');
        return $this->db->get_records_select(self::TABLE, "enrolmentid $insql", $params, 'id',
            'id, enrolmentid, domain, level, basis, placedby, timecreated');
    }

    /**
     * Forget the placements of enrolments.
     *
     * @param int[] $enrolmentids
     */
    public function delete_of_enrolments(array $enrolmentids): void {
        if ($enrolmentids) {
            [$insql, $params] = $this->db->get_in_or_equal($enrolmentids);
            $this->db->delete_records_select(self::TABLE, "enrolmentid $insql", $params);
        }
    }
}
