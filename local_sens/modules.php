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
 * The teacher's view of a course's assessed modules (course › Modules and exams): per module, every learner's
 * average, session, state with the engine's reasons and each grade with whether it counts; the resit list; the
 * learners admitted to the mémoire. Exported as CSV, ODS... (dataformat). Learners cannot reach it.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

use local_sens\local\assessment\module_report;
use local_sens\local\permission;

$courseid = required_param('courseid', PARAM_INT);
$download = optional_param('download', '', PARAM_ALPHA);
$list = optional_param('list', 'modules', PARAM_ALPHA);
$course = get_course($courseid);
require_login($course);
$context = context_course::instance($course->id);
permission::require_can_view_module_report($context);
if (!in_array($list, ['modules', 'resit', 'memoire'], true)) {
    throw new moodle_exception('invalidparameter', 'debug', '', 'list');
}

$lang = str_starts_with(current_language(), 'fr') ? 'fr' : 'en';
$report = \core\di::get(module_report::class)->build($course->id, $lang);

if ($download !== '' && $report !== null) {
    require_sesskey();
    [$columns, $rows] = module_report::export_rows($report, $list);
    \core\dataformat::download_data(clean_filename($course->shortname . '-' . $list), $download, $columns,
        new ArrayIterator($rows));
    die();
}

$url = new moodle_url('/local/sens/modules.php', ['courseid' => $course->id]);
$PAGE->set_url($url);
$PAGE->set_context($context);
$PAGE->set_pagelayout('incourse');
$PAGE->set_title(get_string('report:title', 'local_sens') . ' | ' . format_string($course->fullname));
$PAGE->set_heading(format_string($course->fullname));

$exports = [];
foreach (['modules', 'resit', 'memoire'] as $name) {
    $formats = [];
    foreach (['csv', 'ods'] as $format) {
        $formats[] = ['format' => $format, 'url' => (new moodle_url($url, ['list' => $name, 'download' => $format,
            'sesskey' => sesskey()]))->out(false), 'label' => get_string('dataformat', 'dataformat_' . $format)];
    }
    $exports[$name] = $formats;
}
echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('report:title', 'local_sens'));
echo $OUTPUT->render_from_template('local_sens/module_report', [
    'linked' => $report !== null,
    'title' => $report['title'] ?? '',
    'modules' => array_map(fn(array $m) => $m + ['hasrows' => !empty($m['rows'])], $report['modules'] ?? []),
    'resit' => $report['resit'] ?? [],
    'hasresit' => !empty($report['resit']),
    'memoire' => $report['memoire'] ?? [],
    'hasmemoire' => !empty($report['memoire']),
    'exportmodules' => $exports['modules'],
    'exportresit' => $exports['resit'],
    'exportmemoire' => $exports['memoire'],
]);
echo $OUTPUT->footer();
