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

use core\clock;
use local_sens\api;
use mod_sensportfolio\local\submission\submission_service;
use moodle_database;

/**
 * The jury's side: the criteria it reviews against (the programme's jury requirement, else the activity's own
 * list), the submissions of an activity, and the decision — one of the shared list api::JURY_DECISIONS — with a
 * feedback for the learner and a private note. A decision fires jury_decision_recorded (local_sens recomputes the
 * learner's decision at once), updates completion and notifies the learner.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class jury_service {

    /** @var string[] Decisions a jury can record: the one list shared with local_sens and the engine's record. */
    public const DECISIONS = api::JURY_DECISIONS;

    /** @var string Programme jury finalDecision: one member's decision is the jury's (the default). */
    public const ANY_MEMBER = 'any-member';

    /** @var string Programme jury finalDecision: members review, the president records the jury's decision. */
    public const PRESIDENT = 'president';

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
    ) {
    }

    /**
     * The criteria the jury marks: those of the programme's jury requirement for the activity's unit, else the
     * activity's own criteria (one per line).
     *
     * @param \stdClass $instance
     * @return array[] Each {id, title}; from the programme when 'fromprogramme' is true on them.
     */
    public function criteria(\stdClass $instance): array {
        $unit = $this->jury_unit($instance);
        $criteria = [];
        foreach ($unit['jury']['criteria'] ?? [] as $criterion) {
            $criteria[] = ['id' => (string)$criterion['id'], 'title' => \local_sens\api::title_of($criterion),
                'fromprogramme' => true];
        }
        if ($criteria) {
            return $criteria;
        }
        $lines = preg_split('/\R/', (string)($instance->criteria ?? ''), -1, PREG_SPLIT_NO_EMPTY);
        foreach (array_values(array_filter(array_map('trim', $lines), 'strlen')) as $i => $line) {
            $criteria[] = ['id' => 'c' . ($i + 1), 'title' => $line, 'fromprogramme' => false];
        }
        return $criteria;
    }

    /**
     * The programme's jury unit of the activity (its requirement under 'jury'), or null.
     *
     * @param \stdClass $instance
     * @return array|null
     */
    private function jury_unit(\stdClass $instance): ?array {
        $definition = api::course_definition((int)$instance->course);
        return $definition ? api::jury_unit($definition, $instance->unit ?? null) : null;
    }

    /**
     * The grade the programme's jury requirement takes: its maximum and pass mark (a mémoire: /20, 10), or null.
     *
     * @param array|null $juryunit api::jury_unit()
     * @return array|null max, passmark (?float)
     */
    public static function grading(?array $juryunit): ?array {
        $max = $juryunit['jury']['max'] ?? null;
        return $max === null ? null : ['max' => (float)$max,
            'passmark' => isset($juryunit['jury']['passMark']) ? (float)$juryunit['jury']['passMark'] : null];
    }

    /**
     * A jury grade against the requirement (see decide()).
     *
     * @param array|null $juryunit
     * @param string $decision
     * @param float|null $grade
     * @throws \invalid_parameter_exception Naming the field grade.
     */
    public static function check_grade(?array $juryunit, string $decision, ?float $grade): void {
        $grading = self::grading($juryunit);
        if ($grading === null) {
            if ($grade !== null) {
                throw new \invalid_parameter_exception('grade: ' . get_string('error:gradenotgraded', 'mod_sensportfolio'));
            }
            return;
        }
        if ($grade === null) {
            if ($grading['passmark'] !== null && $decision !== 'deferred') {
                throw new \invalid_parameter_exception('grade: ' . get_string('error:graderequired', 'mod_sensportfolio',
                    format_float($grading['max'], -1)));
            }
            return;
        }
        if ($grade < 0 || $grade > $grading['max'] || abs($grade * 100000 - round($grade * 100000)) > 1e-6) {
            throw new \invalid_parameter_exception('grade: ' . get_string('error:graderange', 'mod_sensportfolio',
                format_float($grading['max'], -1)));
        }
    }

    /**
     * Who makes the jury's decision, from the programme's jury requirement: any member (the default, also for an
     * activity without a programme) or the president after memberreviews members' reviews.
     *
     * @param \stdClass $instance
     * @return array mode (self::ANY_MEMBER or self::PRESIDENT), memberreviews (int, 0 unless president)
     */
    public function panel(\stdClass $instance): array {
        $jury = $this->jury_unit($instance)['jury'] ?? [];
        if (($jury['finalDecision'] ?? null) !== self::PRESIDENT) {
            return ['mode' => self::ANY_MEMBER, 'memberreviews' => 0];
        }
        return ['mode' => self::PRESIDENT, 'memberreviews' => (int)($jury['memberReviews'] ?? 0)];
    }

    /**
     * Whether a user records the jury's decision (final) rather than a member's review in this activity.
     *
     * @param array $panel panel()
     * @param \context_module $context
     * @param int $userid
     * @return bool
     */
    public static function records_final(array $panel, \context_module $context, int $userid): bool {
        return $panel['mode'] === self::ANY_MEMBER || has_capability('mod/sensportfolio:preside', $context, $userid);
    }

    /**
     * The submissions of an activity with the learners' names, newest first, in one read whatever their number.
     *
     * @param \stdClass $instance
     * @param string $filter 'waiting', 'reviewed' or '' for all
     * @param int $groupid Only members of this group; 0 for all
     * @return \stdClass[]
     */
    public function submissions(\stdClass $instance, string $filter = '', int $groupid = 0): array {
        $fields = \core_user\fields::for_name()->get_sql('u', false, '', '', false)->selects;
        $where = 's.sensportfolioid = :id';
        $params = ['id' => $instance->id];
        if ($filter === 'waiting' || $filter === 'reviewed') {
            [$insql, $inparams] = $this->db->get_in_or_equal(submission_service::WAITING, SQL_PARAMS_NAMED, 'st',
                $filter === 'waiting');
            $where .= " AND s.status $insql";
            $params += $inparams;
        }
        if ($groupid > 0) {
            $where .= ' AND EXISTS (SELECT 1 FROM {groups_members} gm WHERE gm.groupid = :groupid AND gm.userid = s.userid)';
            $params['groupid'] = $groupid;
        }
        return array_values($this->db->get_records_sql(
            "SELECT s.id, s.userid, s.status, s.timesubmitted, s.contenthash, $fields,
                    (SELECT COUNT(1) FROM {sensportfolio_review} r WHERE r.submissionid = s.id AND r.isfinal = 0)
                    AS memberreviews
               FROM {sensportfolio_submission} s
               JOIN {user} u ON u.id = s.userid
              WHERE $where
           ORDER BY s.timesubmitted DESC, s.id DESC", $params));
    }

    /**
     * A jury member opens a submission: submitted becomes under review.
     *
     * @param \stdClass $submission
     */
    public function open(\stdClass $submission): void {
        if ($submission->status === submission_service::SUBMITTED) {
            $submission->status = submission_service::UNDERREVIEW;
            $this->db->update_record('sensportfolio_submission', (object)['id' => $submission->id,
                'status' => submission_service::UNDERREVIEW, 'timemodified' => $this->clock->time()]);
        }
    }

    /**
     * Reviews of a submission, oldest first: all of them, or only those of one member (what a member who does not
     * preside sees when the president decides).
     *
     * @param int $submissionid
     * @param int|null $reviewerid Only this reviewer's, or null for all.
     * @return \stdClass[]
     */
    public function reviews(int $submissionid, ?int $reviewerid = null): array {
        $conditions = ['submissionid' => $submissionid] + ($reviewerid === null ? [] : ['reviewerid' => $reviewerid]);
        return array_values($this->db->get_records('sensportfolio_review', $conditions, 'id'));
    }

    /**
     * Record a review of a submission. Where any member decides (the default), it is the jury's decision. Where the
     * programme's jury has a president (finalDecision president), a member's review is kept for the president and
     * changes nothing else (no status, no engine fact, no notification); the president's (mod/sensportfolio:preside)
     * is the jury's decision, once the programme's memberReviews are in.
     *
     * @param int $submissionid
     * @param int $reviewerid Must hold mod/sensportfolio:decide in $context.
     * @param string $decision One of self::DECISIONS.
     * @param array $criteria List of ['criterion' => id, 'met' => bool, 'comment' => string], one per criterion.
     * @param string $feedback For the learner.
     * @param \context_module $context The activity the submission must belong to.
     * @param string $note Private note for the jury.
     * @param bool|null $final True: the caller records the jury's decision (refused to a member who does not preside);
     *     false: a member's review (refused where any member decides); null: whichever the reviewer records.
     * @param float|null $grade The jury's grade, where the programme's jury requirement has a maximum (a mémoire /20):
     *     required then for an accepted or rejected dossier when the requirement has a pass mark, from 0 to the
     *     maximum with at most 5 decimals; refused where the requirement grades nothing.
     * @return int Review id.
     * @throws \moodle_exception|\invalid_parameter_exception|\required_capability_exception Nothing is stored then.
     */
    public function decide(int $submissionid, int $reviewerid, string $decision, array $criteria, string $feedback,
            \context_module $context, string $note = '', ?bool $final = null, ?float $grade = null): int {
        require_capability('mod/sensportfolio:decide', $context, $reviewerid);
        if (!in_array($decision, self::DECISIONS, true)) {
            throw new \invalid_parameter_exception('decision: expected one of ' . implode(', ', self::DECISIONS)
                . "; got '$decision'");
        }
        $cm = get_coursemodule_from_id('sensportfolio', $context->instanceid, 0, false, MUST_EXIST);
        $instance = $this->db->get_record('sensportfolio', ['id' => $cm->instance], '*', MUST_EXIST);
        $submission = $this->db->get_record('sensportfolio_submission', ['id' => $submissionid,
            'sensportfolioid' => $instance->id]);
        if (!$submission) {
            throw new \moodle_exception('submissionnotfound', 'mod_sensportfolio');
        }
        if (!in_array($submission->status, submission_service::WAITING, true)) {
            throw new \moodle_exception('alreadydecided', 'mod_sensportfolio');
        }
        $panel = $this->panel($instance);
        $isfinal = self::records_final($panel, $context, $reviewerid);
        if ($final === true && !$isfinal) {
            throw new \moodle_exception('notjurypresident', 'mod_sensportfolio');
        }
        if ($final === false && $panel['mode'] === self::ANY_MEMBER) {
            throw new \moodle_exception('nomemberreviews', 'mod_sensportfolio');
        }
        $memberreviews = $panel['mode'] === self::PRESIDENT
            ? $this->db->count_records('sensportfolio_review', ['submissionid' => $submission->id, 'isfinal' => 0]) : 0;
        if (!$isfinal && $this->db->record_exists('sensportfolio_review', ['submissionid' => $submission->id,
                'reviewerid' => $reviewerid, 'isfinal' => 0])) {
            throw new \moodle_exception('alreadyreviewed', 'mod_sensportfolio');
        }
        if ($isfinal && $memberreviews < $panel['memberreviews']) {
            throw new \moodle_exception('awaitingmemberreviews', 'mod_sensportfolio', '',
                (object)['count' => $memberreviews, 'needed' => $panel['memberreviews']]);
        }
        $known = array_column($this->criteria($instance), 'title', 'id');
        $marks = [];
        foreach ($criteria as $i => $mark) {
            $id = (string)($mark['criterion'] ?? '');
            if (!isset($known[$id])) {
                throw new \invalid_parameter_exception("criteria[$i].criterion: unknown criterion '$id'");
            }
            $marks[$id] = ['criterion' => $id, 'met' => (bool)($mark['met'] ?? false),
                'comment' => trim((string)($mark['comment'] ?? ''))];
        }
        self::check_grade($this->jury_unit($instance), $decision, $grade);
        $now = $this->clock->time();
        $transaction = $this->db->start_delegated_transaction();
        $reviewid = (int)$this->db->insert_record('sensportfolio_review', (object)[
            'submissionid' => $submission->id,
            'reviewerid' => $reviewerid,
            'decision' => $decision,
            'criteria' => json_encode(array_values($marks), JSON_UNESCAPED_UNICODE),
            'feedback' => $feedback,
            'note' => $note,
            'isfinal' => (int)$isfinal,
            'grade' => $grade,
            'timecreated' => $now,
        ]);
        if (!$isfinal) {
            // A member's review for the president: the submission is under review, nothing else changes.
            if ($submission->status !== submission_service::UNDERREVIEW) {
                $this->db->update_record('sensportfolio_submission', (object)[
                    'id' => $submission->id, 'status' => submission_service::UNDERREVIEW, 'timemodified' => $now,
                ]);
            }
            $transaction->allow_commit();
            \mod_sensportfolio\event\jury_review_recorded::create([
                'objectid' => $reviewid,
                'context' => $context,
                'relateduserid' => (int)$submission->userid,
                'other' => ['decision' => $decision, 'submissionid' => (int)$submission->id],
            ])->trigger();
            return $reviewid;
        }
        $this->db->update_record('sensportfolio_submission', (object)[
            'id' => $submission->id, 'status' => $decision, 'timemodified' => $now,
        ]);
        // The jury's decision goes into SENS's hash-chained audit trail, in the same transaction.
        api::audit($reviewerid, 'jury_decision_recorded', [['relateduserid' => (int)$submission->userid, 'details' => [
            'cmid' => (int)$cm->id, 'submissionid' => (int)$submission->id, 'reviewid' => $reviewid, 'decision' => $decision,
            'criteria' => array_map(fn($m) => ['criterion' => $m['criterion'], 'met' => $m['met']], array_values($marks)),
            'contenthash' => $submission->contenthash ?? null, 'grade' => $grade,
        ]]]);
        $transaction->allow_commit();

        \mod_sensportfolio\event\jury_decision_recorded::create([
            'objectid' => $reviewid,
            'context' => $context,
            'relateduserid' => (int)$submission->userid,
            'other' => ['decision' => $decision, 'submissionid' => (int)$submission->id],
        ])->trigger();
        $course = get_course($cm->course);
        $completion = new \completion_info($course);
        if ($completion->is_enabled($cm) && !empty($instance->completionaccepted)) {
            $completion->update_state($cm, COMPLETION_UNKNOWN, (int)$submission->userid);
        }
        $this->notify($instance, $cm, $course, $submission, $decision, $feedback, $reviewerid);
        return $reviewid;
    }

    /**
     * Tell the learner about the decision (Moodle messaging, provider jurydecision).
     *
     * @param \stdClass $instance
     * @param \stdClass $cm
     * @param \stdClass $course
     * @param \stdClass $submission
     * @param string $decision
     * @param string $feedback
     * @param int $reviewerid
     */
    private function notify(\stdClass $instance, \stdClass $cm, \stdClass $course, \stdClass $submission, string $decision,
            string $feedback, int $reviewerid): void {
        $learner = \core_user::get_user((int)$submission->userid);
        if (!$learner || $learner->deleted) {
            return;
        }
        $url = new \moodle_url('/mod/sensportfolio/view.php', ['id' => $cm->id]);
        $a = (object)[
            'portfolio' => format_string($instance->name, true, ['context' => \context_module::instance($cm->id)]),
            'decision' => get_string('decision:' . $decision, 'mod_sensportfolio'),
            'feedback' => $feedback,
            'url' => $url->out(false),
        ];
        $message = new \core\message\message();
        $message->component = 'mod_sensportfolio';
        $message->name = 'jurydecision';
        $message->userfrom = \core_user::get_noreply_user();
        $message->userto = $learner;
        $message->courseid = $course->id;
        $message->subject = get_string('message:jurydecision:subject', 'mod_sensportfolio', $a);
        $message->fullmessage = get_string('message:jurydecision:body', 'mod_sensportfolio', $a);
        $message->fullmessageformat = FORMAT_PLAIN;
        $message->fullmessagehtml = text_to_html($message->fullmessage);
        $message->smallmessage = $message->subject;
        $message->notification = 1;
        $message->contexturl = $url->out(false);
        $message->contexturlname = $a->portfolio;
        message_send($message);
    }
}
