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
$string['cachedef_mapping'] = 'Activities mapped to each programme slot, per course';
$string['cachedef_openunits'] = 'Open and locked levels of each learner (from their stored decision), read by the SENS level restriction';
$string['checkgating'] = 'SENS level gating';
$string['checkgatingdisabled'] = 'The SENS level restriction (availability_sens) is disabled: Moodle ignores it, and every locked level of the {$a} gated activities is open to every learner. Enable it again under Site administration › Plugins › Availability restrictions.';
$string['checkgatingmissing'] = '{$a->count} mapped activities of gated levels have lost their SENS level restriction and are open to every learner (first ones: {$a->list}). Save the course\'s activity mapping again, or run the task "Recompute SENS decisions and level gating", to put it back.';
$string['checkgatingok'] = 'Every mapped activity of a gated level carries its SENS level restriction ({$a} activities).';
$string['cachedef_programmedefinitions'] = 'Decoded programme definitions (référentiel versions)';
$string['cli:importhelp'] = 'Import a programme definition (référentiel JSON) as a new draft version; prints its id.

Options:
-f, --file=PATH   The programme JSON file.
-p, --publish     Publish the version after importing it.
-h, --help        Print this help.

Exit codes: 0 imported (or identical to an existing version, whose id is printed); 1 invalid definition (errors by JSON path on standard error, nothing stored); 2 wrong usage or unreadable file.

Example:
php local/sens/cli/import_programme.php --file=du-cns.json --publish';
$string['cli:verifyauditbroken'] = 'The audit chain is BROKEN after {$a->count} whole entries: {$a->message}';
$string['cli:verifyaudithelp'] = 'Verify the hash chain of the SENS audit trail and print its head.

Every entry holds the hash of the entry before it and its own (SHA-256 of its fields); an entry altered, inserted or removed in the database breaks the chain at that entry.

Options:
-j, --json    The result as JSON (ok, count, head, error)
-h, --help    This help

Exit codes: 0 the chain is whole, 1 it is broken (the first broken entry is named), 2 wrong usage.

