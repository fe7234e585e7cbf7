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

use local_sens\local\engine\validate;

/**
 * The one place where référentiel code calls the generated engine: structural schema check, semantic validation,
 * diff between versions and display of parameters.
 *
 * Some generated classes arrive in separate steps of the generator; each call checks that its class is there so that
 * the rest of the code never changes when it appears.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class engine_bridge {

    /** @var string Generated structural validator (JSON Schema of the programme). */
    private const SCHEMA = 'local_sens\\local\\engine\\schema';

    /** @var string Generated diff between two programmes. */
    private const DIFF = 'local_sens\\local\\engine\\diff';

    /** @var string Generated display helpers. */
    private const FORMAT = 'local_sens\\local\\engine\\format';

    /**
     * Whether the generated structural validator is installed.
     *
     * @return bool
     */
    public function has_schema_validator(): bool {
        return method_exists(self::SCHEMA, 'validate_programme');
    }

    /**
     * Every error of a programme document: structure first; the semantic checks only run on a well-formed programme
     * (they read fields the schema guarantees).
     *
     * @param mixed $document The JSON decoded with objects (json_decode($json)), so that {} and [] stay different.
     * @return array[] Errors {code, path, params}; empty when valid.
     */
    public function validate_programme($document): array {
        if ($this->has_schema_validator()) {
            $schema = self::SCHEMA;
            $errors = $schema::validate_programme($document);
            if ($errors !== []) {
                return array_values($errors);
            }
            return validate::validate_programme(self::to_arrays($document));
        }
        if (!is_object($document)) {
            return [['code' => 'schema', 'path' => '', 'params' => ['keyword' => 'type', 'message' => 'must be object']]];
        }
        return $this->semantic_guarded(self::to_arrays($document));
    }

    /**
     * A document decoded with objects, as the engine's associative arrays.
     *
     * @param mixed $document
     * @return array
     */
    public static function to_arrays($document): array {
        return json_decode(json_encode($document, JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR), true, 512,
            JSON_THROW_ON_ERROR);
    }

    /**
     * Semantic validation without the structural validator: a malformed programme makes the generated code read
     * missing fields, which is reported as one structural error instead of a PHP warning.
     *
     * @param array $programme
     * @return array[]
     */
    private function semantic_guarded(array $programme): array {
        $problem = null;
        set_error_handler(function(int $no, string $message) use (&$problem): bool {
            $problem ??= $message;
            return true;
        });
        try {
            $errors = validate::validate_programme($programme);
        } catch (\Throwable $e) {
            $problem ??= $e->getMessage();
        } finally {
            restore_error_handler();
        }
        if ($problem !== null) {
            return [['code' => 'schema', 'path' => '', 'params' => ['keyword' => 'structure', 'message' => $problem]]];
        }
        return $errors;
    }

    /**
     * Whether the generated diff is installed.
     *
     * @return bool
     */
    public function has_diff(): bool {
        return method_exists(self::DIFF, 'diff_programmes');
    }

    /**
     * What a new version changes compared with an old one, as the engine sees it.
     *
     * @param array $old
     * @param array $new
     * @return array[]|null Changes {code, path, params}; null when the generated diff is not installed.
     */
    public function diff_programmes(array $old, array $new): ?array {
        if (!$this->has_diff()) {
            return null;
        }
        $diff = self::DIFF;
        return array_values($diff::diff_programmes($old, $new));
    }

    /**
     * Parameters of a reason or change made readable: unit and slot ids replaced by their titles in a language.
     *
     * @param array|null $programme The programme the ids belong to, or null to keep the ids.
     * @param array $params
     * @param string $lang 'fr' or 'en'.
     * @return array
     */
    public function display_params(?array $programme, array $params, string $lang): array {
        if ($programme === null || !method_exists(self::FORMAT, 'display_params')) {
            return $params;
        }
        $format = self::FORMAT;
        return $format::display_params($programme, $params, $lang);
    }
}
