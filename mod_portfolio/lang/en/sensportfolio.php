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
 * English strings for mod_sensportfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['addentry'] = 'Add an entry';
$string['alreadydecided'] = 'The jury has already decided on this submission.';
$string['alreadyreviewed'] = 'You have already given your review of this submission; the president records the jury\'s decision.';
$string['awaitingmemberreviews'] = 'The jury\'s decision waits for the members\' reviews: {$a->count} of {$a->needed} given.';
$string['candidate'] = 'Candidate';
$string['cannotsubmit'] = 'Your portfolio cannot be submitted now: {$a}';
$string['cannotsubmitnow'] = 'You cannot submit your portfolio now:';
$string['closedon'] = 'Closed on';
$string['closesession'] = 'Close the session and write the minutes';
$string['completionaccepted'] = 'Portfolio accepted';
$string['completionaccepted_desc'] = 'The jury accepted the learner\'s portfolio';
$string['completiondetail:accepted'] = 'Have your portfolio accepted by the jury';
$string['confirmdeleteentry'] = 'Delete the entry "{$a}" from your draft? Portfolios already submitted keep their copy.';
$string['coverage'] = 'Coverage of the référentiel';
$string['coverage_summary'] = '{$a->covered} of {$a->total} items of your référentiel have evidence; the others have none yet.';
$string['covered'] = 'Evidenced:';
$string['criteria'] = 'Jury criteria';
$string['criteria_help'] = 'One criterion per line, used when the programme\'s jury requirement lists no criteria. The jury states for each one whether the portfolio meets it.';
$string['criterioncomment'] = 'Comment';
$string['criterionmet'] = 'Met';
$string['criterionnotmet'] = 'Not met';
$string['decision'] = 'Decision';
$string['decision:accepted'] = 'Accepted';
$string['decision:deferred'] = 'Deferred';
$string['decision:rejected'] = 'Rejected';
$string['decisionrecorded'] = 'The decision is recorded; the learner is notified.';
$string['decisionsnotrecorded'] = 'Nothing was recorded: {$a}';
$string['decisionsrecorded'] = 'The jury\'s decisions are recorded.';
$string['deliberation'] = 'Deliberation sessions';
$string['editentry'] = 'Edit the entry';
$string['enginestate:barred'] = 'barred';
$string['enginestate:defaillant'] = 'défaillant';
$string['enginestate:exempt'] = 'exempt';
$string['enginestate:expired'] = 'expired';
$string['enginestate:failed'] = 'not passed';
$string['enginestate:in_progress'] = 'in progress';
$string['enginestate:locked'] = 'locked';
$string['enginestate:open'] = 'open';
$string['enginestate:validated'] = 'validated';
$string['entries'] = 'Evidence entries';
$string['entrycompetences'] = 'Référentiel items evidenced';
$string['entrycompetences_help'] = 'The items of your programme\'s référentiel this entry is evidence for (domain › level › micro-competence). Type to search.';
$string['entrycompetences_none'] = 'No item chosen';
$string['entrydate'] = 'Date of the evidence';
$string['entrydeleted'] = 'Entry deleted.';
$string['entryfiles'] = 'Files';
$string['entrynotfound'] = 'This entry is not one of yours in this portfolio.';
$string['entrysaved'] = 'Entry saved.';
$string['entrytext'] = 'Text';
$string['entrytitle'] = 'Title';
$string['error:decision'] = 'Choose a decision: accepted, rejected or deferred.';
$string['error:feedbackrequired'] = 'Tell the learner why (feedback) when the portfolio is not accepted.';
$string['error:gradenotgraded'] = 'The programme\'s jury requirement gives no grade: leave it empty.';
$string['error:graderange'] = 'The grade must be a number from 0 to {$a}, with at most 5 decimals.';
$string['error:graderequired'] = 'Give the jury\'s grade out of {$a}: the programme grades this dossier.';
$string['error:maxfiles'] = 'Between 0 and 100 files.';
$string['error:unknownitems'] = 'Not items of your référentiel: {$a}';
$string['event:jurydecisionrecorded'] = 'Jury decision recorded';
$string['event:juryreviewrecorded'] = 'Jury member\'s review recorded';
$string['event:portfoliosubmitted'] = 'Portfolio submitted';
$string['evidences'] = 'Evidence for:';
$string['feedback'] = 'Feedback for the learner';
$string['feedback_help'] = 'The learner reads this with the decision. Required when the portfolio is not accepted.';
$string['filesettings'] = 'Files of the entries';
$string['filetypes'] = 'Accepted file types';
$string['filetypes_help'] = 'The types of files a learner may attach to an entry; empty: any type.';
$string['filter'] = 'Show';
$string['filter:all'] = 'All submissions';
$string['filter:reviewed'] = 'Decided';
$string['filter:waiting'] = 'Awaiting a decision';
$string['gate:nodecision'] = 'Your pathway has not been decided yet by the rules engine; try again later.';
$string['gate:noentries'] = 'Add at least one entry first.';
$string['gate:nojuryunit'] = 'Your programme has no unit decided by a jury.';
$string['gate:notfollowing'] = 'You do not follow the programme of this course.';
$string['gate:pending'] = 'Your last submission is awaiting the jury\'s decision.';
$string['gate:state'] = 'The portfolio is {$a} for you:';
$string['hashmismatch'] = 'does not match what was submitted';
$string['hashok'] = 'unchanged since submitted';
$string['invalidaction'] = 'Unknown action on an entry.';
$string['juryfeedback'] = 'The jury\'s feedback';
$string['jurygrade'] = 'Jury grade';
$string['jurygrade_help'] = 'The jury\'s grade of the dossier (a mémoire), on the programme\'s maximum. Required to accept or reject when the programme sets a pass mark; it reaches the learner\'s record and the decision at once.';
$string['jurygradelabel'] = 'Jury grade (/{$a})';
$string['jurygradeshown'] = 'Jury grade: {$a}';
$string['jurymembers'] = 'Jury members';
$string['jurynote'] = 'Private note for the jury';
$string['jurynote_help'] = 'Seen by the jury only, never by the learner.';
$string['justification'] = 'Justification';
$string['lastsubmitted'] = 'Submitted on';
$string['maxbytes'] = 'Maximum size of a file';
$string['maxfiles'] = 'Maximum number of files per entry';
$string['memberreview'] = 'Member\'s review';
$string['memberreviewrecorded'] = 'Your review is recorded for the president.';
$string['memberreviews'] = 'Members\' reviews';
$string['message:jurydecision:body'] = 'The jury recorded its decision on your portfolio "{$a->portfolio}": {$a->decision}.

