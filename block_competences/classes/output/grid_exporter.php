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

/**
 * Turns the engine's flat decision (units[] in programme order) into the block's grid: the Initiation, then each
 * domain with its levels, each with its state in words, its reasons in the reader's language and a link to the
 * next activity; plus the verdict, the next step and the deadline.
 *
 * No database access: the outline of the programme and the slot links come from {@see \block_competences\local\competences_source}.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class grid_exporter {

    /** @var string[] Every state the engine gives a unit (rules-engine/src/core/reasons.ts, UnitState). */
    public const STATES = ['locked', 'open', 'in_progress', 'validated', 'exempt', 'barred', 'defaillant', 'failed',
        'expired'];

    /** @var string[] Reason params holding a YYYY-MM-DD date (rules-engine/src/core/reasons.ts). */
    private const DATE_PARAMS = ['at', 'deadline', 'asOf', 'from', 'to'];

    /** @var string[] States in which the learner has something to do in the unit, so a link is offered. */
    private const ACTIONABLE = ['open', 'in_progress', 'barred'];

    /** @var array<string, array> Outline units by id. */
    private array $units = [];

    /** @var array<string, array> Outline slots by id. */
    private array $slots = [];

    /** @var array<string, string[]> Slot ids of each unit, in programme order. */
    private array $slotsofunit = [];

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
        /** @var array Slot links. */
        private readonly array $links,
        /** @var string Language of titles. */
        private readonly string $lang,
        /** @var string Element id prefix. */
        private readonly string $idprefix = 'block_competences',
        /** @var array<string, string> Names of people by user id. */
        private readonly array $people = [],
        /** @var array[] Workshop sessions to come. */
        private readonly array $sessions = [],
    ) {
        foreach ($outline['units'] as $unit) {
            $this->units[$unit['id']] = $unit;
        }
        foreach ($outline['slots'] as $slot) {
            $this->slots[$slot['id']] = $slot;
            $this->slotsofunit[$slot['unit']][] = $slot['id'];
        }
    }

    /**
     * The engine language for the current Moodle language: fr for any French variant, else en.
     *
     * @return string
     */
    public static function current_lang(): string {
        return str_starts_with(current_language(), 'fr') ? 'fr' : 'en';
    }

    /**
     * The user ids a decision's reasons name as "by" (who attested, placed, decided), for one lookup of their names.
     * Moodle records a person as their user id; anything else (e.g. an imported name) is shown as it is.
     *
     * @param array $decision The engine decision as stored.
     * @return int[]
     */
    public static function people_of(array $decision): array {
        $reasons = $decision['verdict']['reasons'] ?? [];
        foreach ($decision['units'] ?? [] as $unit) {
            $reasons = array_merge($reasons, $unit['reasons'] ?? []);
        }
        if (isset($decision['next']['reason'])) {
            $reasons[] = $decision['next']['reason'];
        }
        $ids = [];
        foreach ($reasons as $reason) {
            $by = $reason['params']['by'] ?? null;
            if (is_string($by) && ctype_digit($by) && (int)$by > 0) {
                $ids[(int)$by] = true;
            }
        }
        return array_keys($ids);
    }

    /**
     * Data for the template.
     *
     * @param array $decision The engine decision as stored.
     * @return array Keys domains, initiation, others, verdict, next, deadline.
     */
    public function export(array $decision): array {
        $decided = [];
        foreach ($decision['units'] ?? [] as $unit) {
            $decided[(string)$unit['id']] = $unit;
        }
        $domains = [];
        $initiation = null;
        $others = [];
        foreach ($this->outline['units'] as $unit) {
            if ($unit['parent'] !== null) {
                continue;
            }
            $children = array_values(array_filter($this->outline['units'], fn($u) => $u['parent'] === $unit['id']));
            if ($unit['kind'] === 'domain') {
                $domain = $this->unit($unit, $decided);
                $domain['levels'] = [];
                foreach ($children as $position => $child) {
                    $level = $this->unit($child, $decided);
                    $level['title'] = $level['label'];
                    $level['label'] = $this->level_label($child, $position);
                    $level['context'] = get_string('levelcontext', 'block_competences',
                        (object)['domain' => $domain['label'], 'level' => $level['label']]);
                    $domain['levels'][] = $level;
                }
                $domains[] = $domain;
            } else if ($unit['kind'] === 'block' && $initiation === null) {
                $initiation = $this->unit($unit, $decided);
                $initiation['items'] = array_map(fn($child) => $this->unit($child, $decided), $children);
            } else {
                $others[] = $this->unit($unit, $decided);
            }
        }
        return [
            'domains' => $domains,
            'initiation' => $initiation,
            'others' => $others,
            'hasothers' => !empty($others),
            'verdict' => $this->verdict($decision['verdict'] ?? null),
            'next' => $this->next($decision['next'] ?? null),
            'deadline' => $this->date($decision['deadline'] ?? null),
            'asof' => $this->date($decision['asOf'] ?? null),
        ];
    }

    /**
     * One unit with its decided state, reasons and link.
     *
     * @param array $unit Outline unit.
     * @param array $decided Decided units by id.
     * @return array
     */
    private function unit(array $unit, array $decided): array {
        $decision = $decided[$unit['id']] ?? null;
        // A unit absent from the decision (e.g. a decision older than the outline) is shown as not decided.
        $state = $decision !== null && in_array($decision['state'] ?? '', self::STATES, true) ? $decision['state'] : null;
        $reasons = array_map(fn($r) => $this->reason_text((array)$r), $decision['reasons'] ?? []);
        $label = $this->title($unit);
        $domid = $this->idprefix . '-u' . (++$this->seq);
        return [
            'id' => $unit['id'],
            'domid' => $domid,
            'label' => $label,
            'state' => $state ?? 'unknown',
            'statelabel' => get_string($state === null ? 'state_unknown' : 'state_' . $state, 'block_competences'),
            'reasons' => $reasons,
            'hasreasons' => !empty($reasons),
            'context' => $label,
            'link' => in_array($state, self::ACTIONABLE, true) ? $this->unit_link($unit['id'], $decision['reasons'] ?? []) : null,
            'workshop' => $this->workshop($unit['id'], $state, $decision['reasons'] ?? []),
        ];
    }

    /**
     * The workshop of a unit validated by an attestation, in words: who attested and when once attested (and that it
     * awaits a co-signature where the programme asks for one); else the
     * next session's date and room, or "waiting for the workshop of <date>" when the online exercises are done.
     *
     * @param string $unitid
     * @param string|null $state
     * @param array $reasons The unit's reasons.
     * @return string|null Null for a unit without workshop, or with nothing to say.
     */
    private function workshop(string $unitid, ?string $state, array $reasons): ?string {
        $codes = array_column($reasons, 'code');
        $attested = [];
        foreach ($reasons as $reason) {
            if (in_array($reason['code'] ?? '', ['attestation_passed', 'attestation_not_passed', 'attestation_awaiting_cosign'],
                    true)) {
                $attested[] = $this->reason_text((array)$reason);
            }
        }
        if (!in_array('attestation_missing', $codes, true) || !in_array($state, self::ACTIONABLE, true)) {
            return $attested ? implode(' ', $attested) : null;
        }
        $next = null;
        foreach ($this->sessions as $session) {
            if ($next === null && ($session['units'] === null || in_array($unitid, $session['units'], true))) {
                $next = $session;
            }
        }
        if ($next === null) {
            $attested[] = get_string('workshopnotdated', 'block_competences');
        } else {
            $a = (object)['date' => userdate($next['timestart'], get_string('strftimedatetime', 'langconfig')),
                'room' => $next['room'] === '' ? '-' : $next['room']];
            $attested[] = get_string(in_array('activities_pending', $codes, true) ? 'workshopnext' : 'workshopwaiting',
                'block_competences', $a);
        }
        return implode(' ', $attested);
    }

    /**
     * Where to go for a unit: the first activity still to pass (from the engine's reason), else the unit's first.
     *
     * @param string $unitid
     * @param array $reasons The unit's reasons.
     * @return array|null {url, text}
     */
    private function unit_link(string $unitid, array $reasons): ?array {
        $candidates = [];
        foreach ($reasons as $reason) {
            if (($reason['code'] ?? '') === 'activities_pending') {
                $candidates = array_merge($candidates, self::ids((string)($reason['params']['missing'] ?? '')));
            }
        }
        $candidates = array_merge($candidates, $this->slotsofunit[$unitid] ?? []);
        foreach ($candidates as $slotid) {
            if (isset($this->links[$slotid])) {
                $text = $this->title($this->slots[$slotid] ?? ['id' => $slotid, 'title' => $slotid]);
                return [
                    'url' => $this->links[$slotid]->out(false),
                    'text' => $text,
                    'label' => get_string('openactivity', 'block_competences', $text),
                ];
            }
        }
        return null;
    }

    /**
     * The verdict in words.
     *
     * @param array|null $verdict {code, reasons}
     * @return array|null
     */
    private function verdict(?array $verdict): ?array {
        if ($verdict === null) {
            return null;
        }
        $code = (string)($verdict['code'] ?? '');
        $key = 'verdict_' . $code;
        return [
            'code' => $code,
            'label' => get_string_manager()->string_exists($key, 'block_competences')
                ? get_string($key, 'block_competences') : $code,
            'reasons' => array_map(fn($r) => $this->reason_text((array)$r), $verdict['reasons'] ?? []),
        ];
    }

    /**
     * The next step: which unit, why, and the activity to open.
     *
     * @param array|null $next {unit, path, reason}
     * @return array|null
     */
    private function next(?array $next): ?array {
        if ($next === null || !isset($next['unit'])) {
            return null;
        }
        $unitid = (string)$next['unit'];
        $reason = (array)($next['reason'] ?? []);
        $unit = $this->units[$unitid] ?? ['id' => $unitid, 'title' => $unitid];
        return [
            'unit' => $unitid,
            'label' => $this->title($unit),
            'text' => $reason ? $this->reason_text($reason) : '',
            'link' => $this->unit_link($unitid, $reason ? [$reason] : []),
        ];
    }

    /**
     * A YYYY-MM-DD date for people (in their language) and for machines.
     *
     * @param string|null $date
     * @return array|null {iso, text}
     */
    private function date(?string $date): ?array {
        if ($date === null || !preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $date, $m)) {
            return null;
        }
        // Noon UTC, shown in UTC: the same calendar day for everyone, whatever their timezone.
        $time = gmmktime(12, 0, 0, (int)$m[2], (int)$m[3], (int)$m[1]);
        return ['iso' => $date, 'text' => userdate($time, get_string('strftimedate', 'langconfig'), 'UTC')];
    }

    /**
     * The label of a level: the programme's level name (Débutant...), found by the unit id's last part or by position.
     *
     * @param array $unit Outline unit of kind level.
     * @param int $position Its position among the domain's children.
     * @return string
     */
    private function level_label(array $unit, int $position): string {
        $levels = $this->outline['levels'] ?? [];
        $level = null;
        foreach ($levels as $candidate) {
            if (str_ends_with($unit['id'], '.' . $candidate['id'])) {
                $level = $candidate;
            }
        }
        $level = $level ?? ($levels[$position] ?? null);
        if ($level === null) {
            return $this->title($unit);
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

    /**
     * Title of a unit or slot in the block's language.
     *
     * @param array $item Outline unit or slot.
     * @return string
     */
    private function title(array $item): string {
        if ($this->lang === 'en' && !empty($item['titleEn'])) {
            return (string)$item['titleEn'];
        }
        return (string)($item['title'] ?? $item['id']);
    }

    /**
     * Text of one reason from the generated local_sens strings, ids shown as titles.
     *
     * @param array $reason {code, path, params}
     * @return string
     */
    public function reason_text(array $reason): string {
        $code = (string)($reason['code'] ?? '');
        $key = 'reason_' . $code;
        if ($code === '' || !get_string_manager()->string_exists($key, 'local_sens')) {
            // Never nothing: the code itself, for a reason this Moodle has no text for yet.
            return $code;
        }
        $params = $this->display_params(is_array($reason['params'] ?? null) ? $reason['params'] : []);
        return get_string($key, 'local_sens', (object)$params);
    }

    /**
     * Params for display: unit and slot ids (alone or in comma lists) replaced by their titles, states by their names,
     * dates written out in the reader's language, people by their names.
     *
     * @param array $params
     * @return array
     */
    private function display_params(array $params): array {
        $params = \local_sens\local\engine\format::display_params($this->outline, $params, $this->lang);
        foreach (['previousState', 'prerequisiteState'] as $name) {
            if (isset($params[$name]) && in_array($params[$name], self::STATES, true)) {
                $params[$name] = get_string('state_' . $params[$name], 'block_competences');
            }
        }
        foreach (self::DATE_PARAMS as $name) {
            $date = isset($params[$name]) && is_string($params[$name]) ? $this->date($params[$name]) : null;
            if ($date !== null) {
                $params[$name] = $date['text'];
            }
        }
        if (isset($params['by']) && isset($this->people[(string)$params['by']])) {
            $params['by'] = $this->people[(string)$params['by']];
        }
        return $params;
    }

    /**
     * The ids of a comma-separated list as the engine writes it ("a, b, c").
     *
     * @param string $list
     * @return string[]
     */
    private static function ids(string $list): array {
        return $list === '' ? [] : array_map('trim', explode(',', $list));
    }
}
