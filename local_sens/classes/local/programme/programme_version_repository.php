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

use moodle_database;

/**
 * Reads référentiel versions. Definitions are immutable, so their decoded form is cached with no invalidation.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class programme_version_repository {

    /** @var string Table name. */
    private const TABLE = 'local_sens_progversion';

    /** @var string Columns of a version without its (large) definition. */
    private const SUMMARY = 'id, programme, version, status, checksum, createdby, timecreated, publishedby, timepublished';

    /** @var array<int, array> Decoded definitions by version id, for the request. */
    private array $definitions = [];

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
     * A version, with its definition JSON.
     *
     * @param int $versionid
     * @return \stdClass
     * @throws \dml_missing_record_exception When there is no such version.
     */
    public function get(int $versionid): \stdClass {
        return $this->db->get_record(self::TABLE, ['id' => $versionid], '*', MUST_EXIST);
    }

    /**
     * A version without its definition, or null.
     *
     * @param int $versionid
     * @return \stdClass|null
     */
    public function find(int $versionid): ?\stdClass {
        return $this->db->get_record(self::TABLE, ['id' => $versionid], self::SUMMARY) ?: null;
    }

    /**
     * Store a new draft version, numbered one more than the programme's last one (call inside a transaction).
     *
     * @param \stdClass $record programme, status, definition, checksum, createdby, timecreated; version and id set.
     * @return \stdClass The record.
     */
    public function insert_next(\stdClass $record): \stdClass {
        $last = (int)$this->db->get_field_sql("SELECT MAX(version) FROM {" . self::TABLE . "} WHERE programme = ?",
            [$record->programme]);
        $record->version = $last + 1;
        $record->id = (int)$this->db->insert_record(self::TABLE, $record);
        return $record;
    }

    /**
     * Mark a draft version published.
     *
     * @param \stdClass $record The version with status, publishedby and timepublished set.
     */
    public function update_publication(\stdClass $record): void {
        $this->db->update_record(self::TABLE, (object)['id' => $record->id, 'status' => $record->status,
            'publishedby' => $record->publishedby, 'timepublished' => $record->timepublished]);
    }

    /**
     * The published version of a programme with the highest number, if any.
     *
     * @param string $programme Programme id, e.g. du-cns.
     * @return \stdClass|null
     */
    public function latest_published(string $programme): ?\stdClass {
        $records = $this->db->get_records(self::TABLE, ['programme' => $programme, 'status' => 'published'],
            'version DESC', '*', 0, 1);
        return $records ? reset($records) : null;
    }

    /**
     * The decoded definition of a version (associative arrays, as the engine takes it).
     *
     * @param int $versionid
     * @return array
     * @throws \dml_missing_record_exception When there is no such version.
     */
    public function definition(int $versionid): array {
        // Kept decoded for the request as well: a version never changes, and the cache hands out a copy per get.
        if (isset($this->definitions[$versionid])) {
            return $this->definitions[$versionid];
        }
        $cache = \cache::make('local_sens', 'programmedefinitions');
        $definition = $cache->get($versionid);
        if ($definition === false) {
            $json = $this->db->get_field(self::TABLE, 'definition', ['id' => $versionid], MUST_EXIST);
            $definition = json_decode($json, true, 512, JSON_THROW_ON_ERROR);
            $cache->set($versionid, $definition);
        }
        return $this->definitions[$versionid] = $definition;
    }

    /**
     * The version of a programme whose definition has this checksum, if one was imported already.
     *
     * @param string $programme
     * @param string $checksum sha256 of the stored definition.
     * @return \stdClass|null Without the definition.
     */
    public function find_by_checksum(string $programme, string $checksum): ?\stdClass {
        $records = $this->db->get_records(self::TABLE, ['programme' => $programme, 'checksum' => $checksum],
            'version ASC', self::SUMMARY, 0, 1);
        return $records ? reset($records) : null;
    }

    /**
     * Versions of one programme, newest first, without definitions.
     *
     * @param string $programme
     * @return \stdClass[]
     */
    public function for_programme(string $programme): array {
        return array_values($this->db->get_records(self::TABLE, ['programme' => $programme], 'version DESC', self::SUMMARY));
    }

    /**
     * Published versions of one programme, newest first, without definitions.
     *
     * @param string $programme
     * @return \stdClass[]
     */
    public function published(string $programme): array {
        return array_values($this->db->get_records(self::TABLE, ['programme' => $programme, 'status' => 'published'],
            'version DESC', self::SUMMARY));
    }

    /**
     * Every version of every programme, by programme then newest first, without definitions.
     *
     * @return \stdClass[]
     */
    public function all(): array {
        return array_values($this->db->get_records(self::TABLE, null, 'programme ASC, version DESC', self::SUMMARY));
    }

    /**
     * The programmes that have a published version.
     *
     * @return string[]
     */
    public function published_programmes(): array {
        return array_map('strval', $this->db->get_fieldset_select(self::TABLE, 'DISTINCT programme', "status = 'published'"));
    }

    /**
     * Whether a programme has a version (draft or published).
     *
     * @param string $programme
     * @return bool
     */
    public function exists(string $programme): bool {
        return $this->db->record_exists(self::TABLE, ['programme' => $programme]);
    }

    /**
     * SQL of the table for another repository's join: "{local_sens_progversion} <alias>" (columns id, programme,
     * version, status, definition...).
     *
     * @param string $alias
     * @return string
     */
    public static function from(string $alias): string {
        return "{" . self::TABLE . "} $alias";
    }
}
