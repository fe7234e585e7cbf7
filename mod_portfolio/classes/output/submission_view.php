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

use mod_sensportfolio\local\referential\referential;
use mod_sensportfolio\local\submission\submission_service;
use renderable;
use renderer_base;
use templatable;

/**
 * A submission as submitted: the snapshot's entries and the copied files, the content hash and whether it still
 * matches, the référentiel items by their titles.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class submission_view implements renderable, templatable {

    /**
     * Constructor.
     *
     * @param \stdClass $submission
     * @param \context_module $context
     * @param array|null $definition The learner's programme definition (item titles), or null.
     */
    public function __construct(
        /** @var \stdClass Submission. */
        private readonly \stdClass $submission,
        /** @var \context_module Context. */
        private readonly \context_module $context,
        /** @var array|null Programme definition. */
        private readonly ?array $definition,
    ) {
    }

    /**
     * Data for the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $labels = $this->definition ? referential::for_current_language($this->definition)->options() : [];
        $entries = [];
        foreach (json_decode((string)$this->submission->snapshot, true) ?: [] as $entry) {
            $files = [];
            foreach ($entry['files'] as $file) {
                $files[] = ['name' => $file['name'], 'size' => display_size($file['size']),
                    'url' => \moodle_url::make_pluginfile_url($this->context->id, 'mod_sensportfolio',
                        submission_service::FILEAREA, $this->submission->id, $file['path'], $file['name'])->out(false)];
            }
            $entries[] = [
                'title' => format_string($entry['title'], true, ['context' => $this->context]),
                'content' => format_text($entry['content'], $entry['contentformat'], ['context' => $this->context]),
                'date' => $entry['entrydate'] ? userdate($entry['entrydate'], get_string('strftimedate', 'langconfig')) : '',
                'items' => array_map(fn($id) => ['label' => $labels[$id] ?? $id], $entry['competences']),
                'files' => $files,
            ];
        }
        $service = \core\di::get(submission_service::class);
        return [
            'timesubmitted' => userdate($this->submission->timesubmitted),
            'contenthash' => $this->submission->contenthash,
            'intact' => $service->verify($this->submission, $this->context),
            'entries' => $entries,
        ];
    }
}
