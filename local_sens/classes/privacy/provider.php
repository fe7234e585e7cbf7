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

namespace local_sens\privacy;

use core_privacy\local\metadata\collection;
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\contextlist;
use core_privacy\local\request\transform;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;

/**
 * Privacy provider of local_sens.
 *
 * A learner's programme data (enrolment, placements, attestations, decisions, audit entries about them) lives in
 * the learner's user context: it follows the learner across courses, like core competency's user competencies.
 * The gated units open to a learner (local_sens_openunit, derived from their decision) live there too.
 * Certificates (local_sens_certificate and their PDFs) are exported but kept on a deletion request: the university
 * must keep the record of a diploma it awarded and keep answering verifications of it (the metadata says so).
 * The audit trail (local_sens_audit) is exported and kept too: it is the append-only, hash-chained record of the
 * attestations, jury decisions, decisions and certificates a diploma rests on; removing an entry would break the
 * chain that proves nothing was altered (audit_repository::verify). It names people by user id only.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class provider implements
    \core_privacy\local\metadata\provider,
    \core_privacy\local\request\core_userlist_provider,
    \core_privacy\local\request\plugin\provider {

    /** @var string[] Tables holding a learner's data in a userid column. */
    private const LEARNER_TABLES = ['local_sens_enrolment', 'local_sens_attestation', 'local_sens_decision',
        'local_sens_openunit', 'local_sens_pending'];

    /**
     * Describe the data stored.
     *
     * @param collection $collection
     * @return collection
     */
    public static function get_metadata(collection $collection): collection {
        $fields = [
            'local_sens_progversion' => ['createdby', 'publishedby'],
            'local_sens_course' => ['usermodified'],
            'local_sens_mapping' => ['usermodified'],
            'local_sens_assessmap' => ['usermodified'],
            'local_sens_enrolment' => ['userid', 'startdate', 'usermodified', 'timecreated'],
            'local_sens_placement' => ['domain', 'level', 'basis', 'note', 'placedby', 'timecreated'],
            'local_sens_attestation' => ['userid', 'unit', 'session', 'sessiondate', 'result', 'recordedby', 'timecreated',
                'sessionid', 'marks', 'note', 'corrects', 'reason'],
            'local_sens_cosignature' => ['attestationid', 'userid', 'timecreated'],
            'local_sens_session' => ['usermodified', 'timemodified'],
            'local_sens_sessionlead' => ['sessionid', 'userid'],
            'local_sens_decision' => ['userid', 'asof', 'decision', 'timecomputed'],
            'local_sens_openunit' => ['userid', 'programme', 'unit'],
            'local_sens_pending' => ['userid', 'courseid', 'timedirty'],
            'local_sens_audit' => ['userid', 'action', 'relateduserid', 'details', 'timecreated'],
            'local_sens_certificate' => ['userid', 'code', 'fullname', 'fields', 'timeissued', 'revokedby', 'reason'],
        ];
        foreach ($fields as $table => $names) {
            $described = [];
            foreach ($names as $name) {
                $described[$name] = 'privacy:metadata:' . $table . ':' . $name;
            }
            $collection->add_database_table($table, $described, 'privacy:metadata:' . $table);
        }
        // The badges of the levels validated are core badges: Moodle's badges subsystem stores and exports them.
        $collection->add_subsystem_link('core_badges', [], 'privacy:metadata:core_badges');
        return $collection;
    }

    /**
     * Whether a user has learner data here.
     *
     * @param int $userid
     * @return bool
     */
    private static function has_learner_data(int $userid): bool {
        global $DB;
        foreach (self::LEARNER_TABLES as $table) {
            if ($DB->record_exists($table, ['userid' => $userid])) {
                return true;
            }
        }
        return $DB->record_exists('local_sens_audit', ['relateduserid' => $userid])
            || $DB->record_exists('local_sens_certificate', ['userid' => $userid])
            || $DB->record_exists('local_sens_sessionlead', ['userid' => $userid]);
    }

    /**
     * Contexts holding data of a user.
     *
     * @param int $userid
     * @return contextlist
     */
    public static function get_contexts_for_userid(int $userid): contextlist {
        $contextlist = new contextlist();
        if (self::has_learner_data($userid)) {
            $contextlist->add_user_context($userid);
        }
        return $contextlist;
    }

    /**
     * Users with data in a context.
     *
     * @param userlist $userlist
     */
    public static function get_users_in_context(userlist $userlist) {
        $context = $userlist->get_context();
        if ($context instanceof \context_user && self::has_learner_data((int)$context->instanceid)) {
            $userlist->add_user((int)$context->instanceid);
        }
    }

    /**
     * Export a learner's data.
     *
     * @param approved_contextlist $contextlist
     */
    public static function export_user_data(approved_contextlist $contextlist) {
        global $DB;
        $userid = (int)$contextlist->get_user()->id;
        foreach ($contextlist->get_contexts() as $context) {
            if (!$context instanceof \context_user || (int)$context->instanceid !== $userid) {
                continue;
            }
            $base = [get_string('pluginname', 'local_sens')];
            $enrolments = [];
            foreach ($DB->get_records('local_sens_enrolment', ['userid' => $userid], 'id') as $e) {
                $placements = [];
                foreach ($DB->get_records('local_sens_placement', ['enrolmentid' => $e->id], 'id') as $p) {
                    $placements[] = [
                        'domain' => $p->domain,
                        'level' => $p->level,
                        'basis' => $p->basis,
                        'note' => $p->note,
                        'placedby' => transform::user($p->placedby),
                        'timecreated' => transform::datetime($p->timecreated),
                    ];
                }
                $enrolments[] = [
                    'versionid' => $e->versionid,
                    'startdate' => $e->startdate,
                    'timecreated' => transform::datetime($e->timecreated),
                    'placements' => $placements,
                ];
            }
            if ($enrolments) {
                writer::with_context($context)->export_data(
                    array_merge($base, [get_string('privacy:path:enrolments', 'local_sens')]),
                    (object)['enrolments' => $enrolments]
                );
            }
            $cosignatures = \core\di::get(\local_sens\local\attestation\cosignature_repository::class)->for_learner($userid);
            $attestations = [];
            foreach ($DB->get_records('local_sens_attestation', ['userid' => $userid], 'id') as $a) {
                $attestations[] = [
                    'unit' => $a->unit,
                    'session' => $a->session,
                    'sessiondate' => $a->sessiondate,
                    'result' => $a->result,
                    'recordedby' => transform::user($a->recordedby),
                    'timecreated' => transform::datetime($a->timecreated),
                    'marks' => $a->marks === null ? null : json_decode($a->marks),
                    'note' => $a->note,
                    'corrects' => $a->corrects,
                    'reason' => $a->reason,
                    'cosignedby' => array_map(fn($c) => ['by' => transform::user($c->userid),
                        'timecreated' => transform::datetime($c->timecreated)], $cosignatures[(int)$a->id] ?? []),
                ];
            }
            $led = [];
            foreach ($DB->get_records_sql('SELECT s.id, s.courseid, s.sessionkey, s.title, s.timestart, s.room
                                             FROM {local_sens_sessionlead} l
                                             JOIN {local_sens_session} s ON s.id = l.sessionid
                                            WHERE l.userid = ?
                                         ORDER BY s.id', [$userid]) as $s) {
                $led[] = ['courseid' => $s->courseid, 'session' => $s->sessionkey, 'title' => $s->title,
                    'timestart' => $s->timestart ? transform::datetime($s->timestart) : null, 'room' => $s->room];
            }
            if ($led) {
                writer::with_context($context)->export_data(
                    array_merge($base, [get_string('privacy:path:sessions', 'local_sens')]),
                    (object)['sessions' => $led]
                );
            }
            if ($attestations) {
                writer::with_context($context)->export_data(
                    array_merge($base, [get_string('privacy:path:attestations', 'local_sens')]),
                    (object)['attestations' => $attestations]
                );
            }
            $decisions = [];
            foreach ($DB->get_records('local_sens_decision', ['userid' => $userid], 'id') as $d) {
                $decisions[] = [
                    'versionid' => $d->versionid,
                    'asof' => $d->asof,
                    'decision' => json_decode($d->decision),
                    'timecomputed' => transform::datetime($d->timecomputed),
                ];
            }
            if ($decisions) {
                writer::with_context($context)->export_data(
                    array_merge($base, [get_string('privacy:path:decisions', 'local_sens')]),
                    (object)['decisions' => $decisions]
                );
            }
            $openunits = [];
            foreach (\core\di::get(\local_sens\local\gating\open_units_repository::class)->for_user($userid) as $row) {
                $openunits[] = ['programme' => $row->programme, 'unit' => $row->unit];
            }
            if ($openunits) {
                writer::with_context($context)->export_data(
                    array_merge($base, [get_string('privacy:path:openunits', 'local_sens')]),
                    (object)['openunits' => $openunits]
                );
            }
            $pending = [];
            foreach (\core\di::get(\local_sens\local\decision\pending_repository::class)->for_user($userid) as $row) {
                $pending[] = ['courseid' => (int)$row->courseid, 'timedirty' => transform::datetime((int)$row->timedirty)];
            }
            if ($pending) {
                writer::with_context($context)->export_data(
                    array_merge($base, [get_string('privacy:path:pending', 'local_sens')]),
                    (object)['pending' => $pending]
                );
            }
            $certificates = [];
            foreach (\core\di::get(\local_sens\local\certification\certificate_repository::class)->for_user($userid) as $c) {
                $certificates[] = [
                    'kind' => $c->kind,
                    'code' => \local_sens\local\certification\certificate_code::format($c->code),
                    'status' => $c->status,
                    'fullname' => $c->fullname,
                    'fields' => json_decode($c->fields),
                    'sha256fr' => $c->sha256fr,
                    'sha256en' => $c->sha256en,
                    'timeissued' => transform::datetime($c->timeissued),
                    'timerevoked' => $c->timerevoked ? transform::datetime($c->timerevoked) : null,
                    'reason' => $c->reason,
                ];
            }
            if ($certificates) {
                $path = array_merge($base, [get_string('privacy:path:certificates', 'local_sens')]);
                writer::with_context($context)->export_data($path, (object)['certificates' => $certificates]);
                writer::with_context($context)->export_area_files($path, 'local_sens',
                    \local_sens\local\certification\certificate_service::FILEAREA, false);
            }
            $audit = [];
            foreach ($DB->get_records('local_sens_audit', ['relateduserid' => $userid], 'id') as $row) {
                $audit[] = [
                    'action' => $row->action,
                    'by' => transform::user($row->userid),
                    'details' => json_decode((string)$row->details),
                    'timecreated' => transform::datetime($row->timecreated),
                ];
            }
            if ($audit) {
                writer::with_context($context)->export_data(
                    array_merge($base, [get_string('privacy:path:audit', 'local_sens')]),
                    (object)['audit' => $audit]
                );
            }
        }
    }

    /**
     * Delete all learner data of one user, through the repositories that own it: on a privacy request and when the
     * user is deleted (observer::user_deleted).
     *
     * @param int $userid
     */
    public static function delete_learner(int $userid): void {
        global $DB;
        \core\di::get(\local_sens\local\learner\learner_repository::class)->delete_learner($userid);
        \core\di::get(\local_sens\local\attestation\attestation_repository::class)->delete_for_learner($userid);
        // The audit entries about the learner stay (class comment): the chain must stay verifiable.
        \core\di::get(\local_sens\local\gating\open_units_repository::class)->delete_user($userid);
        \core\di::get(\local_sens\local\decision\pending_repository::class)->delete_user($userid);
        $DB->delete_records('local_sens_sessionlead', ['userid' => $userid]);
    }

    /**
     * Delete all data in a context.
     *
     * @param \context $context
     */
    public static function delete_data_for_all_users_in_context(\context $context) {
        if ($context instanceof \context_course) {
            \core_group\privacy\provider::delete_groups_for_all_users($context, 'local_sens');
        }
        if ($context instanceof \context_user) {
            self::delete_learner((int)$context->instanceid);
        }
    }

    /**
     * Delete a user's data in the approved contexts.
     *
     * @param approved_contextlist $contextlist
     */
    public static function delete_data_for_user(approved_contextlist $contextlist) {
        \core_group\privacy\provider::delete_groups_for_user($contextlist, 'local_sens');
        $userid = (int)$contextlist->get_user()->id;
        foreach ($contextlist->get_contexts() as $context) {
            if ($context instanceof \context_user && (int)$context->instanceid === $userid) {
                self::delete_learner($userid);
            }
        }
    }

    /**
     * Delete the data of several users in one context.
     *
     * @param approved_userlist $userlist
     */
    public static function delete_data_for_users(approved_userlist $userlist) {
        $context = $userlist->get_context();
        if ($context instanceof \context_course) {
            \core_group\privacy\provider::delete_groups_for_users($userlist, 'local_sens');
        }
        if (!$context instanceof \context_user) {
            return;
        }
        if (in_array((int)$context->instanceid, array_map('intval', $userlist->get_userids()), true)) {
            self::delete_learner((int)$context->instanceid);
        }
    }
}