Example:
php local/sens/cli/verify_audit.php';
$string['cli:verifyauditok'] = 'The audit chain is whole: {$a->count} entries. Head: position {$a->seq}, hash {$a->hash}';
$string['cli:invalid'] = 'Invalid programme definition in {$a->file}: {$a->count} error(s); nothing was stored.';
$string['cli:nofile'] = 'Give the programme file with --file=PATH (see --help).';
$string['cli:unreadable'] = 'Cannot read the file "{$a}".';
$string['engineitemuntranslated'] = '{$a->code} {$a->params}';
$string['enrolmentexists'] = 'Learner {$a->userid} already follows programme {$a->programme}, version {$a->version}.';
$string['enrolmentinvaliddate'] = 'The start date "{$a}" is not a valid YYYY-MM-DD date.';
$string['enrolmentversionnotpublished'] = 'Programme version {$a} does not exist or is not published: learners are enrolled on a published version only.';
$string['errorchecksum'] = 'Version {$a} cannot be published: its definition no longer matches the checksum stored at import.';
$string['errorcoursenotlinked'] = 'This course is not linked to a SENS programme.';
$string['errorinvaliddefinition'] = 'The programme definition is invalid ({$a} error(s)); nothing was stored.';
$string['errorinvalidmapping'] = 'The mapping was not saved ({$a->count} problem(s)); nothing was changed. {$a->errors}';
$string['errormappingactivitytype'] = 'Item {$a->item} (activity {$a->cmid}), field slot: slot "{$a->value}" expects an activity of type {$a->expected}, not {$a->actual}.';
$string['errormappingcmid'] = 'Item {$a->item}: activity {$a->value} is not an activity of this course.';
$string['errormappingcompetence'] = 'Item {$a->item} (activity {$a->cmid}), field competences: "{$a->value}" is not a micro-competence of version {$a->version}.';
$string['errormappingduplicate'] = 'Item {$a->item} (activity {$a->cmid}), field slot: "{$a->value}" is already mapped to this activity by item {$a->first}.';
$string['errormappingshape'] = 'Item {$a->item}, field {$a->field}: expected {$a->expected}.';
$string['errormappingslot'] = 'Item {$a->item} (activity {$a->cmid}), field slot: "{$a->value}" is not a slot of version {$a->version}.';
$string['errormappingversion'] = 'Version id {$a->value} is not a version of the programme linked to this course ({$a->programme}).';
$string['errormigratealreadyenrolled'] = 'The learner is already enrolled on {$a->to}: nothing was changed.';
$string['errormigratenotpublished'] = '{$a->to} is not published: learners can only be moved to a published version.';
$string['errormigrateotherprogramme'] = '{$a->to} is not a version of the same programme as {$a->from}.';
$string['errormigratesameversion'] = 'The learner is already on {$a->to}.';
$string['errornotlearnerofcourse'] = 'This user is not an active participant of this course: their competences are not shown here.';
$string['errorunknownprogramme'] = 'No version of programme "{$a}" has been imported.';
$string['errorversionnotdraft'] = 'Version {$a} is not a draft: a published version cannot be published again or changed.';
$string['event:attestationrecorded'] = 'Workshop attestation recorded';
$string['event:certificationdecided'] = 'Certification decided';
$string['event:placementrecorded'] = 'Learner placed at a level';
$string['event:programmeversionpublished'] = 'Programme version published';
$string['gatingnotice'] = 'Some levels of this course are locked for you:';
$string['gatingdisablerefused'] = 'The SENS level restriction was not disabled: SENS gates courses with it, and Moodle would open every locked level to every learner. Unmap the gated activities (or uninstall SENS) first.';
$string['importdone'] = 'Imported {$a->programme} as draft version {$a->version} (id {$a->id}).';
$string['importduplicate'] = 'This definition is identical to version {$a->version} of {$a->programme} (id {$a->id}): nothing was added.';
$string['mapping:activity'] = 'Activity';
$string['mapping:add'] = 'Add a mapping row';
$string['mapping:competences'] = 'Micro-competences';
$string['mapping:competenceshelp'] = 'Hold Ctrl (or Cmd) to select several.';
$string['mapping:coverage'] = 'Coverage';
$string['mapping:coveragecompetences'] = 'Micro-competences';
$string['mapping:coverageslots'] = 'Slots (domain × level)';
$string['mapping:coveragesummary'] = '{$a->slotscovered} of {$a->slotstotal} slots have an activity ({$a->requiredslotsuncovered} required slot(s) without one); {$a->competencescovered} of {$a->competencestotal} micro-competences are covered; {$a->cmsunmapped} of {$a->cmstotal} activities are mapped to nothing.';
$string['mapping:covered'] = 'Covered';
$string['mapping:crosswalkempty'] = 'No link is recorded in this crosswalk. The programme definition says why:';
$string['mapping:crosswalklinks'] = '{$a} link(s)';
$string['mapping:crosswalks'] = 'Crosswalks of the programme';
$string['mapping:editor'] = 'Mapping of the activities';
$string['mapping:intro'] = 'Map each activity of this course to a slot of the programme (domain × level) and to the micro-competences it trains. An activity may fill several slots (one row each). Saving replaces the whole mapping of this course for this version.';
$string['mapping:link'] = 'SENS activity mapping';
$string['mapping:linkbutton'] = 'Link the course to this programme';
$string['mapping:linked'] = 'The course is now linked to programme {$a}.';
$string['mapping:linkprogramme'] = 'Programme of this course';
$string['mapping:loading'] = 'Loading the mapping…';
$string['mapping:noactivity'] = 'No activity';
$string['mapping:noprogramme'] = 'This course is not linked to a SENS programme yet. A pedagogical engineer links it (capability "Link a course to a SENS programme", given at the site or the course\'s category).';
$string['mapping:noscript'] = 'This page needs JavaScript.';
$string['mapping:noslot'] = '— choose a slot —';
$string['mapping:notcovered'] = 'Not covered';
$string['mapping:notsaved'] = 'The mapping was not saved; nothing was changed.';
$string['mapping:noversion'] = 'Programme "{$a}" has no published version yet: publish one before mapping activities.';
$string['mapping:optional'] = 'optional';
$string['mapping:remove'] = 'Remove row {$a}';
$string['mapping:required'] = 'required';
$string['mapping:row'] = 'Row {$a}';
$string['mapping:save'] = 'Save the mapping';
$string['mapping:saved'] = 'Mapping saved: {$a} row(s).';
$string['mapping:slot'] = 'Slot (domain × level)';
$string['mapping:title'] = 'Activity mapping';
$string['mapping:unmappedcms'] = 'Activities mapped to nothing';
$string['mapping:unsaved'] = 'There are unsaved changes.';
$string['mapping:version'] = 'Programme {$a->programme}, version {$a->version}';
$string['placementinvalidbasis'] = 'The placement basis "{$a->basis}" is not one of: {$a->expected}.';
$string['placementinvalidlevel'] = '"{$a}" is not a level of a domain of this programme (expected a level unit id such as cybersecurite.intermediaire).';
$string['pluginname'] = 'SENS competences';
$string['privacy:metadata:local_sens_attestation'] = 'Workshop attestations: presence and success of a learner at a workshop session.';
$string['privacy:metadata:local_sens_attestation:recordedby'] = 'The teacher who recorded the attestation.';
$string['privacy:metadata:local_sens_attestation:result'] = 'The result: passed, failed or absent.';
$string['privacy:metadata:local_sens_attestation:session'] = 'The workshop session.';
$string['privacy:metadata:local_sens_attestation:sessiondate'] = 'The date of the session.';
$string['privacy:metadata:local_sens_attestation:timecreated'] = 'When the attestation was recorded.';
$string['privacy:metadata:local_sens_attestation:unit'] = 'The workshop unit.';
$string['privacy:metadata:local_sens_attestation:userid'] = 'The learner.';
$string['privacy:metadata:local_sens_audit'] = 'Audit trail of decisions that matter: attestations, jury decisions, decisions, certificates and their revocation. It is kept when the learner asks for deletion: it is the append-only, hash-chained record a diploma rests on, and removing an entry would break the chain that proves no entry was altered. People are named by user id only.';
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
$string['privacy:metadata:local_sens_openunit'] = 'The levels open to a learner, from the decision of their latest enrolment on a programme (what the SENS level restriction checks).';
$string['privacy:metadata:local_sens_openunit:programme'] = 'The programme.';
$string['privacy:metadata:local_sens_openunit:unit'] = 'The open level or unit.';
$string['privacy:metadata:local_sens_openunit:userid'] = 'The learner.';
$string['privacy:metadata:local_sens_enrolment'] = 'The programme version a learner follows.';
$string['privacy:metadata:local_sens_enrolment:startdate'] = 'Start of the learner\'s pathway.';
$string['privacy:metadata:local_sens_enrolment:timecreated'] = 'When the learner was enrolled.';
$string['privacy:metadata:local_sens_enrolment:usermodified'] = 'The user who enrolled the learner.';
$string['privacy:metadata:local_sens_enrolment:userid'] = 'The learner.';
$string['privacy:metadata:local_sens_mapping'] = 'Activities mapped to programme slots.';
$string['privacy:metadata:local_sens_mapping:usermodified'] = 'The user who last changed the mapping.';
$string['privacy:metadata:local_sens_assessmap'] = 'Grade items holding the programme\'s assessment components (module, component, session).';
$string['privacy:metadata:local_sens_assessmap:usermodified'] = 'The user who last changed the grade item of a component.';
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
$string['privacy:path:openunits'] = 'Open levels';
$string['programmes'] = 'Référentiel versions';
$string['programmes:actions'] = 'Actions';
$string['programmes:back'] = 'Back to the référentiel versions';
$string['programmes:change'] = 'Change';
$string['programmes:checksum'] = 'Checksum (SHA-256)';
$string['programmes:content'] = 'Content';
$string['programmes:counts'] = '{$a->units} units, {$a->slots} activity slots';
$string['programmes:definition'] = 'Stored definition (JSON)';
$string['programmes:diff'] = 'Changes';
$string['programmes:diffagainst'] = 'Changes compared with the published version {$a}';
$string['programmes:difffirst'] = 'No version of this programme is published yet: there is nothing to compare with.';
$string['programmes:diffnone'] = 'The engine finds no change that matters to learners.';
$string['programmes:errorscaption'] = 'Errors, by JSON path';
$string['programmes:file'] = 'Definition file (JSON)';
$string['programmes:file_help'] = 'The programme definition in the rules engine\'s JSON format (for example du-cns.json). It is checked by the engine: structure, dates, references between units. Nothing is stored if anything is wrong.';
$string['programmes:import'] = 'Import a definition';
$string['programmes:imported'] = 'Imported';
$string['programmes:json'] = 'Or paste the JSON';
$string['programmes:label'] = 'Label in the definition';
$string['programmes:learner'] = 'Learner';
$string['programmes:learners'] = 'Learners';
$string['programmes:learnerson'] = 'Learners on this version ({$a})';
$string['programmes:migrate'] = 'Migrate';
$string['programmes:migrateallconfirm'] = 'Move all {$a->count} learners of {$a->from} to {$a->to}? Their decisions will be recomputed on the new version.';
$string['programmes:migrateallto'] = 'Move every learner of this version to';
$string['programmes:migrateconfirm'] = 'Move {$a->learner} from {$a->from} to {$a->to}? Their decisions will be recomputed on the new version.';
$string['programmes:migrated'] = '{$a} learner(s) moved.';
$string['programmes:migratelearnerto'] = 'Move {$a} to';
$string['programmes:moreerrors'] = '… and {$a} more errors, not listed: correct the ones above and import again.';
$string['programmes:nolearners'] = 'No learner is enrolled on this version.';
$string['programmes:none'] = 'No programme version has been imported yet.';
$string['programmes:nosource'] = 'Choose a file or paste the JSON.';
$string['programmes:notargets'] = 'No other published version of this programme: learners cannot be moved.';
$string['programmes:path'] = 'JSON path';
$string['programmes:problem'] = 'Problem';
$string['programmes:publish'] = 'Publish';
$string['programmes:publishconfirm'] = 'Publish {$a}? A published version never changes; learners keep the version they enrolled under until you move them.';
$string['programmes:published'] = 'Published';
$string['programmes:refused'] = 'The definition was not imported: {$a} error(s). Nothing was stored.';
$string['programmes:startdate'] = 'Start of pathway';
$string['programmes:status'] = 'Status';
$string['programmes:twosources'] = 'Give either a file or pasted JSON, not both.';
$string['programmes:validity'] = 'Validity';
$string['programmes:version'] = 'Version';
$string['programmes:versionname'] = '{$a->programme} v{$a->version}';
$string['programmes:versionsof'] = 'Versions of {$a}';
$string['programmes:view'] = 'View';
$string['publishdone'] = 'Version {$a->version} of {$a->programme} published.';
$string['result:absent'] = 'Absent';
$string['result:failed'] = 'Not passed';
$string['result:passed'] = 'Passed';
$string['sens:linkcourse'] = 'Link a course to a SENS programme';
$string['sens:manageenrolments'] = 'Move learners to another version of their programme';
$string['sens:managemappings'] = 'Map course activities to programme slots';
$string['sens:manageprogrammes'] = 'Import and publish référentiel versions';
$string['sens:recordattestation'] = 'Record workshop attestations';
$string['sens:viewlearnercompetences'] = 'View the competences of a given learner';
$string['sens:viewowncompetences'] = 'View one\'s own competences';
$string['simulate:activities'] = 'Activity results';
$string['simulate:add'] = 'Add';
$string['simulate:asof'] = 'Decision date';
$string['simulate:attestations'] = 'Workshop attestations';
$string['simulate:basis'] = 'Basis';
$string['simulate:blank'] = 'an empty record';
$string['simulate:by'] = 'Recorded by';
$string['simulate:completed'] = 'Completed';
$string['simulate:compute'] = 'Compute the decision';
$string['simulate:date'] = 'Date';
$string['simulate:decision'] = 'Decision';
$string['simulate:differs'] = 'The decision computed in the browser differs from the one the server stored on {$a}.';
$string['simulate:exemptions'] = 'Exemptions';
$string['simulate:grade'] = 'Grade';
$string['simulate:intro'] = 'Set the facts of an imaginary learner: the decision is computed in your browser by the same rules engine as the server. Nothing is stored.';
$string['simulate:invalid'] = 'The simulated record is not valid:';
$string['simulate:jury'] = 'Jury decisions';
$string['simulate:load'] = 'Load these facts';
$string['simulate:matches'] = 'The decision computed in the browser equals the one the server stored on {$a}.';
$string['simulate:max'] = 'Out of';
$string['simulate:next'] = 'Next step';
$string['simulate:nofacts'] = 'None.';
$string['simulate:passed'] = 'Passed';
$string['simulate:passed_auto'] = 'from the grade';
$string['simulate:placements'] = 'Placements';
$string['simulate:remove'] = 'Remove';
$string['simulate:result'] = 'Result';
$string['simulate:session'] = 'Session';
$string['simulate:start'] = 'Enrolment start';
$string['simulate:startfrom'] = 'Start from the facts of';
$string['simulate:state'] = 'State';
$string['simulate:state_barred'] = 'Barred from the main session';
$string['simulate:state_defaillant'] = 'Défaillant';
$string['simulate:state_exempt'] = 'Exempt';
$string['simulate:state_expired'] = 'Expired';
$string['simulate:state_failed'] = 'Not passed';
$string['simulate:state_in_progress'] = 'In progress';
$string['simulate:state_locked'] = 'Locked';
$string['simulate:state_open'] = 'Open';
$string['simulate:state_validated'] = 'Validated';
$string['simulate:title'] = 'Simulate a learner';
$string['simulate:unit'] = 'Part';
$string['simulate:units'] = 'State of each part';
$string['simulate:verdict'] = 'Verdict';
$string['status:draft'] = 'Draft';
$string['status:published'] = 'Published';

