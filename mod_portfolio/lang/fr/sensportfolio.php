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

$string['addentry'] = 'Ajouter une trace';
$string['alreadydecided'] = 'Le jury a déjà statué sur cette soumission.';
$string['alreadyreviewed'] = 'Vous avez déjà donné votre avis sur ce dépôt ; le président enregistre la décision du jury.';
$string['awaitingmemberreviews'] = 'La décision du jury attend les avis des membres : {$a->count} sur {$a->needed} donnés.';
$string['candidate'] = 'Candidat';
$string['cannotsubmit'] = 'Votre portfolio ne peut pas être soumis maintenant : {$a}';
$string['cannotsubmitnow'] = 'Vous ne pouvez pas soumettre votre portfolio maintenant :';
$string['closedon'] = 'Clos le';
$string['closesession'] = 'Clore la session et établir le procès-verbal';
$string['completionaccepted'] = 'Portfolio accepté';
$string['completionaccepted_desc'] = 'Le jury a accepté le portfolio de l\'apprenant';
$string['completiondetail:accepted'] = 'Faire accepter son portfolio par le jury';
$string['confirmdeleteentry'] = 'Supprimer la trace « {$a} » de votre brouillon ? Les portfolios déjà soumis gardent leur copie.';
$string['coverage'] = 'Couverture du référentiel';
$string['coverage_summary'] = '{$a->covered} éléments sur {$a->total} de votre référentiel ont une trace ; les autres n\'en ont pas encore.';
$string['covered'] = 'Avec trace :';
$string['criteria'] = 'Critères du jury';
$string['criteria_help'] = 'Un critère par ligne, utilisé lorsque l\'exigence de jury du parcours n\'en liste pas. Le jury indique pour chacun si le portfolio y répond.';
$string['criterioncomment'] = 'Commentaire';
$string['criterionmet'] = 'Satisfait';
$string['criterionnotmet'] = 'Non satisfait';
$string['decision'] = 'Décision';
$string['decision:accepted'] = 'Accepté';
$string['decision:deferred'] = 'Ajourné';
$string['decision:rejected'] = 'Refusé';
$string['decisionrecorded'] = 'La décision est enregistrée ; l\'apprenant est prévenu.';
$string['decisionsnotrecorded'] = 'Rien n\'a été enregistré : {$a}';
$string['decisionsrecorded'] = 'Les décisions du jury sont enregistrées.';
$string['deliberation'] = 'Sessions de délibération';
$string['editentry'] = 'Modifier la trace';
$string['enginestate:barred'] = 'interdit de session';
$string['enginestate:defaillant'] = 'défaillant';
$string['enginestate:exempt'] = 'dispensé';
$string['enginestate:expired'] = 'expiré';
$string['enginestate:failed'] = 'non validé';
$string['enginestate:in_progress'] = 'en cours';
$string['enginestate:locked'] = 'verrouillé';
$string['enginestate:open'] = 'ouvert';
$string['enginestate:validated'] = 'validé';
$string['entries'] = 'Traces';
$string['entrycompetences'] = 'Éléments du référentiel attestés';
$string['entrycompetences_help'] = 'Les éléments du référentiel de votre parcours dont cette trace témoigne (domaine › niveau › micro-compétence). Tapez pour chercher.';
$string['entrycompetences_none'] = 'Aucun élément choisi';
$string['entrydate'] = 'Date de la trace';
$string['entrydeleted'] = 'Trace supprimée.';
$string['entryfiles'] = 'Fichiers';
$string['entrynotfound'] = 'Cette trace n\'est pas l\'une des vôtres dans ce portfolio.';
$string['entrysaved'] = 'Trace enregistrée.';
$string['entrytext'] = 'Texte';
$string['entrytitle'] = 'Titre';
$string['error:decision'] = 'Choisissez une décision : accepté, refusé ou ajourné.';
$string['error:feedbackrequired'] = 'Expliquez à l\'apprenant pourquoi (retour) lorsque le portfolio n\'est pas accepté.';
$string['error:gradenotgraded'] = 'L\'exigence de jury du programme ne prévoit pas de note : laissez-la vide.';
$string['error:graderange'] = 'La note doit être un nombre de 0 à {$a}, avec au plus 5 décimales.';
$string['error:graderequired'] = 'Indiquez la note du jury sur {$a} : le programme note ce dossier.';
$string['error:maxfiles'] = 'Entre 0 et 100 fichiers.';
$string['error:unknownitems'] = 'Ne sont pas des éléments de votre référentiel : {$a}';
$string['event:jurydecisionrecorded'] = 'Décision du jury enregistrée';
$string['event:juryreviewrecorded'] = 'Avis d\'un membre du jury enregistré';
$string['event:portfoliosubmitted'] = 'Portfolio soumis';
$string['evidences'] = 'Témoigne de :';
$string['feedback'] = 'Retour à l\'apprenant';
$string['feedback_help'] = 'L\'apprenant le lit avec la décision. Obligatoire lorsque le portfolio n\'est pas accepté.';
$string['filesettings'] = 'Fichiers des traces';
$string['filetypes'] = 'Types de fichiers acceptés';
$string['filetypes_help'] = 'Les types de fichiers qu\'un apprenant peut joindre à une trace ; vide : tout type.';
$string['filter'] = 'Afficher';
$string['filter:all'] = 'Toutes les soumissions';
$string['filter:reviewed'] = 'Décidées';
$string['filter:waiting'] = 'En attente de décision';
$string['gate:nodecision'] = 'Votre parcours n\'a pas encore été évalué par le moteur de règles ; réessayez plus tard.';
$string['gate:noentries'] = 'Ajoutez d\'abord au moins une trace.';
$string['gate:nojuryunit'] = 'Votre parcours ne comporte aucune unité décidée par un jury.';
$string['gate:notfollowing'] = 'Vous ne suivez pas le parcours de ce cours.';
$string['gate:pending'] = 'Votre dernière soumission attend la décision du jury.';
$string['gate:state'] = 'Le portfolio est {$a} pour vous :';
$string['hashmismatch'] = 'ne correspond pas à ce qui a été soumis';
$string['hashok'] = 'inchangé depuis la soumission';
$string['invalidaction'] = 'Action inconnue sur une trace.';
$string['juryfeedback'] = 'Retour du jury';
$string['jurygrade'] = 'Note du jury';
$string['jurygrade_help'] = 'La note du jury sur le dossier (un mémoire), sur le maximum du programme. Obligatoire pour accepter ou refuser quand le programme fixe un seuil ; elle entre aussitôt dans le relevé et la décision de l\'apprenant.';
$string['jurygradelabel'] = 'Note du jury (/{$a})';
$string['jurygradeshown'] = 'Note du jury : {$a}';
$string['jurymembers'] = 'Membres du jury';
$string['jurynote'] = 'Note privée du jury';
$string['jurynote_help'] = 'Visible du jury seulement, jamais de l\'apprenant.';
$string['justification'] = 'Justification';
$string['lastsubmitted'] = 'Soumis le';
$string['maxbytes'] = 'Taille maximale d\'un fichier';
$string['maxfiles'] = 'Nombre maximal de fichiers par trace';
$string['memberreview'] = 'Avis d\'un membre';
$string['memberreviewrecorded'] = 'Votre avis est enregistré pour le président.';
$string['memberreviews'] = 'Avis des membres';
$string['message:jurydecision:body'] = 'Le jury a enregistré sa décision sur votre portfolio « {$a->portfolio} » : {$a->decision}.

