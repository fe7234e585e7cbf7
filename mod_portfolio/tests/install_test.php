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

namespace mod_sensportfolio;

/**
 * Install and uninstall of mod_sensportfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     ::uninstall_plugin
 */
final class install_test extends \advanced_testcase {

    /** @var string[] Every table of install.xml. */
    private const TABLES = ['sensportfolio', 'sensportfolio_entry', 'sensportfolio_submission', 'sensportfolio_review'];

    /**
     * Install created every table and registered the module.
     */
    public function test_install_created_tables(): void {
        global $DB;
        foreach (self::TABLES as $table) {
            $this->assertTrue($DB->get_manager()->table_exists($table), "$table missing");
        }
        $this->assertTrue($DB->record_exists('modules', ['name' => 'sensportfolio']));
    }

    /**
     * Uninstall drops every table, the module record and the config; then the module is put back.
     */
    public function test_uninstall_removes_tables_and_config(): void {
        global $CFG, $DB;
        require_once($CFG->libdir . '/adminlib.php');
        require_once($CFG->libdir . '/upgradelib.php');
        $this->resetAfterTest();
        $version = get_config('mod_sensportfolio', 'version');
        $module = $DB->get_record('modules', ['name' => 'sensportfolio'], '*', MUST_EXIST);

        ob_start();
        uninstall_plugin('mod', 'sensportfolio');
        ob_end_clean();

        $dbman = $DB->get_manager();
        try {
            foreach (self::TABLES as $table) {
                $this->assertFalse($dbman->table_exists($table), "$table left behind");
            }
            $this->assertFalse($DB->record_exists('modules', ['name' => 'sensportfolio']));
            $this->assertSame([], (array)get_config('mod_sensportfolio'));
        } finally {
            $dbman->install_from_xmldb_file($CFG->dirroot . '/mod/sensportfolio/db/install.xml');
            if (!$DB->record_exists('modules', ['name' => 'sensportfolio'])) {
                $DB->import_record('modules', $module);
            }
            set_config('version', $version, 'mod_sensportfolio');
            update_capabilities('mod_sensportfolio');
        }
    }
}
