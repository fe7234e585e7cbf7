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
 * Strings of availability_sens (French).
 *
 * @package    availability_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['description'] = 'Ouvre l\'activité aux apprenants pour qui le moteur de règles SENS ouvre un niveau. Posée par la correspondance des activités SENS ; elle ne peut pas être ajoutée à la main.';
$string['label'] = 'Niveau SENS';
$string['managed'] = 'Posée par la correspondance des activités SENS : modifiez la correspondance pour la changer.';
$string['missing'] = 'un niveau SENS (SENS n\'est pas installé : fermé)';
$string['pluginname'] = 'Restriction par niveau SENS';
$string['privacy:metadata'] = 'La restriction par niveau SENS ne stocke aucune donnée personnelle : elle lit les niveaux ouverts que local_sens stocke.';
$string['requires_notopen'] = 'Le niveau SENS <strong>{$a}</strong> ne vous est pas ouvert';
$string['requires_open'] = 'Le niveau SENS <strong>{$a}</strong> vous est ouvert';
$string['requires_open_locked'] = 'Le niveau SENS <strong>{$a->title}</strong> vous est ouvert. Verrouillé pour l\'instant : {$a->reason}';
$string['requires_prepared'] = 'Le niveau SENS <strong>{$a}</strong> vous est ouvert (votre situation est en cours de préparation : il s\'ouvre dans quelques minutes s\'il vous est ouvert)';
$string['title'] = 'Niveau SENS';
