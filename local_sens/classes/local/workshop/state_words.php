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

use block_competences\local\competences_source;
use block_competences\output\grid_exporter;

/**
 * A level's state before and after a sheet, in the reader's words, through the block's renderer of states and
 * reasons (block_competences grid_exporter: the one place that turns a decision into words).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class state_words {

    /** @var grid_exporter The renderer of reasons. */
    private readonly grid_exporter $exporter;

    /** @var array<string, array> Outline units by id. */
    private readonly array $units;

    /**
     * Constructor.
     *
     * @param array $definition Decoded programme definition.
     * @param array[] $units The unit decisions whose reasons will be written (the people they name are read once).
     */
    public function __construct(array $definition, array $units = []) {
        $outline = competences_source::outline_of($definition);
        $people = \core\di::get(competences_source::class)->people(grid_exporter::people_of(['units' => $units]));
        $this->exporter = new grid_exporter($outline, [], grid_exporter::current_lang(), 'local_sens', $people);
        $this->units = array_column($outline['units'], null, 'id');
    }

    /**
     * A state in words.
     *
     * @param string|null $state Engine state code, null: not decided.
     * @return string
     */
    public static function state(?string $state): string {
        return get_string(in_array($state, grid_exporter::STATES, true) ? 'state_' . $state : 'state_unknown',
            'block_competences');
    }

    /**
     * A unit's change of state, in words.
     *
     * @param array|null $before The unit's decision before (id, state, reasons), null when none.
     * @param array|null $after After.
     * @return array label, before, after, afterstate, reasons (string[]).
     */
    public function change(?array $before, ?array $after): array {
        $unit = $this->units[$after['id'] ?? $before['id'] ?? ''] ?? null;
        $parent = $unit === null ? null : ($this->units[$unit['parent'] ?? ''] ?? null);
        $title = fn(?array $u) => $u === null ? '' : (grid_exporter::current_lang() === 'en' && !empty($u['titleEn'])
            ? $u['titleEn'] : $u['title']);
        return [
            'label' => trim($title($parent) . ' › ' . $title($unit), ' ›'),
            'before' => self::state($before['state'] ?? null),
            'after' => self::state($after['state'] ?? null),
            'afterstate' => (string)($after['state'] ?? 'unknown'),
            'reasons' => array_map(fn($r) => $this->exporter->reason_text((array)$r), $after['reasons'] ?? []),
        ];
    }
}