$string['task:reconciledecisions'] = 'Recompute SENS decisions and level gating';
$string['event:attestationcorrected'] = 'Workshop attestation corrected';
$string['privacy:metadata:local_sens_attestation:corrects'] = 'The attestation this one corrects.';
$string['privacy:metadata:local_sens_attestation:marks'] = 'The marks of the sheet row: present, passed.';
$string['privacy:metadata:local_sens_attestation:note'] = 'The lead\'s comment on the sheet row.';
$string['privacy:metadata:local_sens_attestation:reason'] = 'Why the attestation was corrected.';
$string['privacy:metadata:local_sens_attestation:sessionid'] = 'The dated session of the course.';
$string['privacy:metadata:local_sens_session'] = 'Dated sessions of a course: the user who last changed one.';
$string['privacy:metadata:local_sens_session:timemodified'] = 'When the session was last changed.';
$string['privacy:metadata:local_sens_session:usermodified'] = 'The user who last changed the session.';
$string['privacy:metadata:local_sens_sessionlead'] = 'The teachers who lead a session.';
$string['privacy:metadata:local_sens_sessionlead:sessionid'] = 'The session.';
$string['privacy:metadata:local_sens_sessionlead:userid'] = 'The teacher who leads it.';
$string['event:attestationcosigned'] = 'Workshop attestation co-signed';
$string['privacy:metadata:local_sens_cosignature'] = 'Co-signatures of workshop attestations by a further lead, where the programme asks for more than one signer.';
$string['privacy:metadata:local_sens_cosignature:attestationid'] = 'The attestation co-signed.';
$string['privacy:metadata:local_sens_cosignature:timecreated'] = 'When it was co-signed.';
$string['privacy:metadata:local_sens_cosignature:userid'] = 'The lead who co-signed it.';
$string['sens:attestanysession'] = 'Attest and co-sign at any workshop session of a course, not only the sessions one leads';
$string['sheet:awaitingcosign'] = 'Awaiting co-signature: {$a->signers} of {$a->required} signatures';
$string['sheet:cosign'] = 'Co-sign';
$string['sheet:cosignlabel'] = 'Co-sign the attestation of {$a}';
$string['sheet:cosigned'] = 'co-signed by {$a->by} on {$a->at}';
$string['sheet:cosignsaved'] = '{$a} attestation(s) co-signed.';
$string['sheet:errorcosignnotneeded'] = 'The attestation of {$a} awaits no co-signature (the programme asks for one signer, it is not a pass, or it has all its signatures).';
$string['sheet:errorcosignown'] = 'You recorded the attestation of {$a}: another lead must co-sign it.';
$string['sheet:errorcosigntwice'] = 'You have already co-signed the attestation of {$a}.';
$string['sheet:errorcosignunknown'] = 'Attestation {$a} is not a current attestation of this workshop (corrected since, or of another session).';
$string['sheet:errornotlead'] = 'You are not a lead of session {$a}: only its leads, or someone who may attest at any session of the course, may attest or co-sign there. Nothing was saved.';
$string['privacy:path:sessions'] = 'Sessions led';
$string['sens:manageworkshops'] = 'Date and place the workshop sessions of a course and name their leads';
$string['session:edit'] = 'Date and place session {$a}';
$string['session:errorend'] = 'The end of the session must not be before its start.';
$string['session:errorlead'] = 'The user {$a} cannot lead a session of this course: they must be enrolled and able to record attestations.';
$string['session:errorroom'] = 'The room must have at most 255 characters.';
$string['session:errorstart'] = 'The date and time of the session are required.';
$string['session:leads'] = 'Leads';
$string['session:noleads'] = 'No lead named yet';
$string['session:noroom'] = 'Room not set yet';
$string['session:notdated'] = 'Not dated yet';
$string['session:room'] = 'Room';
$string['session:saved'] = 'Session {$a} saved.';
$string['session:timeend'] = 'End';
$string['session:timestart'] = 'Start';
$string['session:when'] = 'When';
$string['sheet:absent'] = 'absent';
$string['sheet:add'] = 'Add to the sheet';
$string['sheet:addchoose'] = 'Choose a learner…';
$string['sheet:addlearner'] = 'Add a learner who was not expected';
$string['sheet:allpresent'] = 'All present';
$string['sheet:allpresentdone'] = '{$a} learners marked present (not saved yet).';
$string['sheet:change'] = '{$a->label}: {$a->before} → {$a->after}.';
$string['sheet:correctionreason'] = 'correction: {$a}';
$string['sheet:errorduplicate'] = '{$a} appears twice in the sheet: each learner is attested once per request.';
$string['sheet:errorempty'] = 'The sheet has no learner.';
$string['sheet:errornotenrolled'] = 'Learner {$a} is not enrolled in this course or does not follow its programme.';
$string['sheet:errornotstarted'] = 'The session has not started yet ({$a}): attestations are recorded from its start.';
$string['sheet:errorpassedabsent'] = '{$a}: a learner marked absent cannot have passed.';
$string['sheet:errorreason'] = '{$a} is already attested in this session: a correction needs a reason.';
$string['sheet:errorreplay'] = '{$a}: this mark was already received (replayed or altered entry): it is not recorded again.';
$string['sheet:errorsession'] = 'Session {$a} does not exist.';
$string['sheet:errorunit'] = '{$a->name}: "{$a->unit}" is not a level of this workshop.';
$string['sheet:errorworkshop'] = 'This session holds no workshop "{$a}".';
$string['sheet:history'] = 'History';
$string['sheet:historyrow'] = '{$a->level}: {$a->marks} — attested by {$a->by} on {$a->at}';
$string['sheet:note'] = 'Comment';
$string['sheet:notstarted'] = 'This session has not started yet: the sheet can be prepared, attestations are recorded from its start.';
$string['sheet:passed'] = 'Passed';
$string['sheet:present'] = 'Present';
$string['sheet:presentnotpassed'] = 'present, not passed';
$string['sheet:presentpassed'] = 'present, passed';
$string['sheet:queued'] = 'No network: the marks are kept in this browser and NOT saved yet. They are sent when the network returns.';
$string['sheet:reason'] = 'Reason for the correction';
$string['sheet:refused'] = 'Nothing was saved:';
$string['sheet:save'] = 'Save the sheet';
$string['sheet:saved'] = 'Sheet saved: {$a->written} attestations recorded, of which {$a->corrected} corrections.';
$string['sheet:saving'] = 'Saving…';
$string['sheet:search'] = 'Search by name';
$string['sheet:title'] = 'Attestation sheet: {$a}';
$string['workshops:none'] = 'The programme of this course has no workshop session.';
$string['workshops:notlinked'] = 'This course is not linked to a published programme: it has no workshop sessions.';
$string['workshops:sheets'] = 'Attestation sheets';
$string['workshops:title'] = 'Workshops';

