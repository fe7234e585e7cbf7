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
 * Chaînes françaises de local_sens.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['attestationinvaliddate'] = 'La date de séance « {$a} » n\'est pas une date valide au format AAAA-MM-JJ.';
$string['attestationinvalidresult'] = 'Le résultat « {$a} » n\'est pas l\'un de : passed, failed, absent.';
$string['cachedef_mapping'] = 'Activités associées à chaque emplacement du programme, par cours';
$string['cachedef_programmedefinitions'] = 'Définitions de formation décodées (versions de référentiel)';
$string['cli:importhelp'] = 'Importe une définition de formation (JSON du référentiel) comme nouvelle version brouillon ; affiche son identifiant.

Options :
-f, --file=CHEMIN Le fichier JSON de la formation.
-p, --publish     Publier la version après l\'import.
-h, --help        Afficher cette aide.

Codes de sortie : 0 importée (ou identique à une version existante, dont l\'identifiant est affiché) ; 1 définition invalide (erreurs par chemin JSON sur la sortie d\'erreur, rien n\'est enregistré) ; 2 mauvais usage ou fichier illisible.

Exemple :
php local/sens/cli/import_programme.php --file=du-cns.json --publish';
$string['cli:invalid'] = 'Définition de formation invalide dans {$a->file} : {$a->count} erreur(s) ; rien n\'a été enregistré.';
$string['cli:nofile'] = 'Indiquez le fichier de la formation avec --file=CHEMIN (voir --help).';
$string['cli:unreadable'] = 'Impossible de lire le fichier « {$a} ».';
$string['defaultdurationyears'] = 'Durée maximale du parcours (années)';
$string['defaultdurationyears_desc'] = 'Utilisée quand la définition d\'un programme n\'indique pas sa propre durée maximale.';
$string['engineitemuntranslated'] = '{$a->code} {$a->params}';
$string['enrolmentexists'] = 'L\'apprenant {$a->userid} suit déjà le programme {$a->programme}, version {$a->version}.';
$string['enrolmentinvaliddate'] = 'La date de début « {$a} » n\'est pas une date AAAA-MM-JJ valide.';
$string['enrolmentversionnotpublished'] = 'La version de programme {$a} n\'existe pas ou n\'est pas publiée : on n\'inscrit un apprenant que sur une version publiée.';
$string['errorchecksum'] = 'La version {$a} ne peut pas être publiée : sa définition ne correspond plus à l\'empreinte enregistrée à l\'import.';
$string['errorcoursenotlinked'] = 'Ce cours n\'est lié à aucun programme SENS.';
$string['errorinvaliddefinition'] = 'La définition de formation est invalide ({$a} erreur(s)) ; rien n\'a été enregistré.';
$string['errorinvalidmapping'] = 'La correspondance n\'a pas été enregistrée ({$a->count} problème(s)) ; rien n\'a été modifié. {$a->errors}';
$string['errormappingactivitytype'] = 'Ligne {$a->item} (activité {$a->cmid}), champ slot : l\'emplacement « {$a->value} » attend une activité de type {$a->expected}, pas {$a->actual}.';
$string['errormappingcmid'] = 'Ligne {$a->item} : l\'activité {$a->value} n\'est pas une activité de ce cours.';
$string['errormappingcompetence'] = 'Ligne {$a->item} (activité {$a->cmid}), champ competences : « {$a->value} » n\'est pas une micro-compétence de la version {$a->version}.';
$string['errormappingduplicate'] = 'Ligne {$a->item} (activité {$a->cmid}), champ slot : « {$a->value} » est déjà associé à cette activité par la ligne {$a->first}.';
$string['errormappingshape'] = 'Ligne {$a->item}, champ {$a->field} : attendu {$a->expected}.';
$string['errormappingslot'] = 'Ligne {$a->item} (activité {$a->cmid}), champ slot : « {$a->value} » n\'est pas un emplacement de la version {$a->version}.';
$string['errormappingversion'] = 'La version d\'id {$a->value} n\'est pas une version du programme lié à ce cours ({$a->programme}).';
$string['errormigratealreadyenrolled'] = 'L\'apprenant est déjà inscrit sur {$a->to} : rien n\'a été modifié.';
$string['errormigratenotpublished'] = '{$a->to} n\'est pas publiée : un apprenant ne peut passer qu\'à une version publiée.';
$string['errormigrateotherprogramme'] = '{$a->to} n\'est pas une version de la même formation que {$a->from}.';
$string['errormigratesameversion'] = 'L\'apprenant est déjà sur {$a->to}.';
$string['errorunknownprogramme'] = 'Aucune version du programme « {$a} » n\'a été importée.';
$string['errorversionnotdraft'] = 'La version {$a} n\'est pas un brouillon : une version publiée ne peut être ni republiée ni modifiée.';
$string['event:attestationrecorded'] = 'Attestation d\'atelier enregistrée';
$string['event:certificationdecided'] = 'Certification décidée';
$string['event:placementrecorded'] = 'Apprenant positionné à un niveau';
$string['event:programmeversionpublished'] = 'Version de programme publiée';
$string['gatinggroupdescription'] = 'Géré par SENS : ses membres sont les apprenants pour qui ce niveau est ouvert (ouvert, en cours, validé ou dispensé) selon le moteur de règles. Ne le modifiez pas à la main : le prochain recalcul annulerait la modification.';
$string['gatinggrouplevel'] = '{$a->domain} — {$a->level} (niveau ouvert) · {$a->domainen} — level {$a->rank} open';
$string['gatinggroupunit'] = '{$a->title} (ouvert) · {$a->titleen} — open';
$string['gatingnotice'] = 'Certains niveaux de ce cours sont verrouillés pour vous :';
$string['importdone'] = '{$a->programme} importée comme version brouillon {$a->version} (id {$a->id}).';
$string['importduplicate'] = 'Cette définition est identique à la version {$a->version} de {$a->programme} (id {$a->id}) : rien n\'a été ajouté.';
$string['mapping:activity'] = 'Activité';
$string['mapping:add'] = 'Ajouter une ligne de correspondance';
$string['mapping:competences'] = 'Micro-compétences';
$string['mapping:competenceshelp'] = 'Maintenez Ctrl (ou Cmd) pour en choisir plusieurs.';
$string['mapping:coverage'] = 'Couverture';
$string['mapping:coveragecompetences'] = 'Micro-compétences';
$string['mapping:coverageslots'] = 'Emplacements (domaine × niveau)';
$string['mapping:coveragesummary'] = '{$a->slotscovered} emplacements sur {$a->slotstotal} ont une activité ({$a->requiredslotsuncovered} emplacement(s) obligatoire(s) sans activité) ; {$a->competencescovered} micro-compétences sur {$a->competencestotal} sont couvertes ; {$a->cmsunmapped} activités sur {$a->cmstotal} ne sont associées à rien.';
$string['mapping:covered'] = 'Couverte';
$string['mapping:crosswalkempty'] = 'Aucun lien n\'est enregistré dans ce croisement. La définition du programme explique pourquoi :';
$string['mapping:crosswalklinks'] = '{$a} lien(s)';
$string['mapping:crosswalks'] = 'Croisements du programme';
$string['mapping:editor'] = 'Correspondance des activités';
$string['mapping:intro'] = 'Associez chaque activité de ce cours à un emplacement du programme (domaine × niveau) et aux micro-compétences qu\'elle travaille. Une activité peut remplir plusieurs emplacements (une ligne chacun). L\'enregistrement remplace toute la correspondance de ce cours pour cette version.';
$string['mapping:link'] = 'Correspondance des activités SENS';
$string['mapping:linkbutton'] = 'Lier le cours à ce programme';
$string['mapping:linked'] = 'Le cours est maintenant lié au programme {$a}.';
$string['mapping:linkprogramme'] = 'Programme de ce cours';
$string['mapping:loading'] = 'Chargement de la correspondance…';
$string['mapping:noactivity'] = 'Aucune activité';
$string['mapping:noprogramme'] = 'Ce cours n\'est pas encore lié à un programme SENS. Un ingénieur pédagogique le lie (capacité « Lier un cours à un programme SENS », attribuée au niveau du site ou de la catégorie du cours).';
$string['mapping:noscript'] = 'Cette page a besoin de JavaScript.';
$string['mapping:noslot'] = '— choisir un emplacement —';
$string['mapping:notcovered'] = 'Non couverte';
$string['mapping:notsaved'] = 'La correspondance n\'a pas été enregistrée ; rien n\'a été modifié.';
$string['mapping:noversion'] = 'Le programme « {$a} » n\'a pas encore de version publiée : publiez-en une avant d\'associer des activités.';
$string['mapping:optional'] = 'facultatif';
$string['mapping:remove'] = 'Supprimer la ligne {$a}';
$string['mapping:required'] = 'obligatoire';
$string['mapping:row'] = 'Ligne {$a}';
$string['mapping:save'] = 'Enregistrer la correspondance';
$string['mapping:saved'] = 'Correspondance enregistrée : {$a} ligne(s).';
$string['mapping:slot'] = 'Emplacement (domaine × niveau)';
$string['mapping:title'] = 'Correspondance des activités';
$string['mapping:unmappedcms'] = 'Activités associées à rien';
$string['mapping:unsaved'] = 'Des modifications ne sont pas enregistrées.';
$string['mapping:version'] = 'Programme {$a->programme}, version {$a->version}';
$string['placementinvalidbasis'] = 'La base de positionnement « {$a->basis} » n\'est pas l\'une de : {$a->expected}.';
$string['placementinvalidlevel'] = '« {$a} » n\'est pas un niveau d\'un domaine de ce programme (attendu : l\'identifiant d\'un niveau, par exemple cybersecurite.intermediaire).';
$string['pluginname'] = 'Compétences SENS';
$string['privacy:metadata:core_group'] = 'L\'accès aux niveaux place les apprenants dans des groupes de cours (un par niveau) dont l\'appartenance suit la décision du moteur de règles.';
$string['privacy:metadata:local_sens_attestation'] = 'Attestations d\'atelier : présence et réussite d\'un apprenant à une séance d\'atelier pratique.';
$string['privacy:metadata:local_sens_attestation:recordedby'] = 'L\'enseignant qui a enregistré l\'attestation.';
$string['privacy:metadata:local_sens_attestation:result'] = 'Le résultat : réussi, non réussi ou absent.';
$string['privacy:metadata:local_sens_attestation:session'] = 'La séance d\'atelier.';
$string['privacy:metadata:local_sens_attestation:sessiondate'] = 'La date de la séance.';
$string['privacy:metadata:local_sens_attestation:timecreated'] = 'Date d\'enregistrement de l\'attestation.';
$string['privacy:metadata:local_sens_attestation:unit'] = 'L\'atelier concerné.';
$string['privacy:metadata:local_sens_attestation:userid'] = 'L\'apprenant.';
$string['privacy:metadata:local_sens_audit'] = 'Journal d\'audit des décisions importantes.';
$string['privacy:metadata:local_sens_audit:action'] = 'L\'action effectuée.';
$string['privacy:metadata:local_sens_audit:details'] = 'Le détail de l\'action.';
$string['privacy:metadata:local_sens_audit:relateduserid'] = 'L\'apprenant concerné par l\'action.';
$string['privacy:metadata:local_sens_audit:timecreated'] = 'Date de l\'action.';
$string['privacy:metadata:local_sens_audit:userid'] = 'L\'utilisateur qui a agi.';
$string['privacy:metadata:local_sens_course'] = 'Lien entre un cours et un programme.';
$string['privacy:metadata:local_sens_course:usermodified'] = 'L\'utilisateur qui a modifié le lien en dernier.';
$string['privacy:metadata:local_sens_decision'] = 'La dernière décision du moteur de règles pour un apprenant, avec ses motifs.';
$string['privacy:metadata:local_sens_decision:asof'] = 'La date pour laquelle la décision a été calculée.';
$string['privacy:metadata:local_sens_decision:decision'] = 'La décision et ses motifs.';
$string['privacy:metadata:local_sens_decision:timecomputed'] = 'Date du calcul de la décision.';
$string['privacy:metadata:local_sens_decision:userid'] = 'L\'apprenant.';
$string['privacy:metadata:local_sens_enrolment'] = 'La version de programme suivie par un apprenant.';
$string['privacy:metadata:local_sens_enrolment:startdate'] = 'Début du parcours de l\'apprenant.';
$string['privacy:metadata:local_sens_enrolment:timecreated'] = 'Date d\'inscription de l\'apprenant.';
$string['privacy:metadata:local_sens_enrolment:usermodified'] = 'L\'utilisateur qui a inscrit l\'apprenant.';
$string['privacy:metadata:local_sens_enrolment:userid'] = 'L\'apprenant.';
$string['privacy:metadata:local_sens_mapping'] = 'Activités associées aux emplacements du programme.';
$string['privacy:metadata:local_sens_mapping:usermodified'] = 'L\'utilisateur qui a modifié l\'association en dernier.';
$string['privacy:metadata:local_sens_placement'] = 'Positionnement d\'un apprenant au-delà du premier niveau d\'un domaine.';
$string['privacy:metadata:local_sens_placement:basis'] = 'Ce sur quoi repose le positionnement (PIX, Europass…).';
$string['privacy:metadata:local_sens_placement:domain'] = 'Le domaine.';
$string['privacy:metadata:local_sens_placement:level'] = 'Le niveau auquel l\'apprenant a été positionné.';
$string['privacy:metadata:local_sens_placement:note'] = 'Une remarque sur le positionnement.';
$string['privacy:metadata:local_sens_placement:placedby'] = 'L\'utilisateur qui a décidé du positionnement.';
$string['privacy:metadata:local_sens_placement:timecreated'] = 'Date d\'enregistrement du positionnement.';
$string['privacy:metadata:local_sens_progversion'] = 'Versions des définitions de programme (référentiels).';
$string['privacy:metadata:local_sens_progversion:createdby'] = 'L\'utilisateur qui a importé la version.';
$string['privacy:metadata:local_sens_progversion:publishedby'] = 'L\'utilisateur qui a publié la version.';
$string['privacy:path:attestations'] = 'Attestations d\'atelier';
$string['privacy:path:audit'] = 'Journal d\'audit';
$string['privacy:path:decisions'] = 'Décisions';
$string['privacy:path:enrolments'] = 'Inscriptions aux programmes';
$string['programmes'] = 'Versions du référentiel';
$string['programmes:actions'] = 'Actions';
$string['programmes:back'] = 'Retour aux versions du référentiel';
$string['programmes:change'] = 'Changement';
$string['programmes:checksum'] = 'Empreinte (SHA-256)';
$string['programmes:content'] = 'Contenu';
$string['programmes:counts'] = '{$a->units} unités, {$a->slots} emplacements d\'activités';
$string['programmes:definition'] = 'Définition enregistrée (JSON)';
$string['programmes:diff'] = 'Changements';
$string['programmes:diffagainst'] = 'Changements par rapport à la version publiée {$a}';
$string['programmes:difffirst'] = 'Aucune version de cette formation n\'est encore publiée : rien à comparer.';
$string['programmes:diffnone'] = 'Le moteur ne trouve aucun changement qui compte pour les apprenants.';
$string['programmes:errorscaption'] = 'Erreurs, par chemin JSON';
$string['programmes:file'] = 'Fichier de définition (JSON)';
$string['programmes:file_help'] = 'La définition de la formation au format JSON du moteur de règles (par exemple du-cns.json). Le moteur la vérifie : structure, dates, références entre unités. Rien n\'est enregistré en cas d\'erreur.';
$string['programmes:import'] = 'Importer une définition';
$string['programmes:imported'] = 'Importée';
$string['programmes:json'] = 'Ou collez le JSON';
$string['programmes:label'] = 'Libellé dans la définition';
$string['programmes:learner'] = 'Apprenant';
$string['programmes:learners'] = 'Apprenants';
$string['programmes:learnerson'] = 'Apprenants sur cette version ({$a})';
$string['programmes:migrate'] = 'Migrer';
$string['programmes:migrateallconfirm'] = 'Passer les {$a->count} apprenants de {$a->from} à {$a->to} ? Leurs décisions seront recalculées sur la nouvelle version.';
$string['programmes:migrateallto'] = 'Passer tous les apprenants de cette version à';
$string['programmes:migrateconfirm'] = 'Passer {$a->learner} de {$a->from} à {$a->to} ? Ses décisions seront recalculées sur la nouvelle version.';
$string['programmes:migrated'] = '{$a} apprenant(s) migré(s).';
$string['programmes:migratelearnerto'] = 'Passer {$a} à';
$string['programmes:nolearners'] = 'Aucun apprenant n\'est inscrit sur cette version.';
$string['programmes:none'] = 'Aucune version de formation n\'a encore été importée.';
$string['programmes:nosource'] = 'Choisissez un fichier ou collez le JSON.';
$string['programmes:notargets'] = 'Aucune autre version publiée de cette formation : les apprenants ne peuvent pas être migrés.';
$string['programmes:path'] = 'Chemin JSON';
$string['programmes:problem'] = 'Problème';
$string['programmes:publish'] = 'Publier';
$string['programmes:publishconfirm'] = 'Publier {$a} ? Une version publiée ne change plus ; les apprenants gardent la version de leur inscription jusqu\'à ce que vous les migriez.';
$string['programmes:published'] = 'Publiée';
$string['programmes:refused'] = 'La définition n\'a pas été importée : {$a} erreur(s). Rien n\'a été enregistré.';
$string['programmes:startdate'] = 'Début du parcours';
$string['programmes:status'] = 'Statut';
$string['programmes:twosources'] = 'Donnez soit un fichier, soit du JSON collé, pas les deux.';
$string['programmes:validity'] = 'Validité';
$string['programmes:version'] = 'Version';
$string['programmes:versionname'] = '{$a->programme} v{$a->version}';
$string['programmes:versionsof'] = 'Versions de {$a}';
$string['programmes:view'] = 'Voir';
$string['publishdone'] = 'Version {$a->version} de {$a->programme} publiée.';
$string['result:absent'] = 'Absent';
$string['result:failed'] = 'Non réussi';
$string['result:passed'] = 'Réussi';
$string['sens:linkcourse'] = 'Lier un cours à un programme SENS';
$string['sens:manageenrolments'] = 'Inscrire des apprenants à un programme et enregistrer leur positionnement';
$string['sens:managemappings'] = 'Associer les activités du cours aux emplacements du programme';
$string['sens:manageprogrammes'] = 'Importer et publier des versions du référentiel';
$string['sens:recordattestation'] = 'Enregistrer les attestations d\'atelier';
$string['sens:viewaudit'] = 'Consulter le journal d\'audit SENS';
$string['sens:viewlearnercompetences'] = 'Consulter les compétences d\'un apprenant donné';
$string['sens:viewowncompetences'] = 'Consulter ses propres compétences';
$string['simulate:activities'] = 'Résultats d\'activités';
$string['simulate:add'] = 'Ajouter';
$string['simulate:asof'] = 'Date de la décision';
$string['simulate:attestations'] = 'Attestations d\'ateliers';
$string['simulate:basis'] = 'Fondement';
$string['simulate:blank'] = 'un dossier vide';
$string['simulate:by'] = 'Enregistré par';
$string['simulate:completed'] = 'Achevée';
$string['simulate:compute'] = 'Calculer la décision';
$string['simulate:date'] = 'Date';
$string['simulate:decision'] = 'Décision';
$string['simulate:differs'] = 'La décision calculée dans le navigateur diffère de celle enregistrée par le serveur le {$a}.';
$string['simulate:exemptions'] = 'Dispenses';
$string['simulate:grade'] = 'Note';
$string['simulate:intro'] = 'Saisissez les faits d\'un apprenant imaginaire : la décision est calculée dans votre navigateur par le même moteur de règles que le serveur. Rien n\'est enregistré.';
$string['simulate:invalid'] = 'Le dossier simulé n\'est pas valide :';
$string['simulate:jury'] = 'Décisions du jury';
$string['simulate:load'] = 'Charger ces faits';
$string['simulate:matches'] = 'La décision calculée dans le navigateur est identique à celle enregistrée par le serveur le {$a}.';
$string['simulate:max'] = 'Sur';
$string['simulate:next'] = 'Prochaine étape';
$string['simulate:nofacts'] = 'Aucun.';
$string['simulate:passed'] = 'Réussie';
$string['simulate:passed_auto'] = 'selon la note';
$string['simulate:placements'] = 'Positionnements';
$string['simulate:remove'] = 'Supprimer';
$string['simulate:result'] = 'Résultat';
$string['simulate:session'] = 'Session';
$string['simulate:start'] = 'Début du parcours';
$string['simulate:startfrom'] = 'Partir des faits de';
$string['simulate:state'] = 'État';
$string['simulate:state_barred'] = 'Exclu de la session principale';
$string['simulate:state_defaillant'] = 'Défaillant';
$string['simulate:state_exempt'] = 'Dispensé';
$string['simulate:state_expired'] = 'Expiré';
$string['simulate:state_failed'] = 'Non validé';
$string['simulate:state_in_progress'] = 'En cours';
$string['simulate:state_locked'] = 'Verrouillé';
$string['simulate:state_open'] = 'Ouvert';
$string['simulate:state_validated'] = 'Validé';
$string['simulate:title'] = 'Simuler un apprenant';
$string['simulate:unit'] = 'Partie';
$string['simulate:units'] = 'État de chaque partie';
$string['simulate:verdict'] = 'Verdict';
$string['status:draft'] = 'Brouillon';
$string['status:published'] = 'Publiée';

$string['task:reconciledecisions'] = 'Recalculer les décisions SENS et l\'accès aux niveaux';
// BEGIN GENERATED reason strings
$string['reason_absence_above_hours'] = '{$a->absent} h d\'absence pour seulement {$a->hours} h.';
$string['reason_activities_met'] = '« {$a->unit} » : tous les exercices en ligne sont validés ({$a->passed}/{$a->total}).';
$string['reason_activities_pending'] = '« {$a->unit} » : {$a->passed} exercices en ligne validés sur {$a->total} ; à valider : {$a->missing}.';
$string['reason_assessment_failed'] = '« {$a->unit} » : moyenne {$a->average}/{$a->scale} en session {$a->session}, sous le seuil de {$a->passMark} — non validé.';
$string['reason_assessment_main_below'] = '« {$a->unit} » : moyenne {$a->average}/{$a->scale} en session principale, sous le seuil de {$a->passMark} — session de rattrapage.';
$string['reason_assessment_passed'] = '« {$a->unit} » : moyenne {$a->average}/{$a->scale} en session {$a->session} (seuil {$a->passMark}) — validé.';
$string['reason_assessment_pending'] = '« {$a->unit} » : notes attendues en session {$a->session} : {$a->missing}.';
$string['reason_assessment_rounded'] = '« {$a->unit} » : moyenne exacte {$a->exact} en session {$a->session}, arrondie à {$a->average} ({$a->decimals} décimales, {$a->mode}) selon la règle de la formation, avant la comparaison au seuil.';
$string['reason_attendance_barred'] = '« {$a->unit} » : absences de {$a->absentPercent} % au-delà de la limite de {$a->limit} % (règle {$a->rule}) — pas d\'accès à la session principale.';
$string['reason_attendance_defaillant'] = '« {$a->unit} » : absences de {$a->absentPercent} % au-delà de la limite de {$a->limit} % (règle {$a->rule}) — défaillant : toute la formation est à refaire avec la promotion suivante.';
$string['reason_attendance_defaillant_unit'] = '« {$a->unit} » : absences de {$a->absentPercent} % au-delà de la limite de {$a->limit} % (règle {$a->rule}) — défaillant dans ce module : le refaire avec la promotion suivante (la formation continue).';
$string['reason_attestation_missing'] = '« {$a->unit} » : attestation de réussite de l\'atelier pratique attendue.';
$string['reason_attestation_not_passed'] = '« {$a->unit} » : atelier pratique non réussi (session {$a->session}, résultat {$a->result}, attesté par {$a->by} le {$a->at}).';
$string['reason_attestation_passed'] = '« {$a->unit} » : atelier pratique réussi (session {$a->session}, attesté par {$a->by} le {$a->at}).';
$string['reason_change_attendance_added'] = 'Règle d\'assiduité {$a->rule} ajoutée.';
$string['reason_change_attendance_changed'] = 'Règle d\'assiduité {$a->rule} modifiée.';
$string['reason_change_attendance_removed'] = 'Règle d\'assiduité {$a->rule} supprimée.';
$string['reason_change_certification'] = 'Conditions de certification de {$a->programme} modifiées.';
$string['reason_change_gating'] = 'Verrouillage des niveaux de « {$a->unit} » : {$a->old} → {$a->new}.';
$string['reason_change_learner_deadline'] = '{$a->learner} : échéance {$a->old} → {$a->new}.';
$string['reason_change_learner_state'] = '{$a->learner} : « {$a->unit} » {$a->old} → {$a->new}.';
$string['reason_change_learner_unit_added'] = '{$a->learner} : nouvelle unité « {$a->unit} » ({$a->new}).';
$string['reason_change_learner_unit_removed'] = '{$a->learner} : « {$a->unit} » n\'existe plus (état {$a->old}).';
$string['reason_change_learner_verdict'] = '{$a->learner} : verdict {$a->old} → {$a->new}.';
$string['reason_change_max_duration'] = 'Durée maximale {$a->old} → {$a->new} mois : l\'échéance des inscrits change.';
$string['reason_change_placement_bases'] = 'Bases de positionnement acceptées : {$a->old} → {$a->new}.';
$string['reason_change_prerequisites'] = 'Prérequis de « {$a->unit} » : {$a->old} → {$a->new}.';
$string['reason_change_programme_id'] = 'Autre formation : « {$a->old} » → « {$a->new} ».';
$string['reason_change_requirements'] = 'Conditions de validation de « {$a->unit} » modifiées : une unité validée peut ne plus l\'être.';
$string['reason_change_slot_added'] = 'Activité obligatoire « {$a->slot} » ajoutée à « {$a->unit} ».';
$string['reason_change_slot_changed'] = 'Activité « {$a->slot} » modifiée (unité « {$a->unit} », obligation ou seuil de réussite).';
$string['reason_change_slot_removed'] = 'Activité « {$a->slot} » retirée de « {$a->unit} ».';
$string['reason_change_unit_added'] = '« {$a->unit} » ajoutée (dans « {$a->parent} ») : nouvelle exigence pour les inscrits.';
$string['reason_change_unit_added_optional'] = '« {$a->unit} » ajoutée, facultative (dans « {$a->parent} »).';
$string['reason_change_unit_hours'] = 'Heures de « {$a->unit} » : {$a->old} → {$a->new} (les pourcentages d\'absence changent).';
$string['reason_change_unit_moved'] = '« {$a->unit} » déplacée de « {$a->old} » vers « {$a->new} ».';
$string['reason_change_unit_now_optional'] = '« {$a->unit} » devient facultative.';
$string['reason_change_unit_now_required'] = '« {$a->unit} » devient obligatoire.';
$string['reason_change_unit_removed'] = '« {$a->unit} » supprimée : les faits qui s\'y rapportent ne comptent plus.';
$string['reason_children_met'] = '« {$a->unit} » : {$a->validated} éléments sur {$a->total} validés.';
$string['reason_children_pending'] = '« {$a->unit} » : {$a->validated} éléments sur {$a->total} validés ; restent : {$a->missing}.';
$string['reason_choice_met'] = '« {$a->unit} » : choix satisfait ({$a->validated} validé(s), {$a->n} requis).';
$string['reason_choice_pending'] = '« {$a->unit} » : {$a->validated} validé(s) sur {$a->n} requis parmi : {$a->options}.';
$string['reason_content_only'] = '« {$a->unit} » : contenu sans évaluation propre — rien à valider.';
$string['reason_dangling_reference'] = 'Référence inconnue : {$a->kind} « {$a->id} ».';
$string['reason_date_order'] = 'La date de fin {$a->to} précède la date de début {$a->from}.';
$string['reason_deadline_passed'] = 'La durée maximale du parcours est dépassée : échéance {$a->deadline}, date du calcul {$a->asOf}.';
$string['reason_duplicate_id'] = 'Identifiant « {$a->id} » en double (déjà utilisé en {$a->first}).';
$string['reason_exempt_by_exemption'] = '« {$a->unit} » : dispensé (motif : {$a->basis}, décidé par {$a->by} le {$a->at}).';
$string['reason_exempt_by_placement'] = '« {$a->unit} » : dispensé par le positionnement au niveau « {$a->placedAt} » (base : {$a->basis}, par {$a->by} le {$a->at}).';
$string['reason_grade_above_max'] = 'La note {$a->grade} dépasse le maximum {$a->max}.';
$string['reason_invalid_date'] = 'La date « {$a->value} » n\'existe pas (format AAAA-MM-JJ attendu, jour existant).';
$string['reason_json_parse'] = 'JSON illisible : {$a->message}.';
$string['reason_jury_accepted'] = '« {$a->unit} » : accepté par le jury ({$a->by}, le {$a->at}, note {$a->grade}).';
$string['reason_jury_deferred'] = '« {$a->unit} » : décision du jury ajournée ({$a->by}, le {$a->at}).';
$string['reason_jury_grade_below'] = '« {$a->unit} » : note du jury {$a->grade}, sous le seuil de {$a->passMark} ({$a->by}, le {$a->at}) — à reprendre et à soumettre de nouveau avant l\'échéance.';
$string['reason_jury_late'] = '« {$a->unit} » : la décision du jury du {$a->at} ({$a->by}) est postérieure à l\'échéance du {$a->deadline} — elle ne compte pas.';
$string['reason_jury_pending'] = '« {$a->unit} » : en attente de la décision du jury.';
$string['reason_jury_rejected'] = '« {$a->unit} » : refusé par le jury ({$a->by}, le {$a->at}) — à reprendre et à soumettre de nouveau avant l\'échéance.';
$string['reason_jury_submissions_exhausted'] = '« {$a->unit} » : refusé par le jury ({$a->by}, le {$a->at}) après {$a->submissions} soumissions, le maximum prévu par la formation ({$a->max}) — non validé.';
$string['reason_locked_by_level'] = '« {$a->unit} » est verrouillé : il faut d\'abord valider le niveau « {$a->previous} » (état : {$a->previousState}). Règle : valider un niveau pour passer au suivant.';
$string['reason_locked_by_parent'] = '« {$a->unit} » est verrouillé car « {$a->parent} » est verrouillé.';
$string['reason_locked_by_prerequisite'] = '« {$a->unit} » est verrouillé : le prérequis « {$a->prerequisite} » n\'est pas validé (état : {$a->prerequisiteState}).';
$string['reason_maxima_too_disparate'] = 'Les maxima des composantes n\'ont pas de multiple commun assez petit pour une moyenne exacte (plus petit multiple commun {$a->lcm} cent-millièmes, au plus {$a->max}).';
$string['reason_n_of_exceeds_options'] = 'Choix impossible : {$a->n} requis parmi seulement {$a->options} options.';
$string['reason_number_too_large'] = '{$a->value} dépasse la plus grande valeur acceptée ({$a->max}).';
$string['reason_parent_cycle'] = 'Cycle dans la hiérarchie des unités à partir de « {$a->id} ».';
$string['reason_pass_mark_above_scale'] = 'Le seuil {$a->passMark} dépasse le barème {$a->scale}.';
$string['reason_prerequisite_cycle'] = 'Cycle de prérequis : {$a->cycle} (« {$a->id} » ne pourra jamais ouvrir).';
$string['reason_programme_mismatch'] = 'Le dossier concerne la formation « {$a->actual} », pas « {$a->expected} ».';
$string['reason_schema'] = 'Valeur invalide : {$a->message} (règle {$a->keyword}).';
$string['reason_too_many_decimals'] = '{$a->value} n\'est pas un multiple exact de {$a->precision}, la précision que le format lit exactement (heures : minutes entières).';
$string['reason_unknown_placement_basis'] = 'Base de positionnement « {$a->basis} » non acceptée (acceptées : {$a->accepted}).';
$string['reason_verdict_barred'] = 'Non autorisé : voir « {$a->unit} » ({$a->validated} sur {$a->total} éléments de certification validés ; échéance {$a->deadline}).';
$string['reason_verdict_certified'] = 'Certifié : toutes les exigences de {$a->programme} (version {$a->version}) sont remplies.';
$string['reason_verdict_defaillant'] = 'Défaillant : voir « {$a->unit} ».';
$string['reason_verdict_expired'] = 'Durée maximale dépassée (échéance {$a->deadline}), sans participation enregistrée.';
$string['reason_verdict_failed'] = 'Non admis : « {$a->unit} » n\'est pas validé.';
$string['reason_verdict_in_progress'] = 'En cours : {$a->validated} sur {$a->total} éléments de certification validés ; échéance {$a->deadline}.';
$string['reason_verdict_not_started'] = 'Pas encore commencé : {$a->total} éléments de certification à valider ; échéance {$a->deadline}.';
$string['reason_verdict_participation'] = 'Durée maximale dépassée (échéance {$a->deadline}) : attestation de participation ({$a->validated} sur {$a->total} éléments validés).';
$string['reason_version_mismatch'] = 'Le dossier concerne la version « {$a->actual} », pas « {$a->expected} ».';
$string['reason_weights_not_100'] = 'La somme des pondérations vaut {$a->total} % au lieu de 100 %.';
// END GENERATED reason strings
