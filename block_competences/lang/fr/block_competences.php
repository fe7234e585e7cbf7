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

$string['badges'] = 'Badges obtenus';
$string['attendancejustifiedcounted'] = 'Dont {$a} justifiées, comptées comme le prévoit le programme.';
$string['attendancejustifiednotcounted'] = 'En plus, {$a} d\'absence justifiée, non comptées comme le prévoit le programme.';
$string['attendanceleft'] = 'Absences : {$a->absent} sur {$a->total} ({$a->percent} %). Seuil de {$a->limit} % ({$a->effect}) à {$a->allowed} : encore {$a->left} avant de l\'atteindre.';
$string['attendanceover'] = 'Absences : {$a->absent} sur {$a->total} ({$a->percent} %), au-delà du seuil de {$a->limit} % ({$a->allowed}) de {$a->over} : {$a->effect}.';
$string['attendancetotal'] = 'Assiduité sur l\'ensemble de la formation';
$string['assessmentmain'] = 'Évalué par {$a->components} ; validé à partir d\'une moyenne de {$a->passmark}/{$a->scale}.';
$string['assessmentresit'] = 'Évalué par {$a->components} ; validé à partir d\'une moyenne de {$a->passmark}/{$a->scale} ; sinon session de rattrapage.';
$string['cachedef_outline'] = 'Plan des versions de programme (unités, emplacements, niveaux et leurs intitulés)';
$string['chooselearner'] = 'Apprenant';
$string['competences:addinstance'] = 'Ajouter un bloc Mes compétences';
$string['competences:myaddinstance'] = 'Ajouter un bloc Mes compétences au tableau de bord';
$string['component'] = '{$a->title} /{$a->max} ({$a->weight} %)';
$string['computedon'] = 'Situation au {$a}';
$string['deadline'] = 'Échéance de votre parcours (3 ans au plus) :';
$string['effect_barred'] = 'exclusion de la session principale';
$string['effect_defaillant'] = 'défaillant';
$string['emptystate'] = 'Vous n\'êtes pas encore inscrit à un programme SENS. Dès que vous le serez, ce bloc présentera chaque domaine du référentiel à chaque niveau (Débutant, Intermédiaire, Avancé) : ce qui est validé, ouvert ou verrouillé, et pourquoi, ce qu\'il vous reste à faire et l\'échéance de votre parcours.';
$string['grade'] = '{$a->title} {$a->grade}/{$a->max}';
$string['gradebarred'] = '{$a->title} {$a->grade}/{$a->max} (non comptée : exclusion de la session principale)';
$string['gradenotexact'] = '{$a->title} : une note qui ne se convertit pas exactement sur {$a->max} (non comptée ; voyez votre enseignant)';
$string['gridheading'] = 'Vos compétences par domaine et par niveau dans {$a}';
$string['hoursminutes'] = '{$a->h} h {$a->m}';
$string['learnerpage'] = 'Compétences d\'un apprenant';
$string['level_avance'] = 'Avancé';
$string['level_debutant'] = 'Débutant';
$string['level_intermediaire'] = 'Intermédiaire';
$string['levelcontext'] = '{$a->level} ({$a->domain})';
$string['levelsof'] = 'Niveaux de {$a}';
$string['modules'] = 'Modules';
$string['nextstep'] = 'Prochaine étape';
$string['nodecision'] = 'Votre situation est en cours de préparation : elle apparaîtra ici dans quelques minutes. D\'ici là, les niveaux restent fermés.';
$string['nolearners'] = 'Aucun apprenant de ce cours ne suit encore le programme.';
$string['notalearner'] = 'Cet utilisateur n\'est pas un apprenant de ce cours.';
$string['otherparts'] = 'Ateliers et certification';
$string['pluginname'] = 'Mes compétences';
$string['privacy:metadata'] = 'Le bloc Mes compétences ne stocke aucune donnée ; il affiche ce que local_sens conserve sur l\'apprenant.';
$string['reasons'] = 'Pourquoi ?';
$string['session_main'] = 'Session principale : {$a}.';
$string['session_resit'] = 'Session de rattrapage : {$a}.';
$string['viewingas'] = 'Compétences de {$a}, telles que son propre bloc les présente.';
$string['viewlearners'] = 'Compétences d\'un apprenant';
$string['certificatedownload'] = 'Télécharger : {$a} (PDF)';
$string['certificateverify'] = 'Page de vérification ({$a})';
