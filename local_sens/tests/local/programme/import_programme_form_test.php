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
namespace local_sens\local\programme;

use local_sens\form\import_programme_form;

/**
 * Tests of the import form: exactly one source, a file or pasted JSON.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\form\import_programme_form
 */
final class import_programme_form_test extends \advanced_testcase {

    /**
     * A draft area holding one uploaded JSON file.
     *
     * @param string $content
     * @return int Draft item id.
     */
    private static function draft_file(string $content): int {
        global $USER;
        $draftitemid = file_get_unused_draft_itemid();
        get_file_storage()->create_file_from_string([
            'contextid' => \context_user::instance($USER->id)->id, 'component' => 'user', 'filearea' => 'draft',
            'itemid' => $draftitemid, 'filepath' => '/', 'filename' => 'programme.json',
        ], $content);
        return $draftitemid;
    }

    /**
     * Pasted JSON alone or a file alone is accepted and given back; neither or both is refused with a message.
     */
    public function test_sources(): void {
        $this->resetAfterTest();
        $this->setAdminUser();

        import_programme_form::mock_submit(['definitionjson' => '{"id": "x"}', 'definitionfile' => 0]);
        $this->assertSame('{"id": "x"}', (new import_programme_form())->get_json());

        import_programme_form::mock_submit(['definitionjson' => '', 'definitionfile' => self::draft_file('{"id": "f"}')]);
        $this->assertSame('{"id": "f"}', (new import_programme_form())->get_json());

        import_programme_form::mock_submit(['definitionjson' => '  ', 'definitionfile' => 0]);
        $form = new import_programme_form();
        $this->assertNull($form->get_json());
        $this->assertSame(['definitionfile' => get_string('programmes:nosource', 'local_sens')],
            $form->validation(['definitionjson' => '  ', 'definitionfile' => 0], []));

        $both = ['definitionjson' => '{"id": "x"}', 'definitionfile' => self::draft_file('{"id": "f"}')];
        import_programme_form::mock_submit($both);
        $form = new import_programme_form();
        $this->assertNull($form->get_json());
        $this->assertSame(['definitionjson' => get_string('programmes:twosources', 'local_sens')], $form->validation($both, []));
    }
}
