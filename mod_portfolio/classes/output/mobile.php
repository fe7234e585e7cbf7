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
 * The Moodle app's view of a portfolio activity (db/mobile.php): the same data as the web page (view_page) for the
 * user who asks — never another user's, whatever the app sends — with a submit button calling
 * mod_sensportfolio_submit_portfolio, which the server refuses while the engine keeps the portfolio unit locked.
 * Entries are added and edited on the website.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class mobile {

    /**
     * The activity in the app.
     *
     * @param array $args cmid (and courseid, userid, appversioncode, which are not trusted: the user is the session's)
     * @return array templates, javascript, otherdata, files
     */
    public static function mobile_course_view(array $args): array {
        global $DB, $PAGE, $USER;
        [$course, $cm] = get_course_and_cm_from_cmid((int)$args['cmid'], 'sensportfolio');
        require_login($course, false, $cm, true, true);
        $context = \context_module::instance($cm->id);
        require_capability('mod/sensportfolio:view', $context);
        $instance = $DB->get_record('sensportfolio', ['id' => $cm->instance], '*', MUST_EXIST);

        \mod_sensportfolio\event\course_module_viewed::create(['objectid' => $instance->id, 'context' => $context])
            ->trigger();
        (new \completion_info($course))->set_module_viewed($cm);

        $output = $PAGE->get_renderer('mod_sensportfolio');
        $data = (new view_page($instance, $context, (int)$USER->id))->export_for_template($output);
        $data['cmid'] = (int)$cm->id;
        $data['courseid'] = (int)$course->id;
        return [
            'templates' => [['id' => 'main', 'html' => $output->render_from_template('mod_sensportfolio/mobile_view', $data)]],
            'javascript' => '',
            'otherdata' => '',
        ];
    }
}
