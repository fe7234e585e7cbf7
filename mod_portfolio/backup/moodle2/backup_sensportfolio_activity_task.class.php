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

/**
 * Backup task of mod_sensportfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

require_once($CFG->dirroot . '/mod/sensportfolio/backup/moodle2/backup_sensportfolio_stepslib.php');

/**
 * Backup task of one SENS portfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class backup_sensportfolio_activity_task extends backup_activity_task {

    /**
     * No specific settings.
     */
    protected function define_my_settings() {
    }

    /**
     * One structure step writes sensportfolio.xml.
     */
    protected function define_my_steps() {
        $this->add_step(new backup_sensportfolio_activity_structure_step('sensportfolio_structure', 'sensportfolio.xml'));
    }

    /**
     * Encode links to index.php and view.php.
     *
     * @param string $content
     * @return string
     */
    public static function encode_content_links($content) {
        global $CFG;
        $base = preg_quote($CFG->wwwroot, '/');
        $content = preg_replace('/(' . $base . '\/mod\/sensportfolio\/index.php\?id\=)([0-9]+)/',
            '$@SENSPORTFOLIOINDEX*$2@$', $content);
        return preg_replace('/(' . $base . '\/mod\/sensportfolio\/view.php\?id\=)([0-9]+)/',
            '$@SENSPORTFOLIOVIEWBYID*$2@$', $content);
    }
}
