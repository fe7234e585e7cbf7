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
$string['cachedef_programmedefinitions'] = 'Decoded programme definitions (référentiel versions)';
$string['cli:importhelp'] = 'Import a programme definition (référentiel JSON) as a new draft version; prints its id.

Options:
-f, --file=PATH   The programme JSON file.
-p, --publish     Publish the version after importing it.
-h, --help        Print this help.

Exit codes: 0 imported (or identical to an existing version, whose id is printed); 1 invalid definition (errors by JSON path on standard error, nothing stored); 2 wrong usage or unreadable file.

Example:
php local/sens/cli/import_programme.php --file=du-cns.json --publish';
$string['cli:invalid'] = 'Invalid programme definition in {$a->file}: {$a->count} error(s); nothing was stored.';
$string['cli:nofile'] = 'Give the programme file with --file=PATH (see --help).';
$string['cli:unreadable'] = 'Cannot read the file "{$a}".';
$string['defaultdurationyears'] = 'Maximum pathway duration (years)';
$string['defaultdurationyears_desc'] = 'Used when a programme definition does not state its own maximum duration.';
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
$string['errorunknownprogramme'] = 'No version of programme "{$a}" has been imported.';
$string['errorversionnotdraft'] = 'Version {$a} is not a draft: a published version cannot be published again or changed.';
$string['event:attestationrecorded'] = 'Workshop attestation recorded';
$string['event:certificationdecided'] = 'Certification decided';
$string['event:placementrecorded'] = 'Learner placed at a level';
$string['event:programmeversionpublished'] = 'Programme version published';
$string['gatinggroupdescription'] = 'Managed by SENS: its members are the learners for whom this level is open (open, in progress, validated or exempt) according to the rules engine. Do not edit it by hand: the next recompute would undo the change.';
$string['gatinggrouplevel'] = '{$a->domain} — {$a->level} (niveau ouvert) · {$a->domainen} — level {$a->rank} open';
$string['gatinggroupunit'] = '{$a->title} (ouvert) · {$a->titleen} — open';
$string['gatingnotice'] = 'Some levels of this course are locked for you:';
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
$string['privacy:metadata:core_group'] = 'Level gating puts learners in course groups (one per level) whose membership follows the rules engine\'s decision.';
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
$string['sens:manageenrolments'] = 'Enrol learners in a programme and record placements';
$string['sens:managemappings'] = 'Map course activities to programme slots';
$string['sens:manageprogrammes'] = 'Import and publish référentiel versions';
$string['sens:recordattestation'] = 'Record workshop attestations';
$string['sens:viewaudit'] = 'View the SENS audit trail';
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
$string['reason_jury_grade_below'] = '"{$a->unit}": jury grade {$a->grade}, below the pass mark {$a->passMark} ({$a->by}, on {$a->at}) — revise it and submit it again before the deadline.';
$string['reason_jury_late'] = '"{$a->unit}": the jury\'s decision of {$a->at} ({$a->by}) came after the deadline {$a->deadline} — it does not count.';
$string['reason_jury_pending'] = '"{$a->unit}": awaiting the jury\'s decision.';
$string['reason_jury_rejected'] = '"{$a->unit}": rejected by the jury ({$a->by}, on {$a->at}) — revise it and submit it again before the deadline.';
$string['reason_jury_submissions_exhausted'] = '"{$a->unit}": rejected by the jury ({$a->by}, on {$a->at}) after {$a->submissions} submissions, the most the programme allows ({$a->max}) — not validated.';
$string['reason_locked_by_level'] = '"{$a->unit}" is locked: level "{$a->previous}" must be validated first (state: {$a->previousState}). Rule: a level must be validated to move to the next.';
$string['reason_locked_by_parent'] = '"{$a->unit}" is locked because "{$a->parent}" is locked.';
$string['reason_locked_by_prerequisite'] = '"{$a->unit}" is locked: prerequisite "{$a->prerequisite}" is not validated (state: {$a->prerequisiteState}).';
$string['reason_maxima_too_disparate'] = 'The components\' maxima have no common multiple small enough for an exact average (least common multiple {$a->lcm} hundred-thousandths, at most {$a->max}).';
$string['reason_n_of_exceeds_options'] = 'Impossible choice: {$a->n} required among only {$a->options} options.';
$string['reason_number_too_large'] = '{$a->value} is above the largest value accepted ({$a->max}).';
$string['reason_parent_cycle'] = 'Cycle in the unit hierarchy from "{$a->id}".';
$string['reason_pass_mark_above_scale'] = 'Pass mark {$a->passMark} is above the scale {$a->scale}.';
$string['reason_prerequisite_cycle'] = 'Prerequisite cycle: {$a->cycle} ("{$a->id}" can never open).';
$string['reason_programme_mismatch'] = 'The record is for programme "{$a->actual}", not "{$a->expected}".';
$string['reason_schema'] = 'Invalid value: {$a->message} (rule {$a->keyword}).';
$string['reason_too_many_decimals'] = '{$a->value} is not an exact multiple of {$a->precision}, the precision the format reads exactly (hours: whole minutes).';
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
