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

namespace local_sens\local\mapping;

/**
 * A mapping that cannot be saved: every problem, naming the item (0-based position, cmid) and the field.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class invalid_mapping_exception extends \moodle_exception {

    /**
     * Constructor.
     *
     * @param array[] $errors Problems: ['item' => ?int, 'cmid' => ?int, 'field' => string, 'message' => string].
     */
    public function __construct(
        /** @var array[] The problems found, in item order. */
        public readonly array $errors,
    ) {
        parent::__construct('errorinvalidmapping', 'local_sens', '', (object)[
            'count' => count($errors),
            'errors' => implode(' ', array_map(fn(array $e) => $e['message'], $errors)),
        ]);
    }
}
