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
namespace mod_sensportfolio\completion;

use core_completion\activity_custom_completion;

/**
 * Custom completion rule of a SENS portfolio: complete when the jury accepted the learner's latest submission.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class custom_completion extends activity_custom_completion {

    /**
     * State of a rule for the user.
     *
     * @param string $rule
     * @return int COMPLETION_COMPLETE or COMPLETION_INCOMPLETE
     */
    public function get_state(string $rule): int {
        global $DB;
        $this->validate_rule($rule);
        $latest = $DB->get_records('sensportfolio_submission',
            ['sensportfolioid' => $this->cm->instance, 'userid' => $this->userid], 'timesubmitted DESC, id DESC', 'id, status',
            0, 1);
        $latest = reset($latest);
        return $latest && $latest->status === 'accepted' ? COMPLETION_COMPLETE : COMPLETION_INCOMPLETE;
    }

    /**
     * Rules this module defines.
     *
     * @return string[]
     */
    public static function get_defined_custom_rules(): array {
        return ['completionaccepted'];
    }

    /**
     * Descriptions of the rules, shown to the learner.
     *
     * @return array
     */
    public function get_custom_rule_descriptions(): array {
        return ['completionaccepted' => get_string('completiondetail:accepted', 'mod_sensportfolio')];
    }

    /**
     * Order of the rules shown.
     *
     * @return string[]
     */
    public function get_sort_order(): array {
        return ['completionview', 'completionaccepted'];
    }
}
