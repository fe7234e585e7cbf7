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
$string['cachedef_openunits'] = 'Niveaux ouverts et verrouillés de chaque apprenant (d\'après sa décision enregistrée), lus par la restriction par niveau SENS';
$string['checkgating'] = 'Accès aux niveaux SENS';
$string['checkgatingdisabled'] = 'La restriction par niveau SENS (availability_sens) est désactivée : Moodle l\'ignore, et chaque niveau verrouillé des {$a} activités concernées est ouvert à tous les apprenants. Réactivez-la dans Administration du site › Plugins › Restrictions d\'accès.';
$string['checkgatingmissing'] = '{$a->count} activités associées à des niveaux verrouillables ont perdu leur restriction par niveau SENS et sont ouvertes à tous les apprenants (premières : {$a->list}). Enregistrez à nouveau la correspondance des activités du cours, ou lancez la tâche « Recalculer les décisions SENS et l\'accès aux niveaux », pour la remettre.';
$string['checkgatingok'] = 'Chaque activité associée à un niveau verrouillable porte sa restriction par niveau SENS ({$a} activités).';
$string['cachedef_programmedefinitions'] = 'Définitions de formation décodées (versions de référentiel)';
$string['cli:importhelp'] = 'Importe une définition de formation (JSON du référentiel) comme nouvelle version brouillon ; affiche son identifiant.

Options :
-f, --file=CHEMIN Le fichier JSON de la formation.
-p, --publish     Publier la version après l\'import.
-h, --help        Afficher cette aide.

