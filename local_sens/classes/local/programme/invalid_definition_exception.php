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
 * A programme definition refused by the engine's validation; carries every error found.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class invalid_definition_exception extends \moodle_exception {

    /** @var array[] Errors as the engine gives them: each ['code' => string, 'path' => string, 'params' => array]. */
    public readonly array $errors;

    /**
     * Constructor.
     *
     * @param array[] $errors Engine errors {code, path, params}, at least one.
     */
    public function __construct(array $errors) {
        $this->errors = array_values($errors);
        // The debug info lists the errors by path, for logs and the CLI when strings are not wanted.
        $debug = implode("\n", array_map(fn(array $e) => ($e['path'] === '' ? '/' : $e['path']) . ': ' . $e['code'],
            $this->errors));
        parent::__construct('errorinvaliddefinition', 'local_sens', '', count($this->errors), $debug);
    }
}
