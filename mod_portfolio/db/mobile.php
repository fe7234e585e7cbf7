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
 * Moodle app support of mod_sensportfolio: the learner reads their portfolio (status, the jury's feedback, what to do
 * next, entries, coverage) and submits it (web service mod_sensportfolio_submit_portfolio), as a course module
 * handler whose view comes from classes/output/mobile.php (online).
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$addons = [
    'mod_sensportfolio' => [
        'handlers' => [
            'sensportfolio' => [
                'delegate' => 'CoreCourseModuleDelegate',
                'method' => 'mobile_course_view',
                'displaydata' => [
                    'icon' => $CFG->wwwroot . '/mod/sensportfolio/pix/monologo.svg',
                    'class' => '',
                ],
            ],
        ],
        'lang' => [
            ['pluginname', 'mod_sensportfolio'],
        ],
    ],
];
