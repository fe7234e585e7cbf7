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
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;
use core_privacy\tests\provider_testcase;

/**
 * Privacy of the level-gating group memberships managed by local_sens (course contexts, through core_group).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\privacy\provider
 */
final class gating_privacy_test extends provider_testcase {

    /**
     * A learner with gating memberships: found in the course context, exported, deleted (theirs only).
     */
    public function test_gating_memberships(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $fixture = $sens->create_linked_course(['units' => ['donnees.debutant']]);
        \core\di::get(\local_sens\local\gating\gating_service::class)->sync_course((int)$fixture->course->id);
        $learner = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $other = $this->getDataGenerator()->create_and_enrol($fixture->course, 'student');
        $context = \context_course::instance($fixture->course->id);
        $this->assertSame(5, $DB->count_records('groups_members', ['userid' => $learner->id, 'component' => 'local_sens']));

        $contexts = provider::get_contexts_for_userid((int)$learner->id)->get_contextids();
        $this->assertContains((int)$context->id, array_map('intval', $contexts));
        $userlist = new userlist($context, 'local_sens');
        provider::get_users_in_context($userlist);
        $this->assertEqualsCanonicalizing([(int)$learner->id, (int)$other->id], array_map('intval', $userlist->get_userids()));

        // The privacy manager exports as the user concerned (core_group reads $USER).
        $this->setUser($learner);
        $this->export_context_data_for_user((int)$learner->id, $context, 'local_sens');
        $exported = writer::with_context($context)->get_data([get_string('pluginname', 'local_sens'),
            get_string('groups', 'core_group')]);
        $this->assertCount(5, $exported->groups);

        provider::delete_data_for_user(new approved_contextlist($learner, 'local_sens', [$context->id]));
        $this->assertSame(0, $DB->count_records('groups_members', ['userid' => $learner->id]));
        $this->assertSame(5, $DB->count_records('groups_members', ['userid' => $other->id]));

        provider::delete_data_for_users(new approved_userlist($context, 'local_sens', [$other->id]));
        $this->assertSame(0, $DB->count_records('groups_members', ['userid' => $other->id]));
    }
}
