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

/**
 * Renderer of mod_sensportfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class renderer extends \plugin_renderer_base {

    /**
     * Render the portfolio page.
     *
     * @param view_page $page
     * @return string HTML
     */
    protected function render_view_page(view_page $page): string {
        return $this->render_from_template('mod_sensportfolio/view_page', $page->export_for_template($this));
    }

    /**
     * Render the jury's list of submissions.
     *
     * @param submissions_page $page
     * @return string HTML
     */
    protected function render_submissions_page(submissions_page $page): string {
        return $this->render_from_template('mod_sensportfolio/submissions_page', $page->export_for_template($this));
    }

    /**
     * Render a submission as submitted.
     *
     * @param submission_view $view
     * @return string HTML
     */
    protected function render_submission_view(submission_view $view): string {
        return $this->render_from_template('mod_sensportfolio/submission_view', $view->export_for_template($this));
    }
}
