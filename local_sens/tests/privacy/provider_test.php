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
 * Tests of the local_sens privacy provider.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\privacy\provider
 */
final class provider_test extends provider_testcase {

    /**
     * Give a learner a row in every learner table, and another learner too.
     *
     * @return array [learner, other learner, version]
     */
    private function make_data(): array {
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $teacher = $this->getDataGenerator()->create_user();
        $learner = $this->getDataGenerator()->create_user();
        $other = $this->getDataGenerator()->create_user();
        $version = $generator->create_programme_version(['createdby' => $teacher->id]);
        foreach ([$learner, $other] as $user) {
            $enrolment = $generator->create_enrolment(['userid' => $user->id, 'versionid' => $version->id]);
            $generator->create_placement(['enrolmentid' => $enrolment->id, 'placedby' => $teacher->id]);
            $generator->create_attestation(['userid' => $user->id, 'versionid' => $version->id, 'recordedby' => $teacher->id]);
            $generator->create_decision(['userid' => $user->id, 'versionid' => $version->id,
                'decision' => ['domains' => [['id' => 'cyber', 'levels' => []]]]]);
            $generator->create_audit(['userid' => $teacher->id, 'relateduserid' => $user->id, 'versionid' => $version->id]);
        }
        return [$learner, $other, $version];
    }

    /**
     * Count a user's learner rows across all tables.
     *
     * @param int $userid
     * @return int
     */
    private function count_rows(int $userid): int {
        global $DB;
        $count = $DB->count_records('local_sens_attestation', ['userid' => $userid])
            + $DB->count_records('local_sens_decision', ['userid' => $userid]);
        $enrolments = $DB->get_records('local_sens_enrolment', ['userid' => $userid]);
        foreach ($enrolments as $enrolment) {
            $count += $DB->count_records('local_sens_placement', ['enrolmentid' => $enrolment->id]);
        }
        return $count + count($enrolments);
    }

    /**
     * Metadata names every table.
     */
    public function test_get_metadata(): void {
        $collection = provider::get_metadata(new \core_privacy\local\metadata\collection('local_sens'));
        $names = array_map(fn($item) => $item->get_name(), $collection->get_collection());
        foreach (['local_sens_progversion', 'local_sens_course', 'local_sens_mapping', 'local_sens_enrolment',
                'local_sens_placement', 'local_sens_attestation', 'local_sens_decision', 'local_sens_audit'] as $table) {
            $this->assertContains($table, $names);
        }
        // The badges of validated levels are core badges (issue 15): linked to Moodle's badges subsystem.
        $this->assertContains('core_badges', $names);
    }

    /**
     * The learner's user context is found, and only for users with data.
     */
    public function test_get_contexts_for_userid(): void {
        [$learner] = $this->make_data();
        $contexts = provider::get_contexts_for_userid($learner->id)->get_contextids();
        $this->assertEquals([\context_user::instance($learner->id)->id], array_values($contexts));
        $nobody = $this->getDataGenerator()->create_user();
        $this->assertEmpty(provider::get_contexts_for_userid($nobody->id)->get_contextids());
        $userlist = new userlist(\context_user::instance($learner->id), 'local_sens');
        provider::get_users_in_context($userlist);
        $this->assertEquals([$learner->id], $userlist->get_userids());
    }

    /**
     * Export writes enrolments with placements, attestations, decisions and audit entries.
     */
    public function test_export_user_data(): void {
        [$learner] = $this->make_data();
        $context = \context_user::instance($learner->id);
        $this->export_context_data_for_user($learner->id, $context, 'local_sens');
        $writer = writer::with_context($context);
        $base = get_string('pluginname', 'local_sens');
        $enrolments = $writer->get_data([$base, get_string('privacy:path:enrolments', 'local_sens')]);
        $this->assertCount(1, $enrolments->enrolments);
        $this->assertSame('2026-03-30', $enrolments->enrolments[0]['startdate']);
        $this->assertCount(1, $enrolments->enrolments[0]['placements']);
        $attestations = $writer->get_data([$base, get_string('privacy:path:attestations', 'local_sens')]);
        $this->assertSame('passed', $attestations->attestations[0]['result']);
        $decisions = $writer->get_data([$base, get_string('privacy:path:decisions', 'local_sens')]);
        $this->assertSame('cyber', $decisions->decisions[0]['decision']->domains[0]->id);
        $audit = $writer->get_data([$base, get_string('privacy:path:audit', 'local_sens')]);
        $this->assertCount(1, $audit->audit);
    }

    /**
     * Deleting for one user removes their rows in every learner table and leaves the other learner's; the audit
     * entries about them stay (the hash chain a diploma rests on, the metadata says why) and the chain still verifies.
     */
    public function test_delete_data_for_user(): void {
        global $DB;
        [$learner, $other] = $this->make_data();
        $this->assertSame(4, $this->count_rows($learner->id));
        $contextlist = new approved_contextlist($learner, 'local_sens', [\context_user::instance($learner->id)->id]);
        provider::delete_data_for_user($contextlist);
        $this->assertSame(0, $this->count_rows($learner->id));
        $this->assertSame(4, $this->count_rows($other->id));
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['relateduserid' => $learner->id]));
        $this->assertTrue(\core\di::get(\local_sens\local\audit\audit_repository::class)->verify()['ok']);
        $metadata = provider::get_metadata(new \core_privacy\local\metadata\collection('local_sens'));
        $audit = array_values(array_filter($metadata->get_collection(), fn($i) => $i->get_name() === 'local_sens_audit'));
        $this->assertStringContainsString('hash-chained', get_string($audit[0]->get_summary(), 'local_sens'));
    }

    /**
     * Deleting a whole user context, and by user list, removes that learner's rows only.
     */
    public function test_delete_for_context_and_userlist(): void {
        [$learner, $other] = $this->make_data();
        provider::delete_data_for_all_users_in_context(\context_user::instance($learner->id));
        $this->assertSame(0, $this->count_rows($learner->id));
        $this->assertSame(4, $this->count_rows($other->id));
        $context = \context_user::instance($other->id);
        provider::delete_data_for_users(new approved_userlist($context, 'local_sens', [$other->id]));
        $this->assertSame(0, $this->count_rows($other->id));
    }
}
