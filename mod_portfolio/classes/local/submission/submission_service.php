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
namespace mod_sensportfolio\local\submission;

use core\clock;
use local_sens\api;
use mod_sensportfolio\local\entry\entry_repository;
use moodle_database;

/**
 * Submitting a portfolio: allowed only when the rules engine's stored decision says the portfolio unit is open (asked
 * through local_sens's API); the submission is a snapshot — the entries as JSON and copies of their files in the
 * submission's own file area, with a SHA-256 of the whole — so later edits of the draft change nothing the jury reads.
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class submission_service {

    /** @var string Table. */
    private const TABLE = 'sensportfolio_submission';

    /** @var string File area of the submitted copies (itemid = submission id, path /<entry id>/). */
    public const FILEAREA = 'submission';

    /** @var string Submitted, no jury member has opened it yet. */
    public const SUBMITTED = 'submitted';

    /** @var string A jury member opened it. */
    public const UNDERREVIEW = 'underreview';

    /** @var string[] States awaiting the jury. */
    public const WAITING = [self::SUBMITTED, self::UNDERREVIEW];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param entry_repository $entries
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var entry_repository Entries. */
        private readonly entry_repository $entries,
    ) {
    }

    /**
     * Whether the learner may submit now, and why (not).
     *
     * @param \stdClass $instance The activity record (id, course, unit).
     * @param int $userid
     * @return array allowed (bool), reasons (string[] in the current language), programme (api::learner_programme() or
     *     null), unit (the jury unit or null), unitdecision (the engine's decision on it or null), latest (submission)
     */
    public function gate(\stdClass $instance, int $userid): array {
        $result = ['allowed' => false, 'reasons' => [], 'programme' => null, 'unit' => null, 'unitdecision' => null,
            'latest' => $this->latest((int)$instance->id, $userid)];
        $programme = api::learner_programme($userid, (int)$instance->course);
        $result['programme'] = $programme;
        if ($programme === null) {
            $result['reasons'][] = get_string('gate:notfollowing', 'mod_sensportfolio');
            return $result;
        }
        $unit = api::jury_unit($programme['definition'], $instance->unit ?? null);
        $result['unit'] = $unit;
        if ($unit === null) {
            $result['reasons'][] = get_string('gate:nojuryunit', 'mod_sensportfolio');
            return $result;
        }
        $unitdecision = api::unit_decision($programme['decision'], $unit['id']);
        $result['unitdecision'] = $unitdecision;
        if ($unitdecision === null) {
            $result['reasons'][] = get_string('gate:nodecision', 'mod_sensportfolio');
            return $result;
        }
        if (!in_array($unitdecision['state'] ?? '', api::SUBMITTABLE_STATES, true)) {
            $result['reasons'][] = get_string('gate:state', 'mod_sensportfolio', self::state_text((string)$unitdecision['state']));
            array_push($result['reasons'], ...api::reason_texts($unitdecision['reasons'] ?? [], $programme['definition']));
            return $result;
        }
        if ($result['latest'] && in_array($result['latest']->status, self::WAITING, true)) {
            $result['reasons'][] = get_string('gate:pending', 'mod_sensportfolio');
            return $result;
        }
        if (!$this->entries->for_learner((int)$instance->id, $userid)) {
            $result['reasons'][] = get_string('gate:noentries', 'mod_sensportfolio');
            return $result;
        }
        $result['allowed'] = true;
        return $result;
    }

    /**
     * An engine unit state in words.
     *
     * @param string $state
     * @return string
     */
    public static function state_text(string $state): string {
        $key = 'enginestate:' . $state;
        return get_string_manager()->string_exists($key, 'mod_sensportfolio') ? get_string($key, 'mod_sensportfolio') : $state;
    }

    /**
     * Submit the learner's portfolio: a snapshot of their entries and files. Refused (nothing stored) unless gate()
     * allows it.
     *
     * @param \stdClass $instance
     * @param \context_module $context
     * @param int $userid
     * @return \stdClass The submission.
     * @throws \moodle_exception cannotsubmit, with the reasons.
     */
    public function submit(\stdClass $instance, \context_module $context, int $userid): \stdClass {
        $gate = $this->gate($instance, $userid);
        if (!$gate['allowed']) {
            throw new \moodle_exception('cannotsubmit', 'mod_sensportfolio', '', implode(' ', $gate['reasons']));
        }
        $now = $this->clock->time();
        $transaction = $this->db->start_delegated_transaction();
        $submission = (object)[
            'sensportfolioid' => (int)$instance->id,
            'userid' => $userid,
            'status' => self::SUBMITTED,
            'snapshot' => '',
            'contenthash' => '',
            'timesubmitted' => $now,
            'timemodified' => $now,
        ];
        $submission->id = (int)$this->db->insert_record(self::TABLE, $submission);
        $fs = get_file_storage();
        $snapshot = [];
        foreach ($this->entries->for_learner((int)$instance->id, $userid) as $entry) {
            $files = [];
            foreach ($fs->get_area_files($context->id, 'mod_sensportfolio', entry_repository::FILEAREA, $entry->id,
                    'filepath, filename', false) as $file) {
                $copy = $fs->create_file_from_storedfile([
                    'filearea' => self::FILEAREA,
                    'itemid' => $submission->id,
                    'filepath' => '/' . $entry->id . $file->get_filepath(),
                ], $file);
                $files[] = ['path' => $copy->get_filepath(), 'name' => $copy->get_filename(),
                    'size' => (int)$copy->get_filesize(), 'sha256' => self::file_hash($copy)];
            }
            $snapshot[] = [
                'entry' => (int)$entry->id,
                'title' => (string)$entry->title,
                'content' => (string)$entry->content,
                'contentformat' => (int)$entry->contentformat,
                'entrydate' => (int)$entry->entrydate,
                'competences' => json_decode((string)$entry->competences, true) ?: [],
                'files' => $files,
            ];
        }
        $submission->snapshot = json_encode($snapshot, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
        $submission->contenthash = hash('sha256', $submission->snapshot);
        $this->db->update_record(self::TABLE, $submission);
        $transaction->allow_commit();
        \mod_sensportfolio\event\portfolio_submitted::create([
            'objectid' => $submission->id,
            'context' => $context,
            'relateduserid' => $userid,
            'other' => ['contenthash' => $submission->contenthash],
        ])->trigger();
        return $submission;
    }

    /**
     * SHA-256 of a stored file's content, read as a stream.
     *
     * @param \stored_file $file
     * @return string
     */
    private static function file_hash(\stored_file $file): string {
        $context = hash_init('sha256');
        $handle = $file->get_content_file_handle();
        hash_update_stream($context, $handle);
        fclose($handle);
        return hash_final($context);
    }

    /**
     * Whether a submission is still what was submitted: its snapshot matches the stored hash, and each copied file
     * matches the hash in the snapshot.
     *
     * @param \stdClass $submission
     * @param \context_module $context
     * @return bool
     */
    public function verify(\stdClass $submission, \context_module $context): bool {
        if (hash('sha256', (string)$submission->snapshot) !== $submission->contenthash) {
            return false;
        }
        $fs = get_file_storage();
        foreach (json_decode((string)$submission->snapshot, true) ?: [] as $entry) {
            foreach ($entry['files'] as $meta) {
                $file = $fs->get_file($context->id, 'mod_sensportfolio', self::FILEAREA, $submission->id, $meta['path'],
                    $meta['name']);
                if (!$file || self::file_hash($file) !== $meta['sha256']) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The learner's latest submission, or null.
     *
     * @param int $portfolioid
     * @param int $userid
     * @return \stdClass|null
     */
    public function latest(int $portfolioid, int $userid): ?\stdClass {
        $records = $this->db->get_records(self::TABLE, ['sensportfolioid' => $portfolioid, 'userid' => $userid],
            'timesubmitted DESC, id DESC', '*', 0, 1);
        return $records ? reset($records) : null;
    }

    /**
     * A submission of this portfolio.
     *
     * @param int $submissionid
     * @param int $portfolioid
     * @return \stdClass
     * @throws \moodle_exception submissionnotfound when it belongs to another portfolio.
     */
    public function get(int $submissionid, int $portfolioid): \stdClass {
        $submission = $this->db->get_record(self::TABLE, ['id' => $submissionid, 'sensportfolioid' => $portfolioid]);
        if (!$submission) {
            throw new \moodle_exception('submissionnotfound', 'mod_sensportfolio');
        }
        return $submission;
    }
}
