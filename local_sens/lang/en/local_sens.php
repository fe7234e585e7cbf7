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
 * English strings for local_sens.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['attestationinvaliddate'] = 'The session date "{$a}" is not a valid YYYY-MM-DD date.';
$string['attestationinvalidresult'] = 'The result "{$a}" is not one of: passed, failed, absent.';
$string['defaultdurationyears'] = 'Maximum pathway duration (years)';
$string['defaultdurationyears_desc'] = 'Used when a programme definition does not state its own maximum duration.';
$string['event:attestationrecorded'] = 'Workshop attestation recorded';
$string['event:certificationdecided'] = 'Certification decided';
$string['event:programmeversionpublished'] = 'Programme version published';
$string['pluginname'] = 'SENS competences';
$string['privacy:metadata:local_sens_attestation'] = 'Workshop attestations: presence and success of a learner at a workshop session.';
$string['privacy:metadata:local_sens_attestation:recordedby'] = 'The teacher who recorded the attestation.';
$string['privacy:metadata:local_sens_attestation:result'] = 'The result: passed, failed or absent.';
$string['privacy:metadata:local_sens_attestation:session'] = 'The workshop session.';
$string['privacy:metadata:local_sens_attestation:sessiondate'] = 'The date of the session.';
$string['privacy:metadata:local_sens_attestation:timecreated'] = 'When the attestation was recorded.';
$string['privacy:metadata:local_sens_attestation:unit'] = 'The workshop unit.';
$string['privacy:metadata:local_sens_attestation:userid'] = 'The learner.';
$string['privacy:metadata:local_sens_audit'] = 'Audit trail of decisions that matter.';
$string['privacy:metadata:local_sens_audit:action'] = 'What was done.';
$string['privacy:metadata:local_sens_audit:details'] = 'Details of the action.';
$string['privacy:metadata:local_sens_audit:relateduserid'] = 'The learner the action was about.';
$string['privacy:metadata:local_sens_audit:timecreated'] = 'When the action happened.';
$string['privacy:metadata:local_sens_audit:userid'] = 'The user who acted.';
$string['privacy:metadata:local_sens_course'] = 'Link between a course and a programme.';
$string['privacy:metadata:local_sens_course:usermodified'] = 'The user who last changed the link.';
$string['privacy:metadata:local_sens_decision'] = 'The latest decision of the rules engine for a learner, with its reasons.';
$string['privacy:metadata:local_sens_decision:asof'] = 'The date the decision was computed for.';
$string['privacy:metadata:local_sens_decision:decision'] = 'The decision and its reasons.';
$string['privacy:metadata:local_sens_decision:timecomputed'] = 'When the decision was computed.';
$string['privacy:metadata:local_sens_decision:userid'] = 'The learner.';
$string['privacy:metadata:local_sens_enrolment'] = 'The programme version a learner follows.';
$string['privacy:metadata:local_sens_enrolment:startdate'] = 'Start of the learner\'s pathway.';
$string['privacy:metadata:local_sens_enrolment:timecreated'] = 'When the learner was enrolled.';
$string['privacy:metadata:local_sens_enrolment:usermodified'] = 'The user who enrolled the learner.';
$string['privacy:metadata:local_sens_enrolment:userid'] = 'The learner.';
$string['privacy:metadata:local_sens_mapping'] = 'Activities mapped to programme slots.';
$string['privacy:metadata:local_sens_mapping:usermodified'] = 'The user who last changed the mapping.';
$string['privacy:metadata:local_sens_placement'] = 'Placement of a learner above the first level of a domain.';
$string['privacy:metadata:local_sens_placement:basis'] = 'What the placement is based on (PIX, Europass...).';
$string['privacy:metadata:local_sens_placement:domain'] = 'The domain.';
$string['privacy:metadata:local_sens_placement:level'] = 'The level the learner was placed at.';
$string['privacy:metadata:local_sens_placement:note'] = 'A note about the placement.';
$string['privacy:metadata:local_sens_placement:placedby'] = 'The user who decided the placement.';
$string['privacy:metadata:local_sens_placement:timecreated'] = 'When the placement was recorded.';
$string['privacy:metadata:local_sens_progversion'] = 'Versions of programme definitions (référentiels).';
$string['privacy:metadata:local_sens_progversion:createdby'] = 'The user who imported the version.';
$string['privacy:metadata:local_sens_progversion:publishedby'] = 'The user who published the version.';
$string['privacy:path:attestations'] = 'Workshop attestations';
$string['privacy:path:audit'] = 'Audit trail';
$string['privacy:path:decisions'] = 'Decisions';
$string['privacy:path:enrolments'] = 'Programme enrolments';
$string['result:absent'] = 'Absent';
$string['result:failed'] = 'Not passed';
$string['result:passed'] = 'Passed';
$string['sens:manageenrolments'] = 'Enrol learners in a programme and record placements';
$string['sens:managemappings'] = 'Map course activities to programme slots';
$string['sens:manageprogrammes'] = 'Import and publish référentiel versions';
$string['sens:recordattestation'] = 'Record workshop attestations';
$string['sens:viewaudit'] = 'View the SENS audit trail';
$string['sens:viewlearnercompetences'] = 'View the competences of a given learner';
$string['sens:viewowncompetences'] = 'View one\'s own competences';
$string['status:draft'] = 'Draft';
$string['status:published'] = 'Published';

// BEGIN GENERATED reason strings
// END GENERATED reason strings
