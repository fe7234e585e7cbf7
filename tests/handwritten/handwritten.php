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


/**
 * Shared by run.php (no Moodle) and local_sens PHPUnit: loads the hand-written cases of tests/handwritten/cases.
 *
 * Expected states, verdicts and next steps there are written by hand from the seeds, not taken from an engine's output.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Every case and every invalid record of the case files, records completed as the TypeScript loader does.
 *
 * @param string $root repository root (programme paths are relative to it)
 * @return array{cases: array[], invalid: array[]} cases: [label, programme, record, asOf, expected];
 *     invalid: [label, programme, record, errors]
 */
function sens_handwritten_cases(string $root): array {
    $cases = [];
    $invalid = [];
    $files = glob($root . '/tests/handwritten/cases/*.json');
    sort($files);
    foreach ($files as $file) {
        $data = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
        $programme = json_decode(file_get_contents($root . '/' . $data['programme']), true, 512, JSON_THROW_ON_ERROR);
        foreach ($data['cases'] as $c) {
            $record = sens_handwritten_record($programme, $c['start'] ?? $data['start'], $c['facts']);
            $cases[basename($file) . ': ' . $c['name']] = [$programme, $record, $c['asOf'], $c['expected']];
        }
        foreach ($data['invalid'] ?? [] as $c) {
            $record = sens_handwritten_record($programme, $c['start'] ?? $data['start'], $c['facts']);
            $invalid[basename($file) . ': ' . $c['name']] = [$programme, $record, $c['errors']];
        }
    }
    return ['cases' => $cases, 'invalid' => $invalid];
}

/**
 * A case's record: its facts with the learner, the programme's id and version and the enrolment start.
 *
 * @param array $programme
 * @param string $start
 * @param array $facts
 * @return array
 */
function sens_handwritten_record(array $programme, string $start, array $facts): array {
    return ['learner' => 'handwritten', 'programme' => ['id' => $programme['id'], 'version' => $programme['version']],
        'enrolment' => ['start' => $start]] + $facts;
}

/**
 * What an expectation looks at in a decision: the verdict, the named units' states, the next unit when given.
 *
 * @param array $decision
 * @param array $expected
 * @return array in the expectation's shape and key order
 */
function sens_handwritten_observed(array $decision, array $expected): array {
    $states = [];
    foreach ($decision['units'] as $u) {
        $states[$u['id']] = $states[$u['id']] ?? $u['state'];
    }
    $units = [];
    foreach (array_keys($expected['units']) as $id) {
        $units[$id] = $states[$id] ?? '(no such unit)';
    }
    $out = ['verdict' => $decision['verdict']['code'], 'units' => $units];
    if (array_key_exists('next', $expected)) {
        $out['next'] = $decision['next'] === null ? null : $decision['next']['unit'];
    }
    return $out;
}

/**
 * The expectation in the same key order as sens_handwritten_observed, for an exact comparison.
 *
 * @param array $expected
 * @return array
 */
function sens_handwritten_expected(array $expected): array {
    $out = ['verdict' => $expected['verdict'], 'units' => $expected['units']];
    if (array_key_exists('next', $expected)) {
        $out['next'] = $expected['next'];
    }
    return $out;
}

/**
 * Validation errors as "code path" lines.
 *
 * @param array $errors
 * @return string[]
 */
function sens_handwritten_errors(array $errors): array {
    return array_map(fn($e) => $e['code'] . ' ' . $e['path'], $errors);
}
