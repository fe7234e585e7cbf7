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
namespace mod_sensportfolio\output;

use mod_sensportfolio\local\entry\entry_repository;
use mod_sensportfolio\local\jury\jury_service;
use mod_sensportfolio\local\referential\referential;
use mod_sensportfolio\local\submission\submission_service;
use renderable;
use renderer_base;
use templatable;

/**
 * The portfolio page. A learner: their status and next step, their draft entries (edit, delete, order), the
 * coverage of their référentiel, the submit button or why they cannot submit. The jury: a link to the submissions.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class view_page implements renderable, templatable {

    /**
     * Constructor.
     *
     * @param \stdClass $instance The activity record.
     * @param \context_module $context
     * @param int $userid The viewer.
     */
    public function __construct(
        /** @var \stdClass Activity. */
        private readonly \stdClass $instance,
        /** @var \context_module Context. */
        private readonly \context_module $context,
        /** @var int Viewer. */
        private readonly int $userid,
    ) {
    }

    /**
     * The learner's status: draft, submitted, underreview, accepted, rejected or deferred.
     *
     * @param \stdClass|null $latest Latest submission.
     * @return string
     */
    public static function status(?\stdClass $latest): string {
        return $latest ? (string)$latest->status : 'draft';
    }

    /**
     * Data for the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $cmid = $this->context->instanceid;
        $data = [
            'name' => format_string($this->instance->name, true, ['context' => $this->context]),
            'intro' => format_module_intro('sensportfolio', $this->instance, $cmid),
            'islearner' => has_capability('mod/sensportfolio:submit', $this->context),
            'isjury' => has_capability('mod/sensportfolio:review', $this->context),
            'submissionsurl' => (new \moodle_url('/mod/sensportfolio/submissions.php', ['id' => $cmid]))->out(false),
            'deliberationurl' => (new \moodle_url('/mod/sensportfolio/deliberation.php', ['id' => $cmid]))->out(false),
        ];
        if ($data['islearner']) {
            $data += $this->learner($output);
        }
        return $data;
    }

    /**
     * The learner's part.
     *
     * @param renderer_base $output
     * @return array
     */
    private function learner(renderer_base $output): array {
        $cmid = $this->context->instanceid;
        $entries = \core\di::get(entry_repository::class)->for_learner((int)$this->instance->id, $this->userid);
        $submissions = \core\di::get(submission_service::class);
        $gate = $submissions->gate($this->instance, $this->userid);
        $latest = $gate['latest'];
        $status = self::status($latest);
        $definition = $gate['programme']['definition'] ?? null;
        $referential = $definition ? referential::for_current_language($definition) : null;
        $labels = $referential ? $referential->options() : [];
        $fs = get_file_storage();
        $list = [];
        foreach (array_values($entries) as $i => $entry) {
            $files = [];
            foreach ($fs->get_area_files($this->context->id, 'mod_sensportfolio', entry_repository::FILEAREA, $entry->id,
                    'filename', false) as $file) {
                $files[] = ['name' => $file->get_filename(), 'url' => \moodle_url::make_pluginfile_url($this->context->id,
                    'mod_sensportfolio', entry_repository::FILEAREA, $entry->id, $file->get_filepath(), $file->get_filename())
                    ->out(false)];
            }
            $items = [];
            foreach (json_decode((string)$entry->competences, true) ?: [] as $id) {
                $items[] = ['label' => $labels[$id] ?? $id];
            }
            $list[] = [
                'id' => (int)$entry->id,
                'title' => format_string($entry->title, true, ['context' => $this->context]),
                'content' => format_text($entry->content, $entry->contentformat, ['context' => $this->context]),
                'date' => $entry->entrydate ? userdate($entry->entrydate, get_string('strftimedate', 'langconfig')) : '',
                'items' => $items,
                'files' => $files,
                'editurl' => (new \moodle_url('/mod/sensportfolio/entry.php', ['id' => $cmid, 'entryid' => $entry->id]))
                    ->out(false),
                'canup' => $i > 0,
                'candown' => $i < count($entries) - 1,
            ];
        }
        $feedback = '';
        if ($latest && in_array($latest->status, jury_service::DECISIONS, true)) {
            // The jury's decision (not a member's review for the president).
            $reviews = array_filter(\core\di::get(jury_service::class)->reviews((int)$latest->id), fn($r) => (int)$r->isfinal);
            $last = end($reviews);
            $feedback = $last ? format_text((string)$last->feedback, FORMAT_PLAIN, ['context' => $this->context]) : '';
        }
        $deadline = (string)($gate['programme']['decision']['deadline'] ?? '');
        $next = self::next_step($status, $gate['allowed'], (bool)$entries, $deadline);
        $coverage = $referential ? $referential->coverage($entries) : null;
        return [
            'status' => get_string('yourstatus', 'mod_sensportfolio', get_string('status:' . $status, 'mod_sensportfolio')),
            'statuscode' => $status,
            'next' => $next,
            'feedback' => $feedback,
            'hasfeedback' => $feedback !== '',
            'hasentries' => (bool)$list,
            'entries' => $list,
            'addurl' => (new \moodle_url('/mod/sensportfolio/entry.php', ['id' => $cmid]))->out(false),
            'actionurl' => (new \moodle_url('/mod/sensportfolio/entry.php'))->out(false),
            'submiturl' => (new \moodle_url('/mod/sensportfolio/submit.php'))->out(false),
            'cmid' => $cmid,
            'sesskey' => sesskey(),
            'cansubmit' => $gate['allowed'],
            'whynot' => $gate['allowed'] ? [] : array_map(fn($r) => ['text' => $r], $gate['reasons']),
            'hascoverage' => $coverage !== null && $coverage['total'] > 0,
            'coverage' => $coverage ? [
                'summary' => get_string('coverage_summary', 'mod_sensportfolio', (object)$coverage),
                'domains' => $coverage['domains'],
            ] : null,
            'submittedhash' => $latest ? $latest->contenthash : '',
            'submitted' => $latest ? userdate($latest->timesubmitted) : '',
        ];
    }

    /**
     * What the learner does next, in words.
     *
     * @param string $status
     * @param bool $cansubmit
     * @param bool $hasentries
     * @param string $deadline YYYY-MM-DD or ''
     * @return string
     */
    public static function next_step(string $status, bool $cansubmit, bool $hasentries, string $deadline): string {
        $a = $deadline === '' ? get_string('nodeadline', 'mod_sensportfolio') : $deadline;
        switch ($status) {
            case 'submitted':
            case 'underreview':
                return get_string('next:waiting', 'mod_sensportfolio');
            case 'accepted':
                return get_string('next:accepted', 'mod_sensportfolio');
            case 'rejected':
            case 'deferred':
                return get_string($cansubmit ? 'next:resubmit' : 'next:closed', 'mod_sensportfolio', $a);
            default:
                if (!$hasentries) {
                    return get_string('next:addentries', 'mod_sensportfolio');
                }
                return get_string($cansubmit ? 'next:submit' : 'next:locked', 'mod_sensportfolio', $a);
        }
    }
}