{$a->feedback}

{$a->url}';
$string['message:jurydecision:subject'] = 'Jury decision on your portfolio: {$a->decision}';
$string['messageprovider:jurydecision'] = 'The jury\'s decision on your portfolio';
$string['minutes'] = 'Minutes of the deliberation (procès-verbal)';
$string['mobile:editonweb'] = 'Add, edit and order your entries on the website; here you read your portfolio and submit it.';
$string['mobile:juryonweb'] = 'The jury reads and decides on the website.';
$string['modulename'] = 'SENS portfolio';
$string['modulename_help'] = 'The portfolio in which the learner documents the evolution of their expertise across the référentiel, with evidence linked to competences, then submits it to the jury.';
$string['modulenameplural'] = 'SENS portfolios';
$string['next:accepted'] = 'Nothing more to do for the portfolio: it is validated.';
$string['next:addentries'] = 'Add entries that evidence the items of your référentiel, then submit your portfolio to the jury.';
$string['next:closed'] = 'Your portfolio cannot be submitted again now (deadline {$a}); see why below.';
$string['next:locked'] = 'Keep building your portfolio; you can submit it once the portfolio is open to you (deadline {$a}).';
$string['next:resubmit'] = 'Revise your portfolio with the jury\'s feedback and submit it again before {$a}.';
$string['next:submit'] = 'When your entries show your expertise, submit your portfolio to the jury (deadline {$a}).';
$string['next:waiting'] = 'Wait for the jury\'s decision; you will be notified. You may keep editing your draft meanwhile: the jury reads what you submitted.';
$string['nextstep'] = 'Next step:';
$string['nodeadline'] = 'none';
$string['noentries'] = 'No evidence yet. Each entry you add will be linked to competences of the référentiel and shown to the jury when you submit your portfolio.';
$string['nomemberreviews'] = 'In this programme one jury member\'s decision suffices: there is no member\'s review to record.';
$string['nosessions'] = 'No deliberation session yet.';
$string['nosubmissions'] = 'No submission to show.';
$string['notcovered'] = 'No evidence yet:';
$string['notjurypresident'] = 'In this programme the jury\'s president records the final decision; your review goes to the president.';
$string['notpresident'] = 'Only the session\'s president records its decisions and closes it.';
$string['open'] = 'Open';
$string['opensession'] = 'Open a deliberation session (you preside)';
$string['pluginadministration'] = 'SENS portfolio administration';
$string['pluginname'] = 'SENS portfolio';
$string['president'] = 'President';
$string['presidentdecides'] = 'In this programme the jury\'s president records the final decision after {$a} member review(s); each member\'s review is kept.';
$string['privacy:metadata:sensportfolio_entry'] = 'Evidence entries of a learner.';
$string['privacy:metadata:sensportfolio_entry:competences'] = 'The competences the entry is evidence for.';
$string['privacy:metadata:sensportfolio_entry:content'] = 'The text of the entry.';
$string['privacy:metadata:sensportfolio_entry:entrydate'] = 'The date of the evidence.';
$string['privacy:metadata:sensportfolio_entry:timecreated'] = 'When the entry was created.';
$string['privacy:metadata:sensportfolio_entry:timemodified'] = 'When the entry was last changed.';
$string['privacy:metadata:sensportfolio_entry:title'] = 'The title of the entry.';
$string['privacy:metadata:sensportfolio_entry:userid'] = 'The learner.';
$string['privacy:metadata:sensportfolio_review'] = 'Jury reviews of submitted portfolios.';
$string['privacy:metadata:sensportfolio_review:criteria'] = 'Whether each criterion is met.';
$string['privacy:metadata:sensportfolio_review:decision'] = 'The jury decision.';
$string['privacy:metadata:sensportfolio_review:feedback'] = 'The jury feedback.';
$string['privacy:metadata:sensportfolio_review:grade'] = 'The jury\'s grade of the dossier (a mémoire).';
$string['privacy:metadata:sensportfolio_review:note'] = 'The jury\'s private note.';
$string['privacy:metadata:sensportfolio_review:reviewerid'] = 'The jury member who recorded the review.';
$string['privacy:metadata:sensportfolio_review:timecreated'] = 'When the review was recorded.';
$string['privacy:metadata:sensportfolio_session'] = 'Deliberation sessions of the jury.';
$string['privacy:metadata:sensportfolio_session:members'] = 'The jury members.';
$string['privacy:metadata:sensportfolio_session:presidentid'] = 'The jury\'s president.';
$string['privacy:metadata:sensportfolio_sessiondec'] = 'The jury\'s decisions on candidates in a deliberation session.';
$string['privacy:metadata:sensportfolio_sessiondec:decision'] = 'The jury\'s decision.';
$string['privacy:metadata:sensportfolio_sessiondec:justification'] = 'Why the decision differs from the engine\'s proposal.';
$string['privacy:metadata:sensportfolio_sessiondec:proposal'] = 'The rules engine\'s proposal.';
$string['privacy:metadata:sensportfolio_sessiondec:userid'] = 'The candidate.';
$string['privacy:metadata:sensportfolio_submission'] = 'Portfolios submitted to the jury.';
$string['privacy:metadata:sensportfolio_submission:contenthash'] = 'SHA-256 of the submitted portfolio.';
$string['privacy:metadata:sensportfolio_submission:snapshot'] = 'The entries as submitted.';
$string['privacy:metadata:sensportfolio_submission:status'] = 'The state of the submission.';
$string['privacy:metadata:sensportfolio_submission:timemodified'] = 'When the submission last changed.';
$string['privacy:metadata:sensportfolio_submission:timesubmitted'] = 'When the portfolio was submitted.';
$string['privacy:metadata:sensportfolio_submission:userid'] = 'The learner.';
$string['privacy:path:deliberations'] = 'Deliberations';
$string['privacy:path:entries'] = 'Evidence entries';
$string['privacy:path:submissions'] = 'Submissions';
$string['proposal'] = 'Engine\'s proposal';
$string['recorddecision'] = 'Record the decision';
$string['recorddecisions'] = 'Record the decisions';
$string['recordmemberreview'] = 'Record my review';
$string['resetportfolios'] = 'Delete the portfolios\' entries, submissions and jury decisions';
$string['review'] = 'Review';
$string['saveentry'] = 'Save the entry';
$string['sensportfolio:addinstance'] = 'Add a SENS portfolio';
$string['sensportfolio:decide'] = 'Record the jury decision on a portfolio';
$string['sensportfolio:preside'] = 'Record the jury\'s final decision as its president';
$string['sensportfolio:review'] = 'Review submitted portfolios';
$string['sensportfolio:submit'] = 'Build one\'s portfolio and submit it to the jury';
$string['sensportfolio:view'] = 'View a SENS portfolio';
$string['sessionclosed'] = 'This session is closed: it is read-only.';
$string['sessionclosednow'] = 'The session is closed; the minutes are stored with their SHA-256.';
$string['sessionname'] = 'Name of the session';
$string['sessionnotfound'] = 'This session is not one of this portfolio activity.';
$string['sessionstatus:closed'] = 'closed (read-only)';
$string['sessionstatus:open'] = 'open';
$string['status:accepted'] = 'Accepted by the jury';
$string['status:deferred'] = 'Deferred by the jury';
$string['status:draft'] = 'Draft, not submitted';
$string['status:rejected'] = 'Rejected by the jury';
$string['status:submitted'] = 'Submitted, awaiting the jury';
$string['status:underreview'] = 'Under review by the jury';
$string['submissionnotfound'] = 'This submission is not one of this portfolio activity.';
$string['submissionof'] = 'Portfolio of {$a}';
$string['submissions'] = 'Submissions to the jury';
$string['submitconfirm'] = 'Submit your portfolio to the jury? The jury reads this copy; you may keep editing your draft.';
$string['submitportfolio'] = 'Submit my portfolio to the jury';
$string['submitted'] = 'Your portfolio is submitted. The jury reads this copy; you may keep editing your draft.';
$string['unit'] = 'Programme unit';
$string['unit_help'] = 'The id of the programme unit the jury decides on (a unit with a jury requirement); empty: the programme\'s portfolio unit.';
$string['yourportfolio'] = 'Your portfolio';
$string['yourstatus'] = 'Your portfolio: {$a}';
