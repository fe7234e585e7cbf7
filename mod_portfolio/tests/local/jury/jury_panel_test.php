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
namespace mod_sensportfolio\local\jury;

use local_sens\hook\jury_decisions;
use mod_sensportfolio\local\submission\submission_service;

/**
 * Several jury members per submission. The programme's jury requirement says who makes the jury's decision:
 * finalDecision "president" — each member's review is kept, changes nothing for the learner and never reaches the
 * engine; the president (mod/sensportfolio:preside) reads them and records the decision once memberReviews are in —
 * or any member (the default: the first decision is the jury's, as before). Refusals write nothing.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\local\jury\jury_service
 * @covers     \mod_sensportfolio\local\jury\hook_callbacks
 * @covers     \mod_sensportfolio\local\deliberation\deliberation_service
 */
final class jury_panel_test extends \advanced_testcase {

    /**
     * A DU CNS whose portfolio jury has a president after $reviews member reviews, the learner's submission, two
     * members (editing teachers: mod/sensportfolio:decide) and a president (an editing teacher given
     * mod/sensportfolio:preside on the activity).
     *
     * @param array $jury Fields set on the portfolio's jury requirement.
     * @return \stdClass
     */
    private function fixture(array $jury): \stdClass {
        global $DB;
        $this->resetAfterTest();
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $definition = json_decode(file_get_contents(\local_sens_generator::programme_file('du-cns')), true);
        foreach ($definition['units'] as &$unit) {
            if ($unit['id'] === 'portfolio') {
                $unit['requirements'][0] = $jury + $unit['requirements'][0];
            }
        }
        unset($unit);
        $version = $sens->create_programme_version(['definition' => $definition, 'programme' => 'du-cns']);
        /** @var \mod_sensportfolio_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $fixture = $generator->create_programme_portfolio(['version' => $version]);
        $fixture->member2 = $this->getDataGenerator()->create_and_enrol($fixture->course, 'editingteacher');
        $fixture->president = $this->getDataGenerator()->create_and_enrol($fixture->course, 'editingteacher');
        $role = $this->getDataGenerator()->create_role(['shortname' => 'jurypresident']);
        assign_capability('mod/sensportfolio:preside', CAP_ALLOW, $role, \context_system::instance()->id);
        role_assign($role, $fixture->president->id, $fixture->context->id);
        $generator->create_entry(['sensportfolioid' => $fixture->instance->id, 'userid' => $fixture->learner->id,
            'competences' => ['mc1.d1']]);
        // Enrolments may be recomputed by a queued task: let it run.
        ob_start();
        $this->runAdhocTasks();
        ob_end_clean();
        $fixture->submission = \core\di::get(submission_service::class)->submit($fixture->instance, $fixture->context,
            (int)$fixture->learner->id);
        $fixture->definition = $definition;
        $fixture->db = $DB;
        return $fixture;
    }

    /**
     * The jury decisions local_sens gets for the learner through the hook.
     *
     * @param \stdClass $fixture
     * @return array[]
     */
    private function hook_decisions(\stdClass $fixture): array {
        $hook = new jury_decisions($fixture->definition, [(int)$fixture->course->id], [(int)$fixture->learner->id]);
        hook_callbacks::jury_decisions($hook);
        return $hook->decisions()[(int)$fixture->learner->id] ?? [];
    }

    /**
     * What a refusal must leave unchanged: the reviews and the submission's status.
     *
     * @param \stdClass $fixture
     * @return array
     */
    private function state(\stdClass $fixture): array {
        return [$fixture->db->get_records('sensportfolio_review', null, 'id'),
            $fixture->db->get_field('sensportfolio_submission', 'status', ['id' => $fixture->submission->id])];
    }

    /**
     * President mode: members' reviews are kept and decide nothing; the president sees them and decides.
     */
    public function test_president_records_the_decision(): void {
        global $DB;
        $fixture = $this->fixture(['finalDecision' => 'president', 'memberReviews' => 2]);
        $service = \core\di::get(jury_service::class);
        $sid = (int)$fixture->submission->id;
        $this->assertSame(['mode' => 'president', 'memberreviews' => 2], $service->panel($fixture->instance));
        $this->assertFalse(jury_service::records_final($service->panel($fixture->instance), $fixture->context,
            (int)$fixture->juror->id));
        $this->assertTrue(jury_service::records_final($service->panel($fixture->instance), $fixture->context,
            (int)$fixture->president->id));

        // The president cannot decide before the members' reviews are in: nothing written.
        $before = $this->state($fixture);
        try {
            $service->decide($sid, (int)$fixture->president->id, 'accepted', [], '', $fixture->context);
            $this->fail('decided without the members\' reviews');
        } catch (\moodle_exception $e) {
            $this->assertSame('awaitingmemberreviews', $e->errorcode);
        }
        $this->assertEquals($before, $this->state($fixture));

        // A member's review: kept with its marks, feedback and note; its own event (not the jury's decision), no
        // message, nothing for the engine.
        $events = $this->redirectEvents();
        $messages = $this->redirectMessages();
        $first = $service->decide($sid, (int)$fixture->juror->id, 'rejected', [['criterion' => 'c1', 'met' => false,
            'comment' => 'Peu réflexif']], 'À reprendre.', $fixture->context, 'Avis réservé');
        $this->assertSame([], array_filter($events->get_events(),
            fn($e) => $e instanceof \mod_sensportfolio\event\jury_decision_recorded));
        $reviewed = array_values(array_filter($events->get_events(),
            fn($e) => $e instanceof \mod_sensportfolio\event\jury_review_recorded));
        $this->assertCount(1, $reviewed);
        $this->assertSame([(int)$fixture->learner->id, 'rejected'], [(int)$reviewed[0]->relateduserid,
            $reviewed[0]->other['decision']]);
        $this->assertSame([], $messages->get_messages());
        $review = $DB->get_record('sensportfolio_review', ['id' => $first], '*', MUST_EXIST);
        $this->assertSame(['rejected', 'À reprendre.', 'Avis réservé', 0],
            [$review->decision, $review->feedback, $review->note, (int)$review->isfinal]);
        $this->assertSame(submission_service::UNDERREVIEW, $DB->get_field('sensportfolio_submission', 'status', ['id' => $sid]));
        $this->assertSame([], $this->hook_decisions($fixture));

        // A member cannot record the final decision, nor review twice: nothing written.
        $before = $this->state($fixture);
        foreach ([[true, 'notjurypresident'], [null, 'alreadyreviewed']] as [$final, $code]) {
            try {
                $service->decide($sid, (int)$fixture->juror->id, 'accepted', [], '', $fixture->context, '', $final);
                $this->fail("member recorded ($code)");
            } catch (\moodle_exception $e) {
                $this->assertSame($code, $e->errorcode);
            }
            $this->assertEquals($before, $this->state($fixture));
        }
        // Still one member's review short.
        try {
            $service->decide($sid, (int)$fixture->president->id, 'accepted', [], '', $fixture->context, '', true);
            $this->fail('decided with one review of two');
        } catch (\moodle_exception $e) {
            $this->assertSame('awaitingmemberreviews', $e->errorcode);
        }
        $this->assertEquals($before, $this->state($fixture));

        $service->decide($sid, (int)$fixture->member2->id, 'accepted', [['criterion' => 'c1', 'met' => true]], 'Bien.',
            $fixture->context, 'Favorable');
        $this->assertSame([], $this->hook_decisions($fixture));
        // The president reads both members' reviews; a member only their own.
        $this->assertSame([(int)$fixture->juror->id, (int)$fixture->member2->id],
            array_map(fn($r) => (int)$r->reviewerid, $service->reviews($sid)));
        $this->assertCount(1, $service->reviews($sid, (int)$fixture->juror->id));
        $this->assertSame(2, (int)$service->submissions($fixture->instance)[0]->memberreviews);

        // The president's decision is the jury's: status, event, message, and the only fact the engine gets.
        $final = $service->decide($sid, (int)$fixture->president->id, 'accepted', [['criterion' => 'c1', 'met' => true]],
            'Portfolio validé.', $fixture->context, 'Délibéré', true);
        $recorded = array_values(array_filter($events->get_events(),
            fn($e) => $e instanceof \mod_sensportfolio\event\jury_decision_recorded));
        $this->assertCount(1, $recorded);
        $this->assertCount(1, $messages->get_messages());
        $events->close();
        $this->assertSame(1, (int)$DB->get_field('sensportfolio_review', 'isfinal', ['id' => $final]));
        $this->assertSame('accepted', $DB->get_field('sensportfolio_submission', 'status', ['id' => $sid]));
        $facts = $this->hook_decisions($fixture);
        $this->assertCount(1, $facts);
        $this->assertSame(['review' . $final, 'accepted', (string)$fixture->president->id],
            [$facts[0]['id'], $facts[0]['decision'], $facts[0]['by']]);
        \local_sens\observer::jury_decision_recorded($recorded[0]);
        $programme = \local_sens\api::learner_programme((int)$fixture->learner->id, (int)$fixture->course->id);
        $this->assertSame('validated', \local_sens\api::unit_decision($programme['decision'], 'portfolio')['state']);
    }

    /**
     * President mode: only the president opens a deliberation session (and so presides it); a member's attempt
     * writes nothing.
     */
    public function test_only_the_president_opens_a_deliberation(): void {
        global $DB;
        $fixture = $this->fixture(['finalDecision' => 'president']);
        $service = \core\di::get(\mod_sensportfolio\local\deliberation\deliberation_service::class);
        try {
            $service->create($fixture->instance, $fixture->context, (int)$fixture->juror->id, 'Jury', 'A, B');
            $this->fail('a member opened a deliberation session');
        } catch (\required_capability_exception $e) {
            $this->assertStringContainsString(get_string('sensportfolio:preside', 'mod_sensportfolio'), $e->getMessage());
        }
        $this->assertSame(0, $DB->count_records('sensportfolio_session'));
        $id = $service->create($fixture->instance, $fixture->context, (int)$fixture->president->id, 'Jury', 'A, B');
        $this->assertEquals($fixture->president->id, $DB->get_field('sensportfolio_session', 'presidentid', ['id' => $id]));
    }

    /**
     * President mode: a member's rejection alone leaves the learner's portfolio unit as it was (not rejected).
     */
    public function test_member_reviews_do_not_decide(): void {
        $fixture = $this->fixture(['finalDecision' => 'president']);
        $service = \core\di::get(jury_service::class);
        $service->decide((int)$fixture->submission->id, (int)$fixture->juror->id, 'rejected', [], 'Non.', $fixture->context);
        \core\di::get(\local_sens\local\decision\decision_service::class)->recompute_user((int)$fixture->learner->id);
        $programme = \local_sens\api::learner_programme((int)$fixture->learner->id, (int)$fixture->course->id);
        $unit = \local_sens\api::unit_decision($programme['decision'], 'portfolio');
        $this->assertNotContains('jury_rejected', array_column($unit['reasons'], 'code'));
        $this->assertContains($unit['state'], ['open', 'in_progress']);
        // Without memberReviews the president decides at once.
        $service->decide((int)$fixture->submission->id, (int)$fixture->president->id, 'rejected', [], 'Non.',
            $fixture->context);
        $this->assertCount(1, $this->hook_decisions($fixture));
    }

    /**
     * Single mode (the default) is unchanged: the first decision is the jury's, whoever records it; there is no
     * member's review to record.
     */
    public function test_any_member_decides(): void {
        global $DB;
        $fixture = $this->fixture([]);
        $service = \core\di::get(jury_service::class);
        $this->assertSame(['mode' => 'any-member', 'memberreviews' => 0], $service->panel($fixture->instance));
        $before = $this->state($fixture);
        try {
            $service->decide((int)$fixture->submission->id, (int)$fixture->juror->id, 'accepted', [], '', $fixture->context,
                '', false);
            $this->fail('member review recorded where one decision suffices');
        } catch (\moodle_exception $e) {
            $this->assertSame('nomemberreviews', $e->errorcode);
        }
        $this->assertEquals($before, $this->state($fixture));
        $id = $service->decide((int)$fixture->submission->id, (int)$fixture->juror->id, 'accepted', [], '', $fixture->context);
        $this->assertSame(1, (int)$DB->get_field('sensportfolio_review', 'isfinal', ['id' => $id]));
        $this->assertSame('accepted', $DB->get_field('sensportfolio_submission', 'status', ['id' => $fixture->submission->id]));
        $this->assertCount(1, $this->hook_decisions($fixture));
    }

    /**
     * The generated PHP validation names memberReviews without a president, as the TypeScript does.
     */
    public function test_definition_validation(): void {
        $this->getDataGenerator()->get_plugin_generator('local_sens');
        $definition = json_decode(file_get_contents(\local_sens_generator::programme_file('du-cns')), true);
        foreach ($definition['units'] as $i => $unit) {
            if ($unit['id'] === 'portfolio') {
                $definition['units'][$i]['requirements'][0]['memberReviews'] = 2;
                $at = $i;
            }
        }
        $errors = \local_sens\local\engine\validate::validate_programme($definition);
        $this->assertSame([['code' => 'member_reviews_without_president',
            'path' => "/units/$at/requirements/0/memberReviews", 'params' => ['memberReviews' => 2]]], $errors);
        $definition['units'][$at]['requirements'][0]['finalDecision'] = 'president';
        $this->assertSame([], \local_sens\local\engine\validate::validate_programme($definition));
    }
}
