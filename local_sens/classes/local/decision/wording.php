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

namespace local_sens\local\decision;

use local_sens\local\engine\format;
use local_sens\local\engine\reasons;
use local_sens\local\site_date;

/**
 * The words of the engine's items — reasons, validation errors, changes — for the {@see presenter}: the generated
 * lang strings `reason_<code>` filled with params as people read them (titles, lists of titles, states in words,
 * dates written out, people by their names).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class wording {

    /** @var array<string, array> Programme units and slots by id. */
    private array $titled = [];

    /**
     * Constructor.
     *
     * @param array|null $programme Programme definition or outline; null: ids are shown as they are.
     * @param array<string, string> $people Full names by user id.
     * @param string $lang fr or en: the language of titles.
     */
    public function __construct(
        /** @var array|null Programme definition or outline. */
        private readonly ?array $programme,
        /** @var array<string, string> Names of people by user id. */
        private readonly array $people,
        /** @var string Language of titles. */
        private readonly string $lang,
    ) {
        foreach (array_merge($programme['slots'] ?? [], $programme['units'] ?? []) as $item) {
            $this->titled[(string)$item['id']] = $item;
        }
    }

    /**
     * The user ids the reasons of a decision name (who attested, placed, decided): Moodle records a person as their
     * user id; anything else (an imported name) is shown as it is.
     *
     * @param array $decision {units, verdict, next} or {units} (unit decisions with reasons).
     * @return int[]
     */
    public static function people_of(array $decision): array {
        $all = $decision['verdict']['reasons'] ?? [];
        foreach ($decision['units'] ?? [] as $unit) {
            array_push($all, ...array_values($unit['reasons'] ?? []));
        }
        if (isset($decision['next']['reason'])) {
            $all[] = $decision['next']['reason'];
        }
        $ids = [];
        foreach ($all as $reason) {
            foreach (reasons::PERSON_PARAMS as $name) {
                $by = $reason['params'][$name] ?? null;
                if (is_string($by) && ctype_digit($by) && (int)$by > 0) {
                    $ids[(int)$by] = true;
                }
            }
        }
        return array_keys($ids);
    }

    /**
     * Full names of users, in one read (none when there is nobody to name); an id without a user stays out.
     *
     * @param int[] $userids
     * @return array<string, string> By user id.
     */
    public static function names(array $userids): array {
        if (!$userids) {
            return [];
        }
        $db = \core\di::get(\moodle_database::class);
        [$insql, $params] = $db->get_in_or_equal(array_values(array_unique(array_map('intval', $userids))), SQL_PARAMS_NAMED);
        $fields = \core_user\fields::for_name()->get_sql('u', false, '', '', false)->selects;
        $names = [];
        foreach ($db->get_records_sql("SELECT u.id, $fields FROM {user} u WHERE u.id $insql", $params) as $user) {
            $names[(string)$user->id] = fullname($user);
        }
        return $names;
    }

    /**
     * The text of one engine item — a reason, a validation error, a change — in the current language.
     *
     * @param array $item {code, path, params}
     * @return string Never empty: a code without a text says its code and params.
     */
    public function text(array $item): string {
        $code = (string)($item['code'] ?? '');
        $a = new \stdClass();
        foreach ($this->params(is_array($item['params'] ?? null) ? $item['params'] : []) as $name => $value) {
            $a->$name = self::scalar($value);
        }
        $key = 'reason_' . $code;
        if ($code !== '' && get_string_manager()->string_exists($key, 'local_sens')) {
            return get_string($key, 'local_sens', $a);
        }
        return get_string('engineitemuntranslated', 'local_sens',
            (object)['code' => $code, 'params' => json_encode($a, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)]);
    }

    /**
     * Texts of items.
     *
     * @param array[] $items
     * @return string[]
     */
    public function texts(array $items): array {
        return array_map(fn($item) => $this->text((array)$item), array_values($items));
    }

    /**
     * Items for a list (validation errors, changes): code, path ("/" for the whole document) and text.
     *
     * @param array[] $items
     * @return array[] Each ['code' => string, 'path' => string, 'message' => string].
     */
    public function items(array $items): array {
        return array_map(fn(array $item) => [
            'code' => (string)$item['code'],
            'path' => ($item['path'] ?? '') === '' ? '/' : (string)$item['path'],
            'message' => $this->text($item),
        ], array_values($items));
    }

    /**
     * Params as people read them: unit and slot ids as titles (a list param as the list of its titles), states in
     * words, dates written out, people by their names. Numbers and other strings stay.
     *
     * @param array $params
     * @return array
     */
    public function params(array $params): array {
        $lists = [];
        foreach (reasons::LIST_PARAMS as $name) {
            if (isset($params[$name])) {
                $lists[$name] = self::list_param($params[$name]);
                unset($params[$name]);
            }
        }
        if ($this->programme !== null) {
            $params = format::display_params($this->programme, $params, $this->lang);
        }
        foreach ($lists as $name => $ids) {
            $params[$name] = array_map(fn($id) => $this->title($id), $ids);
        }
        foreach (reasons::STATE_PARAMS as $name) {
            if (isset($params[$name]) && in_array($params[$name], reasons::UNIT_STATES, true)) {
                $params[$name] = presenter::state($params[$name]);
            }
        }
        foreach (reasons::DATE_PARAMS as $name) {
            $text = isset($params[$name]) && is_string($params[$name]) ? site_date::text($params[$name]) : null;
            if ($text !== null) {
                $params[$name] = $text;
            }
        }
        foreach (reasons::PERSON_PARAMS as $name) {
            if (isset($params[$name]) && isset($this->people[(string)$params[$name]])) {
                $params[$name] = $this->people[(string)$params[$name]];
            }
        }
        return $params;
    }

    /**
     * The ids of a list-valued param (reasons::LIST_PARAMS): the engine gives a list; a decision stored before lists
     * were lists holds "a, b", which the engine's own format::list_param reads.
     *
     * @param mixed $value
     * @return string[]
     */
    public static function list_param($value): array {
        if (is_array($value)) {
            return array_map('strval', array_values($value));
        }
        return format::list_param((string)$value);
    }

    /**
     * Title of a unit or slot in the reader's language, its id when the programme has none.
     *
     * @param string $id
     * @return string
     */
    public function title(string $id): string {
        $item = $this->titled[$id] ?? null;
        if ($item === null) {
            return $id;
        }
        return (string)($this->lang === 'en' && !empty($item['titleEn']) ? $item['titleEn'] : ($item['title'] ?? $id));
    }

    /**
     * A param value as text: a list joined with the reader's language's list separator, objects as JSON.
     *
     * @param mixed $value
     * @return string
     */
    private static function scalar($value): string {
        if (is_array($value) && array_is_list($value)) {
            return implode(get_string('decision:listseparator', 'local_sens'), array_map(fn($v) => self::scalar($v), $value));
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
