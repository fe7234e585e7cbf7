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
 * English strings for block_competences.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['badges'] = 'Badges earned';
$string['attendancejustifiedcounted'] = 'Of which {$a} justified, counted as the programme says.';
$string['attendancejustifiednotcounted'] = 'Besides {$a} of justified absence, not counted as the programme says.';
$string['attendanceleft'] = 'Absences: {$a->absent} of {$a->total} ({$a->percent} %). Limit {$a->limit} % ({$a->effect}) at {$a->allowed}: {$a->left} left before it.';
$string['attendanceover'] = 'Absences: {$a->absent} of {$a->total} ({$a->percent} %), above the {$a->limit} % limit ({$a->allowed}) by {$a->over}: {$a->effect}.';
$string['attendancetotal'] = 'Attendance over the whole programme';
$string['assessmentmain'] = 'Assessed by {$a->components}; validated from an average of {$a->passmark}/{$a->scale}.';
$string['assessmentresit'] = 'Assessed by {$a->components}; validated from an average of {$a->passmark}/{$a->scale}; resit session if not.';
$string['cachedef_outline'] = 'Outline of programme versions (units, slots, levels and their titles)';
$string['chooselearner'] = 'Learner';
$string['competences:addinstance'] = 'Add a My competences block';
$string['competences:myaddinstance'] = 'Add a My competences block to the dashboard';
$string['component'] = '{$a->title} /{$a->max} ({$a->weight} %)';
$string['computedon'] = 'Situation as of {$a}';
$string['deadline'] = 'Deadline of your pathway (3 years at most):';
$string['effect_barred'] = 'barred from the main session';
$string['effect_defaillant'] = 'défaillant';
$string['emptystate'] = 'You are not enrolled in a SENS programme yet. Once you are, this block shows each domain of the référentiel at each level (Débutant, Intermédiaire, Avancé): what is validated, open or locked, and why, what to do next and the deadline of your pathway.';
$string['grade'] = '{$a->title} {$a->grade}/{$a->max}';
$string['gradebarred'] = '{$a->title} {$a->grade}/{$a->max} (not counted: barred from the main session)';
$string['gradenotexact'] = '{$a->title}: a grade that does not convert exactly to /{$a->max} (not counted; see your teacher)';
$string['gridheading'] = 'Your competences by domain and level in {$a}';
$string['hoursminutes'] = '{$a->h} h {$a->m}';
$string['learnerpage'] = 'Competences of a learner';
$string['level_avance'] = 'Advanced';
$string['level_debutant'] = 'Beginner';
$string['level_intermediaire'] = 'Intermediate';
$string['levelcontext'] = '{$a->level} ({$a->domain})';
$string['levelsof'] = 'Levels of {$a}';
$string['modules'] = 'Modules';
$string['nextstep'] = 'Next step';
$string['nodecision'] = 'Your situation is being prepared: it will appear here within a few minutes. Until then the levels stay closed.';
$string['nolearners'] = 'No learner of this course follows the programme yet.';
$string['notalearner'] = 'This user is not a learner of this course.';
$string['otherparts'] = 'Workshops and certification';
$string['pluginname'] = 'My competences';
$string['privacy:metadata'] = 'The My competences block stores no data; it shows what local_sens holds about the learner.';
$string['reasons'] = 'Why?';
$string['session_main'] = 'Main session: {$a}.';
$string['session_resit'] = 'Resit session: {$a}.';
$string['viewingas'] = 'Competences of {$a}, as their own block shows them.';
$string['viewlearners'] = 'Competences of a learner';
$string['certificatedownload'] = 'Download: {$a} (PDF)';
$string['certificateverify'] = 'Verification page ({$a})';
