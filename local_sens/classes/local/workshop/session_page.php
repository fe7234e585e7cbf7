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

namespace local_sens\local\workshop;

use context_course;
use local_sens\local\permission;
use moodle_url;
use stdClass;

/**
 * The opening every page of a workshop or teaching session shares (sheet.php, export.php, attendance_import.php,
 * session.php; the mobile sheet loads its session here too): the session of the request or a clear error, the
 * login to the session's course, the capability the page needs there, then the page set up in that course.
 *
 * The course is the session's own (never a parameter), so the session belongs to the context the capability is
 * checked in. A page that writes still checks its session key itself (export.php with require_sesskey(), the forms
 * through moodleform).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session_page {

    /** @var string A lead of the session, or local/sens:attestanysession (permission::require_can_attest_session). */
    public const ATTEST = 'attest';

    /** @var string local/sens:recordattestation in the course (permission::require_can_record_attestation). */
    public const RECORD = 'record';

    /** @var string May date and place the course's sessions (permission::require_can_manage_workshops). */
    public const MANAGE = 'manage';

    /**
     * The session row of an id, or the page's error naming it.
     *
     * @param int $sessionid
     * @return stdClass Row of local_sens_session.
     * @throws \moodle_exception sheet:errorsession when there is no such session
     */
    public static function session(int $sessionid): stdClass {
        $session = \core\di::get(session_repository::class)->get($sessionid);
        if ($session === null) {
            throw new \moodle_exception('sheet:errorsession', 'local_sens', '', $sessionid);
        }
        return $session;
    }

    /**
     * Opens a session page: the session, require_login() on its course, then the capability the page needs.
     *
     * @param int $sessionid
     * @param string $need self::ATTEST, self::RECORD or self::MANAGE
     * @return array [stdClass $session, stdClass $course, context_course $context]
     */
    public static function open(int $sessionid, string $need): array {
        $session = self::session($sessionid);
        $course = get_course($session->courseid);
        require_login($course);
        $context = context_course::instance($course->id);
        self::require_need($need, $session, $context);
        return [$session, $course, $context];
    }

    /**
     * Opens a page about a course's sessions before any exists (a new teaching session): require_login() on the
     * course, then the capability the page needs (ATTEST needs a session: not accepted here).
     *
     * @param int $courseid
     * @param string $need self::RECORD or self::MANAGE
     * @return array [stdClass $course, context_course $context]
     */
    public static function open_course(int $courseid, string $need): array {
        $course = get_course($courseid);
        require_login($course);
        $context = context_course::instance($course->id);
        self::require_need($need, null, $context);
        return [$course, $context];
    }

    /**
     * The capability a page needs, checked in the session's course.
     *
     * @param string $need self::ATTEST, self::RECORD or self::MANAGE
     * @param stdClass|null $session The session (required for ATTEST).
     * @param context_course $context The session's course.
     */
    private static function require_need(string $need, ?stdClass $session, context_course $context): void {
        match (true) {
            $need === self::ATTEST && $session !== null => permission::require_can_attest_session($session),
            $need === self::RECORD => permission::require_can_record_attestation($context),
            $need === self::MANAGE => permission::require_can_manage_workshops($context),
            default => throw new \coding_exception("session_page: unknown need '{$need}'"),
        };
    }

    /**
     * Sets up the page in the course: its URL, the course context, the in-course layout, its title, the course's
     * name as heading, and the navigation bar Workshops (the course's sessions) › the given crumbs.
     *
     * @param moodle_url $url This page.
     * @param stdClass $course
     * @param context_course $context
     * @param string $title The browser title.
     * @param array $crumbs Each [text, ?moodle_url] after "Workshops".
     */
    public static function setup(moodle_url $url, stdClass $course, context_course $context, string $title,
            array $crumbs): void {
        global $PAGE;
        $PAGE->set_url($url);
        $PAGE->set_context($context);
        $PAGE->set_pagelayout('incourse');
        $PAGE->set_title($title);
        $PAGE->set_heading(format_string($course->fullname));
        $PAGE->navbar->add(get_string('workshops:title', 'local_sens'), new moodle_url('/local/sens/workshops.php',
            ['courseid' => $course->id]));
        foreach ($crumbs as [$text, $link]) {
            $PAGE->navbar->add($text, $link);
        }
    }
}
