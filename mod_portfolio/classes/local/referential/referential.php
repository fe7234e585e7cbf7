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
namespace mod_sensportfolio\local\referential;

/**
 * The référentiel items a learner can evidence, read from their programme version: domain → level →
 * micro-competence, titles in the current language (French when no English title is given), and the coverage of a
 * portfolio (which items have evidence, which have none).
 *
 * @package    mod_sensportfolio
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class referential {

    /**
     * Constructor.
     *
     * @param array $definition Programme definition (rules-engine/FORMAT.md).
     * @param bool $english Show English titles where given.
     */
    public function __construct(
        /** @var array Programme definition. */
        private readonly array $definition,
        /** @var bool English titles. */
        private readonly bool $english,
    ) {
    }

    /**
     * For the current language.
     *
     * @param array $definition
     * @return self
     */
    public static function for_current_language(array $definition): self {
        return new self($definition, \local_sens\api::lang() === 'en');
    }

    /**
     * The title of an item, unit or level in the chosen language.
     *
     * @param array $item
     * @return string
     */
    private function title(array $item): string {
        return (string)($this->english && !empty($item['titleEn']) ? $item['titleEn'] : ($item['title'] ?? $item['id']));
    }

    /**
     * The référentiel whose items carry levels (the DU's micro-competences), else the first one.
     *
     * @return array|null
     */
    private function referential(): ?array {
        $referentials = $this->definition['referentials'] ?? [];
        foreach ($referentials as $referential) {
            foreach ($referential['items'] ?? [] as $item) {
                if (!empty($item['level'])) {
                    return $referential;
                }
            }
        }
        return $referentials[0] ?? null;
    }

    /**
     * The tree: domains (top-level items), their levels in programme order, the items one can evidence.
     *
     * @return array[] Each {id, title, levels: [{id, title, items: [{id, title}]}]}.
     */
    public function tree(): array {
        $referential = $this->referential();
        if ($referential === null) {
            return [];
        }
        $items = $referential['items'] ?? [];
        $byid = array_column($items, null, 'id');
        $haslevels = (bool)array_filter($items, fn($i) => !empty($i['level']));
        $levels = [];
        foreach ($this->definition['levels'] ?? [] as $level) {
            $levels[$level['id']] = $this->title($level);
        }
        $domains = [];
        foreach ($items as $item) {
            if (empty($item['parent']) || ($haslevels && empty($item['level']))) {
                continue;
            }
            $top = $item;
            while (!empty($top['parent']) && isset($byid[$top['parent']])) {
                $top = $byid[$top['parent']];
            }
            $level = (string)($item['level'] ?? '');
            $domains[$top['id']] ??= ['id' => $top['id'], 'title' => $this->title($top), 'levels' => []];
            $domains[$top['id']]['levels'][$level] ??= ['id' => $level, 'title' => $levels[$level] ?? $level, 'items' => []];
            $domains[$top['id']]['levels'][$level]['items'][] = ['id' => $item['id'], 'title' => $this->title($item)];
        }
        $order = array_flip(array_keys($levels));
        foreach ($domains as &$domain) {
            uksort($domain['levels'], fn($a, $b) => ($order[$a] ?? PHP_INT_MAX) <=> ($order[$b] ?? PHP_INT_MAX));
            $domain['levels'] = array_values($domain['levels']);
        }
        return array_values($domains);
    }

    /**
     * Ids of the items one can evidence.
     *
     * @return string[]
     */
    public function item_ids(): array {
        $ids = [];
        foreach ($this->tree() as $domain) {
            foreach ($domain['levels'] as $level) {
                array_push($ids, ...array_column($level['items'], 'id'));
            }
        }
        return $ids;
    }

    /**
     * Options for a form's autocomplete: id => "domain › level › item".
     *
     * @return array<string, string>
     */
    public function options(): array {
        $options = [];
        foreach ($this->tree() as $domain) {
            foreach ($domain['levels'] as $level) {
                foreach ($level['items'] as $item) {
                    $options[$item['id']] = $item['id'] . ' — ' . shorten_text($domain['title'], 40) . ' › ' . $level['title']
                        . ' › ' . $item['title'];
                }
            }
        }
        return $options;
    }

    /**
     * Coverage of a set of entries: for each item, the titles of the entries evidencing it.
     *
     * @param \stdClass[] $entries With title and competences (JSON list of item ids).
     * @return array {covered, total, domains: [{title, levels: [{title, items: [{id, title, covered, entries}]}]}]}
     */
    public function coverage(array $entries): array {
        $evidence = [];
        foreach ($entries as $entry) {
            foreach (json_decode((string)$entry->competences, true) ?: [] as $id) {
                $evidence[$id][] = format_string($entry->title);
            }
        }
        $covered = 0;
        $total = 0;
        $domains = [];
        foreach ($this->tree() as $domain) {
            foreach ($domain['levels'] as &$level) {
                foreach ($level['items'] as &$item) {
                    $item['covered'] = isset($evidence[$item['id']]);
                    $item['entries'] = implode(', ', $evidence[$item['id']] ?? []);
                    $covered += $item['covered'] ? 1 : 0;
                    $total++;
                }
                unset($item);
            }
            unset($level);
            $domains[] = $domain;
        }
        return ['covered' => $covered, 'total' => $total, 'domains' => $domains];
    }
}
