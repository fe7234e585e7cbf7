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

/**
 * Imports a programme definition (the engine's JSON) as a new draft version, all or nothing.
 *
 * The engine validates it (structure, then dates, references, duplicates); any error refuses the whole import and
 * stores nothing. The definition is stored in a canonical encoding (same content, same bytes), so that re-importing
 * a definition that is already a version of its programme is recognised instead of adding a duplicate.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class programme_import_service {

    /** @var int Longest programme id the version table holds. */
    private const MAX_PROGRAMME_ID = 100;

    /**
     * Constructor.
     *
     * @param programme_version_repository $repository
     * @param programme_version_service $versions
     * @param engine_bridge $engine
     */
    public function __construct(
        /** @var programme_version_repository Versions. */
        private readonly programme_version_repository $repository,
        /** @var programme_version_service Storage and publication. */
        private readonly programme_version_service $versions,
        /** @var engine_bridge Generated engine. */
        private readonly engine_bridge $engine,
    ) {
    }

    /**
     * Import a definition as a draft version.
     *
     * @param string $json The programme JSON.
     * @param int $userid Who imports it.
     * @return \stdClass The new draft version; or, when the same definition is already a version of the programme,
     *     that version, unchanged. Either way `duplicate` says which.
     * @throws invalid_definition_exception With every error by JSON path; nothing is stored.
     */
    public function import(string $json, int $userid): \stdClass {
        [$definition, $canonical] = $this->parse($json);
        $programme = (string)$definition['id'];
        $existing = $this->repository->find_by_checksum($programme, hash('sha256', $canonical));
        if ($existing !== null) {
            $existing->duplicate = true;
            return $existing;
        }
        $version = $this->versions->add_draft($programme, $canonical, $userid);
        $version->duplicate = false;
        return $version;
    }

    /**
     * Validate a definition without storing anything.
     *
     * @param string $json
     * @return array[] Errors {code, path, params}; empty when the definition can be imported.
     */
    public function errors(string $json): array {
        try {
            $this->parse($json);
            return [];
        } catch (invalid_definition_exception $e) {
            return $e->errors;
        }
    }

    /**
     * Decode and validate.
     *
     * @param string $json
     * @return array [decoded definition (associative arrays), canonical JSON]
     * @throws invalid_definition_exception
     */
    private function parse(string $json): array {
        // A byte-order mark is how some editors save UTF-8; it is not part of the JSON.
        $json = preg_replace('/^\xEF\xBB\xBF/', '', $json);
        try {
            // Objects kept as objects for the schema and the stored form: an empty {} must not become [].
            $objects = json_decode($json, false, 512, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw new invalid_definition_exception([
                ['code' => 'json_parse', 'path' => '', 'params' => ['message' => $e->getMessage()]],
            ]);
        }
        $errors = $this->engine->validate_programme($objects);
        $definition = $errors === [] ? engine_bridge::to_arrays($objects) : [];
        if ($errors === [] && strlen($definition['id']) > self::MAX_PROGRAMME_ID) {
            $errors[] = ['code' => 'schema', 'path' => '/id',
                'params' => ['keyword' => 'maxLength', 'message' => 'must NOT have more than ' . self::MAX_PROGRAMME_ID .
                    ' characters']];
        }
        if ($errors !== []) {
            throw new invalid_definition_exception($errors);
        }
        $canonical = json_encode($objects, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION
            | JSON_THROW_ON_ERROR);
        return [$definition, $canonical];
    }
}
