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

use local_sens\local\decision\decision_repository;

/**
 * The enrolments' repository and the placements': what they answer (the latest enrolment on a programme, a
 * programme's learners, the "decided" subquery of the gating) and what forgetting a learner removes.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\learner\enrolment_repository
 * @covers     \local_sens\local\learner\placement_repository
 */
final class enrolment_repository_test extends \advanced_testcase {

    /**
     * A learner on two versions of the DU and one of the Mastère: the latest enrolment of a programme is the one
     * created last; of_learners() keeps a programme's enrolments, oldest first.
     */
    public function test_latest_and_of_learners(): void {
        $this->resetAfterTest();
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $du1 = $generator->create_programme_version(['programme' => 'du-cns']);
        $du2 = $generator->create_programme_version(['programme' => 'du-cns']);
        $ms = $generator->create_programme_version(['programme' => 'mastere-sousse']);
        $user = (int)$this->getDataGenerator()->create_user()->id;
        $other = (int)$this->getDataGenerator()->create_user()->id;
        $first = $generator->create_enrolment(['userid' => $user, 'versionid' => $du1->id]);
        $second = $generator->create_enrolment(['userid' => $user, 'versionid' => $du2->id]);
        $mastere = $generator->create_enrolment(['userid' => $user, 'versionid' => $ms->id]);
        $repository = \core\di::get(enrolment_repository::class);

        $this->assertEquals($second->id, $repository->latest($user, 'du-cns', false)->id);
        $this->assertSame('du-cns', $repository->latest($user, 'du-cns', false)->programme);
        $this->assertEquals($mastere->id, $repository->latest($user, null, false)->id, 'any programme: the last one');
        $this->assertNull($repository->latest($other, null, true));
        $this->assertNull($repository->latest($user, 'du-cns', true)->decision, 'no decision stored yet');
        $this->assertTrue($repository->follows($user, 'mastere-sousse'));
        $this->assertFalse($repository->follows($other, 'du-cns'));
        $this->assertTrue($repository->is_enrolled($user, (int)$du1->id));
        $this->assertFalse($repository->is_enrolled($user, 0));

        $du = $repository->of_learners([$user, $other], 'du-cns');
        $this->assertEquals([$first->id, $second->id], array_keys($du));
        $this->assertCount(3, $repository->of_learners([$user]));
        $this->assertSame([], $repository->of_learners([]));
        $this->assertSame([$user], $repository->learner_ids_after(0, 10), 'only enrolled learners');
        $this->assertSame([], $repository->learner_ids_after($user, 10));
        $this->assertEquals([$du1->id => 1, $du2->id => 1, $ms->id => 1], $repository->counts_by_version());
    }

    /**
     * The gating's "decided" subquery is true only when the learner's latest enrolment on the programme has a stored
     * decision: a decision kept on an older version does not count.
     */
    public function test_latest_decided_exists_sql(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $v1 = $generator->create_programme_version(['programme' => 'du-cns']);
        $v2 = $generator->create_programme_version(['programme' => 'du-cns']);
        $user = (int)$this->getDataGenerator()->create_user()->id;
        $sql = "SELECT u.id FROM {user} u WHERE u.id = :userid AND EXISTS ("
            . enrolment_repository::latest_decided_exists_sql('u.id', ':programme') . ")";
        $decided = fn() => $DB->record_exists_sql($sql, ['userid' => $user, 'programme' => 'du-cns']);

        $generator->create_enrolment(['userid' => $user, 'versionid' => $v1->id]);
        $this->assertFalse($decided(), 'enrolled, not decided yet');
        $generator->create_decision(['userid' => $user, 'versionid' => $v1->id]);
        $this->assertTrue($decided());
        $generator->create_enrolment(['userid' => $user, 'versionid' => $v2->id]);
        $this->assertFalse($decided(), 'the latest enrolment (v2) waits for its decision');
        $generator->create_decision(['userid' => $user, 'versionid' => $v2->id]);
        $this->assertTrue($decided());
    }

    /**
     * Forgetting a learner removes their enrolments, the placements of those enrolments and their decisions, and
     * nobody else's.
     */
    public function test_delete_learner(): void {
        $this->resetAfterTest();
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $version = $generator->create_programme_version();
        [$gone, $kept] = [(int)$this->getDataGenerator()->create_user()->id, (int)$this->getDataGenerator()->create_user()->id];
        $enrolments = [];
        foreach ([$gone, $kept] as $userid) {
            $enrolments[$userid] = $generator->create_enrolment(['userid' => $userid, 'versionid' => $version->id]);
            $generator->create_placement(['enrolmentid' => $enrolments[$userid]->id, 'level' => 'cybersecurite.intermediaire']);
            $generator->create_decision(['userid' => $userid, 'versionid' => $version->id]);
        }
        \core\di::get(learner_repository::class)->delete_learner($gone);

        $repository = \core\di::get(enrolment_repository::class);
        $placements = \core\di::get(placement_repository::class);
        $decisions = \core\di::get(decision_repository::class);
        $this->assertSame([], $repository->of_learners([$gone]));
        $this->assertFalse($placements->is_placed((int)$enrolments[$gone]->id, 'cybersecurite.intermediaire'));
        $this->assertNull($decisions->stored($gone, (int)$version->id));
        $this->assertCount(1, $repository->of_learners([$kept]));
        $this->assertTrue($placements->is_placed((int)$enrolments[$kept]->id, 'cybersecurite.intermediaire'));
        $this->assertCount(1, $placements->of_enrolments([(int)$enrolments[$kept]->id]));
        $this->assertNotNull($decisions->stored($kept, (int)$version->id));
    }
}
