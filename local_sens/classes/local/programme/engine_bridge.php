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

use local_sens\local\engine\diff;
use local_sens\local\engine\format;
use local_sens\local\engine\schema;
use local_sens\local\engine\validate;

/**
 * The one place where référentiel code calls the generated engine: structural schema check, semantic validation,
 * diff between versions and display of parameters.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class engine_bridge {

    /**
     * Every error of a programme document: structure first; the semantic checks only run on a well-formed programme
     * (they read fields the schema guarantees).
     *
     * @param mixed $document The JSON decoded with objects (json_decode($json)), so that {} and [] stay different.
     * @return array[] Errors {code, path, params}; empty when valid.
     */
    public function validate_programme($document): array {
        $errors = schema::validate_programme($document);
        if ($errors !== []) {
            return array_values($errors);
        }
        return validate::validate_programme(self::to_arrays($document));
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
     * What a new version changes compared with an old one, as the engine sees it.
     *
     * @param array $old
     * @param array $new
     * @return array[] Changes {code, path, params}.
     */
    public function diff_programmes(array $old, array $new): array {
        return array_values(diff::diff_programmes($old, $new));
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
        return $programme === null ? $params : format::display_params($programme, $params, $lang);
    }
}
