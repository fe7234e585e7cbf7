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
 * Web services of local_sens (called by the AMD modules through core/ajax, which sends the sesskey).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$functions = [
    'local_sens_get_course_mapping' => [
        'classname' => \local_sens\external\get_course_mapping::class,
        'description' => 'Programme version, slots, micro-competences, activities, mapping and coverage of a course.',
        'type' => 'read',
        'ajax' => true,
        'capabilities' => 'local/sens:managemappings',
    ],
    'local_sens_save_course_mapping' => [
        'classname' => \local_sens\external\save_course_mapping::class,
        'description' => 'Replace the mapping of a course for a programme version (all or nothing); returns the coverage.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/sens:managemappings',
    ],
    'local_sens_link_course' => [
        'classname' => \local_sens\external\link_course::class,
        'description' => 'Link a course to a programme, so that its activities can be mapped.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/sens:linkcourse, local/sens:managemappings',
    ],
    'local_sens_get_learner_decision' => [
        'classname' => \local_sens\external\get_learner_decision::class,
        'description' => 'The decision stored by the server for a learner (and the record it was computed from).',
        'type' => 'read',
        'ajax' => true,
        'capabilities' => 'local/sens:viewlearnercompetences',
    ],
    'local_sens_simulate_decision' => [
        'classname' => \local_sens\external\simulate_decision::class,
        'description' => 'The decision of a learner record the mapping page\'s simulate panel describes, made by the server\'s '
            . 'engine and presented as every page shows it (nothing stored).',
        'type' => 'read',
        'ajax' => true,
        'capabilities' => 'local/sens:managemappings',
    ],
    'local_sens_save_attestation_sheet' => [
        'classname' => \local_sens\external\save_attestation_sheet::class,
        'description' => 'Save the marks (present, passed, comment) of a workshop sheet in one request, all or nothing; '
            . 'returns each learner\'s level state before and after.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/sens:recordattestation',
        'services' => [MOODLE_OFFICIAL_MOBILE_SERVICE],
    ],
    'local_sens_cosign_attestations' => [
        'classname' => \local_sens\external\cosign_attestations::class,
        'description' => 'A further lead of a session co-signs current workshop attestations awaiting co-signature (all or '
            . 'nothing); returns each learner\'s level state before and after.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/sens:recordattestation',
        'services' => [MOODLE_OFFICIAL_MOBILE_SERVICE],
    ],
];
