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

namespace mod_sensportfolio\backup;

/**
 * Backup and restore of a SENS portfolio, with and without user data.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \backup_sensportfolio_activity_structure_step
 * @covers     \restore_sensportfolio_activity_structure_step
 */
final class backup_restore_test extends \advanced_testcase {

    /**
     * Back up a course and restore it into a new course.
     *
     * @param int $courseid
     * @param bool $userdata
     * @return int New course id.
     */
    private function backup_and_restore(int $courseid, bool $userdata): int {
        global $CFG, $USER;
        require_once($CFG->dirroot . '/backup/util/includes/backup_includes.php');
        require_once($CFG->dirroot . '/backup/util/includes/restore_includes.php');
        $CFG->backup_file_logger_level = \backup::LOG_NONE;

        $bc = new \backup_controller(\backup::TYPE_1COURSE, $courseid, \backup::FORMAT_MOODLE, \backup::INTERACTIVE_NO,
            \backup::MODE_IMPORT, $USER->id);
        $bc->get_plan()->get_setting('users')->set_status(\backup_setting::NOT_LOCKED);
        $bc->get_plan()->get_setting('users')->set_value($userdata);
        $backupid = $bc->get_backupid();
        $bc->execute_plan();
        $bc->destroy();

        $newcourseid = \restore_dbops::create_new_course('Restored', 'R' . random_string(4), $this->getDataGenerator()
            ->create_category()->id);
        $rc = new \restore_controller($backupid, $newcourseid, \backup::INTERACTIVE_NO, \backup::MODE_IMPORT, $USER->id,
            \backup::TARGET_NEW_COURSE);
        $rc->get_plan()->get_setting('users')->set_status(\backup_setting::NOT_LOCKED);
        $rc->get_plan()->get_setting('users')->set_value($userdata);
        $this->assertTrue($rc->execute_precheck());
        $rc->execute_plan();
        $rc->destroy();
        return $newcourseid;
    }

    /**
     * Make a course with a portfolio holding one learner's entry (with a file), submission and review.
     *
     * @return array [course, instance, learner, juror]
     */
    private function make_course(): array {
        $this->resetAfterTest();
        $this->setAdminUser();
        $course = $this->getDataGenerator()->create_course();
        $learner = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $juror = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $instance = $generator->create_instance(['course' => $course->id, 'name' => 'Portfolio DU CNS', 'maxfiles' => 3,
            'filetypes' => '.pdf', 'unit' => 'portfolio']);
        $generator->create_entry(['sensportfolioid' => $instance->id, 'userid' => $learner->id, 'title' => 'Atelier',
            'competences' => ['2.1', '2.2'], 'filename' => 'trace.txt', 'entrydate' => 1767225600, 'sortorder' => 2]);
        $submission = $generator->create_submission(['sensportfolioid' => $instance->id, 'userid' => $learner->id,
            'status' => 'accepted', 'snapshot' => '[{"entry":1,"title":"Atelier","files":[]}]', 'filename' => 'copie.txt']);
        $generator->create_review(['submissionid' => $submission->id, 'reviewerid' => $juror->id, 'note' => 'Unanimité']);
        global $DB;
        $sessionid = $DB->insert_record('sensportfolio_session', (object)['sensportfolioid' => $instance->id,
            'name' => 'Jury juin', 'presidentid' => $juror->id, 'members' => 'Jury', 'status' => 'closed',
            'minuteshash' => hash('sha256', '%PDF minutes'), 'timecreated' => 1763900000, 'timeclosed' => 1763990000]);
        $DB->insert_record('sensportfolio_sessiondec', (object)['sessionid' => $sessionid, 'userid' => $learner->id,
            'verdict' => 'in_progress', 'proposal' => 'rejected', 'decision' => 'accepted', 'justification' => 'Dossier complet.',
            'timecreated' => 1763900000]);
        get_file_storage()->create_file_from_string(['contextid' => \context_module::instance($instance->cmid)->id,
            'component' => 'mod_sensportfolio', 'filearea' => 'minutes', 'itemid' => $sessionid, 'filepath' => '/',
            'filename' => 'proces-verbal.pdf'], '%PDF minutes');
        return [$course, $instance, $learner, $juror];
    }

