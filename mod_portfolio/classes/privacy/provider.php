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

namespace mod_sensportfolio\privacy;

use core_privacy\local\metadata\collection;
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\contextlist;
use core_privacy\local\request\helper;
use core_privacy\local\request\transform;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;

/**
 * Privacy provider of mod_sensportfolio: a learner's evidence entries (with files), submissions and the jury's
 * reviews of them, in the activity's module context.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class provider implements
    \core_privacy\local\metadata\provider,
    \core_privacy\local\request\core_userlist_provider,
    \core_privacy\local\request\plugin\provider {

    /**
     * Describe the data stored.
     *
     * @param collection $collection
     * @return collection
     */
    public static function get_metadata(collection $collection): collection {
        $fields = [
            'sensportfolio_entry' => ['userid', 'title', 'content', 'competences', 'entrydate', 'timecreated', 'timemodified'],
            'sensportfolio_submission' => ['userid', 'status', 'snapshot', 'contenthash', 'timesubmitted', 'timemodified'],
            'sensportfolio_review' => ['reviewerid', 'decision', 'criteria', 'feedback', 'note', 'grade', 'timecreated'],
            'sensportfolio_session' => ['presidentid', 'members'],
            'sensportfolio_sessiondec' => ['userid', 'proposal', 'decision', 'justification'],
        ];
        foreach ($fields as $table => $names) {
            $described = [];
            foreach ($names as $name) {
                $described[$name] = 'privacy:metadata:' . $table . ':' . $name;
            }
            $collection->add_database_table($table, $described, 'privacy:metadata:' . $table);
        }
        $collection->add_subsystem_link('core_files', [], 'privacy:metadata:sensportfolio_entry');
        return $collection;
    }

    /**
     * Contexts holding data of a user (as learner or as jury member).
     *
     * @param int $userid
     * @return contextlist
     */
    public static function get_contexts_for_userid(int $userid): contextlist {
        $contextlist = new contextlist();
        $base = "SELECT ctx.id
                   FROM {context} ctx
                   JOIN {course_modules} cm ON cm.id = ctx.instanceid AND ctx.contextlevel = :modlevel
                   JOIN {modules} m ON m.id = cm.module AND m.name = 'sensportfolio'";
        $params = ['modlevel' => CONTEXT_MODULE, 'userid' => $userid];
        $contextlist->add_from_sql($base . " JOIN {sensportfolio_entry} e ON e.sensportfolioid = cm.instance
                                             WHERE e.userid = :userid", $params);
        $contextlist->add_from_sql($base . " JOIN {sensportfolio_submission} s ON s.sensportfolioid = cm.instance
                                             WHERE s.userid = :userid", $params);
        $contextlist->add_from_sql($base . " JOIN {sensportfolio_submission} s ON s.sensportfolioid = cm.instance
                                             JOIN {sensportfolio_review} r ON r.submissionid = s.id
                                             WHERE r.reviewerid = :userid", $params);
        $contextlist->add_from_sql($base . " JOIN {sensportfolio_session} js ON js.sensportfolioid = cm.instance
                                             JOIN {sensportfolio_sessiondec} d ON d.sessionid = js.id
                                             WHERE d.userid = :userid", $params);
        $contextlist->add_from_sql($base . " JOIN {sensportfolio_session} js ON js.sensportfolioid = cm.instance
                                             WHERE js.presidentid = :userid", $params);
        return $contextlist;
    }

    /**
     * Users with data in a context.
     *
     * @param userlist $userlist
     */
    public static function get_users_in_context(userlist $userlist) {
        $context = $userlist->get_context();
        if (!$context instanceof \context_module) {
            return;
        }
        $instanceid = self::instance_of($context);
        if ($instanceid === null) {
            return;
        }
        $params = ['id' => $instanceid];
        $userlist->add_from_sql('userid', "SELECT userid FROM {sensportfolio_entry} WHERE sensportfolioid = :id", $params);
        $userlist->add_from_sql('userid', "SELECT userid FROM {sensportfolio_submission} WHERE sensportfolioid = :id", $params);
        $userlist->add_from_sql('reviewerid', "SELECT r.reviewerid
                                                 FROM {sensportfolio_review} r
                                                 JOIN {sensportfolio_submission} s ON s.id = r.submissionid
                                                WHERE s.sensportfolioid = :id", $params);
        $userlist->add_from_sql('userid', "SELECT d.userid
                                             FROM {sensportfolio_sessiondec} d
                                             JOIN {sensportfolio_session} js ON js.id = d.sessionid
                                            WHERE js.sensportfolioid = :id", $params);
        $userlist->add_from_sql('presidentid', "SELECT presidentid FROM {sensportfolio_session} WHERE sensportfolioid = :id",
            $params);
    }

    /**
     * The sensportfolio instance id of a module context, or null if it is another module.
     *
     * @param \context $context
     * @return int|null
     */
    private static function instance_of(\context $context): ?int {
        if (!$context instanceof \context_module) {
            return null;
        }
        $cm = get_coursemodule_from_id('sensportfolio', $context->instanceid);
        return $cm ? (int)$cm->instance : null;
    }

    /**
     * Export a user's data.
     *
     * @param approved_contextlist $contextlist
     */
    public static function export_user_data(approved_contextlist $contextlist) {
        global $DB;
        $userid = (int)$contextlist->get_user()->id;
        foreach ($contextlist->get_contexts() as $context) {
            $instanceid = self::instance_of($context);
            if ($instanceid === null) {
                continue;
            }
            helper::export_context_files($context, $contextlist->get_user());
            $data = helper::get_context_data($context, $contextlist->get_user());
            writer::with_context($context)->export_data([], $data);
            $entries = [];
            foreach ($DB->get_records('sensportfolio_entry', ['sensportfolioid' => $instanceid, 'userid' => $userid], 'id') as $e) {
                $entries[] = [
                    'title' => $e->title,
                    'content' => writer::with_context($context)->rewrite_pluginfile_urls(
                        [get_string('privacy:path:entries', 'mod_sensportfolio'), $e->id],
                        'mod_sensportfolio', 'entry', $e->id, (string)$e->content),
                    'competences' => json_decode((string)$e->competences, true),
                    'entrydate' => $e->entrydate ? transform::date($e->entrydate) : null,
                    'timecreated' => transform::datetime($e->timecreated),
                    'timemodified' => transform::datetime($e->timemodified),
                ];
                writer::with_context($context)->export_area_files(
                    [get_string('privacy:path:entries', 'mod_sensportfolio'), $e->id], 'mod_sensportfolio', 'entry', $e->id);
            }
            if ($entries) {
                writer::with_context($context)->export_data([get_string('privacy:path:entries', 'mod_sensportfolio')],
                    (object)['entries' => $entries]);
            }
            $submissions = [];
            $sql = "SELECT s.*
                      FROM {sensportfolio_submission} s
                     WHERE s.sensportfolioid = :id
                       AND (s.userid = :userid
                            OR EXISTS (SELECT 1 FROM {sensportfolio_review} r WHERE r.submissionid = s.id AND r.reviewerid = :rid))
                  ORDER BY s.id";
            foreach ($DB->get_records_sql($sql, ['id' => $instanceid, 'userid' => $userid, 'rid' => $userid]) as $s) {
                $reviews = [];
                foreach ($DB->get_records('sensportfolio_review', ['submissionid' => $s->id], 'id') as $r) {
                    // A jury member sees only their own reviews of others' portfolios; the learner sees all of theirs.
                    if ((int)$s->userid !== $userid && (int)$r->reviewerid !== $userid) {
                        continue;
                    }
                    $reviews[] = [
                        'reviewer' => transform::user($r->reviewerid),
                        'decision' => $r->decision,
                        'criteria' => json_decode((string)$r->criteria, true),
                        'feedback' => $r->feedback,
                        'grade' => $r->grade === null ? null : format_float((float)$r->grade, -1),
                        // The jury's private note goes to the jury member who wrote it only.
                        'note' => (int)$r->reviewerid === $userid ? $r->note : null,
                        'timecreated' => transform::datetime($r->timecreated),
                        'byyou' => transform::yesno((int)$r->reviewerid === $userid),
                        // The jury's decision, or a member's review for the president.
                        'jurydecision' => transform::yesno((int)$r->isfinal === 1),
                    ];
                }
                $submissions[] = [
                    'yours' => transform::yesno((int)$s->userid === $userid),
                    'status' => $s->status,
                    'timesubmitted' => transform::datetime($s->timesubmitted),
                    'contenthash' => $s->contenthash,
                    'entries' => (int)$s->userid === $userid ? json_decode((string)$s->snapshot, true) : null,
                    'reviews' => $reviews,
                ];
                if ((int)$s->userid === $userid) {
                    writer::with_context($context)->export_area_files(
                        [get_string('privacy:path:submissions', 'mod_sensportfolio'), $s->id], 'mod_sensportfolio',
                        'submission', $s->id);
                }
            }
            if ($submissions) {
                writer::with_context($context)->export_data([get_string('privacy:path:submissions', 'mod_sensportfolio')],
                    (object)['submissions' => $submissions]);
            }
            $deliberations = [];
            foreach ($DB->get_records_sql("SELECT d.*, js.name, js.presidentid, js.status
                                             FROM {sensportfolio_sessiondec} d
                                             JOIN {sensportfolio_session} js ON js.id = d.sessionid
                                            WHERE js.sensportfolioid = :id AND d.userid = :userid
                                         ORDER BY d.id", ['id' => $instanceid, 'userid' => $userid]) as $d) {
                $deliberations[] = ['session' => $d->name, 'proposal' => $d->proposal, 'decision' => $d->decision,
                    'justification' => $d->justification, 'timecreated' => transform::datetime($d->timecreated)];
            }
            foreach ($DB->get_records('sensportfolio_session', ['sensportfolioid' => $instanceid, 'presidentid' => $userid],
                    'id') as $js) {
                $deliberations[] = ['session' => $js->name, 'president' => transform::yesno(true), 'members' => $js->members];
            }
            if ($deliberations) {
                writer::with_context($context)->export_data([get_string('privacy:path:deliberations', 'mod_sensportfolio')],
                    (object)['deliberations' => $deliberations]);
            }
        }
    }

    /**
     * Delete the learner data of some users (all users if $userids is null) in one instance.
     *
     * Reviews written by a jury member about another learner's portfolio belong to that learner's record; when the
     * jury member is deleted their id on the review is replaced by 0 (the decision stays, the person does not).
     *
     * @param \context $context
     * @param int $instanceid
     * @param int[]|null $userids
     */
    private static function delete_in_instance(\context $context, int $instanceid, ?array $userids): void {
        global $DB;
        $fs = get_file_storage();
        $select = 'sensportfolioid = :id';
        $params = ['id' => $instanceid];
        if ($userids !== null) {
            if (!$userids) {
                return;
            }
            [$insql, $inparams] = $DB->get_in_or_equal($userids, SQL_PARAMS_NAMED);
            $select .= " AND userid $insql";
            $params += $inparams;
        }
        foreach ($DB->get_fieldset_select('sensportfolio_entry', 'id', $select, $params) as $entryid) {
            $fs->delete_area_files($context->id, 'mod_sensportfolio', 'entry', $entryid);
        }
        $DB->delete_records_select('sensportfolio_entry', $select, $params);
        $submissionids = $DB->get_fieldset_select('sensportfolio_submission', 'id', $select, $params);
        foreach ($submissionids as $submissionid) {
            $fs->delete_area_files($context->id, 'mod_sensportfolio', 'submission', $submissionid);
        }
        if ($submissionids) {
            [$subsql, $subparams] = $DB->get_in_or_equal($submissionids);
            $DB->delete_records_select('sensportfolio_review', "submissionid $subsql", $subparams);
        }
        $DB->delete_records_select('sensportfolio_submission', $select, $params);
        $sessions = "sessionid IN (SELECT id FROM {sensportfolio_session} WHERE sensportfolioid = :sid)";
        if ($userids === null) {
            $DB->delete_records_select('sensportfolio_sessiondec', $sessions, ['sid' => $instanceid]);
            $DB->delete_records('sensportfolio_session', ['sensportfolioid' => $instanceid]);
            $fs->delete_area_files($context->id, 'mod_sensportfolio', 'minutes');
        } else {
            [$dsql, $dparams] = $DB->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'dl');
            $DB->delete_records_select('sensportfolio_sessiondec', "userid $dsql AND $sessions", $dparams + ['sid' => $instanceid]);
            // A president who leaves: the session stays (the minutes are the jury's record), without their id.
            $DB->execute("UPDATE {sensportfolio_session} SET presidentid = 0 WHERE presidentid $dsql AND sensportfolioid = :sid",
                $dparams + ['sid' => $instanceid]);
        }
        if ($userids !== null) {
            [$insql, $inparams] = $DB->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'r');
            $DB->execute("UPDATE {sensportfolio_review}
                             SET reviewerid = 0, note = NULL
                           WHERE reviewerid $insql
                             AND submissionid IN (SELECT id FROM {sensportfolio_submission} WHERE sensportfolioid = :id)",
                $inparams + ['id' => $instanceid]);
        }
    }

    /**
     * Delete all data in a context.
     *
     * @param \context $context
     */
    public static function delete_data_for_all_users_in_context(\context $context) {
        $instanceid = self::instance_of($context);
        if ($instanceid !== null) {
            self::delete_in_instance($context, $instanceid, null);
        }
    }

    /**
     * Delete a user's data in the approved contexts.
     *
     * @param approved_contextlist $contextlist
     */
    public static function delete_data_for_user(approved_contextlist $contextlist) {
        $userid = (int)$contextlist->get_user()->id;
        foreach ($contextlist->get_contexts() as $context) {
            $instanceid = self::instance_of($context);
            if ($instanceid !== null) {
                self::delete_in_instance($context, $instanceid, [$userid]);
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
        $instanceid = self::instance_of($context);
        if ($instanceid !== null) {
            self::delete_in_instance($context, $instanceid, array_map('intval', $userlist->get_userids()));
        }
    }
}
