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

namespace local_sens\local\programme;

use core\clock;
use local_sens\local\audit\audit_repository;
use moodle_database;

/**
 * Stores référentiel versions immutably and publishes them.
 *
 * Validation of the definition is the engine's (issue 6); this service only keeps what was validated, numbered per
 * programme, with its checksum, and records who published it and when.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class programme_version_service {

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param audit_repository $audit
     * @param programme_version_repository $repository
     * @param engine_bridge $engine
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
        /** @var programme_version_repository Versions. */
        private readonly programme_version_repository $repository,
        /** @var engine_bridge Generated engine. */
        private readonly engine_bridge $engine,
    ) {
    }

    /**
     * What publishing a version would change, compared with the programme's latest published version.
     *
     * @param int $versionid
     * @return array ['against' => the published version compared with, or null when there is none (or it is this
     *     one), 'changes' => engine changes {code, path, params}]
     */
    public function changes(int $versionid): array {
        $version = $this->repository->get($versionid);
        $against = $this->repository->latest_published($version->programme);
        if ($against === null || (int)$against->id === $versionid) {
            return ['against' => null, 'changes' => []];
        }
        return [
            'against' => $against,
            'changes' => $this->engine->diff_programmes($this->repository->definition((int)$against->id),
                $this->repository->definition($versionid)),
        ];
    }

    /**
     * Store a new draft version of a programme; the number is one more than the last one.
     *
     * @param string $programme Programme id.
     * @param string $definition The programme JSON, already validated.
     * @param int $userid Who imports it.
     * @return \stdClass The stored version.
     */
    public function add_draft(string $programme, string $definition, int $userid): \stdClass {
        $transaction = $this->db->start_delegated_transaction();
        $record = (object)[
            'programme' => $programme,
            'status' => 'draft',
            'definition' => $definition,
            'checksum' => hash('sha256', $definition),
            'createdby' => $userid,
            'timecreated' => $this->clock->time(),
        ];
        $record = $this->repository->insert_next($record);
        $this->audit->append($userid, 'programme_version_added', null, (int)$record->id,
            ['programme' => $programme, 'version' => $record->version, 'checksum' => $record->checksum]);
        $transaction->allow_commit();
        return $record;
    }

    /**
     * Publish a draft version. A published version never changes again.
     *
     * @param int $versionid
     * @param int $userid Who publishes.
     * @return \stdClass The published version.
     * @throws \moodle_exception When the version is not a draft or its definition changed since import.
     */
    public function publish(int $versionid, int $userid): \stdClass {
        $record = $this->repository->get($versionid);
        if ($record->status !== 'draft') {
            throw new \moodle_exception('errorversionnotdraft', 'local_sens', '', $record->version);
        }
        if (!hash_equals($record->checksum, hash('sha256', $record->definition))) {
            throw new \moodle_exception('errorchecksum', 'local_sens', '', $record->version);
        }
        $transaction = $this->db->start_delegated_transaction();
        $record->status = 'published';
        $record->publishedby = $userid;
        $record->timepublished = $this->clock->time();
        $this->repository->update_publication($record);
        $this->audit->append($userid, 'programme_version_published', null, $versionid,
            ['programme' => $record->programme, 'version' => (int)$record->version, 'checksum' => $record->checksum]);
        $transaction->allow_commit();
        \local_sens\event\programme_version_published::create([
            'objectid' => $versionid,
            'context' => \context_system::instance(),
            'other' => ['programme' => $record->programme, 'version' => (int)$record->version],
        ])->trigger();
        return $record;
    }
}
