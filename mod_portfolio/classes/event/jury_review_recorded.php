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

namespace mod_sensportfolio\event;

/**
 * A jury member recorded their review of a portfolio submission for the president (the programme's jury has a
 * president): not the jury's decision — local_sens does not observe it.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class jury_review_recorded extends \core\event\base {

    /**
     * Init the event data.
     */
    protected function init() {
        $this->data['crud'] = 'c';
        $this->data['edulevel'] = self::LEVEL_TEACHING;
        $this->data['objecttable'] = 'sensportfolio_review';
    }

    /**
     * Localised name.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('event:juryreviewrecorded', 'mod_sensportfolio');
    }

    /**
     * Description for the logs.
     *
     * @return string
     */
    public function get_description() {
        $decision = $this->other['decision'] ?? '';
        return "The user with id '$this->userid' recorded a member's review '$decision' (review id '$this->objectid') "
            . "for the jury's president on the portfolio of the user with id '$this->relateduserid' "
            . "in the course module with id '$this->contextinstanceid'.";
    }

    /**
     * Mapping of the object id for restore.
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => 'sensportfolio_review', 'restore' => 'sensportfolio_review'];
    }
}
