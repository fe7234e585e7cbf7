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

namespace mod_sensportfolio\privacy;

use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;
use core_privacy\tests\provider_testcase;

/**
 * Tests of the mod_sensportfolio privacy provider.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\privacy\provider
 */
final class provider_test extends provider_testcase {

    /**
     * A portfolio with two learners' entries (with files), submissions and jury reviews.
     *
     * @return array [context, learner, other, juror]
     */
    private function make_data(): array {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $instance = $generator->create_instance(['course' => $course->id]);
        $juror = $this->getDataGenerator()->create_user();
        $learner = $this->getDataGenerator()->create_user();
        $other = $this->getDataGenerator()->create_user();
        foreach ([$learner, $other] as $user) {
            $generator->create_entry(['sensportfolioid' => $instance->id, 'userid' => $user->id, 'filename' => 'trace.txt']);
            $submission = $generator->create_submission(['sensportfolioid' => $instance->id, 'userid' => $user->id,
                'filename' => 'copie.txt']);
            $generator->create_review(['submissionid' => $submission->id, 'reviewerid' => $juror->id]);
        }
        return [\context_module::instance($instance->cmid), $learner, $other, $juror, $instance];
    }

    /**
     * Rows and files of a learner.
     *
     * @param int $userid
     * @param \context $context
     * @return int
     */
    private function count_learner(int $userid, \context $context): int {
        global $DB;
        $count = $DB->count_records('sensportfolio_entry', ['userid' => $userid]);
        foreach ($DB->get_records('sensportfolio_submission', ['userid' => $userid]) as $submission) {
            $count += 1 + $DB->count_records('sensportfolio_review', ['submissionid' => $submission->id]);
        }
        $count += $DB->count_records_select('files', "contextid = ? AND component = 'mod_sensportfolio'
            AND filearea IN ('entry', 'submission') AND userid = ? AND filename <> '.'", [$context->id, $userid]);
        return $count;
    }

    /**
     * Metadata names every table.
     */
    public function test_get_metadata(): void {
        $collection = provider::get_metadata(new \core_privacy\local\metadata\collection('mod_sensportfolio'));
        $names = array_map(fn($item) => $item->get_name(), $collection->get_collection());
        foreach (['sensportfolio_entry', 'sensportfolio_submission', 'sensportfolio_review', 'core_files'] as $name) {
            $this->assertContains($name, $names);
        }
    }

    /**
     * Learners and the juror are found in the module context.
     */
    public function test_contexts_and_users(): void {
        [$context, $learner, $other, $juror] = $this->make_data();
        $this->assertEquals([$context->id], array_values(provider::get_contexts_for_userid($learner->id)->get_contextids()));
        $this->assertEquals([$context->id], array_values(provider::get_contexts_for_userid($juror->id)->get_contextids()));
        $userlist = new userlist($context, 'mod_sensportfolio');
        provider::get_users_in_context($userlist);
        $expected = [(int)$learner->id, (int)$other->id, (int)$juror->id];
        $actual = array_map('intval', $userlist->get_userids());
        sort($expected);
        sort($actual);
        $this->assertSame($expected, $actual);
    }

    /**
     * The learner's export holds their entry, file and submission with its review, and not the other learner's.
     */
    public function test_export_user_data(): void {
        global $DB;
        [$context, $learner] = $this->make_data();
        $this->export_context_data_for_user($learner->id, $context, 'mod_sensportfolio');
        $writer = writer::with_context($context);
        $entries = $writer->get_data([get_string('privacy:path:entries', 'mod_sensportfolio')]);
        $this->assertCount(1, $entries->entries);
        $this->assertSame(['2.1'], $entries->entries[0]['competences']);
        $submissions = $writer->get_data([get_string('privacy:path:submissions', 'mod_sensportfolio')]);
        $this->assertCount(1, $submissions->submissions);
        $this->assertSame('accepted', $submissions->submissions[0]['reviews'][0]['decision']);
        // The jury's private note is not the learner's to read.
        $this->assertNull($submissions->submissions[0]['reviews'][0]['note']);
        $submissionid = $DB->get_field('sensportfolio_submission', 'id', ['userid' => $learner->id]);
        $this->assertArrayHasKey('1/copie.txt', $writer->get_files([get_string('privacy:path:submissions', 'mod_sensportfolio'),
            $submissionid]));
        $entryid = $DB->get_field('sensportfolio_entry', 'id', ['userid' => $learner->id]);
        $files = $writer->get_files([get_string('privacy:path:entries', 'mod_sensportfolio'), $entryid]);
        $this->assertArrayHasKey('trace.txt', $files);
    }

    /**
     * Deleting for a learner removes their entries, files, submissions and reviews, not the other's.
     */
    public function test_delete_data_for_user(): void {
        [$context, $learner, $other, $juror] = $this->make_data();
        $this->assertSame(5, $this->count_learner($learner->id, $context));
        provider::delete_data_for_user(new approved_contextlist($learner, 'mod_sensportfolio', [$context->id]));
        $this->assertSame(0, $this->count_learner($learner->id, $context));
        $this->assertSame(5, $this->count_learner($other->id, $context));
    }

    /**
     * Deleting a juror by user list keeps the other learner's decision but removes the juror's id from it.
     */
    public function test_delete_data_for_users_juror(): void {
        global $DB;
        [$context, $learner, $other, $juror] = $this->make_data();
        provider::delete_data_for_users(new approved_userlist($context, 'mod_sensportfolio', [$learner->id, $juror->id]));
        $this->assertSame(0, $this->count_learner($learner->id, $context));
        $this->assertSame(0, $DB->count_records('sensportfolio_review', ['reviewerid' => $juror->id]));
        $this->assertSame(1, $DB->count_records('sensportfolio_review', ['reviewerid' => 0]));
        $this->assertNull($DB->get_field('sensportfolio_review', 'note', ['reviewerid' => 0]));
    }

    /**
     * Deleting the whole context removes everything of the instance.
     */
    public function test_delete_data_for_all_users_in_context(): void {
        global $DB;
        [$context] = $this->make_data();
        provider::delete_data_for_all_users_in_context($context);
        $this->assertSame(0, $DB->count_records('sensportfolio_entry'));
        $this->assertSame(0, $DB->count_records('sensportfolio_submission'));
        $this->assertSame(0, $DB->count_records('sensportfolio_review'));
        $this->assertSame(0, $DB->count_records_select('files', "component = 'mod_sensportfolio'
            AND filearea IN ('entry', 'submission')"));
    }

    /**
     * A candidate's deliberation decision is exported to them and deleted with their data; a president who leaves
     * keeps the session without their id.
     */
    public function test_deliberation_data(): void {
        global $DB;
        [$context, $learner, $other, $juror, $instance] = $this->make_data();
        $sessionid = $DB->insert_record('sensportfolio_session', (object)['sensportfolioid' => $instance->id,
            'name' => 'Jury juin', 'presidentid' => $juror->id, 'members' => 'Jury', 'status' => 'open',
            'timecreated' => 1763900000, 'timeclosed' => 0]);
        foreach ([$learner, $other] as $user) {
            $DB->insert_record('sensportfolio_sessiondec', (object)['sessionid' => $sessionid, 'userid' => $user->id,
                'verdict' => 'in_progress', 'proposal' => 'rejected', 'decision' => 'accepted',
                'justification' => 'Dossier complet.', 'timecreated' => 1763900000]);
        }
        $this->export_context_data_for_user($learner->id, $context, 'mod_sensportfolio');
        $data = writer::with_context($context)->get_data([get_string('privacy:path:deliberations', 'mod_sensportfolio')]);
        $this->assertSame([['session' => 'Jury juin', 'proposal' => 'rejected', 'decision' => 'accepted',
            'justification' => 'Dossier complet.', 'timecreated' => \core_privacy\local\request\transform::datetime(1763900000)]],
            $data->deliberations);

        provider::delete_data_for_users(new approved_userlist($context, 'mod_sensportfolio', [$learner->id, $juror->id]));
        $this->assertSame(0, $DB->count_records('sensportfolio_sessiondec', ['userid' => $learner->id]));
        $this->assertSame(1, $DB->count_records('sensportfolio_sessiondec', ['userid' => $other->id]));
        $this->assertEquals(0, $DB->get_field('sensportfolio_session', 'presidentid', ['id' => $sessionid]));
    }
}
