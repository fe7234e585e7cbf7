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

use mod_sensportfolio\local\submission\submission_service;

/**
 * Tests of the jury: decisions from the one shared list with feedback and a private note, the event, the learner's
 * notification, the decision reaching local_sens (the portfolio unit validated at once), completion; refusals
 * (without the capability, on another activity's submission, an unknown decision or criterion, twice) change nothing;
 * the list of submissions is read in a number of queries that does not grow with the submissions.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_sensportfolio\local\jury\jury_service
 * @covers     \mod_sensportfolio\local\jury\hook_callbacks
 * @covers     \mod_sensportfolio\completion\custom_completion
 */
final class jury_service_test extends \advanced_testcase {

    /**
     * A programme portfolio (completion "accepted" on) and the learner's submission.
     *
     * @return \stdClass Fixture with submission.
     */
    private function fixture(): \stdClass {
        $this->resetAfterTest();
        /** @var \mod_sensportfolio_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $fixture = $generator->create_programme_portfolio(['completion' => COMPLETION_TRACKING_AUTOMATIC,
            'completionaccepted' => 1]);
        $generator->create_entry(['sensportfolioid' => $fixture->instance->id, 'userid' => $fixture->learner->id,
            'competences' => ['mc1.d1']]);
        $fixture->submission = \core\di::get(submission_service::class)->submit($fixture->instance, $fixture->context,
            (int)$fixture->learner->id);
        return $fixture;
    }

    /**
     * The shared list: the service, local_sens's API and the engine's record schema hold the same decisions.
     */
    public function test_one_list_of_decisions(): void {
        $this->assertSame(['accepted', 'rejected', 'deferred'], jury_service::DECISIONS);
        $this->assertSame(\local_sens\api::JURY_DECISIONS, jury_service::DECISIONS);
        $this->getDataGenerator()->get_plugin_generator('local_sens');
        // The engine's learner record schema (rules-engine/schema/record.schema.json) enumerates the same list.
        $schema = json_decode(file_get_contents(dirname(\local_sens_generator::programme_file(), 2)
            . '/schema/record.schema.json'), true);
        $this->assertSame(jury_service::DECISIONS,
            $schema['properties']['juryDecisions']['items']['properties']['decision']['enum']);
        foreach (jury_service::DECISIONS as $decision) {
            $this->assertTrue(get_string_manager()->string_exists('decision:' . $decision, 'mod_sensportfolio'));
            $this->assertTrue(get_string_manager()->string_exists('status:' . $decision, 'mod_sensportfolio'));
        }
    }

    /**
     * Accepting: review with criteria, feedback and note; event; notification; audited in SENS's hash chain; the
     * learner's portfolio unit is validated in local_sens at once; completion "portfolio accepted" is complete.
     */
    public function test_accept(): void {
        global $DB;
        $fixture = $this->fixture();
        $service = \core\di::get(jury_service::class);
        $this->setUser($fixture->juror);
        $criteria = $service->criteria($fixture->instance);
        $this->assertSame(['Réflexivité', 'Couverture du référentiel'], array_column($criteria, 'title'));

        $events = $this->redirectEvents();
        $messages = $this->redirectMessages();
        $reviewid = $service->decide((int)$fixture->submission->id, (int)$fixture->juror->id, 'accepted',
            [['criterion' => 'c1', 'met' => true, 'comment' => 'Clair'], ['criterion' => 'c2', 'met' => true]],
            'Bon travail.', $fixture->context, 'Unanimité');
        $recorded = array_values(array_filter($events->get_events(),
            fn($e) => $e instanceof \mod_sensportfolio\event\jury_decision_recorded));
        $events->close();
        $this->assertCount(1, $recorded);
        $this->assertSame('accepted', $recorded[0]->other['decision']);
        $sent = $messages->get_messages();
        $this->assertCount(1, $sent);
        $this->assertEquals($fixture->learner->id, $sent[0]->useridto);
        $this->assertSame('jurydecision', $sent[0]->eventtype);

        $review = $DB->get_record('sensportfolio_review', ['id' => $reviewid], '*', MUST_EXIST);
        $this->assertSame(['accepted', 'Bon travail.', 'Unanimité'], [$review->decision, $review->feedback, $review->note]);
        $this->assertSame('accepted', $DB->get_field('sensportfolio_submission', 'status', ['id' => $fixture->submission->id]));
        // Audited in SENS's hash-chained trail with the decision (issue 15).
        $audit = $DB->get_records('local_sens_audit', ['action' => 'jury_decision_recorded']);
        $this->assertCount(1, $audit);
        $this->assertEquals($fixture->learner->id, reset($audit)->relateduserid);
        $this->assertSame('accepted', json_decode(reset($audit)->details, true)['decision']);
        $this->assertTrue(\core\di::get(\local_sens\local\audit\audit_repository::class)->verify()['ok']);

        // The event (caught by the sink above) is what local_sens observes: its observer recomputes the learner.
        \local_sens\observer::jury_decision_recorded($recorded[0]);
        $programme = \local_sens\api::learner_programme((int)$fixture->learner->id, (int)$fixture->course->id);
        $unit = \local_sens\api::unit_decision($programme['decision'], 'portfolio');
        $this->assertSame('validated', $unit['state']);
        $this->assertSame('jury_accepted', $unit['reasons'][0]['code']);

        $cm = get_fast_modinfo($fixture->course)->get_cm($fixture->instance->cmid);
        $completion = new \completion_info($fixture->course);
        $this->assertEquals(COMPLETION_COMPLETE, $completion->get_data($cm, false, (int)$fixture->learner->id)->completionstate);
    }

    /**
     * The record local_sens builds holds the decision (through the hook, not by reading this plugin's tables).
     */
    public function test_decision_reaches_the_record(): void {
        global $DB;
        $fixture = $this->fixture();
        $this->setAdminUser();
        \core\di::get(jury_service::class)->decide((int)$fixture->submission->id, (int)$fixture->juror->id, 'deferred', [],
            'Complétez la partie cybersécurité.', $fixture->context);
        $enrolment = $DB->get_record('local_sens_enrolment', ['userid' => $fixture->learner->id], '*', MUST_EXIST);
        $record = \core\di::get(\local_sens\local\learner\record_builder::class)->build((int)$fixture->learner->id, $enrolment);
        $this->assertCount(1, $record['juryDecisions']);
        $this->assertSame(['portfolio', 'deferred', (string)$fixture->juror->id],
            [$record['juryDecisions'][0]['unit'], $record['juryDecisions'][0]['decision'], $record['juryDecisions'][0]['by']]);
        $programme = \local_sens\api::learner_programme((int)$fixture->learner->id, (int)$fixture->course->id);
        $this->assertSame('jury_deferred',
            \local_sens\api::unit_decision($programme['decision'], 'portfolio')['reasons'][0]['code']);
    }

    /**
     * Refusals: no capability, another activity's submission, unknown decision, unknown criterion, a second decision.
     * Nothing is stored.
     */
    public function test_refusals_change_nothing(): void {
        global $DB;
        $fixture = $this->fixture();
        $service = \core\di::get(jury_service::class);
        $other = $this->getDataGenerator()->create_module('sensportfolio', ['course' => $fixture->course->id]);
        $othercontext = \context_module::instance($other->cmid);
        $id = (int)$fixture->submission->id;
        $cases = [
            'nopermissions' => fn() => $service->decide($id, (int)$fixture->learner->id, 'accepted', [], '', $fixture->context),
            'submissionnotfound' => fn() => $service->decide($id, (int)$fixture->juror->id, 'accepted', [], '', $othercontext),
            'maybe' => fn() => $service->decide($id, (int)$fixture->juror->id, 'maybe', [], '', $fixture->context),
            'c9' => fn() => $service->decide($id, (int)$fixture->juror->id, 'accepted',
                [['criterion' => 'c9', 'met' => true]], '', $fixture->context),
        ];
        foreach ($cases as $expected => $call) {
            try {
                $call();
                $this->fail("$expected: accepted");
            } catch (\moodle_exception $e) {
                $this->assertStringContainsString($expected, $e->errorcode . ' ' . $e->getMessage());
            }
        }
        $this->assertSame(0, $DB->count_records('sensportfolio_review'));
        $this->assertSame('submitted', $DB->get_field('sensportfolio_submission', 'status', ['id' => $id]));

        $service->decide($id, (int)$fixture->juror->id, 'rejected', [], 'Non.', $fixture->context);
        try {
            $service->decide($id, (int)$fixture->juror->id, 'accepted', [], '', $fixture->context);
            $this->fail('decided twice');
        } catch (\moodle_exception $e) {
            $this->assertSame('alreadydecided', $e->errorcode);
        }
        $this->assertSame(1, $DB->count_records('sensportfolio_review'));
    }

    /**
     * Filters (waiting, reviewed, group) and the list page's reads constant in the number of submissions (1, 31, 300).
     */
    public function test_submissions_list(): void {
        global $DB;
        $fixture = $this->fixture();
        $service = \core\di::get(jury_service::class);
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_sensportfolio');
        $group = $this->getDataGenerator()->create_group(['courseid' => $fixture->course->id]);
        $this->getDataGenerator()->create_group_member(['groupid' => $group->id, 'userid' => $fixture->learner->id]);
        $output = $GLOBALS['PAGE']->get_renderer('mod_sensportfolio');
        $this->setUser($fixture->juror);
        // Reads of the jury's list page (the query and the rendering), whatever the number of submissions.
        $count = function() use ($fixture, $output): int {
            $before = $GLOBALS['DB']->perf_get_reads();
            $output->render(new \mod_sensportfolio\output\submissions_page($fixture->instance, $fixture->context, 'waiting', 0));
            return $GLOBALS['DB']->perf_get_reads() - $before;
        };
        $count();
        $few = $count();
        for ($i = 0; $i < 30; $i++) {
            $user = $this->getDataGenerator()->create_user();
            $generator->create_submission(['sensportfolioid' => $fixture->instance->id, 'userid' => $user->id,
                'status' => $i % 2 ? 'submitted' : 'accepted']);
        }
        $this->assertSame($few, $count());
        // 300 submissions (users and submissions inserted in bulk): still the same reads.
        $users = [];
        for ($i = 0; $i < 269; $i++) {
            $users[] = ['username' => "bench$i", 'firstname' => 'Bench', 'lastname' => "L$i", 'email' => "b$i@example.invalid",
                'mnethostid' => 1, 'confirmed' => 1, 'auth' => 'manual', 'timecreated' => 1763900000];
        }
        $DB->insert_records('user', $users);
        $rows = [];
        foreach ($DB->get_fieldset_select('user', 'id', "username LIKE 'bench%'") as $userid) {
            $rows[] = ['sensportfolioid' => $fixture->instance->id, 'userid' => $userid, 'status' => 'submitted',
                'contenthash' => '', 'timesubmitted' => 1763900000, 'timemodified' => 1763900000];
        }
        $DB->insert_records('sensportfolio_submission', $rows);
        $this->assertSame(300, $DB->count_records('sensportfolio_submission'));
        $this->assertSame($few, $count());
        $this->assertCount(16 + 269, $service->submissions($fixture->instance, 'waiting'));
        $this->assertCount(15, $service->submissions($fixture->instance, 'reviewed'));
        $this->assertCount(300, $service->submissions($fixture->instance, ''));
        $ingroup = $service->submissions($fixture->instance, '', (int)$group->id);
        $this->assertSame([(int)$fixture->learner->id], array_map(fn($s) => (int)$s->userid, $ingroup));
        $this->assertSame(1, $DB->count_records('sensportfolio_submission', ['userid' => $fixture->learner->id]));
    }

    /**
     * The programme's jury requirement criteria come first; without them, the activity's lines.
     */
    public function test_criteria_from_programme(): void {
        $this->resetAfterTest();
        $definition = json_decode(file_get_contents(\local_sens_generator::programme_file('du-cns')), true);
        foreach ($definition['units'] as &$unit) {
            if ($unit['id'] === 'portfolio') {
                $unit['requirements'][0]['criteria'] = [['id' => 'reflexivite', 'title' => 'Réflexivité',
                    'titleEn' => 'Reflexivity']];
            }
        }
        unset($unit);
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['definition' => $definition, 'programme' => 'du-cns']);
        $fixture = $sens->create_linked_course(['version' => $version]);
        $module = $this->getDataGenerator()->create_module('sensportfolio', ['course' => $fixture->course->id]);
        $criteria = \core\di::get(jury_service::class)->criteria($module);
        $this->assertSame([['id' => 'reflexivite', 'title' => 'Reflexivity', 'fromprogramme' => true]], $criteria);
    }
}
