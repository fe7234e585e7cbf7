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
 * Chaînes françaises de mod_sensportfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['criteria'] = 'Critères du jury';
$string['criteria_help'] = 'Un critère par ligne. Le jury indique pour chacun si le portfolio y répond.';
$string['decision:accepted'] = 'Accepté';
$string['decision:rejected'] = 'Non accepté';
$string['entries'] = 'Traces';
$string['event:jurydecisionrecorded'] = 'Décision du jury enregistrée';
$string['modulename'] = 'Portfolio SENS';
$string['modulename_help'] = 'Le portfolio dans lequel l\'apprenant documente l\'évolution de son expertise au regard du référentiel, avec des traces liées aux compétences, puis le soumet au jury.';
$string['modulenameplural'] = 'Portfolios SENS';
$string['noentries'] = 'Aucune trace pour l\'instant. Chaque trace que vous ajouterez sera liée à des compétences du référentiel et présentée au jury lorsque vous soumettrez votre portfolio.';
$string['pluginadministration'] = 'Administration du portfolio SENS';
$string['pluginname'] = 'Portfolio SENS';
$string['privacy:metadata:sensportfolio_entry'] = 'Traces déposées par un apprenant.';
$string['privacy:metadata:sensportfolio_entry:competences'] = 'Les compétences dont la trace témoigne.';
$string['privacy:metadata:sensportfolio_entry:content'] = 'Le texte de la trace.';
$string['privacy:metadata:sensportfolio_entry:timecreated'] = 'Date de création de la trace.';
$string['privacy:metadata:sensportfolio_entry:timemodified'] = 'Date de dernière modification de la trace.';
$string['privacy:metadata:sensportfolio_entry:title'] = 'Le titre de la trace.';
$string['privacy:metadata:sensportfolio_entry:userid'] = 'L\'apprenant.';
$string['privacy:metadata:sensportfolio_review'] = 'Évaluations des portfolios soumis au jury.';
$string['privacy:metadata:sensportfolio_review:criteria'] = 'Si chaque critère est satisfait.';
$string['privacy:metadata:sensportfolio_review:decision'] = 'La décision du jury.';
$string['privacy:metadata:sensportfolio_review:feedback'] = 'Le commentaire du jury.';
$string['privacy:metadata:sensportfolio_review:reviewerid'] = 'Le membre du jury qui a enregistré l\'évaluation.';
$string['privacy:metadata:sensportfolio_review:timecreated'] = 'Date d\'enregistrement de l\'évaluation.';
$string['privacy:metadata:sensportfolio_submission'] = 'Portfolios soumis au jury.';
$string['privacy:metadata:sensportfolio_submission:status'] = 'L\'état de la soumission.';
$string['privacy:metadata:sensportfolio_submission:timemodified'] = 'Date de dernière modification de la soumission.';
$string['privacy:metadata:sensportfolio_submission:timesubmitted'] = 'Date de soumission du portfolio.';
$string['privacy:metadata:sensportfolio_submission:userid'] = 'L\'apprenant.';
$string['privacy:path:entries'] = 'Traces';
$string['privacy:path:submissions'] = 'Soumissions';
$string['sensportfolio:addinstance'] = 'Ajouter un portfolio SENS';
$string['sensportfolio:decide'] = 'Enregistrer la décision du jury sur un portfolio';
$string['sensportfolio:review'] = 'Évaluer les portfolios soumis';
$string['sensportfolio:submit'] = 'Constituer son portfolio et le soumettre au jury';
$string['sensportfolio:view'] = 'Consulter un portfolio SENS';
$string['status:accepted'] = 'Accepté par le jury';
$string['status:none'] = 'Non soumis';
$string['status:rejected'] = 'Non accepté par le jury';
$string['status:submitted'] = 'Soumis, en attente du jury';
$string['submissions'] = 'Soumissions au jury';
$string['yourstatus'] = 'Votre portfolio : {$a}';
