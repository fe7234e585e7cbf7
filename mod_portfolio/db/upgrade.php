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
 * Upgrade steps of mod_sensportfolio.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Upgrade mod_sensportfolio.
 *
 * @param int $oldversion
 * @return bool
 */
function xmldb_sensportfolio_upgrade($oldversion) {
    global $DB;
    $dbman = $DB->get_manager();

    if ($oldversion < 2026120401) {
        // Activity settings: the unit decided on, file limits, completion rule "portfolio accepted".
        $fields = [
            'sensportfolio' => [
                new xmldb_field('unit', XMLDB_TYPE_CHAR, '100', null, null, null, null, 'criteria'),
                new xmldb_field('maxbytes', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0', 'unit'),
                new xmldb_field('maxfiles', XMLDB_TYPE_INTEGER, '4', null, XMLDB_NOTNULL, null, '5', 'maxbytes'),
                new xmldb_field('filetypes', XMLDB_TYPE_CHAR, '255', null, null, null, null, 'maxfiles'),
                new xmldb_field('completionaccepted', XMLDB_TYPE_INTEGER, '1', null, XMLDB_NOTNULL, null, '0', 'filetypes'),
            ],
            // Entries: the date of the evidence and their order.
            'sensportfolio_entry' => [
                new xmldb_field('entrydate', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0', 'competences'),
                new xmldb_field('sortorder', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0', 'entrydate'),
            ],
            // Submissions are snapshots: the entries as submitted and their SHA-256.
            'sensportfolio_submission' => [
                new xmldb_field('snapshot', XMLDB_TYPE_TEXT, null, null, null, null, null, 'status'),
                new xmldb_field('contenthash', XMLDB_TYPE_CHAR, '64', null, null, null, null, 'snapshot'),
            ],
            // The jury's private note.
            'sensportfolio_review' => [
                new xmldb_field('note', XMLDB_TYPE_TEXT, null, null, null, null, null, 'feedback'),
            ],
        ];
        foreach ($fields as $tablename => $list) {
            $table = new xmldb_table($tablename);
            foreach ($list as $field) {
                if (!$dbman->field_exists($table, $field)) {
                    $dbman->add_field($table, $field);
                }
            }
        }
        upgrade_mod_savepoint(true, 2026120401, 'sensportfolio');
    }

    if ($oldversion < 2026120402) {
        // Deliberation sessions of the jury and their decisions per candidate.
        $table = new xmldb_table('sensportfolio_session');
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $table->add_field('sensportfolioid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('name', XMLDB_TYPE_CHAR, '255', null, XMLDB_NOTNULL, null, null);
        $table->add_field('presidentid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('members', XMLDB_TYPE_TEXT, null, null, null, null, null);
        $table->add_field('status', XMLDB_TYPE_CHAR, '20', null, XMLDB_NOTNULL, null, 'open');
        $table->add_field('minuteshash', XMLDB_TYPE_CHAR, '64', null, null, null, null);
        $table->add_field('timecreated', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('timeclosed', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0');
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_key('sensportfolioid', XMLDB_KEY_FOREIGN, ['sensportfolioid'], 'sensportfolio', ['id']);
        $table->add_key('presidentid', XMLDB_KEY_FOREIGN, ['presidentid'], 'user', ['id']);
        if (!$dbman->table_exists($table)) {
            $dbman->create_table($table);
        }
        $table = new xmldb_table('sensportfolio_sessiondec');
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $table->add_field('sessionid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('userid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('verdict', XMLDB_TYPE_CHAR, '30', null, XMLDB_NOTNULL, null, null);
        $table->add_field('proposal', XMLDB_TYPE_CHAR, '20', null, XMLDB_NOTNULL, null, null);
        $table->add_field('decision', XMLDB_TYPE_CHAR, '20', null, XMLDB_NOTNULL, null, null);
        $table->add_field('justification', XMLDB_TYPE_TEXT, null, null, null, null, null);
        $table->add_field('timecreated', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_key('sessionid', XMLDB_KEY_FOREIGN, ['sessionid'], 'sensportfolio_session', ['id']);
        $table->add_key('userid', XMLDB_KEY_FOREIGN, ['userid'], 'user', ['id']);
        $table->add_index('sessionuser', XMLDB_INDEX_UNIQUE, ['sessionid', 'userid']);
        if (!$dbman->table_exists($table)) {
            $dbman->create_table($table);
        }
        upgrade_mod_savepoint(true, 2026120402, 'sensportfolio');
    }

    if ($oldversion < 2026120501) {
        // Several jury members per submission: a member's review (0) or the jury's decision (1, every review so far).
        $table = new xmldb_table('sensportfolio_review');
        $field = new xmldb_field('isfinal', XMLDB_TYPE_INTEGER, '1', null, XMLDB_NOTNULL, null, '1', 'note');
        if (!$dbman->field_exists($table, $field)) {
            $dbman->add_field($table, $field);
        }
        upgrade_mod_savepoint(true, 2026120501, 'sensportfolio');
    }

    if ($oldversion < 2026120520) {
        // The jury's grade of a dossier (a mémoire /20), on the programme's jury requirement maximum.
        $table = new xmldb_table('sensportfolio_review');
        $field = new xmldb_field('grade', XMLDB_TYPE_NUMBER, '10, 5', null, null, null, null, 'isfinal');
        if (!$dbman->field_exists($table, $field)) {
            $dbman->add_field($table, $field);
        }
        upgrade_mod_savepoint(true, 2026120520, 'sensportfolio');
    }

    return true;
}
