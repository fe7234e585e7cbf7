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

namespace local_sens\local\mapping;

/**
 * A mapping change in one course reaches the same learners in the programme's other courses at once (finding 4 of
 * issue 11: it used to wait for the nightly task).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\mapping\mapping_service
 * @covers     \local_sens\local\decision\decision_service
 */
final class mapping_other_courses_test extends \advanced_testcase {

    /**
     * A mapping change in one course recomputes its learners, and their gating follows in the programme's other
     * courses at once (not at the nightly task): the Intermédiaire quiz of course B opens when course A's mapping
     * completes the learner's Débutant.
     */
    public function test_mapping_change_reaches_other_courses(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $a = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        $b = $sens->create_linked_course(['version' => $a->version, 'units' => ['donnees.intermediaire']]);
        $versionid = (int)$a->version->id;
        $service = \core\di::get(mapping_service::class);
        foreach ([$a, $b] as $course) {
            // Each course's own mapping saved once, as a pedagogical engineer does (gating in place).
            $service->save((int)$course->course->id, $versionid, array_values(array_map(fn($cm) => ['cmid' => $cm->id,
                'slot' => $cm->name, 'competences' => []], $course->cms)), (int)get_admin()->id);
        }
        $learner = $this->getDataGenerator()->create_and_enrol($a->course, 'student');
        $this->getDataGenerator()->enrol_user($learner->id, $b->course->id, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $sens->create_attestation(['userid' => $learner->id, 'versionid' => $versionid, 'unit' => 'donnees.debutant',
            'session' => 'S1', 'sessiondate' => \local_sens\local\learner\record_builder::date(time())]);
        // The learner completes five Débutant quizzes and a spare quiz that is not mapped yet.
        $spare = $this->getDataGenerator()->create_module('quiz', ['course' => $a->course->id,
            'completion' => COMPLETION_TRACKING_MANUAL]);
        $last = array_key_last($a->cms);
        $items = [];
        $completion = new \completion_info($a->course);
        foreach ($a->cms as $slot => $cm) {
            if ($slot !== $last) {
                $completion->update_state(get_fast_modinfo($a->course)->get_cm($cm->id), COMPLETION_COMPLETE, $learner->id);
                $items[] = ['cmid' => $cm->id, 'slot' => $slot, 'competences' => []];
            }
        }
        $completion->update_state(get_fast_modinfo($a->course)->get_cm($spare->cmid), COMPLETION_COMPLETE, $learner->id);
        $service->save((int)$a->course->id, $versionid, $items, (int)get_admin()->id);
        $quizb = reset($b->cms)->id;
        $visible = function() use ($b, $learner, $quizb): bool {
            \course_modinfo::clear_instance_cache();
            return get_fast_modinfo($b->course->id, (int)$learner->id)->get_cm($quizb)->uservisible;
        };
        $this->assertFalse($visible(), 'Intermédiaire is locked in course B');

        // Course A's engineer maps the spare quiz to the last Débutant slot.
        $items[] = ['cmid' => (int)$spare->cmid, 'slot' => $last, 'competences' => []];
        $service->save((int)$a->course->id, $versionid, $items, (int)get_admin()->id);

        $this->assertTrue($visible(), 'Intermédiaire opens in course B without waiting for the nightly task');
    }
}
