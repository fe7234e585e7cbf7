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

use local_sens\external\decision_exporter;
use local_sens\local\decision\presenter;

/**
 * Lays a learner's decision out as the block's grid: the Initiation, then each domain with its levels, then the other
 * parts; plus the verdict, the next step and the deadline. What each unit says (state in words, reasons, link,
 * workshop) is local_sens' presenter's, exported by its decision_exporter (the structure the web services return);
 * this class only arranges it and names the levels.
 *
 * No database access: the outline of the programme and the slot links come from {@see \block_competences\local\competences_source}.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class grid_exporter {

    /** @var presenter Decision in words. */
    private readonly presenter $presenter;

    /** @var int Counter for element ids unique in the page. */
    private int $seq = 0;

    /**
     * Constructor.
     *
     * @param array $outline Programme outline (see competences_source::outline_of()).
     * @param array $links Slot id => \moodle_url of its first mapped activity.
     * @param string $lang 'fr' or 'en': which titles to show.
     * @param string $idprefix Prefix of element ids (unique per block on the page).
     * @param array<string, string> $people Full names of the people named in reasons ("by"), by user id.
     * @param array[] $sessions Workshop sessions to come, soonest first (competences_source::sessions()).
     */
    public function __construct(
        /** @var array Programme outline. */
        private readonly array $outline,
        array $links,
        /** @var string Language of titles. */
        private readonly string $lang,
        /** @var string Element id prefix. */
        private readonly string $idprefix = 'block_competences',
        array $people = [],
        array $sessions = [],
    ) {
        $this->presenter = new presenter($outline, $people, $links, $sessions, $lang);
    }

    /**
     * Data for the template.
     *
     * @param array $decision The engine decision as stored.
     * @param \renderer_base|null $output
     * @return array Keys domains, initiation, others, hasothers, verdict, next, deadline, asof.
     */
    public function export(array $decision, ?\renderer_base $output = null): array {
        global $PAGE;
        $exported = (new decision_exporter($this->presenter->decision($decision)))->export($output ?? $PAGE->get_renderer('core'));
        $data = json_decode(json_encode($exported), true);
        $children = [];
        foreach ($data['units'] as $unit) {
            // Keys the exporter leaves out when empty are set, so a template never reads a parent's value instead.
            $unit += ['parent' => null, 'link' => null, 'workshop' => null];
            $unit['domid'] = $this->idprefix . '-u' . (++$this->seq);
            $unit['context'] = $unit['label'];
            $children[(string)$unit['parent']][] = $unit;
        }
        $domains = [];
        $initiation = null;
        $others = [];
        foreach ($children[''] ?? [] as $unit) {
            $kids = $children[$unit['id']] ?? [];
            if ($unit['kind'] === 'domain') {
                $unit['levels'] = [];
                foreach ($kids as $position => $level) {
                    $level['title'] = $level['label'];
                    $level['label'] = $this->level_label($level['id'], $position, $level['label']);
                    $level['context'] = get_string('levelcontext', 'block_competences',
                        (object)['domain' => $unit['label'], 'level' => $level['label']]);
                    $unit['levels'][] = $level;
                }
                $domains[] = $unit;
            } else if ($unit['kind'] === 'block' && $initiation === null) {
                $unit['items'] = $kids;
                $initiation = $unit;
            } else {
                $others[] = $unit;
            }
        }
        $next = isset($data['next']) ? $data['next'] + ['link' => null] : null;
        return [
            'domains' => $domains,
            'initiation' => $initiation,
            'others' => $others,
            'hasothers' => !empty($others),
            'verdict' => $data['verdict'] ?? null,
            'next' => $next,
            'deadline' => $data['deadline'] ?? null,
            'asof' => $data['asof'] ?? null,
        ];
    }

    /**
     * The label of a level: the programme's level name (Débutant...), found by the unit id's last part or by position.
     *
     * @param string $id Unit id of the level.
     * @param int $position Its position among the domain's children.
     * @param string $title Its title, when the programme names no levels.
     * @return string
     */
    private function level_label(string $id, int $position, string $title): string {
        $levels = $this->outline['levels'] ?? [];
        $level = null;
        foreach ($levels as $candidate) {
            if (str_ends_with($id, '.' . $candidate['id'])) {
                $level = $candidate;
            }
        }
        $level = $level ?? ($levels[$position] ?? null);
        if ($level === null) {
            return $title;
        }
        if ($this->lang !== 'en') {
            return (string)$level['title'];
        }
        // The programme's English title; for a programme without one, the block names the usual levels.
        $key = 'level_' . $level['id'];
        if (($level['titleEn'] ?? null) === null && get_string_manager()->string_exists($key, 'block_competences')) {
            return get_string($key, 'block_competences');
        }
        return (string)($level['titleEn'] ?? $level['title']);
    }
}
