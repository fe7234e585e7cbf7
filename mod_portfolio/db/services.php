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

/**
 * Web services of mod_sensportfolio (the Moodle app's submit button).
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$functions = [
    'mod_sensportfolio_submit_portfolio' => [
        'classname' => \mod_sensportfolio\external\submit_portfolio::class,
        'description' => 'Submit the caller\'s portfolio to the jury (a snapshot); refused with the reasons, nothing '
            . 'stored, unless the engine says the portfolio unit is open.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'mod/sensportfolio:submit',
        'services' => [MOODLE_OFFICIAL_MOBILE_SERVICE],
    ],
];
