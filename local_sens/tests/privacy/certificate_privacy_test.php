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
use local_sens\local\certification\certificate_service;

/**
 * Privacy of certificates (local_sens_certificate and their PDFs, in the learner's user context): exported with the
 * learner's data; kept on a deletion request (a diploma awarded must stay on record and verifiable), and the
 * metadata says why.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\privacy\provider
 */
final class certificate_privacy_test extends provider_testcase {

    /**
     * A participation certificate is exported with its files, and kept after the learner's data is deleted.
     */
    public function test_export_and_keep(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['programme' => 'mini', 'definition' => ['id' => 'mini', 'version' => '1',
            'title' => 'Mini', 'units' => []]]);
        $learner = $this->getDataGenerator()->create_user();
        $sens->create_enrolment(['userid' => $learner->id, 'versionid' => $version->id]);
        [$certificate] = \core\di::get(certificate_service::class)->issue_many([['userid' => (int)$learner->id,
            'versionid' => (int)$version->id, 'decision' => ['units' => [], 'verdict' => ['code' => 'participation']]]], 0);
        $context = \context_user::instance($learner->id);

        $this->assertEquals([$context->id], provider::get_contexts_for_userid((int)$learner->id)->get_contextids());
        provider::export_user_data(new approved_contextlist($learner, 'local_sens', [$context->id]));
        $path = [get_string('pluginname', 'local_sens'), get_string('privacy:path:certificates', 'local_sens')];
        $data = writer::with_context($context)->get_data($path);
        $this->assertSame('participation', $data->certificates[0]['kind']);
        $this->assertSame($certificate->sha256fr, $data->certificates[0]['sha256fr']);
        $this->assertNotEmpty(writer::with_context($context)->get_files($path));

        provider::delete_data_for_user(new approved_contextlist($learner, 'local_sens', [$context->id]));
        $this->assertTrue($DB->record_exists('local_sens_certificate', ['id' => $certificate->id]));
        $this->assertCount(2, get_file_storage()->get_area_files($context->id, 'local_sens', 'certificate', false, 'id', false));

        $collection = provider::get_metadata(new \core_privacy\local\metadata\collection('local_sens'));
        $described = [];
        foreach ($collection->get_collection() as $item) {
            $described[$item->get_name()] = $item->get_summary();
        }
        $this->assertArrayHasKey('local_sens_certificate', $described);
        $this->assertStringContainsString('kept', get_string($described['local_sens_certificate'], 'local_sens'));
    }
}
