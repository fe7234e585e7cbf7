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

/**
 * Tests of the course-page notice listing a learner's locked levels with the engine's reasons.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\gating\course_notice
 */
final class course_notice_test extends \advanced_testcase {

    /**
     * A learner sees Intermédiaire locked with the reason naming Débutant, through the hook on the course page; a
     * teacher sees nothing; once Débutant is validated the level leaves the notice.
     */
    public function test_notice(): void {
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant', 'donnees.intermediaire']]);
        \core\di::get(gating_service::class)->sync_course((int)$fixture->course->id);
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $teacher = $this->getDataGenerator()->create_and_enrol($fixture->course, 'editingteacher');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $notice = \core\di::get(course_notice::class);

        $locked = $notice->locked_units($fixture->course, (int)$learner->id);
        $this->assertSame(['donnees.intermediaire'], array_column($locked, 'unit'));
        $this->assertSame('Health data — Applying and processing health data', $locked[0]['title']);
        $this->assertStringContainsString('Fundamentals of health data', $locked[0]['reason']);
        $this->assertSame([], $notice->locked_units($fixture->course, (int)$teacher->id));

        $this->setUser($learner);
        // A fresh page, as a course/view.php request has.
        $GLOBALS['PAGE'] = new \moodle_page();
        $GLOBALS['PAGE']->set_course($fixture->course);
        $GLOBALS['PAGE']->set_pagetype('course-view-topics');
        $GLOBALS['PAGE']->set_url('/course/view.php', ['id' => $fixture->course->id]);
        course_notice::before_http_headers(
            new \core\hook\output\before_http_headers($GLOBALS['PAGE']->get_renderer('core')));
        $messages = array_map(fn($n) => $n->get_message(), \core\notification::fetch());
        $this->assertCount(1, $messages);
        $this->assertStringContainsString('data-unit="donnees.intermediaire"', $messages[0]);

        $this->setAdminUser();
        $completion = new \completion_info($fixture->course);
        foreach ($fixture->cms as $slot => $cm) {
            if (str_starts_with($slot, 'donnees.debutant.')) {
                $completion->update_state(get_fast_modinfo($fixture->course)->get_cm($cm->id), COMPLETION_COMPLETE,
                    $learner->id);
            }
        }
        \core\di::get(\local_sens\local\attestation\attestation_service::class)->record((int)get_admin()->id,
            (int)$learner->id, (int)$fixture->version->id, 'donnees.debutant', 'S1',
            \local_sens\local\learner\record_builder::date(time()), 'passed',
            \context_course::instance($fixture->course->id));
        $this->assertSame([], $notice->locked_units($fixture->course, (int)$learner->id));
    }
}
