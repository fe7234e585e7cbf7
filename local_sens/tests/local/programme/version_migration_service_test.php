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
 * Tests of moving learners between published versions of a programme.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\programme\version_migration_service
 */
final class version_migration_service_test extends \advanced_testcase {

    /**
     * Text of a programme file of the engine.
     *
     * @param string $name File name under rules-engine/programmes, without .json.
     * @return string
     */
    private static function programme(string $name): string {
        $root = getenv('SENS_ROOT') ?: dirname(__DIR__, 4);
        $file = "$root/rules-engine/programmes/$name.json";
        if (!is_file($file)) {
            throw new \coding_exception("No $file: set SENS_ROOT to the SENS repository");
        }
        return file_get_contents($file);
    }

    /**
     * Three versions of du-cns (v1 and v2 published, v3 draft) and one of another programme.
     *
     * @return \stdClass[] v1, v2, v3, other
     */
    private function versions(): array {
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        // Real definitions: the migration recomputes decisions with the engine.
        $ducns = self::programme('du-cns');
        return [
            $generator->create_programme_version(['programme' => 'du-cns', 'version' => 1, 'status' => 'published',
                'definition' => $ducns]),
            $generator->create_programme_version(['programme' => 'du-cns', 'version' => 2, 'status' => 'published',
                'definition' => $ducns]),
            $generator->create_programme_version(['programme' => 'du-cns', 'version' => 3, 'status' => 'draft',
                'definition' => $ducns]),
            $generator->create_programme_version(['programme' => 'cec-sousse', 'version' => 1, 'status' => 'published',
                'definition' => self::programme('cec-sousse')]),
        ];
    }

    /**
     * The enrolment moves to the new version with its attestations; the old decision goes; the move is audited.
     */
    public function test_migrate(): void {
        global $DB;
        $this->resetAfterTest();
        $this->mock_clock_with_frozen(1767225600);
        [$v1, $v2] = $this->versions();
        $admin = $this->getDataGenerator()->create_user();
        $learner = $this->getDataGenerator()->create_user();
        $other = $this->getDataGenerator()->create_user();
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $enrolment = $generator->create_enrolment(['userid' => $learner->id, 'versionid' => $v1->id]);
        $otherenrolment = $generator->create_enrolment(['userid' => $other->id, 'versionid' => $v1->id]);
        $generator->create_attestation(['userid' => $learner->id, 'versionid' => $v1->id]);
        $generator->create_attestation(['userid' => $other->id, 'versionid' => $v1->id]);
        $generator->create_decision(['userid' => $learner->id, 'versionid' => $v1->id]);

        $moved = \core\di::get(version_migration_service::class)->migrate((int)$enrolment->id, (int)$v2->id,
            (int)$admin->id);

        $this->assertEquals($v2->id, $moved->versionid);
        $stored = $DB->get_record('local_sens_enrolment', ['id' => $enrolment->id]);
        $this->assertEquals($v2->id, $stored->versionid);
        $this->assertEquals($admin->id, $stored->usermodified);
        $this->assertEquals(1767225600, $stored->timemodified);
        $this->assertSame('2026-03-30', $stored->startdate);
        // Only this learner moved, with their attestation.
        $this->assertEquals($v1->id, $DB->get_field('local_sens_enrolment', 'versionid', ['id' => $otherenrolment->id]));
        $this->assertEquals($v2->id, $DB->get_field('local_sens_attestation', 'versionid', ['userid' => $learner->id]));
        $this->assertEquals($v1->id, $DB->get_field('local_sens_attestation', 'versionid', ['userid' => $other->id]));
        $this->assertFalse($DB->record_exists('local_sens_decision', ['userid' => $learner->id, 'versionid' => $v1->id]));
        // ... and the decision service computed the one on the new version (always: no "when installed" stand-in).
        $this->assertTrue($DB->record_exists('local_sens_decision', ['userid' => $learner->id, 'versionid' => $v2->id]));

        $audit = $DB->get_records('local_sens_audit', ['action' => 'enrolment_migrated']);
        $this->assertCount(1, $audit);
        $entry = reset($audit);
        $this->assertEquals($learner->id, $entry->relateduserid);
        $this->assertEquals($admin->id, $entry->userid);
        $this->assertEquals($v2->id, $entry->versionid);
        $details = json_decode($entry->details, true);
        $this->assertSame([1, 2, 1], [$details['fromversion'], $details['toversion'], $details['attestations']]);
    }

    /**
     * Refusals: a draft, another programme, the same version, a version the learner is already on. Nothing changes.
     */
    public function test_migrate_refusals(): void {
        global $DB;
        $this->resetAfterTest();
        [$v1, $v2, $v3, $other] = $this->versions();
        $learner = $this->getDataGenerator()->create_user();
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $enrolment = $generator->create_enrolment(['userid' => $learner->id, 'versionid' => $v1->id]);
        $generator->create_enrolment(['userid' => $learner->id, 'versionid' => $v2->id]);
        $service = \core\di::get(version_migration_service::class);
        $cases = [
            'errormigratenotpublished' => $v3->id,
            'errormigrateotherprogramme' => $other->id,
            'errormigratesameversion' => $v1->id,
            'errormigratealreadyenrolled' => $v2->id,
        ];
        foreach ($cases as $errorcode => $to) {
            try {
                $service->migrate((int)$enrolment->id, (int)$to, 2);
                $this->fail("Migrated to $to");
            } catch (\moodle_exception $e) {
                $this->assertSame($errorcode, $e->errorcode);
            }
        }
        $this->assertEquals($v1->id, $DB->get_field('local_sens_enrolment', 'versionid', ['id' => $enrolment->id]));
        $this->assertSame(0, $DB->count_records('local_sens_audit'));
    }

    /**
     * Moving every learner of a version: all checked first, so one refusal moves nobody.
     */
    public function test_migrate_all(): void {
        global $DB;
        $this->resetAfterTest();
        [$v1, $v2] = $this->versions();
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $learners = [];
        foreach (range(1, 3) as $i) {
            $learners[$i] = $this->getDataGenerator()->create_user();
            $generator->create_enrolment(['userid' => $learners[$i]->id, 'versionid' => $v1->id]);
        }
        // Learner 3 is already on v2 too: the bulk move is refused as a whole.
        $generator->create_enrolment(['userid' => $learners[3]->id, 'versionid' => $v2->id]);
        $service = \core\di::get(version_migration_service::class);
        try {
            $service->migrate_all((int)$v1->id, (int)$v2->id, 2);
            $this->fail('Migrated with a learner already on the target');
        } catch (\moodle_exception $e) {
            $this->assertSame('errormigratealreadyenrolled', $e->errorcode);
        }
        $this->assertSame(3, $DB->count_records('local_sens_enrolment', ['versionid' => $v1->id]));

        $DB->delete_records('local_sens_enrolment', ['userid' => $learners[3]->id, 'versionid' => $v2->id]);
        $this->assertSame(3, $service->migrate_all((int)$v1->id, (int)$v2->id, 2));
        $this->assertSame(0, $DB->count_records('local_sens_enrolment', ['versionid' => $v1->id]));
        $this->assertSame(3, $DB->count_records('local_sens_enrolment', ['versionid' => $v2->id]));
        $this->assertSame(3, $DB->count_records('local_sens_audit', ['action' => 'enrolment_migrated']));
    }
}
