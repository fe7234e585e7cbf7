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

namespace local_sens\privacy;

use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\writer;
use core_privacy\tests\provider_testcase;
use local_sens\local\gating\open_units_repository;

/**
 * Privacy of the levels open to a learner (local_sens_openunit, in the learner's user context): exported with the
 * learner's data, deleted with it (rows and cached entry); no group membership any more.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\privacy\provider
 */
final class gating_privacy_test extends provider_testcase {

    /**
     * A learner with open levels: exported, deleted (theirs only), the cached entry with them.
     */
    public function test_open_units(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        \core\di::get(\local_sens\local\gating\gating_service::class)->sync_course((int)$fixture->course->id);
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $other = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $context = \context_user::instance($learner->id);
        // The five Débutant levels are open to a new learner.
        $this->assertSame(5, $DB->count_records('local_sens_openunit', ['userid' => $learner->id]));
        $this->assertSame(0, $DB->count_records('groups_members'));
        $repository = \core\di::get(open_units_repository::class);
        $this->assertTrue($repository->is_open((int)$learner->id, 'du-cns', 'donnees.debutant'));

        $this->assertContains((int)$context->id,
            array_map('intval', provider::get_contexts_for_userid((int)$learner->id)->get_contextids()));
        $this->export_context_data_for_user((int)$learner->id, $context, 'local_sens');
        $exported = writer::with_context($context)->get_data([get_string('pluginname', 'local_sens'),
            get_string('privacy:path:openunits', 'local_sens')]);
        $this->assertCount(5, $exported->openunits);
        $this->assertContains(['programme' => 'du-cns', 'unit' => 'donnees.debutant'], $exported->openunits);

        provider::delete_data_for_user(new approved_contextlist($learner, 'local_sens', [$context->id]));
        $this->assertSame(0, $DB->count_records('local_sens_openunit', ['userid' => $learner->id]));
        $this->assertFalse($repository->is_open((int)$learner->id, 'du-cns', 'donnees.debutant'));
        $this->assertSame(5, $DB->count_records('local_sens_openunit', ['userid' => $other->id]));

        $othercontext = \context_user::instance($other->id);
        provider::delete_data_for_users(new approved_userlist($othercontext, 'local_sens', [$other->id]));
        $this->assertSame(0, $DB->count_records('local_sens_openunit', ['userid' => $other->id]));
    }
}
