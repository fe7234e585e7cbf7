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

namespace local_sens\local\decision;

use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * Programme versions as the facts, decision and gating code reads them: definitions through
 * programme_version_repository (MUC-cached) kept for the request, version rows without their definition read many
 * at once.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class version_definitions {

    /** @var array<int, array> Decoded definitions by version id. */
    private array $definitions = [];

    /** @var array<int, \stdClass> Version rows (without definition) by id. */
    private array $versions = [];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param programme_version_repository $repository
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var programme_version_repository Versions. */
        private readonly programme_version_repository $repository,
    ) {
    }

    /**
     * The decoded definition of a version.
     *
     * @param int $versionid
     * @return array
     */
    public function definition(int $versionid): array {
        return $this->definitions[$versionid] ??= $this->repository->definition($versionid);
    }

    /**
     * The version row (id, programme, version, status), definition excluded.
     *
     * @param int $versionid
     * @return \stdClass
     */
    public function get(int $versionid): \stdClass {
        if (!isset($this->versions[$versionid])) {
            $this->load([$versionid]);
        }
        return $this->versions[$versionid];
    }

    /**
     * The latest published version of a programme, or null.
     *
     * @param string $programme
     * @return \stdClass|null
     */
    public function latest_published(string $programme): ?\stdClass {
        return $this->repository->latest_published($programme);
    }

    /**
     * Read the rows of several versions at once (one query), definitions excluded.
     *
     * @param int[] $versionids
     */
    public function load(array $versionids): void {
        $missing = array_values(array_diff(array_unique(array_map('intval', $versionids)), array_keys($this->versions)));
        if (!$missing) {
            return;
        }
        [$insql, $params] = $this->db->get_in_or_equal($missing);
        $records = $this->db->get_records_select('local_sens_progversion', "id $insql", $params, '',
            'id, programme, version, status');
        foreach ($missing as $id) {
            if (!isset($records[$id])) {
                throw new \dml_missing_record_exception('local_sens_progversion', 'id = ?', [$id]);
            }
            $this->versions[$id] = $records[$id];
        }
    }
}
