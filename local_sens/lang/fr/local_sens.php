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
$string['defaultdurationyears'] = 'Durée maximale du parcours (années)';
$string['defaultdurationyears_desc'] = 'Utilisée quand la définition d\'un programme n\'indique pas sa propre durée maximale.';
$string['event:attestationrecorded'] = 'Attestation d\'atelier enregistrée';
$string['event:certificationdecided'] = 'Certification décidée';
$string['event:programmeversionpublished'] = 'Version de programme publiée';
$string['pluginname'] = 'Compétences SENS';
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
$string['result:absent'] = 'Absent';
$string['result:failed'] = 'Non réussi';
$string['result:passed'] = 'Réussi';
$string['sens:manageenrolments'] = 'Inscrire des apprenants à un programme et enregistrer leur positionnement';
$string['sens:managemappings'] = 'Associer les activités du cours aux emplacements du programme';
$string['sens:manageprogrammes'] = 'Importer et publier des versions du référentiel';
$string['sens:recordattestation'] = 'Enregistrer les attestations d\'atelier';
$string['sens:viewaudit'] = 'Consulter le journal d\'audit SENS';
$string['sens:viewlearnercompetences'] = 'Consulter les compétences d\'un apprenant donné';
$string['sens:viewowncompetences'] = 'Consulter ses propres compétences';
$string['status:draft'] = 'Brouillon';
$string['status:published'] = 'Publiée';

// BEGIN GENERATED reason strings
// END GENERATED reason strings
