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

$string['criteria'] = 'Jury criteria';
$string['criteria_help'] = 'One criterion per line. The jury states for each one whether the portfolio meets it.';
$string['decision:accepted'] = 'Accepted';
$string['decision:rejected'] = 'Not accepted';
$string['entries'] = 'Evidence entries';
$string['event:jurydecisionrecorded'] = 'Jury decision recorded';
$string['modulename'] = 'SENS portfolio';
$string['modulename_help'] = 'The portfolio in which the learner documents the evolution of their expertise across the référentiel, with evidence linked to competences, then submits it to the jury.';
$string['modulenameplural'] = 'SENS portfolios';
$string['noentries'] = 'No evidence yet. Each entry you add will be linked to competences of the référentiel and shown to the jury when you submit your portfolio.';
$string['pluginadministration'] = 'SENS portfolio administration';
$string['pluginname'] = 'SENS portfolio';
$string['privacy:metadata:sensportfolio_entry'] = 'Evidence entries of a learner.';
$string['privacy:metadata:sensportfolio_entry:competences'] = 'The competences the entry is evidence for.';
$string['privacy:metadata:sensportfolio_entry:content'] = 'The text of the entry.';
$string['privacy:metadata:sensportfolio_entry:timecreated'] = 'When the entry was created.';
$string['privacy:metadata:sensportfolio_entry:timemodified'] = 'When the entry was last changed.';
$string['privacy:metadata:sensportfolio_entry:title'] = 'The title of the entry.';
$string['privacy:metadata:sensportfolio_entry:userid'] = 'The learner.';
$string['privacy:metadata:sensportfolio_review'] = 'Jury reviews of submitted portfolios.';
$string['privacy:metadata:sensportfolio_review:criteria'] = 'Whether each criterion is met.';
$string['privacy:metadata:sensportfolio_review:decision'] = 'The jury decision.';
$string['privacy:metadata:sensportfolio_review:feedback'] = 'The jury feedback.';
$string['privacy:metadata:sensportfolio_review:reviewerid'] = 'The jury member who recorded the review.';
$string['privacy:metadata:sensportfolio_review:timecreated'] = 'When the review was recorded.';
$string['privacy:metadata:sensportfolio_submission'] = 'Portfolios submitted to the jury.';
$string['privacy:metadata:sensportfolio_submission:status'] = 'The state of the submission.';
$string['privacy:metadata:sensportfolio_submission:timemodified'] = 'When the submission last changed.';
$string['privacy:metadata:sensportfolio_submission:timesubmitted'] = 'When the portfolio was submitted.';
$string['privacy:metadata:sensportfolio_submission:userid'] = 'The learner.';
$string['privacy:path:entries'] = 'Evidence entries';
$string['privacy:path:submissions'] = 'Submissions';
$string['sensportfolio:addinstance'] = 'Add a SENS portfolio';
$string['sensportfolio:decide'] = 'Record the jury decision on a portfolio';
$string['sensportfolio:review'] = 'Review submitted portfolios';
$string['sensportfolio:submit'] = 'Build one\'s portfolio and submit it to the jury';
$string['sensportfolio:view'] = 'View a SENS portfolio';
$string['status:accepted'] = 'Accepted by the jury';
$string['status:none'] = 'Not submitted';
$string['status:rejected'] = 'Not accepted by the jury';
$string['status:submitted'] = 'Submitted, awaiting the jury';
$string['submissions'] = 'Submissions to the jury';
$string['yourstatus'] = 'Your portfolio: {$a}';
