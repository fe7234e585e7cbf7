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
 * Upgrade steps of local_sens.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Upgrade local_sens.
 *
 * @param int $oldversion
 * @return bool
 */
function xmldb_local_sens_upgrade($oldversion) {
    global $DB;
    $dbman = $DB->get_manager();

    if ($oldversion < 2026120410) {
        // Level gating by the availability_sens condition instead of hidden per-level groups: the learners' open
        // units stored as rows (from their stored decisions), then, one pass per course, each mapped activity's
        // group condition replaced by the SENS level condition (the teachers' conditions kept) and the sens:<unit>
        // groups deleted with their memberships. Idempotent: a second pass finds nothing to change.
        $table = new xmldb_table('local_sens_openunit');
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $table->add_field('userid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('programme', XMLDB_TYPE_CHAR, '100', null, XMLDB_NOTNULL, null, null);
        $table->add_field('unit', XMLDB_TYPE_CHAR, '100', null, XMLDB_NOTNULL, null, null);
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_key('userid', XMLDB_KEY_FOREIGN, ['userid'], 'user', ['id']);
        $table->add_index('userprogrammeunit', XMLDB_INDEX_UNIQUE, ['userid', 'programme', 'unit']);
        $table->add_index('programmeunit', XMLDB_INDEX_NOTUNIQUE, ['programme', 'unit']);
        if (!$dbman->table_exists($table)) {
            $dbman->create_table($table);
        }
        \core\di::get(\local_sens\local\gating\open_units_repository::class)->rebuild_all();
        $courseids = array_unique(array_merge(
            $DB->get_fieldset_select('local_sens_course', 'courseid', '1 = 1'),
            $DB->get_fieldset_select('groups', 'courseid', $DB->sql_like('idnumber', ':prefix'), ['prefix' => 'sens:%'])
        ));
        foreach ($courseids as $courseid) {
            \core\di::get(\local_sens\local\gating\gating_service::class)->sync_course((int)$courseid);
        }
        upgrade_plugin_savepoint(true, 2026120410, 'local', 'sens');
    }

    if ($oldversion < 2026120430) {
        // Dated sessions of a course (workshop sessions of the programme) and their leads.
        $table = new xmldb_table('local_sens_session');
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $table->add_field('courseid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('sessionkey', XMLDB_TYPE_CHAR, '100', null, XMLDB_NOTNULL, null, null);
        $table->add_field('kind', XMLDB_TYPE_CHAR, '20', null, XMLDB_NOTNULL, null, 'workshop');
        $table->add_field('title', XMLDB_TYPE_CHAR, '255', null, XMLDB_NOTNULL, null, null);
        $table->add_field('units', XMLDB_TYPE_TEXT, null, null, null, null, null);
        $table->add_field('timestart', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0');
        $table->add_field('timeend', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0');
        $table->add_field('room', XMLDB_TYPE_CHAR, '255', null, null, null, null);
        $table->add_field('usermodified', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('timecreated', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('timemodified', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_key('courseid', XMLDB_KEY_FOREIGN, ['courseid'], 'course', ['id']);
        $table->add_key('usermodified', XMLDB_KEY_FOREIGN, ['usermodified'], 'user', ['id']);
        $table->add_index('coursesession', XMLDB_INDEX_UNIQUE, ['courseid', 'sessionkey']);
        if (!$dbman->table_exists($table)) {
            $dbman->create_table($table);
        }

        $table = new xmldb_table('local_sens_sessionlead');
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $table->add_field('sessionid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('userid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_key('sessionid', XMLDB_KEY_FOREIGN, ['sessionid'], 'local_sens_session', ['id']);
        $table->add_key('userid', XMLDB_KEY_FOREIGN, ['userid'], 'user', ['id']);
        $table->add_index('sessionuser', XMLDB_INDEX_UNIQUE, ['sessionid', 'userid']);
        if (!$dbman->table_exists($table)) {
            $dbman->create_table($table);
        }

        // Attestations become the rows of a session's sheet: marks, comment, corrections appended, idempotency.
        $table = new xmldb_table('local_sens_attestation');
        $fields = [
            new xmldb_field('sessionid', XMLDB_TYPE_INTEGER, '10', null, null, null, null, 'timecreated'),
            new xmldb_field('marks', XMLDB_TYPE_TEXT, null, null, null, null, null, 'sessionid'),
            new xmldb_field('note', XMLDB_TYPE_TEXT, null, null, null, null, null, 'marks'),
            new xmldb_field('corrects', XMLDB_TYPE_INTEGER, '10', null, null, null, null, 'note'),
            new xmldb_field('reason', XMLDB_TYPE_TEXT, null, null, null, null, null, 'corrects'),
            new xmldb_field('idempotencykey', XMLDB_TYPE_CHAR, '64', null, null, null, null, 'reason'),
        ];
        foreach ($fields as $field) {
            if (!$dbman->field_exists($table, $field)) {
                $dbman->add_field($table, $field);
            }
        }
        $keys = [
            new xmldb_key('sessionid', XMLDB_KEY_FOREIGN, ['sessionid'], 'local_sens_session', ['id']),
            new xmldb_key('corrects', XMLDB_KEY_FOREIGN, ['corrects'], 'local_sens_attestation', ['id']),
        ];
        foreach ($keys as $key) {
            $dbman->add_key($table, $key);
        }
        $index = new xmldb_index('idempotencykey', XMLDB_INDEX_NOTUNIQUE, ['idempotencykey']);
        if (!$dbman->index_exists($table, $index)) {
            $dbman->add_index($table, $index);
        }
        upgrade_plugin_savepoint(true, 2026120430, 'local', 'sens');
    }

    if ($oldversion < 2026120431) {
        // The room of a session is null until set (XMLDB refuses an empty-string default on a NOT NULL char).
        $table = new xmldb_table('local_sens_session');
        $field = new xmldb_field('room', XMLDB_TYPE_CHAR, '255', null, null, null, null, 'timeend');
        $dbman->change_field_default($table, $field);
        $dbman->change_field_notnull($table, $field);
        upgrade_plugin_savepoint(true, 2026120431, 'local', 'sens');
    }

    if ($oldversion < 2026120460) {
        // Certificates issued to learners (issue 15): once per learner, programme version, kind and correction.
        $table = new xmldb_table('local_sens_certificate');
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $table->add_field('userid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('versionid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('decisionid', XMLDB_TYPE_INTEGER, '10', null, null, null, null);
        $table->add_field('kind', XMLDB_TYPE_CHAR, '20', null, XMLDB_NOTNULL, null, null);
        $table->add_field('replaces', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0');
        $table->add_field('code', XMLDB_TYPE_CHAR, '16', null, XMLDB_NOTNULL, null, null);
        $table->add_field('status', XMLDB_TYPE_CHAR, '10', null, XMLDB_NOTNULL, null, 'valid');
        $table->add_field('fullname', XMLDB_TYPE_CHAR, '255', null, XMLDB_NOTNULL, null, null);
        $table->add_field('lang', XMLDB_TYPE_CHAR, '2', null, XMLDB_NOTNULL, null, null);
        $table->add_field('fields', XMLDB_TYPE_TEXT, null, null, XMLDB_NOTNULL, null, null);
        $table->add_field('sha256fr', XMLDB_TYPE_CHAR, '64', null, XMLDB_NOTNULL, null, null);
        $table->add_field('sha256en', XMLDB_TYPE_CHAR, '64', null, XMLDB_NOTNULL, null, null);
        $table->add_field('issuedby', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('timeissued', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('revokedby', XMLDB_TYPE_INTEGER, '10', null, null, null, null);
        $table->add_field('timerevoked', XMLDB_TYPE_INTEGER, '10', null, null, null, null);
        $table->add_field('reason', XMLDB_TYPE_TEXT, null, null, null, null, null);
        $table->add_field('replacedby', XMLDB_TYPE_INTEGER, '10', null, null, null, null);
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_key('userid', XMLDB_KEY_FOREIGN, ['userid'], 'user', ['id']);
        $table->add_key('versionid', XMLDB_KEY_FOREIGN, ['versionid'], 'local_sens_progversion', ['id']);
        $table->add_index('code', XMLDB_INDEX_UNIQUE, ['code']);
        $table->add_index('issueonce', XMLDB_INDEX_UNIQUE, ['userid', 'versionid', 'kind', 'replaces']);
        if (!$dbman->table_exists($table)) {
            $dbman->create_table($table);
        }
        upgrade_plugin_savepoint(true, 2026120460, 'local', 'sens');
    }

    if ($oldversion < 2026120510) {
        // Issue 13: co-signatures of workshop attestations (a programme may ask for more than one signer).
        $table = new xmldb_table('local_sens_cosignature');
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $table->add_field('attestationid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('userid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('timecreated', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_key('attestationid', XMLDB_KEY_FOREIGN, ['attestationid'], 'local_sens_attestation', ['id']);
        $table->add_key('userid', XMLDB_KEY_FOREIGN, ['userid'], 'user', ['id']);
        $table->add_index('attestationuser', XMLDB_INDEX_UNIQUE, ['attestationid', 'userid']);
        if (!$dbman->table_exists($table)) {
            $dbman->create_table($table);
        }
        upgrade_plugin_savepoint(true, 2026120510, 'local', 'sens');
    }

    if ($oldversion < 2026120530) {
        // Issue 15: the audit trail becomes a hash chain. Each entry gets its position, the previous entry's hash and
        // its own; the head record holds the last ones (its row lock serialises writers). Existing entries are
        // chained in id order, then the position is made unique.
        $table = new xmldb_table('local_sens_audit');
        foreach ([
            new xmldb_field('seq', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0', 'timecreated'),
            new xmldb_field('prevhash', XMLDB_TYPE_CHAR, '64', null, XMLDB_NOTNULL, null, null, 'seq'),
            new xmldb_field('hash', XMLDB_TYPE_CHAR, '64', null, XMLDB_NOTNULL, null, null, 'prevhash'),
        ] as $field) {
            if (!$dbman->field_exists($table, $field)) {
                $dbman->add_field($table, $field);
            }
        }
        $head = new xmldb_table('local_sens_audithead');
        $head->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $head->add_field('seq', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0');
        $head->add_field('hash', XMLDB_TYPE_CHAR, '64', null, XMLDB_NOTNULL, null, null);
        $head->add_field('timemodified', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0');
        $head->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        if (!$dbman->table_exists($head)) {
            $dbman->create_table($head);
        }
        if (!$DB->record_exists('local_sens_audithead', [])) {
            $DB->insert_record('local_sens_audithead', (object)['seq' => 0,
                'hash' => \local_sens\local\audit\audit_repository::GENESIS, 'timemodified' => time()]);
        }
        \core\di::get(\local_sens\local\audit\audit_repository::class)->chain_unchained();
        $index = new xmldb_index('seq', XMLDB_INDEX_UNIQUE, ['seq']);
        if (!$dbman->index_exists($table, $index)) {
            $dbman->add_index($table, $index);
        }
        upgrade_plugin_savepoint(true, 2026120530, 'local', 'sens');
    }

    if ($oldversion < 2026120531) {
        // Issue 15: the core badge created for each level of a programme version that has badges.
        $table = new xmldb_table('local_sens_badge');
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $table->add_field('versionid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('unit', XMLDB_TYPE_CHAR, '100', null, XMLDB_NOTNULL, null, null);
        $table->add_field('badgeid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('timecreated', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_key('versionid', XMLDB_KEY_FOREIGN, ['versionid'], 'local_sens_progversion', ['id']);
        $table->add_key('badgeid', XMLDB_KEY_FOREIGN_UNIQUE, ['badgeid'], 'badge', ['id']);
        $table->add_index('versionunit', XMLDB_INDEX_UNIQUE, ['versionid', 'unit']);
        if (!$dbman->table_exists($table)) {
            $dbman->create_table($table);
        }
        upgrade_plugin_savepoint(true, 2026120531, 'local', 'sens');
    }

    if ($oldversion < 2026120540) {
        // Issue 16: programme assessment components (module, component, session) held by the course's grade items.
        $table = new xmldb_table('local_sens_assessmap');
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $table->add_field('versionid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('courseid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('unit', XMLDB_TYPE_CHAR, '100', null, XMLDB_NOTNULL, null, null);
        $table->add_field('component', XMLDB_TYPE_CHAR, '100', null, XMLDB_NOTNULL, null, null);
        $table->add_field('session', XMLDB_TYPE_CHAR, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('gradeitemid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('usermodified', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('timecreated', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('timemodified', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_key('versionid', XMLDB_KEY_FOREIGN, ['versionid'], 'local_sens_progversion', ['id']);
        $table->add_key('courseid', XMLDB_KEY_FOREIGN, ['courseid'], 'course', ['id']);
        $table->add_key('gradeitemid', XMLDB_KEY_FOREIGN, ['gradeitemid'], 'grade_items', ['id']);
        $table->add_key('usermodified', XMLDB_KEY_FOREIGN, ['usermodified'], 'user', ['id']);
        $table->add_index('componentsession', XMLDB_INDEX_UNIQUE, ['versionid', 'courseid', 'unit', 'component', 'session']);
        if (!$dbman->table_exists($table)) {
            $dbman->create_table($table);
        }
        upgrade_plugin_savepoint(true, 2026120540, 'local', 'sens');
    }

    if ($oldversion < 2026120560) {
        // Issue 17: learners waiting for the deferred recompute of a course (bulk enrolments).
        $table = new xmldb_table('local_sens_pending');
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE, null);
        $table->add_field('userid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('courseid', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_field('timedirty', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, null);
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_key('userid', XMLDB_KEY_FOREIGN, ['userid'], 'user', ['id']);
        $table->add_key('courseid', XMLDB_KEY_FOREIGN, ['courseid'], 'course', ['id']);
        $table->add_index('usercourse', XMLDB_INDEX_UNIQUE, ['userid', 'courseid']);
        if (!$dbman->table_exists($table)) {
            $dbman->create_table($table);
        }
        upgrade_plugin_savepoint(true, 2026120560, 'local', 'sens');
    }

    return true;
}
