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
 * Moodle app support of local_sens: the Workshops of a course and the attestation sheet for a lead on a phone
 * (online), as a site plugin (course option, templates from classes/output/mobile.php).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$addons = [
    'local_sens' => [
        'handlers' => [
            'workshops' => [
                'delegate' => 'CoreCourseOptionsDelegate',
                'method' => 'mobile_workshops',
                'init' => 'mobile_init',
                'displaydata' => ['title' => 'workshops:title', 'class' => 'local_sens-workshops'],
                'priority' => 100,
            ],
        ],
        'lang' => [
            ['workshops:title', 'local_sens'],
            ['sheet:present', 'local_sens'],
            ['sheet:passed', 'local_sens'],
            ['sheet:note', 'local_sens'],
            ['sheet:reason', 'local_sens'],
            ['sheet:save', 'local_sens'],
            ['sheet:cosign', 'local_sens'],
        ],
    ],
];
