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

namespace local_sens\local\learner;

/**
 * Tests of the learner repository: the latest enrolment and its stored decision read together.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\learner\learner_repository
 */
final class learner_repository_test extends \advanced_testcase {

    /**
     * enrolment_and_decision gives what enrolment() and decision() give, in one read: the latest enrolment (of the
     * programme when given), its decision or null; null when the learner follows no (such) programme.
     */
    public function test_enrolment_and_decision(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $cns = $sens->create_programme_version(['programme' => 'cns', 'definition' => ['id' => 'cns']]);
        $other = $sens->create_programme_version(['programme' => 'other', 'definition' => ['id' => 'other']]);
        $learner = (int)$this->getDataGenerator()->create_user()->id;
        $repository = \core\di::get(learner_repository::class);
        $this->assertNull($repository->enrolment_and_decision($learner, null));

        $sens->create_enrolment(['userid' => $learner, 'versionid' => $cns->id, 'startdate' => '2026-03-30']);
        $sens->create_enrolment(['userid' => $learner, 'versionid' => $other->id, 'startdate' => '2026-09-01']);
        $sens->create_decision(['userid' => $learner, 'versionid' => $cns->id, 'asof' => '2026-11-23',
            'decision' => ['verdict' => ['code' => 'in_progress'], 'units' => []]]);

        // The latest enrolment (same time: the higher id), of another programme, has no decision yet.
        [$enrolment, $stored] = $repository->enrolment_and_decision($learner, null);
        $this->assertEquals($repository->enrolment($learner, null), $enrolment);
        $this->assertSame('other', $enrolment->programme);
        $this->assertNull($stored);

        $reads = $DB->perf_get_reads();
        [$enrolment, $stored] = $repository->enrolment_and_decision($learner, 'cns');
        $this->assertSame(1, $DB->perf_get_reads() - $reads);
        $this->assertEquals($repository->enrolment($learner, 'cns'), $enrolment);
        $this->assertEquals($cns->id, $enrolment->versionid);
        $this->assertSame('2026-03-30', $enrolment->startdate);
        $this->assertSame($repository->decision($learner, (int)$cns->id), $stored);
        $this->assertSame('in_progress', $stored['decision']['verdict']['code']);

        $this->assertNull($repository->enrolment_and_decision($learner, 'nothing'));
    }
}
