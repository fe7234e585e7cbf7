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
 * Chaînes françaises de block_competences.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['competences:addinstance'] = 'Ajouter un bloc Mes compétences';
$string['competences:myaddinstance'] = 'Ajouter un bloc Mes compétences au tableau de bord';
$string['computedon'] = 'Situation au {$a}';
$string['domain'] = 'Domaine';
$string['emptystate'] = 'Vous n\'êtes pas encore inscrit à un programme SENS. Dès que vous le serez, ce bloc présentera chaque domaine du référentiel à chaque niveau (Débutant, Intermédiaire, Avancé) : ce qui est validé, ouvert ou verrouillé, et pourquoi, ce qu\'il vous reste à faire et l\'échéance de votre parcours.';
$string['levelstatus'] = '{$a->domain}, {$a->level} : {$a->state}';
$string['nodecision'] = 'Votre situation n\'a pas encore été calculée. Elle apparaîtra ici après votre prochaine activité ou dans l\'heure.';
$string['pluginname'] = 'Mes compétences';
$string['privacy:metadata'] = 'Le bloc Mes compétences ne stocke aucune donnée ; il affiche ce que local_sens conserve sur l\'apprenant.';
$string['reasons'] = 'Pourquoi';
$string['state:exempt'] = 'Dispensé';
$string['state:inprogress'] = 'En cours';
$string['state:locked'] = 'Verrouillé';
$string['state:open'] = 'Ouvert';
$string['state:validated'] = 'Validé';
$string['tablecaption'] = 'Vos compétences par domaine et par niveau dans {$a}';
