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
 * The My competences block.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Shows the learner's domains × levels of their SENS programme, with reasons.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class block_competences extends block_base {

    /**
     * Set the title.
     */
    public function init() {
        $this->title = get_string('pluginname', 'block_competences');
    }

    /**
     * Where the block can be added: the dashboard and course pages.
     *
     * @return array
     */
    public function applicable_formats() {
        return ['my' => true, 'course-view' => true, 'site' => false, 'mod' => false];
    }

    /**
     * One instance per page.
     *
     * @return bool
     */
    public function instance_allow_multiple() {
        return false;
    }

    /**
     * The block has no settings.
     *
     * @return bool
     */
    public function has_config() {
        return false;
    }

    /**
     * Build the content: the current user's own competences; on a course page, a link to any learner's for those
     * who may see them.
     *
     * @return stdClass
     */
    public function get_content() {
        global $USER;
        if ($this->content !== null) {
            return $this->content;
        }
        $this->content = (object)['text' => '', 'footer' => ''];
        if (!isloggedin() || isguestuser()) {
            return $this->content;
        }
        $courseid = null;
        if ($this->page->course && (int)$this->page->course->id !== (int)SITEID) {
            $courseid = (int)$this->page->course->id;
            $context = \context_course::instance($courseid);
            if (\block_competences\local\permission::can_view_learners($context)) {
                $url = new moodle_url('/blocks/competences/learner.php', ['courseid' => $courseid]);
                $this->content->footer = html_writer::link($url, get_string('viewlearners', 'block_competences'),
                    ['data-region' => 'block_competences-viewlearners']);
            }
            if (!has_capability('local/sens:viewowncompetences', $context)) {
                // Teachers and engineers are not learners of the course: only the link above.
                return $this->content;
            }
        }
        // The dashboard and a learner's course page show the current user's own data, nobody else's.
        $renderable = new \block_competences\output\competences((int)$USER->id, $courseid);
        $this->content->text = $this->page->get_renderer('block_competences')->render($renderable);
        return $this->content;
    }
}
