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

namespace local_sens\external;

use core\external\exporter;

/**
 * A learner's decision as people read it (made by {@see \local_sens\local\decision\presenter::decision()}): the
 * same structure for the block's template and the web services. Texts are the presenter's (lang strings filled
 * with titles from the programme), returned as PARAM_RAW: a title may hold any character, templates escape it.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class decision_exporter extends exporter {

    /** @var array The presented decision. */
    private readonly array $presented;

    /**
     * Constructor.
     *
     * @param array $presented What presenter::decision() returns.
     */
    public function __construct(array $presented) {
        // Absent structures are left out (optional), not null: a web service structure cannot be null.
        $presented['units'] = array_map(fn(array $unit) => array_filter($unit, fn($v) => $v !== null),
            $presented['units'] ?? []);
        if (isset($presented['next']) && $presented['next']['link'] === null) {
            unset($presented['next']['link']);
        }
        $this->presented = array_filter($presented, fn($v) => $v !== null);
        parent::__construct([]);
    }

    /**
     * The presented decision (all "other" properties: nested structures are defined there).
     *
     * @param \renderer_base $output
     * @return array
     */
    protected function get_other_values(\renderer_base $output): array {
        return $this->presented;
    }

    /**
     * The link to an activity.
     *
     * @return array
     */
    private static function link(): array {
        return ['type' => [
            'url' => ['type' => PARAM_URL, 'description' => 'The activity\'s page'],
            'text' => ['type' => PARAM_RAW, 'description' => 'The activity\'s title'],
            'label' => ['type' => PARAM_RAW, 'description' => 'What the link says: "Open: <title>"'],
        ], 'optional' => true, 'description' => 'The activity to open; absent when there is nothing to do'];
    }

    /**
     * A date for people and for machines.
     *
     * @param string $description
     * @return array
     */
    private static function date(string $description): array {
        return ['type' => [
            'iso' => ['type' => PARAM_RAW, 'description' => 'YYYY-MM-DD'],
            'text' => ['type' => PARAM_RAW, 'description' => 'The date in words, in the reader\'s language'],
        ], 'optional' => true, 'description' => $description];
    }

    /**
     * Properties.
     *
     * @return array
     */
    protected static function define_other_properties(): array {
        return [
            'units' => ['multiple' => true, 'description' => 'Every unit of the programme, in its order', 'type' => [
                'id' => ['type' => PARAM_RAW, 'description' => 'Unit id in the programme'],
                'kind' => ['type' => PARAM_ALPHANUMEXT, 'description' => 'block, domain, level, module, workshop…'],
                'parent' => ['type' => PARAM_RAW, 'optional' => true, 'description' => 'Parent unit id, absent at the top'],
                'label' => ['type' => PARAM_RAW, 'description' => 'Title in the reader\'s language'],
                'state' => ['type' => PARAM_ALPHANUMEXT, 'description' => 'Engine state, or unknown when not decided'],
                'statelabel' => ['type' => PARAM_RAW, 'description' => 'The state in words'],
                'reasons' => ['type' => PARAM_RAW, 'multiple' => true, 'description' => 'Why, in the reader\'s language'],
                'hasreasons' => ['type' => PARAM_BOOL, 'description' => 'Whether there are reasons'],
                'link' => self::link(),
                'workshop' => ['type' => PARAM_RAW, 'optional' => true,
                    'description' => 'The unit\'s workshop in words (attested, next session), absent when none'],
            ]],
            'verdict' => ['optional' => true, 'description' => 'The verdict', 'type' => [
                'code' => ['type' => PARAM_ALPHANUMEXT, 'description' => 'Engine verdict'],
                'label' => ['type' => PARAM_RAW, 'description' => 'The verdict in words'],
                'reasons' => ['type' => PARAM_RAW, 'multiple' => true, 'description' => 'Why'],
            ]],
            'next' => ['optional' => true, 'description' => 'The next step; absent when there is none', 'type' => [
                'unit' => ['type' => PARAM_RAW, 'description' => 'Unit id'],
                'label' => ['type' => PARAM_RAW, 'description' => 'Unit title'],
                'text' => ['type' => PARAM_RAW, 'description' => 'What to do, in words'],
                'link' => self::link(),
            ]],
            'deadline' => self::date('The deadline; absent when the programme has none'),
            'asof' => self::date('The day the decision was taken for'),
        ];
    }
}
