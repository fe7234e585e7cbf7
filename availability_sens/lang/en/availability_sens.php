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
 * Strings of availability_sens (English).
 *
 * @package    availability_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['description'] = 'Open the activity to the learners for whom the SENS rules engine opens a level. Written by the SENS activity mapping; it cannot be added by hand.';
$string['label'] = 'SENS level';
$string['managed'] = 'Set by the SENS activity mapping: change the mapping to change it.';
$string['missing'] = 'a SENS level (SENS is not installed: closed)';
$string['pluginname'] = 'Restriction by SENS level';
$string['privacy:metadata'] = 'The SENS level restriction stores no personal data: it reads the open levels that local_sens stores.';
$string['requires_notopen'] = 'The SENS level <strong>{$a}</strong> is not open to you';
$string['requires_open'] = 'The SENS level <strong>{$a}</strong> is open to you';
$string['requires_open_locked'] = 'The SENS level <strong>{$a->title}</strong> is open to you. Locked now: {$a->reason}';
$string['requires_prepared'] = 'The SENS level <strong>{$a}</strong> is open to you (your situation is being prepared: it opens within a few minutes if it is open to you)';
$string['title'] = 'SENS level';
