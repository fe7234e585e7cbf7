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

namespace block_competences\output;

use local_sens\local\learner\learner_repository;
use renderable;
use renderer_base;
use templatable;

/**
 * The learner's domains × levels, from the decision stored by local_sens.
 *
 * The decision is read as the engine writes it: a list of domains, each with a list of levels carrying a state and
 * reasons ({code, params}). Anything missing is shown as missing, never guessed.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class competences implements renderable, templatable {

    /** @var string[] States the block knows how to name. */
    public const STATES = ['locked', 'open', 'inprogress', 'validated', 'exempt'];

    /**
     * Constructor.
     *
     * @param int $userid The learner.
     * @param int|null $courseid The course the block is on, null on the dashboard.
     */
    public function __construct(
        /** @var int Learner. */
        private readonly int $userid,
        /** @var int|null Course. */
        private readonly ?int $courseid,
    ) {
    }

    /**
     * Text of one reason, from the generated local_sens strings when they exist.
     *
     * @param array $reason {code, params}
     * @return string
     */
    public static function reason_text(array $reason): string {
        $code = (string)($reason['code'] ?? '');
        $params = is_array($reason['params'] ?? null) ? (object)$reason['params'] : null;
        $key = 'reason:' . $code;
        if ($code !== '' && get_string_manager()->string_exists($key, 'local_sens')) {
            return get_string($key, 'local_sens', $params);
        }
        return $code;
    }

    /**
     * Data for the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $repository = \core\di::get(learner_repository::class);
        $programme = $this->courseid !== null ? $repository->programme_of_course($this->courseid) : null;
        if ($this->courseid !== null && $programme === null) {
            return ['uniqid' => uniqid('block_competences_'), 'enrolled' => false];
        }
        $enrolment = $repository->enrolment($this->userid, $programme);
        if ($enrolment === null) {
            return ['uniqid' => uniqid('block_competences_'), 'enrolled' => false];
        }
        $stored = $repository->decision($this->userid, (int)$enrolment->versionid);
        $data = [
            'uniqid' => uniqid('block_competences_'),
            'enrolled' => true,
            'programme' => $enrolment->programme,
            'caption' => get_string('tablecaption', 'block_competences', $enrolment->programme),
            'hasdecision' => false,
        ];
        if ($stored === null || !is_array($stored['decision']['domains'] ?? null)) {
            return $data;
        }
        $domains = [];
        foreach ($stored['decision']['domains'] as $domain) {
            $domainname = (string)($domain['label'] ?? $domain['id'] ?? '');
            $levels = [];
            foreach (($domain['levels'] ?? []) as $level) {
                $state = in_array($level['state'] ?? '', self::STATES, true) ? $level['state'] : 'locked';
                $levelname = (string)($level['label'] ?? $level['id'] ?? '');
                $levels[] = [
                    'name' => $levelname,
                    'state' => $state,
                    'statelabel' => get_string('state:' . $state, 'block_competences'),
                    'reasons' => array_map(fn($r) => ['text' => self::reason_text((array)$r)], $level['reasons'] ?? []),
                ];
            }
            $domains[] = ['name' => $domainname, 'levels' => $levels];
        }
        $data['hasdecision'] = !empty($domains);
        $data['domains'] = $domains;
        $data['computedon'] = get_string('computedon', 'block_competences', $stored['asof']);
        return $data;
    }
}
