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
namespace mod_sensportfolio\local\deliberation;

use core\clock;
use local_sens\api;
use moodle_database;

/**
 * Deliberation sessions of the jury: the president sees every candidate with the rules engine's proposal (certified
 * or not, and why), records the jury's decisions in one batch — a decision that differs from the proposal needs a
 * written justification —, and closes the session: the minutes (procès-verbal) are written as a PDF (Moodle's
 * pdflib), stored with their SHA-256, and the session becomes read-only.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class deliberation_service {

    /** @var string File area of the minutes (itemid = session id). */
    public const FILEAREA = 'minutes';

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
     * Open a session; its creator (who may decide; where the programme's jury has a president, who holds
     * mod/sensportfolio:preside) presides.
     *
     * @param \stdClass $instance
     * @param \context_module $context
     * @param int $presidentid
     * @param string $name
     * @param string $members The jury members, as the minutes list them.
     * @return int Session id.
     */
    public function create(\stdClass $instance, \context_module $context, int $presidentid, string $name,
            string $members): int {
        require_capability('mod/sensportfolio:decide', $context, $presidentid);
        if (\core\di::get(\mod_sensportfolio\local\jury\jury_service::class)->panel($instance)['mode']
                === \mod_sensportfolio\local\jury\jury_service::PRESIDENT) {
            require_capability('mod/sensportfolio:preside', $context, $presidentid);
        }
        $name = trim($name);
        if ($name === '' || \core_text::strlen($name) > 255) {
            throw new \invalid_parameter_exception('name: required, at most 255 characters');
        }
        return (int)$this->db->insert_record('sensportfolio_session', (object)[
            'sensportfolioid' => $instance->id, 'name' => $name, 'presidentid' => $presidentid,
            'members' => trim($members), 'status' => 'open', 'timecreated' => $this->clock->time(), 'timeclosed' => 0,
        ]);
    }

    /**
     * A session of this activity.
     *
     * @param int $sessionid
     * @param int $portfolioid
     * @return \stdClass
     */
    public function get(int $sessionid, int $portfolioid): \stdClass {
        $session = $this->db->get_record('sensportfolio_session', ['id' => $sessionid, 'sensportfolioid' => $portfolioid]);
        if (!$session) {
            throw new \moodle_exception('sessionnotfound', 'mod_sensportfolio');
        }
        return $session;
    }

    /**
     * Sessions of an activity, newest first.
     *
     * @param int $portfolioid
     * @return \stdClass[]
     */
    public function sessions(int $portfolioid): array {
        return array_values($this->db->get_records('sensportfolio_session', ['sensportfolioid' => $portfolioid],
            'timecreated DESC, id DESC'));
    }

    /**
     * The candidates: the activity's learners who follow the programme, with the engine's verdict, the proposal
     * (accepted when the engine certifies, else rejected) and the verdict's reasons in the current language.
     *
     * @param \stdClass $instance
     * @param \context_module $context
     * @return array[] By user id: userid, fullname, verdict, proposal, reasons (string[])
     */
    public function candidates(\stdClass $instance, \context_module $context): array {
        $candidates = [];
        foreach (get_enrolled_users($context, 'mod/sensportfolio:submit', 0, 'u.*', 'u.lastname, u.firstname') as $user) {
            $programme = api::learner_programme((int)$user->id, (int)$instance->course);
            if ($programme === null || $programme['decision'] === null) {
                continue;
            }
            $verdict = $programme['decision']['verdict'] ?? [];
            $code = (string)($verdict['code'] ?? 'in_progress');
            $candidates[(int)$user->id] = [
                'userid' => (int)$user->id,
                'fullname' => fullname($user),
                'verdict' => $code,
                'proposal' => $code === 'certified' ? 'accepted' : 'rejected',
                'reasons' => api::reason_texts($verdict['reasons'] ?? [], $programme['definition']),
            ];
        }
        return $candidates;
    }

    /**
     * The decisions recorded in a session, by candidate.
     *
     * @param int $sessionid
     * @return \stdClass[] By user id.
     */
    public function decisions(int $sessionid): array {
        $out = [];
        foreach ($this->db->get_records('sensportfolio_sessiondec', ['sessionid' => $sessionid], 'id') as $row) {
            $out[(int)$row->userid] = $row;
        }
        return $out;
    }

    /**
     * Refuse unless the session is open and the user presides it.
     *
     * @param \stdClass $session
     * @param int $userid
     */
    private function require_president_open(\stdClass $session, int $userid): void {
        if ($session->status !== 'open') {
            throw new \moodle_exception('sessionclosed', 'mod_sensportfolio');
        }
        if ((int)$session->presidentid !== $userid) {
            throw new \moodle_exception('notpresident', 'mod_sensportfolio');
        }
    }

    /**
     * Record the jury's decisions in one batch, all or nothing.
     *
     * @param \stdClass $session
     * @param int $userid Who records: the president.
     * @param array $batch By candidate user id: ['decision' => one of api::JURY_DECISIONS, 'justification' => string]
     * @param array $candidates candidates()
     * @throws \invalid_parameter_exception Naming the candidate and the field; nothing is stored then.
     */
    public function record(\stdClass $session, int $userid, array $batch, array $candidates): void {
        $this->require_president_open($session, $userid);
        $rows = [];
        foreach ($batch as $candidateid => $item) {
            $decision = (string)($item['decision'] ?? '');
            if ($decision === '') {
                continue;
            }
            if (!isset($candidates[$candidateid])) {
                throw new \invalid_parameter_exception("decisions[$candidateid]: not a candidate of this activity");
            }
            $name = $candidates[$candidateid]['fullname'];
            if (!in_array($decision, api::JURY_DECISIONS, true)) {
                throw new \invalid_parameter_exception("decisions[$candidateid].decision ($name): expected one of "
                    . implode(', ', api::JURY_DECISIONS) . "; got '$decision'");
            }
            $justification = trim((string)($item['justification'] ?? ''));
            if ($decision !== $candidates[$candidateid]['proposal'] && $justification === '') {
                throw new \invalid_parameter_exception("decisions[$candidateid].justification ($name): required when the "
                    . "decision differs from the engine's proposal");
            }
            $rows[$candidateid] = ['decision' => $decision, 'justification' => $justification,
                'verdict' => $candidates[$candidateid]['verdict'], 'proposal' => $candidates[$candidateid]['proposal']];
        }
        $existing = $this->decisions((int)$session->id);
        $now = $this->clock->time();
        $transaction = $this->db->start_delegated_transaction();
        foreach ($rows as $candidateid => $row) {
            $record = (object)($row + ['sessionid' => $session->id, 'userid' => $candidateid, 'timecreated' => $now]);
            if (isset($existing[$candidateid])) {
                $record->id = $existing[$candidateid]->id;
                $this->db->update_record('sensportfolio_sessiondec', $record);
            } else {
                $this->db->insert_record('sensportfolio_sessiondec', $record);
            }
        }
        $transaction->allow_commit();
    }

    /**
     * The jury's grades of the candidates' dossiers in an activity (a mémoire /20): the grade of the latest decision of
     * the jury (isfinal) on each candidate's latest graded submission. One read.
     *
     * @param int $portfolioid
     * @param int[] $userids
     * @return array<int, float> By candidate user id; none for an ungraded dossier.
     */
    public function grades(int $portfolioid, array $userids): array {
        if (!$userids) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'u');
        $grades = [];
        foreach ($this->db->get_records_sql("SELECT r.id, s.userid, r.grade
                                               FROM {sensportfolio_review} r
                                               JOIN {sensportfolio_submission} s ON s.id = r.submissionid
                                              WHERE s.sensportfolioid = :portfolioid AND s.userid $insql
                                                    AND r.isfinal = 1 AND r.grade IS NOT NULL
                                           ORDER BY r.id", ['portfolioid' => $portfolioid] + $params) as $row) {
            $grades[(int)$row->userid] = (float)$row->grade;
        }
        return $grades;
    }

    /**
     * Close the session: the minutes as a PDF stored with its SHA-256; the session becomes read-only.
     *
     * @param \stdClass $session
     * @param int $userid The president.
     * @param \stdClass $instance
     * @param \context_module $context
     * @return \stored_file The minutes.
     */
    public function close(\stdClass $session, int $userid, \stdClass $instance, \context_module $context): \stored_file {
        global $CFG;
        $this->require_president_open($session, $userid);
        require_once($CFG->libdir . '/pdflib.php');
        require_once($CFG->dirroot . '/user/lib.php');
        $now = $this->clock->time();
        $decisions = $this->decisions((int)$session->id);
        $users = $decisions ? user_get_users_by_id(array_keys($decisions)) : [];
        $president = \core_user::get_user((int)$session->presidentid);
        // A graded dossier (a mémoire /20): each candidate's jury grade, from the jury's latest decision on it.
        $grades = $this->grades((int)$instance->id, array_keys($decisions));
        $rows = '';
        foreach ($decisions as $candidateid => $row) {
            $rows .= '<tr><td>' . s(isset($users[$candidateid]) ? fullname($users[$candidateid]) : $candidateid) . '</td><td>'
                . s(get_string('decision:' . $row->proposal, 'mod_sensportfolio')) . ' (' . s($row->verdict) . ')</td><td>'
                . s(get_string('decision:' . $row->decision, 'mod_sensportfolio'))
                . (isset($grades[$candidateid]) ? ' — ' . s(get_string('jurygradeshown', 'mod_sensportfolio',
                    format_float($grades[$candidateid], -1))) : '')
                . '</td><td>' . s($row->justification) . '</td></tr>';
        }
        $html = '<h1>' . s(get_string('minutes', 'mod_sensportfolio')) . '</h1>'
            . '<p>' . s(format_string($instance->name)) . ' — ' . s($session->name) . '</p>'
            . '<p>' . s(get_string('president', 'mod_sensportfolio')) . ' : ' . s($president ? fullname($president) : '') . '<br>'
            . s(get_string('jurymembers', 'mod_sensportfolio')) . ' : ' . s($session->members) . '<br>'
            . s(get_string('closedon', 'mod_sensportfolio')) . ' : ' . s(userdate($now)) . '</p>'
            . '<table border="1" cellpadding="4"><thead><tr><th>' . s(get_string('candidate', 'mod_sensportfolio'))
            . '</th><th>' . s(get_string('proposal', 'mod_sensportfolio')) . '</th><th>'
            . s(get_string('decision', 'mod_sensportfolio')) . '</th><th>' . s(get_string('justification', 'mod_sensportfolio'))
            . '</th></tr></thead><tbody>' . $rows . '</tbody></table>';
        $pdf = new \pdf();
        $pdf->setPrintHeader(false);
        $pdf->setPrintFooter(false);
        $pdf->SetTitle(get_string('minutes', 'mod_sensportfolio') . ' — ' . $session->name);
        $pdf->AddPage();
        $pdf->writeHTML($html);
        $content = $pdf->Output('', 'S');

        $transaction = $this->db->start_delegated_transaction();
        $file = get_file_storage()->create_file_from_string([
            'contextid' => $context->id, 'component' => 'mod_sensportfolio', 'filearea' => self::FILEAREA,
            'itemid' => $session->id, 'filepath' => '/', 'filename' => 'proces-verbal-' . $session->id . '.pdf',
        ], $content);
        $this->db->update_record('sensportfolio_session', (object)['id' => $session->id, 'status' => 'closed',
            'minuteshash' => hash('sha256', $content), 'timeclosed' => $now]);
        // The session's decisions go into SENS's hash-chained audit trail with the minutes' hash (same transaction).
        api::audit($userid, 'jury_session_closed', array_map(fn($candidateid, $row) => ['relateduserid' => (int)$candidateid,
            'details' => ['cmid' => (int)$context->instanceid, 'sessionid' => (int)$session->id, 'decision' => $row->decision,
                'proposal' => $row->proposal, 'verdict' => $row->verdict, 'justification' => $row->justification,
                'minuteshash' => hash('sha256', $content)]], array_keys($decisions), array_values($decisions)));
        // The jury's decision is published: local_sens queues the accepted candidates' diplomas (same transaction).
        api::issue_certificates_after_jury((int)$instance->course,
            array_keys(array_filter($decisions, fn($row) => $row->decision === 'accepted')), $userid);
        $transaction->allow_commit();
        return $file;
    }
}
