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

/**
 * Hook callbacks of mod_sensportfolio: the jury's decisions handed to local_sens for the learners' records.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class hook_callbacks {

    /**
     * Add the jury's decisions recorded on submissions of portfolios in the courses local_sens asks about, one read;
     * a member's review for a president (isfinal 0) is no decision of the jury.
     *
     * @param jury_decisions $hook
     */
    public static function jury_decisions(jury_decisions $hook): void {
        global $DB;
        if (!$hook->courseids) {
            return;
        }
        [$coursesql, $params] = $DB->get_in_or_equal($hook->courseids, SQL_PARAMS_NAMED, 'c');
        $where = "p.course $coursesql";
        if ($hook->userids !== null) {
            if (!$hook->userids) {
                return;
            }
            [$usersql, $userparams] = $DB->get_in_or_equal($hook->userids, SQL_PARAMS_NAMED, 'u');
            $where .= " AND s.userid $usersql";
            $params += $userparams;
        }
        [$decisionsql, $decisionparams] = $DB->get_in_or_equal(jury_service::DECISIONS, SQL_PARAMS_NAMED, 'd');
        $rows = $DB->get_records_sql(
            "SELECT r.id, s.userid, r.decision, r.reviewerid, r.criteria, r.grade, r.timecreated, p.unit
               FROM {sensportfolio_review} r
               JOIN {sensportfolio_submission} s ON s.id = r.submissionid
               JOIN {sensportfolio} p ON p.id = s.sensportfolioid
              WHERE $where AND r.decision $decisionsql AND r.isfinal = 1
           ORDER BY r.id", $params + $decisionparams);
        $timezone = \core_date::get_server_timezone_object();
        foreach ($rows as $row) {
            $unit = $row->unit === null || $row->unit === '' ? null : (string)$row->unit;
            $at = (new \DateTimeImmutable('@' . (int)$row->timecreated))->setTimezone($timezone)->format('Y-m-d');
            try {
                $hook->add((int)$row->userid, 'review' . $row->id, $unit, (string)$row->decision, (int)$row->reviewerid,
                    $at, json_decode((string)$row->criteria, true) ?: [], $row->grade === null ? null : (float)$row->grade);
            } catch (\invalid_parameter_exception $e) {
                // An activity set to a unit the programme has no jury for: its reviews are no fact of this programme.
                debugging('mod_sensportfolio review ' . $row->id . ': ' . $e->getMessage(), DEBUG_DEVELOPER);
            }
        }
    }
}
