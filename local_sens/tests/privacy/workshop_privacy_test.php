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
use core_privacy\local\request\writer;
use core_privacy\tests\provider_testcase;
use local_sens\local\workshop\session_service;
use local_sens\local\workshop\sheet_service;

/**
 * Privacy of the workshop tables: a lead's sessions and a learner's sheet rows (marks, comment, correction) are
 * exported in their user context and deleted with it.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\privacy\provider
 */
final class workshop_privacy_test extends provider_testcase {

    /**
     * Export and delete of a lead's sessions and of a learner's sheet rows.
     */
    public function test_export_and_delete(): void {
        global $DB;
        $this->resetAfterTest();
        $gen = $this->getDataGenerator();
        $fixture = $gen->get_plugin_generator('local_sens')->create_linked_course(['units' => ['donnees.debutant']]);
        $lead = $gen->create_and_enrol($fixture->course, 'editingteacher');
        $learner = $gen->create_and_enrol($fixture->course, 'student');
        $this->getDataGenerator()->get_plugin_generator('local_sens')->run_pending_recomputes();
        $service = \core\di::get(session_service::class);
        $sessions = $service->sessions((int)$fixture->course->id, (int)$lead->id);
        $s1 = reset($sessions);
        $service->update($s1, time() - 60, 0, 'B12', [(int)$lead->id], (int)$lead->id);
        $s1 = \core\di::get(\local_sens\local\workshop\session_repository::class)->get($s1->id);
        \core\di::get(sheet_service::class)->save($s1, 'donnees', [['userid' => (int)$learner->id, 'unit' => 'donnees.debutant',
            'present' => true, 'passed' => false, 'note' => 'À revoir', 'reason' => '', 'key' => '']], (int)$lead->id);

        $leadcontext = \context_user::instance($lead->id);
        $contexts = array_map('intval', provider::get_contexts_for_userid((int)$lead->id)->get_contextids());
        $this->assertContains((int)$leadcontext->id, $contexts);
        provider::export_user_data(new approved_contextlist($lead, 'local_sens', [$leadcontext->id]));
        $data = writer::with_context($leadcontext)->get_data([get_string('pluginname', 'local_sens'),
            get_string('privacy:path:sessions', 'local_sens')]);
        $this->assertSame('S1', $data->sessions[0]['session']);
        $this->assertSame('B12', $data->sessions[0]['room']);

        $learnercontext = \context_user::instance($learner->id);
        provider::export_user_data(new approved_contextlist($learner, 'local_sens', [$learnercontext->id]));
        $data = writer::with_context($learnercontext)->get_data([get_string('pluginname', 'local_sens'),
            get_string('privacy:path:attestations', 'local_sens')]);
        $this->assertSame('À revoir', $data->attestations[0]['note']);
        $this->assertSame([], $data->attestations[0]['cosignedby']);

        // A co-signature (a second lead's, who and when) is exported with the learner's attestation and deleted with it.
        $second = $gen->create_and_enrol($fixture->course, 'teacher');
        $attestationid = (int)$DB->get_field('local_sens_attestation', 'id', ['userid' => $learner->id]);
        \core\di::get(\local_sens\local\attestation\cosignature_repository::class)->insert_many([
            ['attestationid' => $attestationid, 'userid' => (int)$second->id, 'timecreated' => time()]]);
        writer::reset();
        provider::export_user_data(new approved_contextlist($learner, 'local_sens', [$learnercontext->id]));
        $data = writer::with_context($learnercontext)->get_data([get_string('pluginname', 'local_sens'),
            get_string('privacy:path:attestations', 'local_sens')]);
        $this->assertCount(1, $data->attestations[0]['cosignedby']);
        $this->assertEquals($second->id, $data->attestations[0]['cosignedby'][0]['by']);

        provider::delete_data_for_user(new approved_contextlist($lead, 'local_sens', [$leadcontext->id]));
        $this->assertSame(0, $DB->count_records('local_sens_sessionlead', ['userid' => $lead->id]));
        provider::delete_data_for_all_users_in_context($learnercontext);
        $this->assertSame(0, $DB->count_records('local_sens_attestation', ['userid' => $learner->id]));
        $this->assertSame(0, $DB->count_records('local_sens_cosignature', ['attestationid' => $attestationid]));
    }
}
