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

namespace local_sens;

/**
 * Install and uninstall of local_sens: the tables exist, and uninstalling removes them and the plugin's config.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     ::uninstall_plugin
 */
final class install_test extends \advanced_testcase {

    /** @var string[] Every table of install.xml. */
    private const TABLES = ['local_sens_progversion', 'local_sens_course', 'local_sens_mapping', 'local_sens_enrolment',
        'local_sens_placement', 'local_sens_attestation', 'local_sens_decision', 'local_sens_audit', 'local_sens_session',
        'local_sens_sessionlead'];

    /**
     * Install created every table and the default settings.
     */
    public function test_install_created_tables(): void {
        global $DB;
        $dbman = $DB->get_manager();
        foreach (self::TABLES as $table) {
            $this->assertTrue($dbman->table_exists($table), "$table missing");
        }
        $this->assertNotEmpty(get_config('local_sens', 'version'));
    }

    /**
     * Uninstall drops every table and all config, then the plugin is put back so later tests find it.
     */
    public function test_uninstall_removes_tables_and_config(): void {
        global $CFG, $DB;
        require_once($CFG->libdir . '/adminlib.php');
        require_once($CFG->libdir . '/upgradelib.php');
        $this->resetAfterTest();
        set_config('uninstallprobe', 4, 'local_sens');
        $version = get_config('local_sens', 'version');

        ob_start();
        uninstall_plugin('local', 'sens');
        ob_end_clean();

        $dbman = $DB->get_manager();
        try {
            foreach (self::TABLES as $table) {
                $this->assertFalse($dbman->table_exists($table), "$table left behind");
            }
            $this->assertSame([], (array)get_config('local_sens'));
            $this->assertFalse($DB->record_exists('capabilities', ['component' => 'local_sens']));
        } finally {
            // Put the plugin back as install does, so the tables exist for the rest of the run.
            $dbman->install_from_xmldb_file($CFG->dirroot . '/local/sens/db/install.xml');
            set_config('version', $version, 'local_sens');
            update_capabilities('local_sens');
        }
    }
}
