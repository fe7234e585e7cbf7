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

/**
 * Tests of reading référentiel versions.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\programme\programme_version_repository
 * @covers     \local_sens\local\learner\enrolment_repository
 */
final class programme_version_repository_test extends \advanced_testcase {

    /**
     * The latest published version is the published one with the highest number; drafts and other programmes are not.
     */
    public function test_latest_published(): void {
        $this->resetAfterTest();
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $repository = \core\di::get(programme_version_repository::class);
        $this->assertNull($repository->latest_published('du-cns'));

        $v1 = $generator->create_programme_version(['programme' => 'du-cns', 'version' => 1, 'status' => 'published']);
        $generator->create_programme_version(['programme' => 'du-cns', 'version' => 2, 'status' => 'draft']);
        $generator->create_programme_version(['programme' => 'cec-sousse', 'version' => 5, 'status' => 'published']);
        $this->assertEquals($v1->id, $repository->latest_published('du-cns')->id);

        $v3 = $generator->create_programme_version(['programme' => 'du-cns', 'version' => 3, 'status' => 'published']);
        $this->assertEquals($v3->id, $repository->latest_published('du-cns')->id);
        $this->assertSame([3, 1], array_map(fn($v) => (int)$v->version, $repository->published('du-cns')));
        $this->assertSame([3, 2, 1], array_map(fn($v) => (int)$v->version, $repository->for_programme('du-cns')));
        $this->assertSame('du-cns', $repository->get((int)$v3->id)->programme);
    }

    /**
     * A definition is decoded once, then served from the application cache without reading the database.
     */
    public function test_definition_cached(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $version = $generator->create_programme_version(['definition' => ['id' => 'du-cns', 'units' => [['id' => 'u1']],
            'empty' => []]]);
        $repository = \core\di::get(programme_version_repository::class);
        $expected = ['id' => 'du-cns', 'units' => [['id' => 'u1']], 'empty' => []];
        $this->assertSame($expected, $repository->definition((int)$version->id));

        $reads = $DB->perf_get_reads();
        $this->assertSame($expected, \core\di::get(programme_version_repository::class)->definition((int)$version->id));
        $this->assertSame($reads, $DB->perf_get_reads());

        $this->expectException(\dml_missing_record_exception::class);
        $repository->definition((int)$version->id + 1000);
    }

    /**
     * Learners per version.
     */
    public function test_enrolment_counts(): void {
        $this->resetAfterTest();
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $v1 = $generator->create_programme_version();
        $v2 = $generator->create_programme_version();
        foreach (range(1, 2) as $unused) {
            $generator->create_enrolment(['userid' => $this->getDataGenerator()->create_user()->id, 'versionid' => $v1->id]);
        }
        $counts = \core\di::get(\local_sens\local\learner\enrolment_repository::class)->counts_by_version();
        $this->assertSame(2, $counts[$v1->id]);
        $this->assertArrayNotHasKey($v2->id, $counts);
    }
}
