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

use local_sens\local\mapping\mapping_repository;

/**
 * The activity facts of the engine's learner record: completion state and date, and grade, of each mapped activity
 * (two reads per programme version, whatever the number of activities and learners; the SQL is mapping_repository's).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class activity_facts {

    /** @var int COMPLETION_COMPLETE_PASS of lib/completionlib.php (not loaded on every page). */
    private const COMPLETE_PASS = 2;

    /** @var int COMPLETION_COMPLETE_FAIL. */
    private const COMPLETE_FAIL = 3;

    /** @var int COMPLETION_COMPLETE_FAIL_HIDDEN: failed, the grade hidden from the learner. */
    private const COMPLETE_FAIL_HIDDEN = 4;

    /** @var array<int, string> Dates of 15-minute slices of time (every timezone offset is a multiple of 15 min). */
    private array $days = [];

    /**
     * Constructor.
     *
     * @param mapping_repository $mappings
     */
    public function __construct(
        /** @var mapping_repository Mapped activities and their facts. */
        private readonly mapping_repository $mappings,
    ) {
    }

    /**
     * Facts of the mapped activities: completion state and date, grade of the activity's grade item. Only mappings
     * in courses linked to the version's programme count (a course linked elsewhere, or unlinked, feeds no fact).
     *
     * @param int $versionid
     * @param int[] $userids The learners wanted (facts of others read by a wide filter are left out).
     * @param array $completionfilter [sql, params] restricting cmc.userid.
     * @param array $gradefilter [sql, params] restricting gg.userid.
     * @return array<int, array<int, array>> By user id, then course module id.
     */
    public function of(int $versionid, array $userids, array $completionfilter, array $gradefilter): array {
        $facts = [];
        // One row per learner, their facts concatenated: 1,500 rows instead of 90,000 row objects (ids never
        // contain a space or a "|", see the Id pattern of the programme schema).
        $rows = $this->mappings->completion_facts($versionid, ...$completionfilter);
        $wanted = array_flip($userids);
        // A promotion has ~90,000 completions but far fewer distinct (activity, slot, state, day): each distinct
        // fact is built once and shared (PHP arrays are values, copied only if written).
        $memo = [];
        $slotsofcm = [];
        foreach ($rows as $row) {
            $userid = (int)$row->userid;
            if (!isset($wanted[$userid])) {
                continue;
            }
            foreach (explode('|', $row->facts) as $item) {
                $cut = strrpos($item, ' ');
                $slice = intdiv((int)substr($item, $cut + 1), 900);
                $day = $this->days[$slice] ??= record_builder::date($slice * 900);
                $head = substr($item, 0, $cut);
                if (!isset($memo[$head][$day])) {
                    [$cmid, $slot, $state] = explode(' ', $head);
                    $state = (int)$state;
                    $slotsofcm[$cmid][$slot] = true;
                    $memo[$head][$day] = [$cmid . '/' . $slot, [
                        'id' => 'cm' . $cmid,
                        'slot' => $slot,
                        'completed' => $state !== 0,
                        'passed' => $state === self::COMPLETE_PASS ? true
                            : (in_array($state, [self::COMPLETE_FAIL, self::COMPLETE_FAIL_HIDDEN], true) ? false : null),
                        'grade' => null,
                        'max' => null,
                        'at' => $day,
                    ]];
                }
                [$key, $fact] = $memo[$head][$day];
                $facts[$userid][$key] = $fact;
            }
        }

        $rows = $this->mappings->grade_facts($versionid, ...$gradefilter);
        foreach ($rows as $row) {
            $userid = (int)$row->userid;
            if (!isset($wanted[$userid])) {
                continue;
            }
            $key = (int)$row->cmid . '/' . $row->slot;
            $slotsofcm[(int)$row->cmid][$row->slot] = true;
            $max = (float)$row->rawgrademax > 0 ? (float)$row->rawgrademax : (float)$row->grademax;
            $fact = $facts[$userid][$key] ?? [
                'id' => 'cm' . $row->cmid,
                'slot' => $row->slot,
                'completed' => false,
                'passed' => null,
                'grade' => null,
                'max' => null,
                'at' => record_builder::date((int)($row->timemodified ?: $row->timecreated)),
            ];
            $fact['grade'] = max(0.0, (float)$row->finalgrade);
            $fact['max'] = $max > 0 ? $max : null;
            $facts[$userid][$key] = $fact;
        }
        // One cm mapped to two slots gives two facts: ids must stay unique in the record.
        $multislot = false;
        foreach ($slotsofcm as $slots) {
            $multislot = $multislot || count($slots) > 1;
        }
        foreach ($multislot ? $facts : [] as $userid => $list) {
            $seen = [];
            foreach ($list as $key => $fact) {
                if (isset($seen[$fact['id']])) {
                    $facts[$userid][$key]['id'] = $fact['id'] . ':' . $fact['slot'];
                }
                $seen[$fact['id']] = true;
            }
        }
        return $facts;
    }
}
