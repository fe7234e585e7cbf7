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

namespace local_sens\local\programme;

/**
 * Texts of engine errors and changes ({code, path, params}) in the user's language, from the generated lang strings
 * `reason_<code>`.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class engine_messages {

    /**
     * Constructor.
     *
     * @param engine_bridge $engine
     */
    public function __construct(
        /** @var engine_bridge Generated engine. */
        private readonly engine_bridge $engine,
    ) {
    }

    /**
     * One item as a text in the current language.
     *
     * @param array $item {code, path, params}
     * @param array|null $programme Programme whose ids are shown by title, or null.
     * @return string
     */
    public function text(array $item, ?array $programme = null): string {
        $key = 'reason_' . $item['code'];
        $params = $this->engine->display_params($programme, (array)($item['params'] ?? []),
            current_language() === 'fr' ? 'fr' : 'en');
        $a = new \stdClass();
        foreach ($params as $name => $value) {
            $a->$name = $this->scalar($value);
        }
        if (get_string_manager()->string_exists($key, 'local_sens')) {
            return get_string($key, 'local_sens', $a);
        }
        // A code without a text yet (e.g. an engine newer than the lang pack): still say what it is.
        return get_string('engineitemuntranslated', 'local_sens',
            (object)['code' => $item['code'], 'params' => json_encode($a, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)]);
    }

    /**
     * Items for a template or the CLI: path (or "/" for the whole document) and text.
     *
     * @param array[] $items
     * @param array|null $programme
     * @return array[] Each ['code' => string, 'path' => string, 'message' => string].
     */
    public function list(array $items, ?array $programme = null): array {
        return array_map(fn(array $item) => [
            'code' => (string)$item['code'],
            'path' => ($item['path'] ?? '') === '' ? '/' : (string)$item['path'],
            'message' => $this->text($item, $programme),
        ], array_values($items));
    }

    /**
     * A parameter value as text: lists joined, objects as JSON.
     *
     * @param mixed $value
     * @return string
     */
    private function scalar($value): string {
        if (is_array($value) && array_is_list($value)) {
            return implode(', ', array_map(fn($v) => $this->scalar($v), $value));
        }
        if (is_array($value) || is_object($value)) {
            return json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
        }
        if (is_bool($value)) {
            return $value ? 'true' : 'false';
        }
        return $value === null ? '' : (string)$value;
    }
}