$string['export:attestedat'] = 'Attested on';
$string['export:attestedby'] = 'Attested by';
$string['export:correction'] = 'Correction (reason)';
$string['export:email'] = 'Email';
$string['export:errorformat'] = 'Unknown export format "{$a}": csv or pdf.';
$string['export:heading'] = 'Attendance list — {$a}';
$string['export:learner'] = 'Learner';
$string['export:level'] = 'Level';
$string['export:note'] = 'Comment';
$string['export:passed'] = 'Passed';
$string['export:present'] = 'Present';
$string['export:signature'] = 'Signature of the lead {$a}';
$string['sheet:exportcsv'] = 'Attendance list (CSV)';
$string['sheet:exportpdf'] = 'Attendance list to sign (PDF)';

// Certificates (issue 15).
$string['cachedef_verifyattempts'] = 'Lookups on the public certificate verification page per address (rate limit)';
$string['certificate:awardedto'] = 'is awarded to';
$string['certificate:codes'] = 'Codes';
$string['certificate:hours'] = '{$a} hours';
$string['certificate:hourscol'] = 'Hours';
$string['certificate:issuedon'] = 'Issued on {$a}.';
$string['certificate:kind:diploma'] = 'Diploma certificate';
$string['certificate:kind:participation'] = 'Certificate of participation';
$string['certificate:unit'] = 'Domain — level : unit';
$string['certificate:validatedunits'] = 'Validated domains and levels';
$string['certificate:verifywith'] = 'Verification code {$a}: check this certificate at';
$string['certificate:version'] = 'Version {$a}';
$string['certificates:actions'] = 'Revoke or re-issue';
$string['certificates:find'] = 'Find a certificate by its code';
$string['certificates:issued'] = 'A corrected certificate was issued with the code {$a}; the old code now says revoked and points to it.';
$string['certificates:learner'] = 'Learner';
$string['certificates:reason'] = 'Reason (required)';
$string['certificates:reasonrequired'] = 'Reason: required to revoke or re-issue a certificate.';
$string['certificates:reissue'] = 'Revoke and re-issue corrected';
$string['certificates:revoke'] = 'Revoke';
$string['certificates:revokeddone'] = 'The certificate {$a} is revoked.';
$string['certificates:title'] = 'SENS certificates';
$string['event:certificateissued'] = 'Certificate issued';
$string['event:certificaterevoked'] = 'Certificate revoked';
$string['privacy:metadata:local_sens_certificate'] = 'Certificates issued to the learner (diploma, attestation de participation). They are kept when the learner asks for deletion: the university must keep the record of a diploma it awarded and answer verifications of it; a certificate can be revoked, not erased.';
$string['privacy:metadata:local_sens_certificate:code'] = 'The verification code of the certificate.';
$string['privacy:metadata:local_sens_certificate:fields'] = 'What the certificate states: programme, version, validated domains and levels, hours, codes, date, signatory.';
$string['privacy:metadata:local_sens_certificate:fullname'] = 'The learner\'s name as at issue.';
$string['privacy:metadata:local_sens_certificate:reason'] = 'Why the certificate was revoked.';
$string['privacy:metadata:local_sens_certificate:revokedby'] = 'Who revoked the certificate.';
$string['privacy:metadata:local_sens_certificate:timeissued'] = 'When the certificate was issued.';
$string['privacy:metadata:local_sens_certificate:userid'] = 'The learner.';
$string['privacy:path:certificates'] = 'Certificates';
$string['sens:managecertificates'] = 'Revoke and re-issue SENS certificates';
$string['task:issuecertificates'] = 'Issue the diplomas published by a jury';
$string['signatory'] = 'Certificate signatory';
$string['signatory_desc'] = 'Name of who signs the certificates (written on each certificate at issue).';
$string['signatorytitle'] = 'Signatory\'s title';
$string['signatorytitle_desc'] = 'e.g. "President of the University of Strasbourg" (written on each certificate at issue).';
$string['verify:code'] = 'Verification code';
$string['verify:codehelp'] = '16 letters and digits in 4 groups, as printed on the certificate (XXXX-XXXX-XXXX-XXXX).';
$string['verify:hash'] = 'SHA-256 of the PDF ({$a})';
$string['verify:hashhelp'] = 'To check a file you were given, compute its SHA-256 (for example sha256sum certificate.pdf) and compare.';
$string['verify:holder'] = 'Awarded to';
$string['verify:issued'] = 'Issued on';
$string['verify:kind'] = 'Certificate';
$string['verify:malformed'] = 'This is not a certificate code: a code has 16 letters and digits in 4 groups (XXXX-XXXX-XXXX-XXXX), without I, L, O or U.';
$string['verify:programme'] = 'Programme';
$string['verify:ratelimited'] = 'Too many lookups from your address. Try again after {$a}.';
$string['verify:replacedby'] = 'A corrected certificate was issued in its place:';
$string['verify:replaces'] = 'This certificate corrects the certificate';
$string['verify:revoked'] = 'Revoked certificate';
$string['verify:revokedon'] = 'Revoked on {$a->date}. Reason: {$a->reason}';
$string['verify:signatory'] = 'Signatory';
$string['verify:submit'] = 'Verify';
$string['verify:title'] = 'Verify a SENS certificate';
$string['verify:units'] = 'Validated domains and levels';
$string['verify:unknown'] = 'Unknown code: no certificate was issued with this code. Check the code as printed on the certificate.';
$string['verify:valid'] = 'Valid certificate';
$string['verify:version'] = 'Version';

