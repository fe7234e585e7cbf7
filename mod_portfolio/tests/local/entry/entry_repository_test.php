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
namespace mod_sensportfolio\local\entry;

/**
 * Tests of a learner's entries: add, edit, delete, order, files within the activity's limits; another learner's
 * entry or an unknown référentiel item is refused and nothing changes.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\local\entry\entry_repository
 */
final class entry_repository_test extends \advanced_testcase {

    /**
     * A portfolio in a plain course with a learner.
     *
     * @param array $record Activity fields.
     * @return array [instance record, context, learner, course]
     */
    private function portfolio(array $record = []): array {
        global $DB;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $learner = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $module = $this->getDataGenerator()->create_module('sensportfolio', ['course' => $course->id] + $record);
        $instance = $DB->get_record('sensportfolio', ['id' => $module->id], '*', MUST_EXIST);
        return [$instance, \context_module::instance($module->cmid), $learner, $course];
    }

    /**
     * A draft area of the current user with the given files (name => content).
     *
     * @param array $files
     * @return int Draft item id.
     */
    private function draft(array $files): int {
        global $USER;
        $draftid = file_get_unused_draft_itemid();
        foreach ($files as $name => $content) {
            get_file_storage()->create_file_from_string(['contextid' => \context_user::instance($USER->id)->id,
                'component' => 'user', 'filearea' => 'draft', 'itemid' => $draftid, 'filepath' => '/', 'filename' => $name],
                $content);
        }
        return $draftid;
    }

    /**
     * Add with a file, edit, order and delete; the files follow.
     */
    public function test_add_edit_order_delete(): void {
        [$instance, $context, $learner, $course] = $this->portfolio();
        $this->setUser($learner);
        $repo = \core\di::get(entry_repository::class);
        $options = entry_repository::file_options($instance, $course);
        $first = $repo->save((object)['title' => 'Atelier', 'content_editor' => ['text' => '<p>Texte</p>', 'format' => FORMAT_HTML],
            'entrydate' => 1767225600, 'competences' => ['mc1.d1'], 'attachments_filemanager' => $this->draft(['a.txt' => 'A'])],
            (int)$instance->id, (int)$learner->id, $context, $options, ['mc1.d1', 'mc1.d2']);
        $second = $repo->save((object)['title' => 'Stage', 'content' => 'x', 'competences' => []],
            (int)$instance->id, (int)$learner->id, $context, $options, ['mc1.d1']);
        $this->assertSame([$first, $second], array_map(fn($e) => (int)$e->id, $repo->for_learner((int)$instance->id,
            (int)$learner->id)));
        $files = get_file_storage()->get_area_files($context->id, 'mod_sensportfolio', 'entry', $first, 'filename', false);
        $this->assertSame(['a.txt'], array_values(array_map(fn($f) => $f->get_filename(), $files)));
        $entry = $repo->get_own($first, (int)$instance->id, (int)$learner->id);
        $this->assertSame(['mc1.d1'], json_decode($entry->competences));
        $this->assertEquals(1767225600, $entry->entrydate);

        $repo->save((object)['id' => $first, 'title' => 'Atelier revu', 'content' => 'y', 'competences' => ['mc1.d2']],
            (int)$instance->id, (int)$learner->id, $context, $options, ['mc1.d1', 'mc1.d2']);
        $this->assertSame('Atelier revu', $repo->get_own($first, (int)$instance->id, (int)$learner->id)->title);

        $repo->move($second, (int)$instance->id, (int)$learner->id, -1);
        $this->assertSame([$second, $first], array_map(fn($e) => (int)$e->id, $repo->for_learner((int)$instance->id,
            (int)$learner->id)));

        $repo->delete($first, (int)$instance->id, (int)$learner->id, $context);
        $this->assertCount(1, $repo->for_learner((int)$instance->id, (int)$learner->id));
        $this->assertSame([], get_file_storage()->get_area_files($context->id, 'mod_sensportfolio', 'entry', $first));
    }

    /**
     * Another learner's entry is not found for editing, deleting or moving; it does not change.
     */
    public function test_other_learners_entry_refused(): void {
        global $DB;
        [$instance, $context, $learner, $course] = $this->portfolio();
        $other = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $entry = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio')->create_entry([
            'sensportfolioid' => $instance->id, 'userid' => $other->id, 'title' => 'Pas à toi']);
        $repo = \core\di::get(entry_repository::class);
        $this->setUser($learner);
        $calls = [
            fn() => $repo->save((object)['id' => $entry->id, 'title' => 'Pris', 'competences' => []], (int)$instance->id,
                (int)$learner->id, $context, [], []),
            fn() => $repo->delete((int)$entry->id, (int)$instance->id, (int)$learner->id, $context),
            fn() => $repo->move((int)$entry->id, (int)$instance->id, (int)$learner->id, 1),
            fn() => $repo->get_own((int)$entry->id, (int)$instance->id + 1, (int)$other->id),
        ];
        foreach ($calls as $i => $call) {
            try {
                $call();
                $this->fail("call $i accepted another learner's entry");
            } catch (\moodle_exception $e) {
                $this->assertSame('entrynotfound', $e->errorcode);
            }
        }
        $this->assertSame('Pas à toi', $DB->get_field('sensportfolio_entry', 'title', ['id' => $entry->id]));
        $this->assertSame(1, $DB->count_records('sensportfolio_entry'));
    }

    /**
     * An unknown référentiel item, an empty title, too many files, a file too large or of a refused type: refused,
     * naming the field, nothing stored.
     */
    public function test_bad_input_refused(): void {
        global $DB;
        [$instance, $context, $learner, $course] = $this->portfolio(['maxfiles' => 1, 'maxbytes' => 10, 'filetypes' => '.pdf']);
        $this->setUser($learner);
        $repo = \core\di::get(entry_repository::class);
        $options = entry_repository::file_options($instance, $course);
        $cases = [
            'competences' => ['title' => 'T', 'competences' => ['zz.9']],
            'title' => ['title' => '  ', 'competences' => []],
            'files: at most 1' => ['title' => 'T', 'competences' => [],
                'attachments_filemanager' => $this->draft(['a.pdf' => 'A', 'b.pdf' => 'B'])],
            'larger than' => ['title' => 'T', 'competences' => [],
                'attachments_filemanager' => $this->draft(['big.pdf' => str_repeat('x', 11)])],
            'accepted type' => ['title' => 'T', 'competences' => [],
                'attachments_filemanager' => $this->draft(['virus.exe' => 'x'])],
        ];
        foreach ($cases as $expected => $data) {
            try {
                $repo->save((object)$data, (int)$instance->id, (int)$learner->id, $context, $options, ['mc1.d1']);
                $this->fail("$expected: accepted");
            } catch (\invalid_parameter_exception $e) {
                $this->assertStringContainsString($expected, $e->getMessage());
            }
        }
        $this->assertSame(0, $DB->count_records('sensportfolio_entry'));
        $this->assertSame([], get_file_storage()->get_area_files($context->id, 'mod_sensportfolio', 'entry'));
    }
}
