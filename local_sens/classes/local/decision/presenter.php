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

use local_sens\local\engine\reasons;
use local_sens\local\site_date;

/**
 * Turns what the engine said into what people read: the one place for a stored decision's unit states in words, its
 * reasons in the reader's language (units and activities by their titles, dates written out, people by their names,
 * lists as lists), the verdict, the next step with the activity to open, and any other engine item (validation
 * errors, the changes of a new version). Used by the block, the course notice, the availability condition, the web
 * services, the workshop sheet, the portfolio and the admin pages; {@see \local_sens\external\decision_exporter}
 * gives the result to templates and web services.
 *
 * The vocabulary (states, verdicts, which params are lists, dates, people or states) is the engine's generated
 * {@see reasons}; no database access except {@see self::names()} (one read).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class presenter {

    /** @var array<string, array> Programme units by id. */
    private array $units = [];

    /** @var array<string, string[]> Slot ids of each unit, in programme order. */
    private array $slotsofunit = [];

    /** @var wording The words of the engine's items. */
    private readonly wording $wording;

    /**
     * Constructor.
     *
     * @param array|null $programme The programme definition (or the block's outline of it: units and slots with their
     *     titles); null: ids are shown as they are.
     * @param array<string, string> $people Full names by user id, for the people reasons name (see names()).
     * @param array<string, \moodle_url> $links Slot id => its activity, for the links to what to do.
     * @param array[] $sessions Workshop sessions to come, soonest first: timestart, room, units (?string[]).
     * @param string|null $lang fr or en; null: the reader's (self::lang()).
     */
    public function __construct(
        ?array $programme = null,
        array $people = [],
        /** @var array<string, \moodle_url> Activity of each slot. */
        private readonly array $links = [],
        /** @var array[] Workshop sessions to come. */
        private readonly array $sessions = [],
        ?string $lang = null,
    ) {
        $this->wording = new wording($programme, $people, $lang ?? self::lang());
        foreach ($programme['units'] ?? [] as $unit) {
            $this->units[(string)$unit['id']] = $unit;
        }
        foreach ($programme['slots'] ?? [] as $slot) {
            $this->slotsofunit[(string)($slot['unit'] ?? '')][] = (string)$slot['id'];
        }
    }

    /**
     * A presenter for one stored decision: the people its reasons name are read once.
     *
     * @param array|null $programme
     * @param array $decision The engine's decision (or any {units, verdict, next}).
     * @param array<string, \moodle_url> $links
     * @param array[] $sessions
     * @return self
     */
    public static function for_decision(?array $programme, array $decision, array $links = [], array $sessions = []): self {
        return new self($programme, wording::names(wording::people_of($decision)), $links, $sessions);
    }

    /**
     * The language of the engine's texts for the current reader — the one rule: fr for French and any French variant
     * (fr_ca…), else en (the engine's messages exist in these two).
     *
     * @return string
     */
    public static function lang(): string {
        return str_starts_with(current_language(), 'fr') ? 'fr' : 'en';
    }

    /**
     * The title of a programme item (unit, level, criterion, programme) in the current reader's language: its
     * English title for an English reader when it has one, else the French title, else its id.
     *
     * @param array $item An item of a programme definition (title, optional titleEn, id).
     * @return string
     */
    public static function title_of(array $item): string {
        return (string)(self::lang() === 'en' && !empty($item['titleEn']) ? $item['titleEn'] : ($item['title'] ?? $item['id'] ?? ''));
    }

    /**
     * A unit state in words.
     *
     * @param string|null $state Engine state; null or unknown: not decided yet.
     * @return string
     */
    public static function state(?string $state): string {
        return get_string(in_array($state, reasons::UNIT_STATES, true) ? 'decision:state_' . $state : 'decision:state_unknown',
            'local_sens');
    }

    /**
     * A verdict in words.
     *
     * @param string $code Engine verdict.
     * @return string The code itself for a verdict this Moodle has no text for.
     */
    public static function verdict_label(string $code): string {
        return in_array($code, reasons::VERDICT_CODES, true) ? get_string('decision:verdict_' . $code, 'local_sens') : $code;
    }

    /**
     * The text of one engine item — a reason, a validation error, a change — in the current language.
     *
     * @param array $item {code, path, params}
     * @return string
     */
    public function text(array $item): string {
        return $this->wording->text($item);
    }

    /**
     * Texts of items.
     *
     * @param array[] $items
     * @return string[]
     */
    public function texts(array $items): array {
        return $this->wording->texts($items);
    }

    /**
     * Items for a list (validation errors, changes): code, path ("/" for the whole document) and text.
     *
     * @param array[] $items
     * @return array[] Each ['code' => string, 'path' => string, 'message' => string].
     */
    public function items(array $items): array {
        return $this->wording->items($items);
    }

    /**
     * Title of a unit or slot in the reader's language, its id when the programme has none.
     *
     * @param string $id
     * @return string
     */
    public function title(string $id): string {
        return $this->wording->title($id);
    }

    /**
     * Everything people read of a decision: each unit of the programme in its order, the verdict, the next step, the
     * deadline and the day it was decided for. The shape of {@see \local_sens\external\decision_exporter}.
     *
     * @param array $decision The engine's decision as stored.
     * @return array units, verdict (?array), next (?array), deadline (?array), asof (?array)
     */
    public function decision(array $decision): array {
        $decided = array_column($decision['units'] ?? [], null, 'id');
        $units = [];
        $ids = $this->units ? array_keys($this->units) : array_keys($decided);
        foreach ($ids as $id) {
            $units[] = $this->unit((string)$id, $decided[$id] ?? null);
        }
        return [
            'units' => $units,
            'verdict' => $this->verdict($decision['verdict'] ?? null),
            'next' => $this->next($decision['next'] ?? null),
            'deadline' => self::date($decision['deadline'] ?? null),
            'asof' => self::date($decision['asOf'] ?? null),
        ];
    }

    /**
     * One unit: its state in words, its reasons, what to open and its workshop.
     *
     * @param string $id
     * @param array|null $decided The unit's decision (state, reasons); null: not decided (e.g. a decision older than
     *     the programme's outline).
     * @return array id, kind, parent, label, state, statelabel, reasons, hasreasons, link, workshop
     */
    public function unit(string $id, ?array $decided): array {
        $state = $decided !== null && in_array($decided['state'] ?? '', reasons::UNIT_STATES, true) ? $decided['state'] : null;
        $reasonsof = array_values($decided['reasons'] ?? []);
        $texts = $this->texts($reasonsof);
        $actionable = in_array($state, reasons::ACTIONABLE_STATES, true);
        return [
            'id' => $id,
            'kind' => (string)($this->units[$id]['kind'] ?? $decided['kind'] ?? ''),
            'parent' => isset($this->units[$id]['parent']) ? (string)$this->units[$id]['parent'] : null,
            'label' => $this->title($id),
            'state' => $state ?? 'unknown',
            'statelabel' => self::state($state),
            'reasons' => $texts,
            'hasreasons' => !empty($texts),
            'link' => $actionable ? $this->link($id, $reasonsof) : null,
            'workshop' => $this->workshop($id, $actionable, $reasonsof),
        ];
    }

    /**
     * The verdict in words.
     *
     * @param array|null $verdict {code, reasons}
     * @return array|null code, label, reasons
     */
    public function verdict(?array $verdict): ?array {
        if ($verdict === null) {
            return null;
        }
        $code = (string)($verdict['code'] ?? '');
        return ['code' => $code, 'label' => self::verdict_label($code), 'reasons' => $this->texts($verdict['reasons'] ?? [])];
    }

    /**
     * The engine's next step: which unit, why, and the activity to open.
     *
     * @param array|null $next {unit, path, reason}
     * @return array|null unit, label, text, link
     */
    public function next(?array $next): ?array {
        if ($next === null || !isset($next['unit'])) {
            return null;
        }
        $unit = (string)$next['unit'];
        $reason = (array)($next['reason'] ?? []);
        return [
            'unit' => $unit,
            'label' => $this->title($unit),
            'text' => $reason ? $this->text($reason) : '',
            'link' => $this->link($unit, $reason ? [$reason] : []),
        ];
    }

    /**
     * Where to go for a unit: the first activity still to pass (the engine's list of missing slots), else the unit's
     * first activity.
     *
     * @param string $unit
     * @param array[] $reasonsof The unit's reasons (or the next step's).
     * @return array|null url, text, label
     */
    public function link(string $unit, array $reasonsof): ?array {
        $candidates = [];
        foreach ($reasonsof as $reason) {
            if (($reason['code'] ?? '') === 'activities_pending') {
                array_push($candidates, ...wording::list_param($reason['params']['missing'] ?? []));
            }
        }
        foreach (array_merge($candidates, $this->slotsofunit[$unit] ?? []) as $slot) {
            if (isset($this->links[$slot])) {
                $text = $this->title($slot);
                return [
                    'url' => $this->links[$slot]->out(false),
                    'text' => $text,
                    'label' => get_string('decision:openactivity', 'local_sens', $text),
                ];
            }
        }
        return null;
    }

    /**
     * A YYYY-MM-DD date for people (in their language, the site's day) and for machines.
     *
     * @param string|null $date
     * @return array|null iso, text
     */
    public static function date(?string $date): ?array {
        $text = site_date::text($date);
        return $text === null ? null : ['iso' => (string)$date, 'text' => $text];
    }

    /**
     * The workshop of a unit validated by an attestation, in words: who attested and when once attested; else the
     * next session's date and room, or "waiting for the workshop of <date>" when the online exercises are done.
     *
     * @param string $unit
     * @param bool $actionable The learner has something to do in the unit.
     * @param array[] $reasonsof The unit's reasons.
     * @return string|null Null for a unit without workshop, or with nothing to say.
     */
    private function workshop(string $unit, bool $actionable, array $reasonsof): ?string {
        $codes = array_column($reasonsof, 'code');
        $said = [];
        foreach ($reasonsof as $reason) {
            if (in_array($reason['code'] ?? '', ['attestation_passed', 'attestation_not_passed', 'attestation_awaiting_cosign'],
                    true)) {
                $said[] = $this->text($reason);
            }
        }
        if (!$actionable || !in_array('attestation_missing', $codes, true)) {
            return $said ? implode(' ', $said) : null;
        }
        $next = null;
        foreach ($this->sessions as $session) {
            if ($next === null && ($session['units'] === null || in_array($unit, $session['units'], true))) {
                $next = $session;
            }
        }
        if ($next === null) {
            $said[] = get_string('decision:workshopnotdated', 'local_sens');
        } else {
            $a = (object)['date' => userdate($next['timestart'], get_string('strftimedatetime', 'langconfig')),
                'room' => $next['room'] === '' ? '-' : $next['room']];
            $said[] = get_string(in_array('activities_pending', $codes, true) ? 'decision:workshopnext'
                : 'decision:workshopwaiting', 'local_sens', $a);
        }
        return implode(' ', $said);
    }
}
