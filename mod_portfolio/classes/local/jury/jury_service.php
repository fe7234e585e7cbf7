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
use moodle_database;

/**
 * Submissions to the jury and the jury's decisions against the activity's criteria.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class jury_service {

    /** @var string[] Decisions a jury can record. */
    public const DECISIONS = ['accepted', 'rejected'];

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
     * Submit a learner's portfolio to the jury.
     *
     * @param int $sensportfolioid
     * @param int $userid
     * @return int Submission id.
     */
    public function submit(int $sensportfolioid, int $userid): int {
        $now = $this->clock->time();
        return (int)$this->db->insert_record('sensportfolio_submission', (object)[
            'sensportfolioid' => $sensportfolioid,
            'userid' => $userid,
            'status' => 'submitted',
            'timesubmitted' => $now,
            'timemodified' => $now,
        ]);
    }

    /**
     * Record the jury's decision on a submission.
     *
     * @param int $submissionid
     * @param int $reviewerid
     * @param string $decision accepted or rejected
     * @param array $criteria List of ['criterion' => string, 'met' => bool, 'comment' => string].
     * @param string $feedback
     * @param \context_module $context
     * @return int Review id.
     * @throws \invalid_parameter_exception On an unknown decision; nothing is stored then.
     */
    public function decide(int $submissionid, int $reviewerid, string $decision, array $criteria, string $feedback,
            \context_module $context): int {
        if (!in_array($decision, self::DECISIONS, true)) {
            throw new \invalid_parameter_exception("decision: expected one of accepted, rejected; got '$decision'");
        }
        $submission = $this->db->get_record('sensportfolio_submission', ['id' => $submissionid], '*', MUST_EXIST);
        $now = $this->clock->time();
        $transaction = $this->db->start_delegated_transaction();
        $reviewid = (int)$this->db->insert_record('sensportfolio_review', (object)[
            'submissionid' => $submissionid,
            'reviewerid' => $reviewerid,
            'decision' => $decision,
            'criteria' => json_encode(array_values($criteria), JSON_UNESCAPED_UNICODE),
            'feedback' => $feedback,
            'timecreated' => $now,
        ]);
        $this->db->update_record('sensportfolio_submission', (object)[
            'id' => $submissionid, 'status' => $decision, 'timemodified' => $now,
        ]);
        $transaction->allow_commit();
        \mod_sensportfolio\event\jury_decision_recorded::create([
            'objectid' => $reviewid,
            'context' => $context,
            'relateduserid' => (int)$submission->userid,
            'other' => ['decision' => $decision, 'submissionid' => $submissionid],
        ])->trigger();
        return $reviewid;
    }

    /**
     * The latest submission of a learner, or null.
     *
     * @param int $sensportfolioid
     * @param int $userid
     * @return \stdClass|null
     */
    public function latest_submission(int $sensportfolioid, int $userid): ?\stdClass {
        $records = $this->db->get_records('sensportfolio_submission',
            ['sensportfolioid' => $sensportfolioid, 'userid' => $userid], 'timesubmitted DESC, id DESC', '*', 0, 1);
        return $records ? reset($records) : null;
    }
}
