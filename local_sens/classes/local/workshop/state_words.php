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

use local_sens\local\decision\presenter;

/**
 * A level's state before and after a sheet, in the reader's words, through local_sens' presenter (the one place
 * that turns a decision into words).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class state_words {

    /** @var presenter The decision in words. */
    private readonly presenter $presenter;

    /** @var array<string, array> Units by id. */
    private readonly array $units;

    /**
     * Constructor.
     *
     * @param array $definition Decoded programme definition.
     * @param array[] $units The unit decisions whose reasons will be written (the people they name are read once).
     */
    public function __construct(array $definition, array $units = []) {
        $this->presenter = presenter::for_decision($definition, ['units' => $units]);
        $this->units = array_column($definition['units'] ?? [], null, 'id');
    }

    /**
     * A state in words.
     *
     * @param string|null $state Engine state code, null: not decided.
     * @return string
     */
    public static function state(?string $state): string {
        return presenter::state($state);
    }

    /**
     * A unit's change of state, in words.
     *
     * @param array|null $before The unit's decision before (id, state, reasons), null when none.
     * @param array|null $after After.
     * @return array label, before, after, afterstate, reasons (string[]).
     */
    public function change(?array $before, ?array $after): array {
        $id = (string)($after['id'] ?? $before['id'] ?? '');
        $parent = (string)($this->units[$id]['parent'] ?? '');
        return [
            'label' => trim(($parent === '' ? '' : $this->presenter->title($parent)) . ' › '
                . (isset($this->units[$id]) ? $this->presenter->title($id) : ''), ' ›'),
            'before' => self::state($before['state'] ?? null),
            'after' => self::state($after['state'] ?? null),
            'afterstate' => (string)($after['state'] ?? 'unknown'),
            'reasons' => $this->presenter->texts($after['reasons'] ?? []),
        ];
    }
}