Codes de sortie : 0 importée (ou identique à une version existante, dont l\'identifiant est affiché) ; 1 définition invalide (erreurs par chemin JSON sur la sortie d\'erreur, rien n\'est enregistré) ; 2 mauvais usage ou fichier illisible.

Exemple :
php local/sens/cli/import_programme.php --file=du-cns.json --publish';
$string['cli:verifyauditbroken'] = 'La chaîne d\'audit est ROMPUE après {$a->count} entrées intactes : {$a->message}';
$string['cli:verifyaudithelp'] = 'Vérifie la chaîne d\'empreintes du journal d\'audit SENS et affiche sa tête.

Chaque entrée contient l\'empreinte de l\'entrée précédente et la sienne (SHA-256 de ses champs) ; une entrée modifiée, insérée ou retirée dans la base rompt la chaîne à cette entrée.

Options :
-j, --json    Le résultat en JSON (ok, count, head, error)
-h, --help    Cette aide

Codes de sortie : 0 la chaîne est intacte, 1 elle est rompue (la première entrée rompue est nommée), 2 mauvais usage.

Exemple :
php local/sens/cli/verify_audit.php';
$string['cli:verifyauditok'] = 'La chaîne d\'audit est intacte : {$a->count} entrées. Tête : position {$a->seq}, empreinte {$a->hash}';
$string['cli:invalid'] = 'Définition de formation invalide dans {$a->file} : {$a->count} erreur(s) ; rien n\'a été enregistré.';
$string['cli:nofile'] = 'Indiquez le fichier de la formation avec --file=CHEMIN (voir --help).';
$string['cli:unreadable'] = 'Impossible de lire le fichier « {$a} ».';
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
$string['errornotlearnerofcourse'] = 'Cet utilisateur ne participe pas activement à ce cours : ses compétences ne sont pas affichées ici.';
$string['errorunknownprogramme'] = 'Aucune version du programme « {$a} » n\'a été importée.';
$string['errorversionnotdraft'] = 'La version {$a} n\'est pas un brouillon : une version publiée ne peut être ni republiée ni modifiée.';
$string['event:attestationrecorded'] = 'Attestation d\'atelier enregistrée';
$string['event:certificationdecided'] = 'Certification décidée';
$string['event:placementrecorded'] = 'Apprenant positionné à un niveau';
$string['event:programmeversionpublished'] = 'Version de programme publiée';
$string['gatingnotice'] = 'Certains niveaux de ce cours sont verrouillés pour vous :';
$string['gatingdisablerefused'] = 'La restriction par niveau SENS n\'a pas été désactivée : SENS s\'en sert pour verrouiller des niveaux, et Moodle ouvrirait chaque niveau verrouillé à tous les apprenants. Retirez d\'abord les activités associées aux niveaux (ou désinstallez SENS).';
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
$string['privacy:metadata:local_sens_attestation'] = 'Attestations d\'atelier : présence et réussite d\'un apprenant à une séance d\'atelier pratique.';
$string['privacy:metadata:local_sens_attestation:recordedby'] = 'L\'enseignant qui a enregistré l\'attestation.';
$string['privacy:metadata:local_sens_attestation:result'] = 'Le résultat : réussi, non réussi ou absent.';
$string['privacy:metadata:local_sens_attestation:session'] = 'La séance d\'atelier.';
$string['privacy:metadata:local_sens_attestation:sessiondate'] = 'La date de la séance.';
$string['privacy:metadata:local_sens_attestation:timecreated'] = 'Date d\'enregistrement de l\'attestation.';
$string['privacy:metadata:local_sens_attestation:unit'] = 'L\'atelier concerné.';
$string['privacy:metadata:local_sens_attestation:userid'] = 'L\'apprenant.';
$string['privacy:metadata:local_sens_audit'] = 'Journal d\'audit des décisions importantes : attestations, décisions du jury, décisions, certificats et leur révocation. Il est conservé quand l\'apprenant demande l\'effacement : c\'est la trace chaînée par empreintes, en ajout seul, sur laquelle repose un diplôme, et retirer une entrée romprait la chaîne qui prouve qu\'aucune entrée n\'a été modifiée. Les personnes n\'y sont désignées que par leur identifiant.';
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
$string['privacy:metadata:local_sens_openunit'] = 'Les niveaux ouverts à un apprenant, d\'après la décision de sa dernière inscription à un programme (ce que vérifie la restriction par niveau SENS).';
$string['privacy:metadata:local_sens_openunit:programme'] = 'Le programme.';
$string['privacy:metadata:local_sens_openunit:unit'] = 'Le niveau ou l\'unité ouvert.';
$string['privacy:metadata:local_sens_openunit:userid'] = 'L\'apprenant.';
$string['privacy:metadata:local_sens_enrolment'] = 'La version de programme suivie par un apprenant.';
$string['privacy:metadata:local_sens_enrolment:startdate'] = 'Début du parcours de l\'apprenant.';
$string['privacy:metadata:local_sens_enrolment:timecreated'] = 'Date d\'inscription de l\'apprenant.';
$string['privacy:metadata:local_sens_enrolment:usermodified'] = 'L\'utilisateur qui a inscrit l\'apprenant.';
$string['privacy:metadata:local_sens_enrolment:userid'] = 'L\'apprenant.';
$string['privacy:metadata:local_sens_mapping'] = 'Activités associées aux emplacements du programme.';
$string['privacy:metadata:local_sens_mapping:usermodified'] = 'L\'utilisateur qui a modifié l\'association en dernier.';
$string['privacy:metadata:local_sens_assessmap'] = 'Éléments d\'évaluation portant les composantes d\'évaluation du programme (module, composante, session).';
$string['privacy:metadata:local_sens_assessmap:usermodified'] = 'L\'utilisateur qui a modifié en dernier l\'élément d\'évaluation d\'une composante.';
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
$string['privacy:path:openunits'] = 'Niveaux ouverts';
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
$string['programmes:moreerrors'] = '… et {$a} autres erreurs, non listées : corrigez celles ci-dessus et importez à nouveau.';
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
$string['sens:manageenrolments'] = 'Faire passer des apprenants à une autre version de leur formation';
$string['sens:managemappings'] = 'Associer les activités du cours aux emplacements du programme';
$string['sens:manageprogrammes'] = 'Importer et publier des versions du référentiel';
$string['sens:recordattestation'] = 'Enregistrer les attestations d\'atelier';
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
$string['event:attestationcorrected'] = 'Attestation d\'atelier corrigée';
$string['privacy:metadata:local_sens_attestation:corrects'] = 'L\'attestation que celle-ci corrige.';
$string['privacy:metadata:local_sens_attestation:marks'] = 'Les marques de la ligne de la feuille : présent, réussi.';
$string['privacy:metadata:local_sens_attestation:note'] = 'Le commentaire de l\'animateur sur la ligne.';
$string['privacy:metadata:local_sens_attestation:reason'] = 'Pourquoi l\'attestation a été corrigée.';
$string['privacy:metadata:local_sens_attestation:sessionid'] = 'La séance datée du cours.';
$string['privacy:metadata:local_sens_session'] = 'Séances datées d\'un cours : la personne qui a modifié une séance en dernier.';
$string['privacy:metadata:local_sens_session:timemodified'] = 'Quand la séance a été modifiée en dernier.';
$string['privacy:metadata:local_sens_session:usermodified'] = 'La personne qui a modifié la séance en dernier.';
$string['privacy:metadata:local_sens_sessionlead'] = 'Les enseignants qui animent une séance.';
$string['privacy:metadata:local_sens_sessionlead:sessionid'] = 'La séance.';
$string['privacy:metadata:local_sens_sessionlead:userid'] = 'L\'enseignant qui l\'anime.';
$string['event:attestationcosigned'] = 'Attestation d\'atelier cosignée';
$string['privacy:metadata:local_sens_cosignature'] = 'Cosignatures des attestations d\'atelier par un autre animateur, quand la formation demande plus d\'un signataire.';
$string['privacy:metadata:local_sens_cosignature:attestationid'] = 'L\'attestation cosignée.';
$string['privacy:metadata:local_sens_cosignature:timecreated'] = 'Quand elle a été cosignée.';
$string['privacy:metadata:local_sens_cosignature:userid'] = 'L\'animateur qui l\'a cosignée.';
$string['sens:attestanysession'] = 'Attester et cosigner à toute séance d\'atelier d\'un cours, pas seulement aux séances qu\'on anime';
$string['sheet:awaitingcosign'] = 'En attente de cosignature : {$a->signers} signature(s) sur {$a->required}';
$string['sheet:cosign'] = 'Cosigner';
$string['sheet:cosignlabel'] = 'Cosigner l\'attestation de {$a}';
$string['sheet:cosigned'] = 'cosignée par {$a->by} le {$a->at}';
$string['sheet:cosignsaved'] = '{$a} attestation(s) cosignée(s).';
$string['sheet:errorcosignnotneeded'] = 'L\'attestation de {$a} n\'attend aucune cosignature (la formation demande un seul signataire, ce n\'est pas une réussite, ou elle a toutes ses signatures).';
$string['sheet:errorcosignown'] = 'Vous avez enregistré l\'attestation de {$a} : un autre animateur doit la cosigner.';
$string['sheet:errorcosigntwice'] = 'Vous avez déjà cosigné l\'attestation de {$a}.';
$string['sheet:errorcosignunknown'] = 'L\'attestation {$a} n\'est pas une attestation en vigueur de cet atelier (corrigée depuis, ou d\'une autre séance).';
$string['sheet:errornotlead'] = 'Vous n\'animez pas la séance {$a} : seuls ses animateurs, ou qui peut attester à toute séance du cours, peuvent y attester ou cosigner. Rien n\'a été enregistré.';
$string['privacy:path:sessions'] = 'Séances animées';
$string['sens:manageworkshops'] = 'Dater et placer les séances d\'ateliers d\'un cours et nommer leurs animateurs';
$string['session:edit'] = 'Dater et placer la séance {$a}';
$string['session:errorend'] = 'La fin de la séance ne peut pas précéder son début.';
$string['session:errorlead'] = 'L\'utilisateur {$a} ne peut pas animer une séance de ce cours : il doit y être inscrit et pouvoir enregistrer des attestations.';
$string['session:errorroom'] = 'La salle doit compter au plus 255 caractères.';
$string['session:errorstart'] = 'La date et l\'heure de la séance sont obligatoires.';
$string['session:leads'] = 'Animateurs';
$string['session:noleads'] = 'Aucun animateur nommé';
$string['session:noroom'] = 'Salle non fixée';
$string['session:notdated'] = 'Pas encore datée';
$string['session:room'] = 'Salle';
$string['session:saved'] = 'Séance {$a} enregistrée.';
$string['session:timeend'] = 'Fin';
$string['session:timestart'] = 'Début';
$string['session:when'] = 'Quand';
$string['sheet:absent'] = 'absent';
$string['sheet:add'] = 'Ajouter à la feuille';
$string['sheet:addchoose'] = 'Choisir un apprenant…';
$string['sheet:addlearner'] = 'Ajouter un apprenant non attendu';
$string['sheet:allpresent'] = 'Tous présents';
$string['sheet:allpresentdone'] = '{$a} apprenants marqués présents (pas encore enregistré).';
$string['sheet:change'] = '{$a->label} : {$a->before} → {$a->after}.';
$string['sheet:correctionreason'] = 'correction : {$a}';
$string['sheet:errorduplicate'] = '{$a} figure deux fois sur la feuille : chaque apprenant est attesté une fois par envoi.';
$string['sheet:errorempty'] = 'La feuille ne compte aucun apprenant.';
$string['sheet:errornotenrolled'] = 'L\'apprenant {$a} n\'est pas inscrit à ce cours ou ne suit pas son programme.';
$string['sheet:errornotstarted'] = 'La séance n\'a pas encore commencé ({$a}) : les attestations s\'enregistrent à partir de son début.';
$string['sheet:errorpassedabsent'] = '{$a} : un apprenant absent ne peut pas avoir réussi.';
$string['sheet:errorreason'] = '{$a} est déjà attesté dans cette séance : une correction demande un motif.';
$string['sheet:errorreplay'] = '{$a} : cette marque a déjà été reçue (envoi rejoué ou modifié) : elle n\'est pas enregistrée une seconde fois.';
$string['sheet:errorsession'] = 'La séance {$a} n\'existe pas.';
$string['sheet:errorunit'] = '{$a->name} : « {$a->unit} » n\'est pas un niveau de cet atelier.';
$string['sheet:errorworkshop'] = 'Cette séance ne comporte pas d\'atelier « {$a} ».';
$string['sheet:history'] = 'Historique';
$string['sheet:historyrow'] = '{$a->level} : {$a->marks} — attesté par {$a->by} le {$a->at}';
$string['sheet:note'] = 'Commentaire';
$string['sheet:notstarted'] = 'Cette séance n\'a pas encore commencé : la feuille peut être préparée, les attestations s\'enregistrent à partir de son début.';
$string['sheet:passed'] = 'Réussi';
$string['sheet:present'] = 'Présent';
$string['sheet:presentnotpassed'] = 'présent, non réussi';
$string['sheet:presentpassed'] = 'présent, réussi';
$string['sheet:queued'] = 'Pas de réseau : les marques sont gardées dans ce navigateur et NE sont PAS encore enregistrées. Elles partiront au retour du réseau.';
$string['sheet:reason'] = 'Motif de la correction';
$string['sheet:refused'] = 'Rien n\'a été enregistré :';
$string['sheet:save'] = 'Enregistrer la feuille';
$string['sheet:saved'] = 'Feuille enregistrée : {$a->written} attestations, dont {$a->corrected} corrections.';
$string['sheet:saving'] = 'Enregistrement…';
$string['sheet:search'] = 'Rechercher par nom';
$string['sheet:title'] = 'Feuille d\'attestation : {$a}';
$string['workshops:none'] = 'Le programme de ce cours ne compte aucune séance d\'ateliers.';
$string['workshops:notlinked'] = 'Ce cours n\'est pas lié à un programme publié : il n\'a pas de séances d\'ateliers.';
$string['workshops:sheets'] = 'Feuilles d\'attestation';
$string['workshops:title'] = 'Ateliers';

$string['export:attestedat'] = 'Attesté le';
$string['export:attestedby'] = 'Attesté par';
$string['export:correction'] = 'Correction (motif)';
$string['export:email'] = 'Courriel';
$string['export:errorformat'] = 'Format d\'export inconnu « {$a} » : csv ou pdf.';
$string['export:heading'] = 'Feuille d\'émargement — {$a}';
$string['export:learner'] = 'Apprenant';
$string['export:level'] = 'Niveau';
$string['export:note'] = 'Commentaire';
$string['export:passed'] = 'Réussi';
$string['export:present'] = 'Présent';
$string['export:signature'] = 'Signature de l\'animateur {$a}';
$string['sheet:exportcsv'] = 'Feuille d\'émargement (CSV)';
$string['sheet:exportpdf'] = 'Feuille d\'émargement à signer (PDF)';

// Certificates (issue 15).
$string['cachedef_verifyattempts'] = 'Consultations de la page publique de vérification des certificats par adresse (limite de fréquence)';
$string['certificate:awardedto'] = 'est délivré à';
$string['certificate:codes'] = 'Codes';
$string['certificate:hours'] = '{$a} heures';
$string['certificate:hourscol'] = 'Heures';
$string['certificate:issuedon'] = 'Délivré le {$a}.';
$string['certificate:kind:diploma'] = 'Certificat de diplôme';
$string['certificate:kind:participation'] = 'Attestation de participation';
$string['certificate:unit'] = 'Domaine — niveau : unité';
$string['certificate:validatedunits'] = 'Domaines et niveaux validés';
$string['certificate:verifywith'] = 'Code de vérification {$a} : vérifier ce certificat sur';
$string['certificate:version'] = 'Version {$a}';
$string['certificates:actions'] = 'Révoquer ou réémettre';
$string['certificates:find'] = 'Trouver un certificat par son code';
$string['certificates:issued'] = 'Un certificat corrigé a été émis avec le code {$a} ; l\'ancien code indique désormais « révoqué » et renvoie vers lui.';
$string['certificates:learner'] = 'Apprenant';
$string['certificates:reason'] = 'Motif (obligatoire)';
$string['certificates:reasonrequired'] = 'Motif : obligatoire pour révoquer ou réémettre un certificat.';
$string['certificates:reissue'] = 'Révoquer et réémettre corrigé';
$string['certificates:revoke'] = 'Révoquer';
$string['certificates:revokeddone'] = 'Le certificat {$a} est révoqué.';
$string['certificates:title'] = 'Certificats SENS';
$string['event:certificateissued'] = 'Certificat délivré';
$string['event:certificaterevoked'] = 'Certificat révoqué';
$string['privacy:metadata:local_sens_certificate'] = 'Certificats délivrés à l\'apprenant (diplôme, attestation de participation). Ils sont conservés quand l\'apprenant demande l\'effacement : l\'université doit garder la trace d\'un diplôme qu\'elle a délivré et répondre aux vérifications ; un certificat peut être révoqué, pas effacé.';
$string['privacy:metadata:local_sens_certificate:code'] = 'Le code de vérification du certificat.';
$string['privacy:metadata:local_sens_certificate:fields'] = 'Ce qu\'atteste le certificat : formation, version, domaines et niveaux validés, heures, codes, date, signataire.';
$string['privacy:metadata:local_sens_certificate:fullname'] = 'Le nom de l\'apprenant à la date de délivrance.';
$string['privacy:metadata:local_sens_certificate:reason'] = 'Le motif de la révocation.';
$string['privacy:metadata:local_sens_certificate:revokedby'] = 'Qui a révoqué le certificat.';
$string['privacy:metadata:local_sens_certificate:timeissued'] = 'Date de délivrance du certificat.';
$string['privacy:metadata:local_sens_certificate:userid'] = 'L\'apprenant.';
$string['privacy:path:certificates'] = 'Certificats';
$string['sens:managecertificates'] = 'Révoquer et réémettre les certificats SENS';
$string['task:issuecertificates'] = 'Délivrer les diplômes publiés par un jury';
$string['signatory'] = 'Signataire des certificats';
$string['signatory_desc'] = 'Nom de la personne qui signe les certificats (inscrit sur chaque certificat à sa délivrance).';
$string['signatorytitle'] = 'Qualité du signataire';
$string['signatorytitle_desc'] = 'p. ex. « Le Président de l\'Université de Strasbourg » (inscrit sur chaque certificat à sa délivrance).';
$string['verify:code'] = 'Code de vérification';
$string['verify:codehelp'] = '16 lettres et chiffres en 4 groupes, tels qu\'imprimés sur le certificat (XXXX-XXXX-XXXX-XXXX).';
$string['verify:hash'] = 'SHA-256 du PDF ({$a})';
$string['verify:hashhelp'] = 'Pour vérifier un fichier reçu, calculez son SHA-256 (par exemple sha256sum certificat.pdf) et comparez.';
$string['verify:holder'] = 'Délivré à';
$string['verify:issued'] = 'Délivré le';
$string['verify:kind'] = 'Certificat';
$string['verify:malformed'] = 'Ce n\'est pas un code de certificat : un code a 16 lettres et chiffres en 4 groupes (XXXX-XXXX-XXXX-XXXX), sans I, L, O ni U.';
$string['verify:programme'] = 'Formation';
$string['verify:ratelimited'] = 'Trop de consultations depuis votre adresse. Réessayez après {$a}.';
$string['verify:replacedby'] = 'Un certificat corrigé a été émis à sa place :';
$string['verify:replaces'] = 'Ce certificat corrige le certificat';
$string['verify:revoked'] = 'Certificat révoqué';
$string['verify:revokedon'] = 'Révoqué le {$a->date}. Motif : {$a->reason}';
$string['verify:signatory'] = 'Signataire';
$string['verify:submit'] = 'Vérifier';
$string['verify:title'] = 'Vérifier un certificat SENS';
$string['verify:units'] = 'Domaines et niveaux validés';
$string['verify:unknown'] = 'Code inconnu : aucun certificat n\'a été délivré avec ce code. Vérifiez le code tel qu\'imprimé sur le certificat.';
$string['verify:valid'] = 'Certificat valide';
$string['verify:version'] = 'Version';

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
$string['reason_attestation_awaiting_cosign'] = '« {$a->unit} » : atelier pratique réussi (session {$a->session}, attesté par {$a->by} le {$a->at}), en attente de cosignature : {$a->signers} signature(s) sur les {$a->required} que demande la formation.';
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
$string['reason_cosigned_before_attestation'] = 'Cosignée le {$a->at}, avant l\'attestation du {$a->attested} qu\'elle confirme.';
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
$string['reason_jury_grade_below'] = '« {$a->unit} » : note du jury {$a->grade}, sous le seuil de {$a->passMark} ({$a->by}, le {$a->at}) — à reprendre et à soumettre de nouveau (échéance {$a->deadline}).';
$string['reason_jury_late'] = '« {$a->unit} » : la décision du jury du {$a->at} ({$a->by}) est postérieure à l\'échéance du {$a->deadline} — elle ne compte pas.';
$string['reason_jury_pending'] = '« {$a->unit} » : en attente de la décision du jury.';
$string['reason_jury_rejected'] = '« {$a->unit} » : refusé par le jury ({$a->by}, le {$a->at}) — à reprendre et à soumettre de nouveau (échéance {$a->deadline}).';
$string['reason_jury_submissions_exhausted'] = '« {$a->unit} » : refusé par le jury ({$a->by}, le {$a->at}) après {$a->submissions} soumissions, le maximum prévu par la formation ({$a->max}) — non validé.';
$string['reason_justified_above_absence'] = '{$a->justified} h d\'absence justifiée pour seulement {$a->absent} h d\'absence.';
$string['reason_locked_by_level'] = '« {$a->unit} » est verrouillé : il faut d\'abord valider le niveau « {$a->previous} » (état : {$a->previousState}). Règle : valider un niveau pour passer au suivant.';
$string['reason_locked_by_parent'] = '« {$a->unit} » est verrouillé car « {$a->parent} » est verrouillé.';
$string['reason_locked_by_prerequisite'] = '« {$a->unit} » est verrouillé : le prérequis « {$a->prerequisite} » n\'est pas validé (état : {$a->prerequisiteState}).';
$string['reason_maxima_too_disparate'] = 'Les maxima des composantes n\'ont pas de multiple commun assez petit pour une moyenne exacte (plus petit multiple commun {$a->lcm} cent-millièmes, au plus {$a->max}).';
$string['reason_member_reviews_without_president'] = '{$a->memberReviews} avis de membres sont demandés alors que la décision d\'un seul membre suffit : mettez finalDecision à "president" ou retirez memberReviews.';
$string['reason_n_of_exceeds_options'] = 'Choix impossible : {$a->n} requis parmi seulement {$a->options} options.';
$string['reason_number_too_large'] = '{$a->value} dépasse la plus grande valeur acceptée ({$a->max}).';
$string['reason_parent_cycle'] = 'Cycle dans la hiérarchie des unités à partir de « {$a->id} ».';
$string['reason_pass_mark_above_scale'] = 'Le seuil {$a->passMark} dépasse le barème {$a->scale}.';
$string['reason_prerequisite_cycle'] = 'Cycle de prérequis : {$a->cycle} (« {$a->id} » ne pourra jamais ouvrir).';
$string['reason_programme_mismatch'] = 'Le dossier concerne la formation « {$a->actual} », pas « {$a->expected} ».';
$string['reason_schema'] = 'Valeur invalide : {$a->message} (règle {$a->keyword}).';
$string['reason_signers_invalid'] = 'Signataires de l\'attestation d\'atelier : {$a->signers} — indiquez un nombre entier de 1 (l\'animateur seul) à 5 (l\'animateur et quatre cosignataires).';
$string['reason_too_many_decimals'] = '{$a->value} n\'est pas un multiple exact de {$a->precision} : le format ne lit ce nombre exactement qu\'à cette précision.';
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