{$a->feedback}

{$a->url}';
$string['message:jurydecision:subject'] = 'Décision du jury sur votre portfolio : {$a->decision}';
$string['messageprovider:jurydecision'] = 'La décision du jury sur votre portfolio';
$string['minutes'] = 'Procès-verbal de délibération';
$string['mobile:editonweb'] = 'Ajoutez, modifiez et ordonnez vos pièces sur le site ; ici vous lisez votre portfolio et le déposez.';
$string['mobile:juryonweb'] = 'Le jury lit et décide sur le site.';
$string['modulename'] = 'Portfolio SENS';
$string['modulename_help'] = 'Le portfolio dans lequel l\'apprenant documente l\'évolution de son expertise au regard du référentiel, avec des traces liées aux compétences, puis le soumet au jury.';
$string['modulenameplural'] = 'Portfolios SENS';
$string['next:accepted'] = 'Plus rien à faire pour le portfolio : il est validé.';
$string['next:addentries'] = 'Ajoutez des traces qui témoignent des éléments de votre référentiel, puis soumettez votre portfolio au jury.';
$string['next:closed'] = 'Votre portfolio ne peut pas être soumis à nouveau maintenant (échéance {$a}) ; voyez pourquoi ci-dessous.';
$string['next:locked'] = 'Continuez à constituer votre portfolio ; vous pourrez le soumettre dès que le portfolio vous sera ouvert (échéance {$a}).';
$string['next:resubmit'] = 'Révisez votre portfolio avec le retour du jury et soumettez-le à nouveau avant le {$a}.';
$string['next:submit'] = 'Quand vos traces montrent votre expertise, soumettez votre portfolio au jury (échéance {$a}).';
$string['next:waiting'] = 'Attendez la décision du jury ; vous serez prévenu. Vous pouvez continuer à modifier votre brouillon : le jury lit ce que vous avez soumis.';
$string['nextstep'] = 'Prochaine étape :';
$string['nodeadline'] = 'aucune';
$string['noentries'] = 'Aucune trace pour l\'instant. Chaque trace que vous ajouterez sera liée à des compétences du référentiel et présentée au jury lorsque vous soumettrez votre portfolio.';
$string['nomemberreviews'] = 'Dans ce programme la décision d\'un seul membre du jury suffit : il n\'y a pas d\'avis de membre à enregistrer.';
$string['nosessions'] = 'Aucune session de délibération pour l\'instant.';
$string['nosubmissions'] = 'Aucune soumission à afficher.';
$string['notcovered'] = 'Sans trace :';
$string['notjurypresident'] = 'Dans ce programme le président du jury enregistre la décision finale ; votre avis lui est transmis.';
$string['notpresident'] = 'Seul le président de la session enregistre ses décisions et la clôt.';
$string['open'] = 'Ouvrir';
$string['opensession'] = 'Ouvrir une session de délibération (vous la présidez)';
$string['pluginadministration'] = 'Administration du portfolio SENS';
$string['pluginname'] = 'Portfolio SENS';
$string['president'] = 'Président';
$string['presidentdecides'] = 'Dans ce programme le président du jury enregistre la décision finale après {$a} avis de membre(s) ; l\'avis de chaque membre est conservé.';
$string['privacy:metadata:sensportfolio_entry'] = 'Traces déposées par un apprenant.';
$string['privacy:metadata:sensportfolio_entry:competences'] = 'Les compétences dont la trace témoigne.';
$string['privacy:metadata:sensportfolio_entry:content'] = 'Le texte de la trace.';
$string['privacy:metadata:sensportfolio_entry:entrydate'] = 'La date de la trace.';
$string['privacy:metadata:sensportfolio_entry:timecreated'] = 'Date de création de la trace.';
$string['privacy:metadata:sensportfolio_entry:timemodified'] = 'Date de dernière modification de la trace.';
$string['privacy:metadata:sensportfolio_entry:title'] = 'Le titre de la trace.';
$string['privacy:metadata:sensportfolio_entry:userid'] = 'L\'apprenant.';
$string['privacy:metadata:sensportfolio_review'] = 'Évaluations des portfolios soumis au jury.';
$string['privacy:metadata:sensportfolio_review:criteria'] = 'Si chaque critère est satisfait.';
$string['privacy:metadata:sensportfolio_review:decision'] = 'La décision du jury.';
$string['privacy:metadata:sensportfolio_review:feedback'] = 'Le commentaire du jury.';
$string['privacy:metadata:sensportfolio_review:grade'] = 'La note du jury sur le dossier (un mémoire).';
$string['privacy:metadata:sensportfolio_review:note'] = 'La note privée du jury.';
$string['privacy:metadata:sensportfolio_review:reviewerid'] = 'Le membre du jury qui a enregistré l\'évaluation.';
$string['privacy:metadata:sensportfolio_review:timecreated'] = 'Date d\'enregistrement de l\'évaluation.';
$string['privacy:metadata:sensportfolio_session'] = 'Sessions de délibération du jury.';
$string['privacy:metadata:sensportfolio_session:members'] = 'Les membres du jury.';
$string['privacy:metadata:sensportfolio_session:presidentid'] = 'Le président du jury.';
$string['privacy:metadata:sensportfolio_sessiondec'] = 'Les décisions du jury sur les candidats d\'une session de délibération.';
$string['privacy:metadata:sensportfolio_sessiondec:decision'] = 'La décision du jury.';
$string['privacy:metadata:sensportfolio_sessiondec:justification'] = 'Pourquoi la décision diffère de la proposition du moteur.';
$string['privacy:metadata:sensportfolio_sessiondec:proposal'] = 'La proposition du moteur de règles.';
$string['privacy:metadata:sensportfolio_sessiondec:userid'] = 'Le candidat.';
$string['privacy:metadata:sensportfolio_submission'] = 'Portfolios soumis au jury.';
$string['privacy:metadata:sensportfolio_submission:contenthash'] = 'SHA-256 du portfolio soumis.';
$string['privacy:metadata:sensportfolio_submission:snapshot'] = 'Les traces telles que soumises.';
$string['privacy:metadata:sensportfolio_submission:status'] = 'L\'état de la soumission.';
$string['privacy:metadata:sensportfolio_submission:timemodified'] = 'Date de dernière modification de la soumission.';
$string['privacy:metadata:sensportfolio_submission:timesubmitted'] = 'Date de soumission du portfolio.';
$string['privacy:metadata:sensportfolio_submission:userid'] = 'L\'apprenant.';
$string['privacy:path:deliberations'] = 'Délibérations';
$string['privacy:path:entries'] = 'Traces';
$string['privacy:path:submissions'] = 'Soumissions';
$string['proposal'] = 'Proposition du moteur';
$string['recorddecision'] = 'Enregistrer la décision';
$string['recorddecisions'] = 'Enregistrer les décisions';
$string['recordmemberreview'] = 'Enregistrer mon avis';
$string['resetportfolios'] = 'Supprimer les traces, soumissions et décisions du jury des portfolios';
$string['review'] = 'Évaluer';
$string['saveentry'] = 'Enregistrer la trace';
$string['sensportfolio:addinstance'] = 'Ajouter un portfolio SENS';
$string['sensportfolio:decide'] = 'Enregistrer la décision du jury sur un portfolio';
$string['sensportfolio:preside'] = 'Enregistrer la décision finale du jury en tant que président';
$string['sensportfolio:review'] = 'Évaluer les portfolios soumis';
$string['sensportfolio:submit'] = 'Constituer son portfolio et le soumettre au jury';
$string['sensportfolio:view'] = 'Consulter un portfolio SENS';
$string['sessionclosed'] = 'Cette session est close : elle est en lecture seule.';
$string['sessionclosednow'] = 'La session est close ; le procès-verbal est conservé avec son SHA-256.';
$string['sessionname'] = 'Nom de la session';
$string['sessionnotfound'] = 'Cette session n\'appartient pas à cette activité portfolio.';
$string['sessionstatus:closed'] = 'close (lecture seule)';
$string['sessionstatus:open'] = 'ouverte';
$string['status:accepted'] = 'Accepté par le jury';
$string['status:deferred'] = 'Ajourné par le jury';
$string['status:draft'] = 'Brouillon, non soumis';
$string['status:rejected'] = 'Refusé par le jury';
$string['status:submitted'] = 'Soumis, en attente du jury';
$string['status:underreview'] = 'En cours d\'examen par le jury';
$string['submissionnotfound'] = 'Cette soumission n\'appartient pas à cette activité portfolio.';
$string['submissionof'] = 'Portfolio de {$a}';
$string['submissions'] = 'Soumissions au jury';
$string['submitconfirm'] = 'Déposer votre portfolio auprès du jury ? Le jury lit cette copie ; vous pouvez continuer à modifier votre brouillon.';
$string['submitportfolio'] = 'Soumettre mon portfolio au jury';
$string['submitted'] = 'Votre portfolio est soumis. Le jury lit cette copie ; vous pouvez continuer à modifier votre brouillon.';
$string['unit'] = 'Unité du parcours';
$string['unit_help'] = 'L\'identifiant de l\'unité du parcours sur laquelle le jury statue (une unité avec une exigence de jury) ; vide : l\'unité portfolio du parcours.';
$string['yourportfolio'] = 'Votre portfolio';
$string['yourstatus'] = 'Votre portfolio : {$a}';
