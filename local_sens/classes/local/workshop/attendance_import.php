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

namespace local_sens\local\workshop;

use moodle_database;

/**
 * Import of a teaching session's attendance from a CSV file (faculties that keep paper sheets): one line per learner,
 * columns username, present (yes/no, oui/non, 1/0), minutesabsent (optional: the whole session when absent, 0 when
 * present), justified (optional, yes/no), note and reason (optional; a reason is needed to correct a learner already
 * marked). Read with Moodle's csv_import_reader, then saved through the sheet (sheet_service::save): all or nothing,
 * every refused line named by its line number in the file and its column.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class attendance_import {

    /** @var string[] Columns the file must have. */
    public const REQUIRED = ['username', 'present'];

    /** @var string[] Columns the file may have. */
    public const OPTIONAL = ['minutesabsent', 'justified', 'note', 'reason'];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param sheet_service $sheets
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var sheet_service The sheet the lines are saved through. */
        private readonly sheet_service $sheets,
    ) {
    }

    /**
     * A yes/no cell: true, false, or null when it is neither.
     *
     * @param string $value
     * @return bool|null
     */
    public static function yes_no(string $value): ?bool {
        $value = \core_text::strtolower(trim($value));
        if (in_array($value, ['1', 'yes', 'y', 'oui', 'o', 'true', 'x'], true)) {
            return true;
        }
        return in_array($value, ['0', 'no', 'n', 'non', 'false', ''], true) ? false : null;
    }

    /**
     * Import a CSV file into the sheet of a teaching session's unit.
     *
     * @param \stdClass $session A teaching session.
     * @param string $unit The sheet (the unit the session covers).
     * @param string $content The file.
     * @param string $encoding e.g. UTF-8
     * @param string $delimiter csv_import_reader's delimiter name (comma, semicolon, tab…)
     * @param int $by Who imports.
     * @return array What sheet_service::save() returns.
     * @throws invalid_sheet_exception Every problem, row = line of the file (1 = the header), nothing written.
     */
    public function import(\stdClass $session, string $unit, string $content, string $encoding, string $delimiter,
            int $by): array {
        global $CFG;
        require_once($CFG->libdir . '/csvlib.class.php');
        $errors = [];
        $error = function(int $line, int $userid, string $field, string $key, $a = null) use (&$errors) {
            $errors[] = ['row' => $line, 'userid' => $userid, 'field' => $field,
                'message' => get_string('import:line', 'local_sens', (object)['line' => $line, 'field' => $field,
                    'message' => get_string('import:error' . $key, 'local_sens', $a)])];
        };
        if (!sheet_service::teaching($session)) {
            $error(0, 0, 'sessionid', 'notteaching');
            throw new invalid_sheet_exception($errors);
        }
        $iid = \csv_import_reader::get_new_iid('local_sens_attendance');
        $reader = new \csv_import_reader($iid, 'local_sens_attendance');
        $count = $reader->load_csv_content($content, $encoding, $delimiter);
        $columns = $count === false ? [] : array_map(fn($c) => \core_text::strtolower(trim((string)$c)),
            $reader->get_columns() ?: []);
        $missing = array_diff(self::REQUIRED, $columns);
        if ($count === false || $missing) {
            $error(1, 0, $missing ? reset($missing) : 'file', $count === false ? 'file' : 'column',
                $count === false ? $reader->get_error() : implode(', ', $missing));
            $reader->cleanup(true);
            throw new invalid_sheet_exception($errors);
        }
        $lines = [];
        $reader->init();
        while (($cells = $reader->next()) !== false) {
            $lines[] = array_combine($columns, array_pad(array_slice($cells, 0, count($columns)), count($columns), ''));
        }
        $reader->close();
        $reader->cleanup(true);
        if (!$lines) {
            $error(2, 0, 'username', 'empty');
            throw new invalid_sheet_exception($errors);
        }
        // The learners named in the file, in one read.
        $usernames = array_values(array_unique(array_map(fn($l) => \core_text::strtolower(trim($l['username'])), $lines)));
        [$insql, $params] = $this->db->get_in_or_equal($usernames, SQL_PARAMS_NAMED, 'un');
        $users = $this->db->get_records_select_menu('user', "username $insql AND deleted = 0 AND mnethostid = :host",
            $params + ['host' => $CFG->mnet_localhost_id], '', 'username, id');
        $rows = [];
        $linesof = [];
        foreach ($lines as $i => $cells) {
            $line = $i + 2;
            $username = \core_text::strtolower(trim($cells['username']));
            $userid = (int)($users[$username] ?? 0);
            if ($userid === 0) {
                $error($line, 0, 'username', 'user', s($username));
                continue;
            }
            $present = self::yes_no($cells['present']);
            if ($present === null) {
                $error($line, $userid, 'present', 'yesno', s($cells['present']));
                continue;
            }
            $minutes = trim($cells['minutesabsent'] ?? '');
            if ($minutes !== '' && !preg_match('/^\d{1,5}$/', $minutes)) {
                $error($line, $userid, 'minutesabsent', 'minutes', s($minutes));
                continue;
            }
            $justified = self::yes_no($cells['justified'] ?? '');
            if ($justified === null) {
                $error($line, $userid, 'justified', 'yesno', s($cells['justified']));
                continue;
            }
            $linesof[count($rows)] = $line;
            $rows[] = ['userid' => $userid, 'unit' => $unit, 'present' => $present, 'passed' => false,
                'minutesabsent' => $minutes === '' ? -1 : (int)$minutes, 'justified' => $justified,
                'note' => trim($cells['note'] ?? ''), 'reason' => trim($cells['reason'] ?? ''), 'key' => ''];
        }
        if ($errors) {
            throw new invalid_sheet_exception($errors);
        }
        try {
            return $this->sheets->save($session, $unit, $rows, $by);
        } catch (invalid_sheet_exception $e) {
            // The sheet names rows of the request: give the file's lines instead.
            $named = [];
            foreach ($e->errors as $problem) {
                $line = $problem['row'] >= 0 ? $linesof[$problem['row']] : 0;
                $named[] = ['row' => $line, 'userid' => $problem['userid'], 'field' => $problem['field'],
                    'message' => get_string('import:line', 'local_sens', (object)['line' => $line,
                        'field' => $problem['field'], 'message' => $problem['message']])];
            }
            throw new invalid_sheet_exception($named);
        }
    }
}
