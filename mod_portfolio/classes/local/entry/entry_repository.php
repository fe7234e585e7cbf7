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
namespace mod_sensportfolio\local\entry;

use core\clock;
use moodle_database;

/**
 * A learner's evidence entries in one portfolio: read, save (with files from a draft area), delete, order. Every
 * method takes the portfolio and the learner: an entry of another learner or of another portfolio is not found.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class entry_repository {

    /** @var string Table. */
    private const TABLE = 'sensportfolio_entry';

    /** @var string File area of an entry's files (itemid = entry id). */
    public const FILEAREA = 'entry';

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
    ) {
    }

    /**
     * File manager options from the activity settings: size, number and types of files.
     *
     * @param \stdClass $instance The activity record.
     * @param \stdClass $course
     * @return array
     */
    public static function file_options(\stdClass $instance, \stdClass $course): array {
        global $CFG;
        require_once($CFG->dirroot . '/repository/lib.php');
        $types = trim((string)($instance->filetypes ?? ''));
        return [
            'subdirs' => 0,
            'maxbytes' => get_user_max_upload_file_size(\context_course::instance($course->id), $CFG->maxbytes,
                $course->maxbytes, (int)($instance->maxbytes ?? 0)),
            'maxfiles' => (int)($instance->maxfiles ?? 5),
            'accepted_types' => $types === '' ? '*' : preg_split('/[\s,;]+/', $types, -1, PREG_SPLIT_NO_EMPTY),
            'return_types' => FILE_INTERNAL,
        ];
    }

    /**
     * The learner's entries, in their order.
     *
     * @param int $portfolioid
     * @param int $userid
     * @return \stdClass[]
     */
    public function for_learner(int $portfolioid, int $userid): array {
        return array_values($this->db->get_records(self::TABLE, ['sensportfolioid' => $portfolioid, 'userid' => $userid],
            'sortorder, id'));
    }

    /**
     * One of the learner's entries in this portfolio.
     *
     * @param int $entryid
     * @param int $portfolioid
     * @param int $userid
     * @return \stdClass
     * @throws \moodle_exception entrynotfound when it is not theirs or not in this portfolio.
     */
    public function get_own(int $entryid, int $portfolioid, int $userid): \stdClass {
        $entry = $this->db->get_record(self::TABLE, ['id' => $entryid, 'sensportfolioid' => $portfolioid, 'userid' => $userid]);
        if (!$entry) {
            throw new \moodle_exception('entrynotfound', 'mod_sensportfolio');
        }
        return $entry;
    }

    /**
     * Create or update an entry from form data; its files come from the draft area attachments_filemanager.
     *
     * @param \stdClass $data id (0 for new), title, content_editor {text, format} or content/contentformat, entrydate,
     *     competences (list of item ids), attachments_filemanager (draft item id, optional)
     * @param int $portfolioid
     * @param int $userid
     * @param \context_module $context
     * @param array $fileoptions file_options()
     * @param string[] $allowed Item ids of the learner's référentiel.
     * @return int Entry id.
     * @throws \invalid_parameter_exception Naming the field; nothing is stored then.
     */
    public function save(\stdClass $data, int $portfolioid, int $userid, \context_module $context, array $fileoptions,
            array $allowed): int {
        $title = trim((string)($data->title ?? ''));
        if ($title === '' || \core_text::strlen($title) > 255) {
            throw new \invalid_parameter_exception('title: required, at most 255 characters');
        }
        $competences = array_values(array_unique(array_map('strval', (array)($data->competences ?? []))));
        $unknown = array_diff($competences, $allowed);
        if ($unknown) {
            throw new \invalid_parameter_exception('competences: not items of your référentiel: ' . implode(', ', $unknown));
        }
        if (isset($data->attachments_filemanager)) {
            $this->check_draft_files((int)$data->attachments_filemanager, $fileoptions);
        }
        $content = $data->content_editor['text'] ?? ($data->content ?? '');
        $format = (int)($data->content_editor['format'] ?? ($data->contentformat ?? FORMAT_HTML));
        $now = $this->clock->time();
        $record = (object)[
            'title' => $title,
            'content' => (string)$content,
            'contentformat' => $format,
            'competences' => json_encode($competences, JSON_UNESCAPED_UNICODE),
            'entrydate' => (int)($data->entrydate ?? 0),
            'timemodified' => $now,
        ];
        $transaction = $this->db->start_delegated_transaction();
        if (!empty($data->id)) {
            $record->id = $this->get_own((int)$data->id, $portfolioid, $userid)->id;
            $this->db->update_record(self::TABLE, $record);
        } else {
            $record->sensportfolioid = $portfolioid;
            $record->userid = $userid;
            $record->timecreated = $now;
            $record->sortorder = 1 + (int)$this->db->get_field_sql(
                "SELECT COALESCE(MAX(sortorder), 0) FROM {" . self::TABLE . "} WHERE sensportfolioid = ? AND userid = ?",
                [$portfolioid, $userid]);
            $record->id = $this->db->insert_record(self::TABLE, $record);
        }
        if (isset($data->attachments_filemanager)) {
            $files = (object)['id' => $record->id, 'attachments_filemanager' => $data->attachments_filemanager];
            file_postupdate_standard_filemanager($files, 'attachments', $fileoptions, $context, 'mod_sensportfolio',
                self::FILEAREA, $record->id);
        }
        $transaction->allow_commit();
        return (int)$record->id;
    }

    /**
     * Refuse draft files beyond the activity's limits: number, size of each, accepted types.
     *
     * @param int $draftitemid
     * @param array $fileoptions
     * @throws \invalid_parameter_exception Naming the file.
     */
    private function check_draft_files(int $draftitemid, array $fileoptions): void {
        global $USER;
        $files = get_file_storage()->get_area_files(\context_user::instance($USER->id)->id, 'user', 'draft', $draftitemid,
            'filename', false);
        $max = (int)($fileoptions['maxfiles'] ?? -1);
        if ($max >= 0 && count($files) > $max) {
            throw new \invalid_parameter_exception("files: at most $max files, got " . count($files));
        }
        $types = $fileoptions['accepted_types'] ?? '*';
        $util = new \core_form\filetypes_util();
        $allowlist = $types === '*' ? [] : $util->normalize_file_types($types);
        foreach ($files as $file) {
            if (!empty($fileoptions['maxbytes']) && $file->get_filesize() > $fileoptions['maxbytes']) {
                throw new \invalid_parameter_exception('files: ' . $file->get_filename() . ' is larger than '
                    . display_size($fileoptions['maxbytes']));
            }
            if ($allowlist && !$util->is_allowed_file_type($file->get_filename(), $allowlist)) {
                throw new \invalid_parameter_exception('files: ' . $file->get_filename() . ' is not of an accepted type ('
                    . implode(', ', $allowlist) . ')');
            }
        }
    }

    /**
     * Delete one of the learner's entries and its files (submitted copies stay in their submission).
     *
     * @param int $entryid
     * @param int $portfolioid
     * @param int $userid
     * @param \context_module $context
     */
    public function delete(int $entryid, int $portfolioid, int $userid, \context_module $context): void {
        $entry = $this->get_own($entryid, $portfolioid, $userid);
        get_file_storage()->delete_area_files($context->id, 'mod_sensportfolio', self::FILEAREA, $entry->id);
        $this->db->delete_records(self::TABLE, ['id' => $entry->id]);
    }

    /**
     * Move an entry one place up (-1) or down (+1) in the learner's order; the order is renumbered 1..n.
     *
     * @param int $entryid
     * @param int $portfolioid
     * @param int $userid
     * @param int $delta -1 or 1
     */
    public function move(int $entryid, int $portfolioid, int $userid, int $delta): void {
        $this->get_own($entryid, $portfolioid, $userid);
        $ids = array_map(fn($e) => (int)$e->id, $this->for_learner($portfolioid, $userid));
        $at = array_search($entryid, $ids, true);
        $to = $at + ($delta < 0 ? -1 : 1);
        if ($to < 0 || $to >= count($ids)) {
            return;
        }
        [$ids[$at], $ids[$to]] = [$ids[$to], $ids[$at]];
        $transaction = $this->db->start_delegated_transaction();
        foreach ($ids as $position => $id) {
            $this->db->set_field(self::TABLE, 'sortorder', $position + 1, ['id' => $id]);
        }
        $transaction->allow_commit();
    }
}