// BEGIN GENERATED reason strings
$string['reason_absence_above_hours'] = '{$a->absent} h absent out of only {$a->hours} h.';
$string['reason_activities_met'] = '"{$a->unit}": all online exercises passed ({$a->passed}/{$a->total}).';
$string['reason_activities_pending'] = '"{$a->unit}": {$a->passed} of {$a->total} online exercises passed; to pass: {$a->missing}.';
$string['reason_assessment_failed'] = '"{$a->unit}": average {$a->average}/{$a->scale} in the {$a->session} session, below the pass mark {$a->passMark} — not validated.';
$string['reason_assessment_main_below'] = '"{$a->unit}": average {$a->average}/{$a->scale} in the main session, below the pass mark {$a->passMark} — resit session.';
$string['reason_assessment_passed'] = '"{$a->unit}": average {$a->average}/{$a->scale} in the {$a->session} session (pass mark {$a->passMark}) — validated.';
$string['reason_assessment_pending'] = '"{$a->unit}": grades expected in the {$a->session} session: {$a->missing}.';
$string['reason_assessment_rounded'] = '"{$a->unit}": exact average {$a->exact} in the {$a->session} session, rounded to {$a->average} ({$a->decimals} decimals, {$a->mode}) as the programme\'s rule says, before the comparison with the pass mark.';
$string['reason_attendance_barred'] = '"{$a->unit}": {$a->absentPercent}% absence, above the {$a->limit}% limit (rule {$a->rule}) — barred from the main session.';
$string['reason_attendance_defaillant'] = '"{$a->unit}": {$a->absentPercent}% absence, above the {$a->limit}% limit (rule {$a->rule}) — défaillant: the whole programme is to be redone with the next cohort.';
$string['reason_attendance_defaillant_unit'] = '"{$a->unit}": {$a->absentPercent}% absence, above the {$a->limit}% limit (rule {$a->rule}) — défaillant in this module: redo it with the next cohort (the programme goes on).';
$string['reason_attestation_awaiting_cosign'] = '"{$a->unit}": workshop passed (session {$a->session}, attested by {$a->by} on {$a->at}), awaiting co-signature: {$a->signers} of the {$a->required} signatures the programme asks for.';
$string['reason_attestation_missing'] = '"{$a->unit}": a workshop success attestation is expected.';
$string['reason_attestation_not_passed'] = '"{$a->unit}": workshop not passed (session {$a->session}, result {$a->result}, attested by {$a->by} on {$a->at}).';
$string['reason_attestation_passed'] = '"{$a->unit}": workshop passed (session {$a->session}, attested by {$a->by} on {$a->at}).';
$string['reason_change_attendance_added'] = 'Attendance rule {$a->rule} added.';
$string['reason_change_attendance_changed'] = 'Attendance rule {$a->rule} changed.';
$string['reason_change_attendance_removed'] = 'Attendance rule {$a->rule} removed.';
$string['reason_change_certification'] = 'Certification conditions of {$a->programme} changed.';
$string['reason_change_gating'] = 'Level gating of "{$a->unit}": {$a->old} → {$a->new}.';
$string['reason_change_learner_deadline'] = '{$a->learner}: deadline {$a->old} → {$a->new}.';
$string['reason_change_learner_state'] = '{$a->learner}: "{$a->unit}" {$a->old} → {$a->new}.';
$string['reason_change_learner_unit_added'] = '{$a->learner}: new "{$a->unit}" ({$a->new}).';
$string['reason_change_learner_unit_removed'] = '{$a->learner}: "{$a->unit}" no longer exists (was {$a->old}).';
$string['reason_change_learner_verdict'] = '{$a->learner}: verdict {$a->old} → {$a->new}.';
$string['reason_change_max_duration'] = 'Maximum duration {$a->old} → {$a->new} months: enrolled learners\' deadline changes.';
$string['reason_change_placement_bases'] = 'Accepted placement bases: {$a->old} → {$a->new}.';
$string['reason_change_prerequisites'] = 'Prerequisites of "{$a->unit}": {$a->old} → {$a->new}.';
$string['reason_change_programme_id'] = 'Another programme: "{$a->old}" → "{$a->new}".';
$string['reason_change_requirements'] = 'Validation requirements of "{$a->unit}" changed: a validated unit may no longer be.';
$string['reason_change_slot_added'] = 'Required activity "{$a->slot}" added to "{$a->unit}".';
$string['reason_change_slot_changed'] = 'Activity "{$a->slot}" changed (unit "{$a->unit}", required or pass threshold).';
$string['reason_change_slot_removed'] = 'Activity "{$a->slot}" removed from "{$a->unit}".';
$string['reason_change_unit_added'] = '"{$a->unit}" added (in "{$a->parent}"): a new requirement for enrolled learners.';
$string['reason_change_unit_added_optional'] = 'Optional "{$a->unit}" added (in "{$a->parent}").';
$string['reason_change_unit_hours'] = 'Hours of "{$a->unit}": {$a->old} → {$a->new} (attendance percentages change).';
$string['reason_change_unit_moved'] = '"{$a->unit}" moved from "{$a->old}" to "{$a->new}".';
$string['reason_change_unit_now_optional'] = '"{$a->unit}" is now optional.';
$string['reason_change_unit_now_required'] = '"{$a->unit}" is now required.';
$string['reason_change_unit_removed'] = '"{$a->unit}" removed: facts about it no longer count.';
$string['reason_children_met'] = '"{$a->unit}": {$a->validated} of {$a->total} parts validated.';
$string['reason_children_pending'] = '"{$a->unit}": {$a->validated} of {$a->total} parts validated; remaining: {$a->missing}.';
$string['reason_choice_met'] = '"{$a->unit}": choice satisfied ({$a->validated} validated, {$a->n} required).';
$string['reason_choice_pending'] = '"{$a->unit}": {$a->validated} validated of {$a->n} required among: {$a->options}.';
$string['reason_content_only'] = '"{$a->unit}": content only, with no assessment of its own — nothing to validate.';
$string['reason_cosigned_before_attestation'] = 'Co-signed on {$a->at}, before the attestation of {$a->attested} it confirms.';
$string['reason_dangling_reference'] = 'Unknown reference: {$a->kind} "{$a->id}".';
$string['reason_date_order'] = 'The end date {$a->to} is before the start date {$a->from}.';
$string['reason_deadline_passed'] = 'The maximum duration of the pathway has passed: deadline {$a->deadline}, decided on {$a->asOf}.';
$string['reason_duplicate_id'] = 'Duplicate id "{$a->id}" (already used at {$a->first}).';
$string['reason_exempt_by_exemption'] = '"{$a->unit}": exempt (basis: {$a->basis}, decided by {$a->by} on {$a->at}).';
$string['reason_exempt_by_placement'] = '"{$a->unit}": exempt through placement at level "{$a->placedAt}" (basis: {$a->basis}, by {$a->by} on {$a->at}).';
$string['reason_grade_above_max'] = 'Grade {$a->grade} is above the maximum {$a->max}.';
$string['reason_invalid_date'] = 'The date "{$a->value}" does not exist (expected YYYY-MM-DD, a real day).';
$string['reason_json_parse'] = 'Unreadable JSON: {$a->message}.';
$string['reason_jury_accepted'] = '"{$a->unit}": accepted by the jury ({$a->by}, on {$a->at}, grade {$a->grade}).';
$string['reason_jury_deferred'] = '"{$a->unit}": jury decision deferred ({$a->by}, on {$a->at}).';
$string['reason_jury_grade_below'] = '"{$a->unit}": jury grade {$a->grade}, below the pass mark {$a->passMark} ({$a->by}, on {$a->at}) — revise it and submit it again (deadline {$a->deadline}).';
$string['reason_jury_late'] = '"{$a->unit}": the jury\'s decision of {$a->at} ({$a->by}) came after the deadline {$a->deadline} — it does not count.';
$string['reason_jury_pending'] = '"{$a->unit}": awaiting the jury\'s decision.';
$string['reason_jury_rejected'] = '"{$a->unit}": rejected by the jury ({$a->by}, on {$a->at}) — revise it and submit it again (deadline {$a->deadline}).';
$string['reason_jury_submissions_exhausted'] = '"{$a->unit}": rejected by the jury ({$a->by}, on {$a->at}) after {$a->submissions} submissions, the most the programme allows ({$a->max}) — not validated.';
$string['reason_justified_above_absence'] = '{$a->justified} h of justified absence out of only {$a->absent} h absent.';
$string['reason_locked_by_level'] = '"{$a->unit}" is locked: level "{$a->previous}" must be validated first (state: {$a->previousState}). Rule: a level must be validated to move to the next.';
$string['reason_locked_by_parent'] = '"{$a->unit}" is locked because "{$a->parent}" is locked.';
$string['reason_locked_by_prerequisite'] = '"{$a->unit}" is locked: prerequisite "{$a->prerequisite}" is not validated (state: {$a->prerequisiteState}).';
$string['reason_maxima_too_disparate'] = 'The components\' maxima have no common multiple small enough for an exact average (least common multiple {$a->lcm} hundred-thousandths, at most {$a->max}).';
$string['reason_member_reviews_without_president'] = '{$a->memberReviews} member reviews are asked for, but one member\'s decision suffices: set finalDecision to "president" or remove memberReviews.';
$string['reason_n_of_exceeds_options'] = 'Impossible choice: {$a->n} required among only {$a->options} options.';
$string['reason_number_too_large'] = '{$a->value} is above the largest value accepted ({$a->max}).';
$string['reason_parent_cycle'] = 'Cycle in the unit hierarchy from "{$a->id}".';
$string['reason_pass_mark_above_scale'] = 'Pass mark {$a->passMark} is above the scale {$a->scale}.';
$string['reason_prerequisite_cycle'] = 'Prerequisite cycle: {$a->cycle} ("{$a->id}" can never open).';
$string['reason_programme_mismatch'] = 'The record is for programme "{$a->actual}", not "{$a->expected}".';
$string['reason_schema'] = 'Invalid value: {$a->message} (rule {$a->keyword}).';
$string['reason_signers_invalid'] = 'Workshop attestation signers: {$a->signers} — give a whole number from 1 (the lead alone) to 5 (the lead and four co-signers).';
$string['reason_too_many_decimals'] = '{$a->value} is not an exact multiple of {$a->precision}: the format reads this number exactly only to that precision.';
$string['reason_unknown_placement_basis'] = 'Placement basis "{$a->basis}" is not accepted (accepted: {$a->accepted}).';
$string['reason_verdict_barred'] = 'Barred: see "{$a->unit}" ({$a->validated} of {$a->total} certification parts validated; deadline {$a->deadline}).';
$string['reason_verdict_certified'] = 'Certified: every requirement of {$a->programme} (version {$a->version}) is met.';
$string['reason_verdict_defaillant'] = 'Défaillant: see "{$a->unit}".';
$string['reason_verdict_expired'] = 'Maximum duration passed (deadline {$a->deadline}) with no recorded participation.';
$string['reason_verdict_failed'] = 'Not passed: "{$a->unit}" is not validated.';
$string['reason_verdict_in_progress'] = 'In progress: {$a->validated} of {$a->total} certification parts validated; deadline {$a->deadline}.';
$string['reason_verdict_not_started'] = 'Not started: {$a->total} certification parts to validate; deadline {$a->deadline}.';
$string['reason_verdict_participation'] = 'Maximum duration passed (deadline {$a->deadline}): attestation of participation ({$a->validated} of {$a->total} parts validated).';
$string['reason_version_mismatch'] = 'The record is for version "{$a->actual}", not "{$a->expected}".';
$string['reason_weights_not_100'] = 'Weights add up to {$a->total}% instead of 100%.';
// END GENERATED reason strings
