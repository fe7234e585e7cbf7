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


namespace availability_sens;

use availability_sens\local\tree_editor;
use core_availability\info;

/**
 * Condition: the SENS rules engine opens a level (a gated unit of a programme) to the learner.
 *
 * It reads the learner's open units from one cached entry per learner (local_sens's open_units_repository: one MUC
 * get, filled from the stored decision in one query and dropped when that learner's decision changes), so checking
 * every activity of a course costs no database read once the entry is warm, whatever the number of activities,
 * levels or learners. Reports and grading filter learners with SQL on local_sens's open-unit rows.
 *
 * Written by local_sens's gating on each mapped activity (JSON {"type": "sens", "p": programme, "u": unit}); teachers
 * cannot add it by hand (see frontend). Without local_sens it fails closed: nothing is available.
 *
 * @package    availability_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class condition extends \core_availability\condition {

    /** @var string Repository of the learners' open units, in local_sens. */
    private const REPOSITORY = '\local_sens\local\gating\open_units_repository';

    /** @var string Gating service of local_sens (titles, reason texts). */
    private const GATING = '\local_sens\local\gating\gating_service';

    /** @var array<string, string> Texts already made in this request, by their inputs (many activities share a level). */
    private static array $texts = [];

    /** @var string Programme id. */
    protected string $programme;

    /** @var string Unit id in the programme. */
    protected string $unit;

    /**
     * Constructor.
     *
     * @param \stdClass $structure Data structure from JSON decode.
     * @throws \coding_exception If the programme or unit is missing.
     */
    public function __construct($structure) {
        foreach (['p' => 'programme', 'u' => 'unit'] as $key => $name) {
            if (!isset($structure->$key) || !is_string($structure->$key) || $structure->$key === '') {
                throw new \coding_exception("Invalid ->$key ($name) for SENS condition");
            }
        }
        $this->programme = $structure->p;
        $this->unit = $structure->u;
    }

    /**
     * Saves the condition as JSON.
     *
     * @return \stdClass
     */
    public function save() {
        return (object)tree_editor::condition($this->programme, $this->unit);
    }

    /**
     * The JSON of a condition (for tests and the gating).
     *
     * @param string $programme
     * @param string $unit
     * @return \stdClass
     */
    public static function get_json(string $programme, string $unit): \stdClass {
        return (object)tree_editor::condition($programme, $unit);
    }

    /**
     * Whether the level is open to the user. Fails closed when local_sens is not there.
     *
     * @param bool $not
     * @param info $info
     * @param bool $grabthelot
     * @param int $userid
     * @return bool
     */
    public function is_available($not, info $info, $grabthelot, $userid) {
        $repository = self::service(self::REPOSITORY);
        if ($repository === null) {
            return false;
        }
        $entry = $repository->entry((int)$userid)[$this->programme] ?? null;
        if (!self::decided($entry)) {
            // Fail closed: the learner's first decision is not computed yet (deferred after a bulk enrolment).
            return false;
        }
        $open = isset($entry['open'][$this->unit]);
        return $not ? !$open : $open;
    }

    /**
     * The restriction's text: the level's title and, for the learner concerned, the engine's reason it is locked, in
     * the viewer's language.
     *
     * @param bool $full Whether the text is for someone who may see every condition (not only the learner's).
     * @param bool $not
     * @param info $info
     * @return string
     */
    public function get_description($full, $not, info $info) {
        global $USER;
        $gating = self::service(self::GATING);
        $repository = self::service(self::REPOSITORY);
        if ($gating === null || $repository === null) {
            return get_string('missing', 'availability_sens');
        }
        $userid = (int)$USER->id;
        try {
            $userid = (int)$info->get_modinfo()->get_user_id();
        } catch (\coding_exception $e) {
            // Outside a check (a teacher's full view): the viewer.
            unset($e);
        }
        $entry = $repository->entry($userid)[$this->programme] ?? null;
        $versionid = $entry === null ? null : (int)$entry['versionid'];
        $reason = ($full || $not) ? null : ($entry['locked'][$this->unit] ?? null);
        $prepared = !$full && !self::decided($entry);
        $key = implode("\n", [$this->programme, $this->unit, (int)$not, current_language(), (string)$versionid,
            json_encode($reason), (int)$prepared]);
        if (!isset(self::$texts[$key])) {
            $title = self::description_format_string($gating->unit_title($this->programme, $this->unit, $versionid));
            if ($prepared) {
                $text = get_string('requires_prepared', 'availability_sens', $title);
            } else if ($not) {
                $text = get_string('requires_notopen', 'availability_sens', $title);
            } else if ($reason === null) {
                $text = get_string('requires_open', 'availability_sens', $title);
            } else {
                $text = get_string('requires_open_locked', 'availability_sens',
                    (object)['title' => $title, 'reason' => s($gating->reason_text($reason, $versionid))]);
            }
            self::$texts[$key] = $text;
        }
        return self::$texts[$key];
    }

    /**
     * Whether a learner's entry for the programme holds a computed decision (not before the first one is stored).
     *
     * @param array|null $entry The programme's part of open_units_repository::entry().
     * @return bool
     */
    private static function decided(?array $entry): bool {
        return $entry !== null && ($entry['decided'] ?? ($entry['open'] || $entry['locked']));
    }

    /**
     * Forget the texts made in this request.
     */
    public static function wipe_static_cache() {
        self::$texts = [];
    }

    /**
     * Debugging string.
     *
     * @return string
     */
    protected function get_debug_string() {
        return $this->programme . ':' . $this->unit;
    }

    /**
     * Nothing to map after a restore: the condition names programme and unit, not ids.
     *
     * @param string $restoreid
     * @param int $courseid
     * @param \base_logger $logger
     * @param string $name
     * @return bool
     */
    public function update_after_restore($restoreid, $courseid, \base_logger $logger, $name) {
        return false;
    }

    /**
     * Level gating is permanent: it applies to the lists of users of an activity (reports, grading).
     *
     * @return bool
     */
    public function is_applied_to_user_lists() {
        return true;
    }

    /**
     * Keeps the users to whom the level is open (two queries). Fails closed like is_available(): a user without a
     * stored decision on the programme (not on it, or waiting for the first decision after an enrolment) is kept
     * neither way.
     *
     * @param array $users
     * @param bool $not
     * @param info $info
     * @param \core_availability\capability_checker $checker
     * @return array
     */
    public function filter_user_list(array $users, $not, info $info, \core_availability\capability_checker $checker) {
        $repository = self::service(self::REPOSITORY);
        if (!$users || $repository === null) {
            return [];
        }
        $decided = array_flip($repository->users_decided($this->programme, array_keys($users)));
        $open = array_flip($repository->users_with_open_unit($this->programme, $this->unit));
        $result = [];
        foreach ($users as $id => $user) {
            $allow = isset($open[$id]);
            if (isset($decided[$id]) && ($not ? !$allow : $allow)) {
                $result[$id] = $user;
            }
        }
        return $result;
    }

    /**
     * SQL of the enrolled users to whom the level is open, joined on local_sens's open-unit rows.
     *
     * @param bool $not
     * @param info $info
     * @param bool $onlyactive
     * @return array [sql, params]
     */
    public function get_user_list_sql($not, info $info, $onlyactive) {
        [$enrolsql, $enrolparams] = get_enrolled_sql($info->get_context(), '', 0, $onlyactive);
        $repository = self::service(self::REPOSITORY);
        if ($repository === null) {
            return ["SELECT userids.id FROM ($enrolsql) userids WHERE 1 = 0", $enrolparams];
        }
        $params = [];
        $programme = self::unique_sql_parameter($params, $this->programme);
        $unit = self::unique_sql_parameter($params, $this->unit);
        $exists = $repository->open_unit_exists_sql('userids.id', $programme, $unit);
        $condition = $not ? 'NOT' : '';
        // Fail closed: only users with a stored decision on the programme, either way.
        $decided = $repository->decided_exists_sql('userids.id', self::unique_sql_parameter($params, $this->programme));
        return ["SELECT userids.id
                   FROM ($enrolsql) userids
                  WHERE $condition EXISTS ($exists) AND EXISTS ($decided)", array_merge($enrolparams, $params)];
    }

    /**
     * A local_sens service, or null when local_sens is not installed.
     *
     * @param string $class
     * @return object|null
     */
    private static function service(string $class): ?object {
        if (!class_exists($class) || !\core_component::get_component_directory('local_sens')
                || get_config('local_sens', 'version') === false) {
            return null;
        }
        return \core\di::get($class);
    }
}
