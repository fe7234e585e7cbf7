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

namespace local_sens\output;

use local_sens\local\permission;
use local_sens\local\workshop\session_page;
use local_sens\local\workshop\session_service;
use local_sens\local\workshop\sheet_service;

/**
 * The Moodle app's views of local_sens (db/mobile.php): a course's workshop sessions, and a workshop's attestation
 * sheet whose marks are sent in one call to local_sens_save_attestation_sheet, as on the web page. The app calls them
 * through tool_mobile_get_content, which has checked the login; each view checks the capability in the course.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class mobile {

    /**
     * Title of a unit or level in the reader's language.
     *
     * @param array $item
     * @return string
     */
    private static function title(array $item): string {
        return \local_sens\local\decision\presenter::lang() === 'en' && !empty($item['titleEn'])
            ? (string)$item['titleEn'] : (string)$item['title'];
    }

    /**
     * Require that the user may enter a course (what require_login() checks, without setting up the page: the app
     * gets templates, not a page).
     *
     * @param int $courseid
     * @throws \require_login_exception
     */
    private static function require_course_access(int $courseid): void {
        if (!can_access_course(get_course($courseid))) {
            throw new \require_login_exception('Course not accessible');
        }
    }

    /**
     * The handler's start: the course option shows only in the courses where the user may attest.
     *
     * @param array $args
     * @return array restrict (courses), templates, javascript, otherdata
     */
    public static function mobile_init(array $args): array {
        $courses = [];
        foreach (\core\di::get(\local_sens\local\mapping\course_link_repository::class)->courseids() as $courseid) {
            if (permission::can_record_attestation(\context_course::instance((int)$courseid))) {
                $courses[] = (int)$courseid;
            }
        }
        return ['restrict' => ['courses' => $courses], 'templates' => [], 'javascript' => '', 'otherdata' => ''];
    }

    /**
     * The workshop sessions of a course, each workshop opening its sheet.
     *
     * @param array $args courseid
     * @return array templates, javascript, otherdata
     */
    public static function mobile_workshops(array $args): array {
        global $OUTPUT, $USER;
        $courseid = (int)$args['courseid'];
        // tool_mobile_get_content only checked the login to the site: the user must be able to enter the course.
        self::require_course_access($courseid);
        $context = \context_course::instance($courseid);
        permission::require_can_record_attestation($context);
        $service = \core\di::get(session_service::class);
        $programme = $service->course_programme($courseid);
        $sessions = [];
        foreach ($service->sessions($courseid, (int)$USER->id) as $session) {
            // Only the sessions the user may attest at: one they lead, or any with local/sens:attestanysession.
            if (!permission::can_attest_session($session)) {
                continue;
            }
            $workshops = [];
            foreach ($programme === null ? [] : session_service::sheets($programme['definition'], $session) as $w) {
                $workshops[] = ['sessionid' => $session->id, 'workshop' => $w['id'], 'title' => self::title($w)];
            }
            $sessions[] = ['key' => $session->sessionkey, 'title' => format_string($session->title),
                'when' => $session->timestart > 0 ? userdate($session->timestart) : get_string('session:notdated', 'local_sens'),
                'room' => $session->room, 'workshops' => $workshops];
        }
        return [
            'templates' => [['id' => 'main', 'html' => $OUTPUT->render_from_template('local_sens/mobile_workshops',
                ['sessions' => $sessions])]],
            'javascript' => '',
            'otherdata' => '',
        ];
    }

    /**
     * The sheet of a workshop: one item per expected learner with the two marks; one call saves them all.
     *
     * @param array $args sessionid, workshop
     * @return array templates, javascript, otherdata (rows: the marks the template binds and sends)
     */
    public static function mobile_sheet(array $args): array {
        global $OUTPUT, $USER;
        // The session's opening as on the sheet page, without require_login() (the app has logged in; the course
        // access is checked just below).
        $session = session_page::session((int)$args['sessionid']);
        self::require_course_access((int)$session->courseid);
        permission::require_can_attest_session($session);
        $sheets = \core\di::get(sheet_service::class);
        $workshop = $sheets->workshop($session, (string)$args['workshop']);
        if ($workshop === null) {
            throw new \moodle_exception('sheet:errorworkshop', 'local_sens', '', s((string)$args['workshop']));
        }
        $levels = [];
        foreach ($workshop['definition']['levels'] ?? [] as $level) {
            $levels[$level['id']] = self::title($level);
        }
        $rows = [];
        $learners = [];
        $expected = $sheets->sheet($session, $workshop)['expected'];
        $cosign = \core\di::get(\local_sens\local\workshop\cosign_service::class);
        $signatures = $cosign->signatures(array_values(array_filter(array_column($expected, 'latest'))));
        foreach ($expected as $i => $row) {
            $latest = $row['latest'];
            $marks = $latest === null ? [] : (json_decode((string)$latest->marks, true) ?: []);
            $rows[] = ['userid' => (int)$row['user']->id, 'unit' => $row['unit'], 'present' => !empty($marks['present']),
                'passed' => !empty($marks['passed']), 'note' => (string)($latest->note ?? ''), 'reason' => '',
                'key' => ''];
            $learners[] = ['index' => $i, 'fullname' => fullname($row['user']), 'attested' => $latest !== null,
                'level' => $levels[substr($row['unit'], (int)strrpos($row['unit'], '.') + 1)] ?? $row['unit'],
            // A pass the programme wants co-signed and that lacks signatures: say so, and offer another lead to sign.
            ] + \local_sens\local\workshop\cosign_service::row_status($latest, $workshop['definition'], $signatures,
                (int)$USER->id);
        }
        return [
            'templates' => [['id' => 'main', 'html' => $OUTPUT->render_from_template('local_sens/mobile_sheet', [
                'sessionid' => $session->id, 'workshop' => $workshop['id'], 'title' => self::title($workshop),
                'learners' => $learners,
            ])]],
            'javascript' => '',
            'otherdata' => ['rows' => json_encode($rows)],
        ];
    }
}