    /**
     * With user data, the activity, entries, files, submissions and reviews come back, linked to each other.
     */
    public function test_backup_restore_with_userdata(): void {
        global $DB;
        [$course, $instance, $learner, $juror] = $this->make_course();
        $newcourseid = $this->backup_and_restore($course->id, true);

        $restored = $DB->get_record('sensportfolio', ['course' => $newcourseid], '*', MUST_EXIST);
        $this->assertNotEquals($instance->id, $restored->id);
        $this->assertSame('Portfolio DU CNS', $restored->name);
        $this->assertSame("Réflexivité\nCouverture du référentiel", $restored->criteria);
        $this->assertSame(['3', '.pdf', 'portfolio'], [$restored->maxfiles, $restored->filetypes, $restored->unit]);
        $entry = $DB->get_record('sensportfolio_entry', ['sensportfolioid' => $restored->id], '*', MUST_EXIST);
        $this->assertEquals($learner->id, $entry->userid);
        $this->assertSame(['2.1', '2.2'], json_decode($entry->competences));
        $this->assertEquals([1767225600, 2], [$entry->entrydate, $entry->sortorder]);
        $submission = $DB->get_record('sensportfolio_submission', ['sensportfolioid' => $restored->id], '*', MUST_EXIST);
        $this->assertSame('accepted', $submission->status);
        $this->assertSame('[{"entry":1,"title":"Atelier","files":[]}]', $submission->snapshot);
        $this->assertSame(hash('sha256', $submission->snapshot), $submission->contenthash);
        $review = $DB->get_record('sensportfolio_review', ['submissionid' => $submission->id], '*', MUST_EXIST);
        $this->assertEquals($juror->id, $review->reviewerid);
        $this->assertSame(['accepted', 'Unanimité'], [$review->decision, $review->note]);

        $cm = get_coursemodule_from_instance('sensportfolio', $restored->id, $newcourseid, false, MUST_EXIST);
        $files = get_file_storage()->get_area_files(\context_module::instance($cm->id)->id, 'mod_sensportfolio', 'entry',
            $entry->id, 'filename', false);
        $this->assertCount(1, $files);
        $this->assertSame('evidence', reset($files)->get_content());
        $copies = get_file_storage()->get_area_files(\context_module::instance($cm->id)->id, 'mod_sensportfolio', 'submission',
            $submission->id, 'filename', false);
        $this->assertSame(['/1/copie.txt' => 'submitted evidence'], array_combine(
            array_map(fn($f) => $f->get_filepath() . $f->get_filename(), array_values($copies)),
            array_map(fn($f) => $f->get_content(), array_values($copies))));

        $session = $DB->get_record('sensportfolio_session', ['sensportfolioid' => $restored->id], '*', MUST_EXIST);
        $this->assertEquals([$juror->id, 'closed'], [$session->presidentid, $session->status]);
        $decision = $DB->get_record('sensportfolio_sessiondec', ['sessionid' => $session->id], '*', MUST_EXIST);
        $this->assertEquals([$learner->id, 'accepted', 'Dossier complet.'],
            [$decision->userid, $decision->decision, $decision->justification]);
        $minutes = get_file_storage()->get_area_files(\context_module::instance($cm->id)->id, 'mod_sensportfolio', 'minutes',
            $session->id, 'id', false);
        $this->assertSame($session->minuteshash, hash('sha256', reset($minutes)->get_content()));
    }

    /**
     * Without user data, only the activity comes back.
     */
    public function test_backup_restore_without_userdata(): void {
        global $DB;
        [$course] = $this->make_course();
        $newcourseid = $this->backup_and_restore($course->id, false);
        $restored = $DB->get_record('sensportfolio', ['course' => $newcourseid], '*', MUST_EXIST);
        $this->assertSame(0, $DB->count_records('sensportfolio_entry', ['sensportfolioid' => $restored->id]));
        $this->assertSame(0, $DB->count_records('sensportfolio_submission', ['sensportfolioid' => $restored->id]));
        $this->assertSame(0, $DB->count_records('sensportfolio_session', ['sensportfolioid' => $restored->id]));
    }
}
