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

namespace local_sens\local\gating;

use local_sens\local\decision\presenter;
use local_sens\local\learner\learner_repository;
use local_sens\local\mapping\mapping_repository;
use local_sens\local\programme\programme_version_repository;

/**
 * On a course page, tells a learner which levels of the course are locked for them and why (the engine's reasons,
 * in their language), all in one place; each restricted activity also says it (availability_sens).
 *
 * Shown in Moodle's notification area of the course page (course_content_header), from the before_http_headers hook.
 * Reads the learner's cached open-unit entry (the one availability_sens reads): one database read per page view
 * (the course's programme) once the caches are warm.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class course_notice {

    /**
     * Constructor.
     *
     * @param learner_repository $learners
     * @param programme_version_repository $versions
     * @param mapping_repository $mappings
     * @param open_units_repository $openunits
     */
    public function __construct(
        /** @var learner_repository Learner data. */
        private readonly learner_repository $learners,
        /** @var programme_version_repository Programme versions. */
        private readonly programme_version_repository $versions,
        /** @var mapping_repository Mapping of activities. */
        private readonly mapping_repository $mappings,
        /** @var open_units_repository Learners' open and locked units. */
        private readonly open_units_repository $openunits,
    ) {
    }

    /**
     * Hook callback: on a course's main page, queue the notice for the current user.
     *
     * @param \core\hook\output\before_http_headers $hook
     */
    public static function before_http_headers(\core\hook\output\before_http_headers $hook): void {
        global $PAGE, $USER;
        if (during_initial_install() || !isloggedin() || isguestuser() || empty($PAGE->course->id)
                || (int)$PAGE->course->id === SITEID || !str_starts_with((string)$PAGE->pagetype, 'course-view-')
                || !$PAGE->has_set_url() || !$PAGE->url->compare(new \moodle_url('/course/view.php'), URL_MATCH_BASE)) {
            // Only the course page itself (user/view.php in a course has a course-view- page type too).
            return;
        }
        $html = \core\di::get(self::class)->html($PAGE->course, (int)$USER->id, $hook->renderer);
        if ($html !== null) {
            \core\notification::add($html, \core\output\notification::NOTIFY_INFO);
        }
    }

    /**
     * The locked levels of a course for a learner, with the first reason of each.
     *
     * @param \stdClass $course
     * @param int $userid
     * @return array[] Each: unit (id), title, reason (text in the current language).
     */
    public function locked_units(\stdClass $course, int $userid): array {
        $context = \context_course::instance($course->id);
        if (has_capability('moodle/course:ignoreavailabilityrestrictions', $context, $userid)) {
            // Not restricted by the conditions (teachers).
            return [];
        }
        $programme = $this->learners->programme_of_course((int)$course->id);
        $entry = $programme === null ? null : ($this->openunits->entry($userid)[$programme] ?? null);
        if ($entry === null || !$entry['locked']) {
            return [];
        }
        $versionid = (int)$entry['versionid'];
        $definition = $this->versions->definition($versionid);
        $slots = array_column($definition['slots'] ?? [], 'unit', 'id');
        $mapped = [];
        foreach (array_keys($this->mappings->for_version_course($versionid, (int)$course->id)) as $slot) {
            if (isset($slots[$slot])) {
                $mapped[$slots[$slot]] = true;
            }
        }
        $presenter = presenter::for_decision($definition,
            ['units' => [['reasons' => array_values(array_filter($entry['locked']))]]]);
        $locked = [];
        foreach ($entry['locked'] as $unit => $reason) {
            if (!isset($mapped[$unit])) {
                continue;
            }
            $locked[] = [
                'unit' => (string)$unit,
                'title' => gating_service::title($definition, (string)$unit, presenter::lang()) ?? (string)$unit,
                'reason' => $reason === null ? '' : $presenter->text($reason),
            ];
        }
        return $locked;
    }

    /**
     * The notice's HTML, or null when nothing is locked.
     *
     * @param \stdClass $course
     * @param int $userid
     * @param \renderer_base $renderer
     * @return string|null
     */
    public function html(\stdClass $course, int $userid, \renderer_base $renderer): ?string {
        $units = $this->locked_units($course, $userid);
        if (!$units) {
            return null;
        }
        return $renderer->render_from_template('local_sens/gating_notice', [
            'heading' => get_string('gatingnotice', 'local_sens'),
            'units' => $units,
        ]);
    }
}
