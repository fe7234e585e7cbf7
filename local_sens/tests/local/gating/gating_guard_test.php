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
 * Fail closed: disabling the SENS level restriction while it gates is refused; a gated activity saved without its
 * condition gets it back; the status check reports what the observers cannot see.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\gating\gating_guard
 * @covers     \local_sens\check\gating
 */
final class gating_guard_test extends \advanced_testcase {

    /**
     * Manage restrictions' toggle (enable_plugin) cannot disable availability_sens while activities are gated; the
     * status check fails when it is disabled behind the API's back; without any mapping it can be disabled.
     */
    public function test_disable_refused_while_gating(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.intermediaire']]);
        \core\di::get(gating_service::class)->sync_course((int)$fixture->course->id);
        $this->setAdminUser();

        \core\plugininfo\availability::enable_plugin('sens', 0);

        $this->assertEmpty(get_config('availability_sens', 'disabled'));
        $this->assertArrayHasKey('sens', \core\plugininfo\availability::get_enabled_plugins());
        $messages = array_map(fn($n) => $n->get_message(), \core\notification::fetch());
        $this->assertContains(get_string('gatingdisablerefused', 'local_sens'), $messages);
        $this->assertSame(\core\check\result::OK, (new \local_sens\check\gating())->get_result()->get_status());

        // Behind the API's back (a CLI setting): the status check fails.
        set_config('disabled', 1, 'availability_sens');
        \core_plugin_manager::reset_caches();
        $result = (new \local_sens\check\gating())->get_result();
        $this->assertSame(\core\check\result::ERROR, $result->get_status());
        $this->assertSame(get_string('checkgatingdisabled', 'local_sens', 4), $result->get_summary());
        unset_config('disabled', 'availability_sens');
        \core_plugin_manager::reset_caches();

        // Nothing gated: it may be disabled.
        $DB->delete_records('local_sens_mapping');
        \core\plugininfo\availability::enable_plugin('sens', 0);
        $this->assertNotEmpty(get_config('availability_sens', 'disabled'));
    }

    /**
     * A teacher saves a gated activity without its condition (the form's delete button): it comes back.
     */
    public function test_condition_restored_on_activity_update(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.intermediaire']]);
        \core\di::get(gating_service::class)->sync_course((int)$fixture->course->id);
        $cmid = (int)$fixture->cms['donnees.intermediaire.e1.exercices']->id;
        $before = $DB->get_field('course_modules', 'availability', ['id' => $cmid]);
        $DB->set_field('course_modules', 'availability', null, ['id' => $cmid]);
        rebuild_course_cache((int)$fixture->course->id, true);

        \core\event\course_module_updated::create_from_cm(get_fast_modinfo($fixture->course)->get_cm($cmid))->trigger();

        $this->assertSame($before, $DB->get_field('course_modules', 'availability', ['id' => $cmid]));
    }
}
