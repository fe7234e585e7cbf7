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
 * English strings for block_competences.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['competences:addinstance'] = 'Add a My competences block';
$string['competences:myaddinstance'] = 'Add a My competences block to the dashboard';
$string['computedon'] = 'Situation as of {$a}';
$string['domain'] = 'Domain';
$string['emptystate'] = 'You are not enrolled in a SENS programme yet. Once you are, this block shows each domain of the référentiel at each level (Débutant, Intermédiaire, Avancé): what is validated, open or locked, and why, what to do next and the deadline of your pathway.';
$string['levelstatus'] = '{$a->domain}, {$a->level}: {$a->state}';
$string['nodecision'] = 'Your situation has not been computed yet. It will appear here after your next activity or within the hour.';
$string['pluginname'] = 'My competences';
$string['privacy:metadata'] = 'The My competences block stores no data; it shows what local_sens holds about the learner.';
$string['reasons'] = 'Why';
$string['state:exempt'] = 'Exempt';
$string['state:inprogress'] = 'In progress';
$string['state:locked'] = 'Locked';
$string['state:open'] = 'Open';
$string['state:validated'] = 'Validated';
$string['tablecaption'] = 'Your competences by domain and level in {$a}';
