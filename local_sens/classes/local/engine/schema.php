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

namespace local_sens\local\engine;

/**
 * Generated from rules-engine/schema/programme.schema.json and rules-engine/schema/record.schema.json by
 * build/gen-php/schema.ts: do not edit, run
 * `npm run generate:php`. Mirrors ajv (draft 2020-12, allErrors) on the keywords these schemas use.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class schema {
    /**
     * Structural check of a programme definition against rules-engine/schema/programme.schema.json (same errors as ajv
     * in rules-engine/src/load.ts).
     *
     * Decode the JSON with objects (json_decode($json)): a PHP array that is a list is a JSON array, a stdClass (or
     * an array with string keys) a JSON object, so {} and [] stay different.
     *
     * @param mixed $data the decoded document
     * @return array[] errors, each ['code' => 'schema', 'path' => JSON pointer, 'params' => ['keyword' =>, 'message'
     * =>]]
     */
    public static function validate_programme($data): array {
        $e = [];
        self::check_1($data, '', $e);
        return $e;
    }

    /**
     * Structural check of a learner record against rules-engine/schema/record.schema.json (same errors as ajv in
     * rules-engine/src/load.ts).
     *
     * Decode the JSON with objects (json_decode($json)): a PHP array that is a list is a JSON array, a stdClass (or
     * an array with string keys) a JSON object, so {} and [] stay different.
     *
     * @param mixed $data the decoded document
     * @return array[] errors, each ['code' => 'schema', 'path' => JSON pointer, 'params' => ['keyword' =>, 'message'
     * =>]]
     */
    public static function validate_record($data): array {
        $e = [];
        self::check_93($data, '', $e);
        return $e;
    }

    /**
     * Appends one error as load.ts reports an ajv error.
     *
     * @param array $e errors
     * @param string $path JSON pointer
     * @param string $keyword JSON Schema keyword
     * @param string $message ajv's message
     */
    private static function error(array &$e, string $path, string $keyword, string $message): void {
        $e[] = ['code' => 'schema', 'path' => $path, 'params' => ['keyword' => $keyword, 'message' => $message]];
    }

    /**
     * JSON object: a stdClass, or a PHP array that is not a list.
     *
     * @param mixed $d
     * @return bool
     */
    private static function is_object($d): bool {
        return $d instanceof \stdClass || (is_array($d) && !array_is_list($d));
    }

    /**
     * JSON array: a PHP list (an empty PHP array is a list).
     *
     * @param mixed $d
     * @return bool
     */
    private static function is_array($d): bool {
        return is_array($d) && array_is_list($d);
    }

    /**
     * JSON Schema integer as ajv tests it (typeof number, x % 1 is 0, not NaN; 1.0 counts).
     *
     * @param mixed $d
     * @return bool
     */
    private static function is_integer($d): bool {
        return is_int($d) || (is_float($d) && !is_nan($d) && (is_infinite($d) || floor($d) == $d));
    }

    /**
     * Properties of a JSON object as an array.
     *
     * @param \stdClass|array $d
     * @return array
     */
    private static function props($d): array {
        return is_array($d) ? $d : get_object_vars($d);
    }

    /**
     * Keys not in $known, in JavaScript's for-in order (array-index-like keys first, ascending, then insertion order).
     *
     * @param array $o properties
     * @param string[] $known declared property names
     * @return string[]
     */
    private static function extra_keys(array $o, array $known): array {
        $index = [];
        $other = [];
        foreach (array_keys($o) as $k) {
            $k = (string) $k;
            if (in_array($k, $known, true)) {
                continue;
            }
            if (preg_match('/^(0|[1-9][0-9]*)$/D', $k) && (float) $k <= 4294967294) {
                $index[] = $k;
            } else {
                $other[] = $k;
            }
        }
        usort($index, fn($a, $b) => (float) $a <=> (float) $b);
        return array_merge($index, $other);
    }

    /**
     * JSON pointer escaping (RFC 6901) of a property name.
     *
     * @param string $k
     * @return string
     */
    private static function escape(string $k): string {
        return str_replace(['~', '/'], ['~0', '~1'], $k);
    }

    /**
     * Subschema # (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_1($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('version', $o)) {
                self::error($e, $p . '/version', 'required', 'must have required property \'version\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            if (!array_key_exists('validFrom', $o)) {
                self::error($e, $p . '/validFrom', 'required', 'must have required property \'validFrom\'');
            }
            if (!array_key_exists('units', $o)) {
                self::error($e, $p . '/units', 'required', 'must have required property \'units\'');
            }
            if (!array_key_exists('certification', $o)) {
                self::error($e, $p . '/certification', 'required', 'must have required property \'certification\'');
            }
            foreach (self::extra_keys($o, ['id', 'version', 'title', 'titleEn', 'validFrom', 'validTo',
                    'maxDurationMonths', 'validToCapsDeadline', 'codes', 'ects', 'hours', 'levels', 'units', 'slots',
                    'workshopSessions', 'attendance', 'placementBases', 'certification', 'referentials', 'crosswalks',
                    'badges', 'notes']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('version', $o)) {
                self::check_3($o['version'], $p . '/version', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('titleEn', $o)) {
                self::check_4($o['titleEn'], $p . '/titleEn', $e);
            }
            if (array_key_exists('validFrom', $o)) {
                self::check_6($o['validFrom'], $p . '/validFrom', $e);
            }
            if (array_key_exists('validTo', $o)) {
                self::check_7($o['validTo'], $p . '/validTo', $e);
            }
            if (array_key_exists('maxDurationMonths', $o)) {
                self::check_8($o['maxDurationMonths'], $p . '/maxDurationMonths', $e);
            }
            if (array_key_exists('validToCapsDeadline', $o)) {
                self::check_10($o['validToCapsDeadline'], $p . '/validToCapsDeadline', $e);
            }
            if (array_key_exists('codes', $o)) {
                self::check_11($o['codes'], $p . '/codes', $e);
            }
            if (array_key_exists('ects', $o)) {
                self::check_13($o['ects'], $p . '/ects', $e);
            }
            if (array_key_exists('hours', $o)) {
                self::check_13($o['hours'], $p . '/hours', $e);
            }
            if (array_key_exists('levels', $o)) {
                self::check_15($o['levels'], $p . '/levels', $e);
            }
            if (array_key_exists('units', $o)) {
                self::check_18($o['units'], $p . '/units', $e);
            }
            if (array_key_exists('slots', $o)) {
                self::check_60($o['slots'], $p . '/slots', $e);
            }
            if (array_key_exists('workshopSessions', $o)) {
                self::check_64($o['workshopSessions'], $p . '/workshopSessions', $e);
            }
            if (array_key_exists('attendance', $o)) {
                self::check_66($o['attendance'], $p . '/attendance', $e);
            }
            if (array_key_exists('placementBases', $o)) {
                self::check_74($o['placementBases'], $p . '/placementBases', $e);
            }
            if (array_key_exists('certification', $o)) {
                self::check_75($o['certification'], $p . '/certification', $e);
            }
            if (array_key_exists('referentials', $o)) {
                self::check_76($o['referentials'], $p . '/referentials', $e);
            }
            if (array_key_exists('crosswalks', $o)) {
                self::check_83($o['crosswalks'], $p . '/crosswalks', $e);
            }
            if (array_key_exists('badges', $o)) {
                self::check_87($o['badges'], $p . '/badges', $e);
            }
            if (array_key_exists('notes', $o)) {
                self::check_91($o['notes'], $p . '/notes', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/id (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_2($d, string $p, array &$e): void {
        if (is_string($d)) {
            if (mb_strlen($d, 'UTF-8') > 120) {
                self::error($e, $p, 'maxLength', 'must NOT have more than 120 characters');
            }
            if (mb_strlen($d, 'UTF-8') < 1) {
                self::error($e, $p, 'minLength', 'must NOT have fewer than 1 characters');
            }
            if (!preg_match('/^[A-Za-z0-9][A-Za-z0-9._:-]*$/Du', $d)) {
                self::error($e, $p, 'pattern', 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]*$"');
            }
        } else {
            self::error($e, $p, 'type', 'must be string');
        }
    }

    /**
     * Subschema #/properties/version (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_3($d, string $p, array &$e): void {
        if (is_string($d)) {
            if (mb_strlen($d, 'UTF-8') < 1) {
                self::error($e, $p, 'minLength', 'must NOT have fewer than 1 characters');
            }
        } else {
            self::error($e, $p, 'type', 'must be string');
        }
    }

    /**
     * Subschema #/properties/titleEn (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_4($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_3($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/titleEn/anyOf/1 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_5($d, string $p, array &$e): void {
        if (!($d === null)) {
            self::error($e, $p, 'type', 'must be null');
        }
    }

    /**
     * Subschema #/properties/validFrom (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_6($d, string $p, array &$e): void {
        if (is_string($d)) {
            if (!preg_match('/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/Du', $d)) {
                self::error($e, $p, 'pattern', 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"');
            }
        } else {
            self::error($e, $p, 'type', 'must be string');
        }
    }

    /**
     * Subschema #/properties/validTo (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_7($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_6($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/maxDurationMonths (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_8($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_9($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/maxDurationMonths/anyOf/0 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_9($d, string $p, array &$e): void {
        if (!(self::is_integer($d))) {
            self::error($e, $p, 'type', 'must be integer');
        }
        if ((is_int($d) || is_float($d))) {
            if ($d > 9007199254740991) {
                self::error($e, $p, 'maximum', 'must be <= 9007199254740991');
            }
            if ($d <= 0) {
                self::error($e, $p, 'exclusiveMinimum', 'must be > 0');
            }
        }
    }

    /**
     * Subschema #/properties/validToCapsDeadline (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_10($d, string $p, array &$e): void {
        if (!(is_bool($d))) {
            self::error($e, $p, 'type', 'must be boolean');
        }
    }

    /**
     * Subschema #/properties/codes (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_11($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_12($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/codes/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_12($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('system', $o)) {
                self::error($e, $p . '/system', 'required', 'must have required property \'system\'');
            }
            if (!array_key_exists('code', $o)) {
                self::error($e, $p . '/code', 'required', 'must have required property \'code\'');
            }
            foreach (self::extra_keys($o, ['system', 'code']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('system', $o)) {
                self::check_3($o['system'], $p . '/system', $e);
            }
            if (array_key_exists('code', $o)) {
                self::check_3($o['code'], $p . '/code', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/ects (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_13($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_14($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/ects/anyOf/0 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_14($d, string $p, array &$e): void {
        if ((is_int($d) || is_float($d))) {
            if ($d < 0) {
                self::error($e, $p, 'minimum', 'must be >= 0');
            }
        } else {
            self::error($e, $p, 'type', 'must be number');
        }
    }

    /**
     * Subschema #/properties/levels (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_15($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_16($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/levels/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_16($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            if (!array_key_exists('rank', $o)) {
                self::error($e, $p . '/rank', 'required', 'must have required property \'rank\'');
            }
            foreach (self::extra_keys($o, ['id', 'title', 'titleEn', 'rank']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('titleEn', $o)) {
                self::check_4($o['titleEn'], $p . '/titleEn', $e);
            }
            if (array_key_exists('rank', $o)) {
                self::check_17($o['rank'], $p . '/rank', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/levels/items/properties/rank (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_17($d, string $p, array &$e): void {
        if (!(self::is_integer($d))) {
            self::error($e, $p, 'type', 'must be integer');
        }
        if ((is_int($d) || is_float($d))) {
            if ($d > 9007199254740991) {
                self::error($e, $p, 'maximum', 'must be <= 9007199254740991');
            }
            if ($d < 0) {
                self::error($e, $p, 'minimum', 'must be >= 0');
            }
        }
    }

    /**
     * Subschema #/properties/units (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_18($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            if (count($d) < 1) {
                self::error($e, $p, 'minItems', 'must NOT have fewer than 1 items');
            }
            foreach ($d as $i => $item) {
                self::check_19($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/units/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_19($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('kind', $o)) {
                self::error($e, $p . '/kind', 'required', 'must have required property \'kind\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            if (!array_key_exists('parent', $o)) {
                self::error($e, $p . '/parent', 'required', 'must have required property \'parent\'');
            }
            if (!array_key_exists('requirements', $o)) {
                self::error($e, $p . '/requirements', 'required', 'must have required property \'requirements\'');
            }
            foreach (self::extra_keys($o, ['id', 'kind', 'title', 'titleEn', 'parent', 'hours', 'hoursOnline',
                    'hoursInPerson', 'codes', 'ects', 'gating', 'prerequisites', 'requirements', 'optional',
                    'enseignements']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('kind', $o)) {
                self::check_20($o['kind'], $p . '/kind', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('titleEn', $o)) {
                self::check_4($o['titleEn'], $p . '/titleEn', $e);
            }
            if (array_key_exists('parent', $o)) {
                self::check_21($o['parent'], $p . '/parent', $e);
            }
            if (array_key_exists('hours', $o)) {
                self::check_13($o['hours'], $p . '/hours', $e);
            }
            if (array_key_exists('hoursOnline', $o)) {
                self::check_13($o['hoursOnline'], $p . '/hoursOnline', $e);
            }
            if (array_key_exists('hoursInPerson', $o)) {
                self::check_13($o['hoursInPerson'], $p . '/hoursInPerson', $e);
            }
            if (array_key_exists('codes', $o)) {
                self::check_11($o['codes'], $p . '/codes', $e);
            }
            if (array_key_exists('ects', $o)) {
                self::check_13($o['ects'], $p . '/ects', $e);
            }
            if (array_key_exists('gating', $o)) {
                self::check_22($o['gating'], $p . '/gating', $e);
            }
            if (array_key_exists('prerequisites', $o)) {
                self::check_23($o['prerequisites'], $p . '/prerequisites', $e);
            }
            if (array_key_exists('requirements', $o)) {
                self::check_24($o['requirements'], $p . '/requirements', $e);
            }
            if (array_key_exists('optional', $o)) {
                self::check_10($o['optional'], $p . '/optional', $e);
            }
            if (array_key_exists('enseignements', $o)) {
                self::check_56($o['enseignements'], $p . '/enseignements', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/kind (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_20($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['block', 'domain', 'level', 'module', 'unit', 'workshop', 'portfolio', 'memoire', 'exam',
                'certification'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/parent (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_21($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_2($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/gating (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_22($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['none', 'sequential'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/prerequisites (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_23($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_2($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_24($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_25($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_25($d, string $p, array &$e): void {
        $n = count($e);
        $passing = 0;
        $m = count($e);
        self::check_26($d, $p, $e);
        $passing += count($e) === $m ? 1 : 0;
        $m = count($e);
        self::check_29($d, $p, $e);
        $passing += count($e) === $m ? 1 : 0;
        $m = count($e);
        self::check_33($d, $p, $e);
        $passing += count($e) === $m ? 1 : 0;
        $m = count($e);
        self::check_35($d, $p, $e);
        $passing += count($e) === $m ? 1 : 0;
        $m = count($e);
        self::check_38($d, $p, $e);
        $passing += count($e) === $m ? 1 : 0;
        $m = count($e);
        self::check_48($d, $p, $e);
        $passing += count($e) === $m ? 1 : 0;
        if ($passing === 1) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'oneOf', 'must match exactly one schema in oneOf');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/0 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_26($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('kind', $o)) {
                self::error($e, $p . '/kind', 'required', 'must have required property \'kind\'');
            }
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            foreach (self::extra_keys($o, ['kind', 'id', 'units']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('kind', $o)) {
                self::check_27($o['kind'], $p . '/kind', $e);
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('units', $o)) {
                self::check_28($o['units'], $p . '/units', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/0/properties/kind (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_27($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if ($d !== 'all-of') {
            self::error($e, $p, 'const', 'must be equal to constant');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/0/properties/units (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_28($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_23($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/1 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_29($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('kind', $o)) {
                self::error($e, $p . '/kind', 'required', 'must have required property \'kind\'');
            }
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('n', $o)) {
                self::error($e, $p . '/n', 'required', 'must have required property \'n\'');
            }
            if (!array_key_exists('units', $o)) {
                self::error($e, $p . '/units', 'required', 'must have required property \'units\'');
            }
            foreach (self::extra_keys($o, ['kind', 'id', 'n', 'units']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('kind', $o)) {
                self::check_30($o['kind'], $p . '/kind', $e);
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('n', $o)) {
                self::check_31($o['n'], $p . '/n', $e);
            }
            if (array_key_exists('units', $o)) {
                self::check_32($o['units'], $p . '/units', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/1/properties/kind (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_30($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if ($d !== 'n-of') {
            self::error($e, $p, 'const', 'must be equal to constant');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/1/properties/n (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_31($d, string $p, array &$e): void {
        if (!(self::is_integer($d))) {
            self::error($e, $p, 'type', 'must be integer');
        }
        if ((is_int($d) || is_float($d))) {
            if ($d > 9007199254740991) {
                self::error($e, $p, 'maximum', 'must be <= 9007199254740991');
            }
            if ($d < 1) {
                self::error($e, $p, 'minimum', 'must be >= 1');
            }
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/1/properties/units (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_32($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            if (count($d) < 1) {
                self::error($e, $p, 'minItems', 'must NOT have fewer than 1 items');
            }
            foreach ($d as $i => $item) {
                self::check_2($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/2 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_33($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('kind', $o)) {
                self::error($e, $p . '/kind', 'required', 'must have required property \'kind\'');
            }
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            foreach (self::extra_keys($o, ['kind', 'id']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('kind', $o)) {
                self::check_34($o['kind'], $p . '/kind', $e);
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/2/properties/kind (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_34($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if ($d !== 'activities') {
            self::error($e, $p, 'const', 'must be equal to constant');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/3 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_35($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('kind', $o)) {
                self::error($e, $p . '/kind', 'required', 'must have required property \'kind\'');
            }
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            foreach (self::extra_keys($o, ['kind', 'id', 'signers']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('kind', $o)) {
                self::check_36($o['kind'], $p . '/kind', $e);
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('signers', $o)) {
                self::check_37($o['signers'], $p . '/signers', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/3/properties/kind (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_36($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if ($d !== 'attestation') {
            self::error($e, $p, 'const', 'must be equal to constant');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/3/properties/signers (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_37($d, string $p, array &$e): void {
        if (!((is_int($d) || is_float($d)) || $d === null)) {
            self::error($e, $p, 'type', 'must be number,null');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/4 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_38($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('kind', $o)) {
                self::error($e, $p . '/kind', 'required', 'must have required property \'kind\'');
            }
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('scale', $o)) {
                self::error($e, $p . '/scale', 'required', 'must have required property \'scale\'');
            }
            if (!array_key_exists('passMark', $o)) {
                self::error($e, $p . '/passMark', 'required', 'must have required property \'passMark\'');
            }
            if (!array_key_exists('resit', $o)) {
                self::error($e, $p . '/resit', 'required', 'must have required property \'resit\'');
            }
            if (!array_key_exists('components', $o)) {
                self::error($e, $p . '/components', 'required', 'must have required property \'components\'');
            }
            foreach (self::extra_keys($o, ['kind', 'id', 'scale', 'passMark', 'resit', 'rounding',
                    'components']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('kind', $o)) {
                self::check_39($o['kind'], $p . '/kind', $e);
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('scale', $o)) {
                self::check_40($o['scale'], $p . '/scale', $e);
            }
            if (array_key_exists('passMark', $o)) {
                self::check_14($o['passMark'], $p . '/passMark', $e);
            }
            if (array_key_exists('resit', $o)) {
                self::check_10($o['resit'], $p . '/resit', $e);
            }
            if (array_key_exists('rounding', $o)) {
                self::check_41($o['rounding'], $p . '/rounding', $e);
            }
            if (array_key_exists('components', $o)) {
                self::check_45($o['components'], $p . '/components', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/4/properties/kind (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_39($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if ($d !== 'assessment') {
            self::error($e, $p, 'const', 'must be equal to constant');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/4/properties/scale (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_40($d, string $p, array &$e): void {
        if ((is_int($d) || is_float($d))) {
            if ($d <= 0) {
                self::error($e, $p, 'exclusiveMinimum', 'must be > 0');
            }
        } else {
            self::error($e, $p, 'type', 'must be number');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/4/properties/rounding (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_41($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_42($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/4/properties/rounding/anyOf/0 (first place
     * it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_42($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('mode', $o)) {
                self::error($e, $p . '/mode', 'required', 'must have required property \'mode\'');
            }
            if (!array_key_exists('decimals', $o)) {
                self::error($e, $p . '/decimals', 'required', 'must have required property \'decimals\'');
            }
            foreach (self::extra_keys($o, ['mode', 'decimals']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('mode', $o)) {
                self::check_43($o['mode'], $p . '/mode', $e);
            }
            if (array_key_exists('decimals', $o)) {
                self::check_44($o['decimals'], $p . '/decimals', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema
     * #/properties/units/items/properties/requirements/items/oneOf/4/properties/rounding/anyOf/0/properties/mode (first
     * place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_43($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['half-up', 'half-even', 'down', 'up'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema
     * #/properties/units/items/properties/requirements/items/oneOf/4/properties/rounding/anyOf/0/properties/decimals
     * (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_44($d, string $p, array &$e): void {
        if (!(self::is_integer($d))) {
            self::error($e, $p, 'type', 'must be integer');
        }
        if ((is_int($d) || is_float($d))) {
            if ($d > 5) {
                self::error($e, $p, 'maximum', 'must be <= 5');
            }
            if ($d < 0) {
                self::error($e, $p, 'minimum', 'must be >= 0');
            }
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/4/properties/components (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_45($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            if (count($d) < 1) {
                self::error($e, $p, 'minItems', 'must NOT have fewer than 1 items');
            }
            foreach ($d as $i => $item) {
                self::check_46($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/4/properties/components/items (first place
     * it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_46($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            if (!array_key_exists('weight', $o)) {
                self::error($e, $p . '/weight', 'required', 'must have required property \'weight\'');
            }
            if (!array_key_exists('max', $o)) {
                self::error($e, $p . '/max', 'required', 'must have required property \'max\'');
            }
            if (!array_key_exists('resit', $o)) {
                self::error($e, $p . '/resit', 'required', 'must have required property \'resit\'');
            }
            foreach (self::extra_keys($o, ['id', 'title', 'weight', 'max', 'resit']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('weight', $o)) {
                self::check_47($o['weight'], $p . '/weight', $e);
            }
            if (array_key_exists('max', $o)) {
                self::check_40($o['max'], $p . '/max', $e);
            }
            if (array_key_exists('resit', $o)) {
                self::check_10($o['resit'], $p . '/resit', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema
     * #/properties/units/items/properties/requirements/items/oneOf/4/properties/components/items/properties/weight
     * (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_47($d, string $p, array &$e): void {
        if ((is_int($d) || is_float($d))) {
            if ($d > 100) {
                self::error($e, $p, 'maximum', 'must be <= 100');
            }
            if ($d < 0) {
                self::error($e, $p, 'minimum', 'must be >= 0');
            }
        } else {
            self::error($e, $p, 'type', 'must be number');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/5 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_48($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('kind', $o)) {
                self::error($e, $p . '/kind', 'required', 'must have required property \'kind\'');
            }
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            foreach (self::extra_keys($o, ['kind', 'id', 'passMark', 'max', 'maxSubmissions', 'criteria',
                    'finalDecision', 'memberReviews']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('kind', $o)) {
                self::check_49($o['kind'], $p . '/kind', $e);
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('passMark', $o)) {
                self::check_13($o['passMark'], $p . '/passMark', $e);
            }
            if (array_key_exists('max', $o)) {
                self::check_50($o['max'], $p . '/max', $e);
            }
            if (array_key_exists('maxSubmissions', $o)) {
                self::check_51($o['maxSubmissions'], $p . '/maxSubmissions', $e);
            }
            if (array_key_exists('criteria', $o)) {
                self::check_52($o['criteria'], $p . '/criteria', $e);
            }
            if (array_key_exists('finalDecision', $o)) {
                self::check_54($o['finalDecision'], $p . '/finalDecision', $e);
            }
            if (array_key_exists('memberReviews', $o)) {
                self::check_51($o['memberReviews'], $p . '/memberReviews', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/5/properties/kind (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_49($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if ($d !== 'jury') {
            self::error($e, $p, 'const', 'must be equal to constant');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/5/properties/max (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_50($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_40($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/5/properties/maxSubmissions (first place
     * it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_51($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_31($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/5/properties/criteria (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_52($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_53($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/5/properties/criteria/items (first place
     * it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_53($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            foreach (self::extra_keys($o, ['id', 'title', 'titleEn']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('titleEn', $o)) {
                self::check_4($o['titleEn'], $p . '/titleEn', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/5/properties/finalDecision (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_54($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_55($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/requirements/items/oneOf/5/properties/finalDecision/anyOf/0 (first
     * place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_55($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['any-member', 'president'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/enseignements (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_56($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_57($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/enseignements/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_57($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            foreach (self::extra_keys($o, ['id', 'title', 'hours', 'mode']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('hours', $o)) {
                self::check_13($o['hours'], $p . '/hours', $e);
            }
            if (array_key_exists('mode', $o)) {
                self::check_58($o['mode'], $p . '/mode', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/enseignements/items/properties/mode (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_58($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_59($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/units/items/properties/enseignements/items/properties/mode/anyOf/0 (first place it
     * appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_59($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['online', 'in-person', 'hybrid'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/slots (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_60($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_61($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/slots/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_61($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('unit', $o)) {
                self::error($e, $p . '/unit', 'required', 'must have required property \'unit\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            if (!array_key_exists('activityType', $o)) {
                self::error($e, $p . '/activityType', 'required', 'must have required property \'activityType\'');
            }
            if (!array_key_exists('required', $o)) {
                self::error($e, $p . '/required', 'required', 'must have required property \'required\'');
            }
            foreach (self::extra_keys($o, ['id', 'unit', 'title', 'titleEn', 'activityType', 'required', 'passPercent',
                    'microCompetences']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('unit', $o)) {
                self::check_2($o['unit'], $p . '/unit', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('titleEn', $o)) {
                self::check_4($o['titleEn'], $p . '/titleEn', $e);
            }
            if (array_key_exists('activityType', $o)) {
                self::check_62($o['activityType'], $p . '/activityType', $e);
            }
            if (array_key_exists('required', $o)) {
                self::check_10($o['required'], $p . '/required', $e);
            }
            if (array_key_exists('passPercent', $o)) {
                self::check_63($o['passPercent'], $p . '/passPercent', $e);
            }
            if (array_key_exists('microCompetences', $o)) {
                self::check_23($o['microCompetences'], $p . '/microCompetences', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/slots/items/properties/activityType (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_62($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['quiz', 'h5p', 'scorm', 'lesson', 'assign', 'page', 'url', 'forum', 'workshop', 'other'],
                true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/slots/items/properties/passPercent (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_63($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_47($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/workshopSessions (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_64($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_65($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/workshopSessions/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_65($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            foreach (self::extra_keys($o, ['id', 'title', 'from', 'to', 'units']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('from', $o)) {
                self::check_7($o['from'], $p . '/from', $e);
            }
            if (array_key_exists('to', $o)) {
                self::check_7($o['to'], $p . '/to', $e);
            }
            if (array_key_exists('units', $o)) {
                self::check_23($o['units'], $p . '/units', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/attendance (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_66($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_67($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/attendance/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_67($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('scope', $o)) {
                self::error($e, $p . '/scope', 'required', 'must have required property \'scope\'');
            }
            if (!array_key_exists('units', $o)) {
                self::error($e, $p . '/units', 'required', 'must have required property \'units\'');
            }
            if (!array_key_exists('thresholdPercent', $o)) {
                self::error($e, $p . '/thresholdPercent', 'required',
                        'must have required property \'thresholdPercent\'');
            }
            if (!array_key_exists('strict', $o)) {
                self::error($e, $p . '/strict', 'required', 'must have required property \'strict\'');
            }
            if (!array_key_exists('effect', $o)) {
                self::error($e, $p . '/effect', 'required', 'must have required property \'effect\'');
            }
            foreach (self::extra_keys($o, ['id', 'scope', 'units', 'thresholdPercent', 'strict', 'effect', 'targets',
                    'redo', 'justified']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('scope', $o)) {
                self::check_68($o['scope'], $p . '/scope', $e);
            }
            if (array_key_exists('units', $o)) {
                self::check_32($o['units'], $p . '/units', $e);
            }
            if (array_key_exists('thresholdPercent', $o)) {
                self::check_47($o['thresholdPercent'], $p . '/thresholdPercent', $e);
            }
            if (array_key_exists('strict', $o)) {
                self::check_10($o['strict'], $p . '/strict', $e);
            }
            if (array_key_exists('effect', $o)) {
                self::check_69($o['effect'], $p . '/effect', $e);
            }
            if (array_key_exists('targets', $o)) {
                self::check_28($o['targets'], $p . '/targets', $e);
            }
            if (array_key_exists('redo', $o)) {
                self::check_70($o['redo'], $p . '/redo', $e);
            }
            if (array_key_exists('justified', $o)) {
                self::check_72($o['justified'], $p . '/justified', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/attendance/items/properties/scope (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_68($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['each-unit', 'total'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/attendance/items/properties/effect (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_69($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['bar-main-session', 'defaillant'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/attendance/items/properties/redo (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_70($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_71($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/attendance/items/properties/redo/anyOf/0 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_71($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['unit', 'programme'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/attendance/items/properties/justified (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_72($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_73($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/attendance/items/properties/justified/anyOf/0 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_73($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['counted', 'not-counted'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/placementBases (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_74($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_3($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/certification (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_75($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('participationAttestation', $o)) {
                self::error($e, $p . '/participationAttestation', 'required',
                        'must have required property \'participationAttestation\'');
            }
            foreach (self::extra_keys($o, ['units', 'participationAttestation']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('units', $o)) {
                self::check_28($o['units'], $p . '/units', $e);
            }
            if (array_key_exists('participationAttestation', $o)) {
                self::check_10($o['participationAttestation'], $p . '/participationAttestation', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/referentials (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_76($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_77($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/referentials/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_77($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            if (!array_key_exists('version', $o)) {
                self::error($e, $p . '/version', 'required', 'must have required property \'version\'');
            }
            if (!array_key_exists('items', $o)) {
                self::error($e, $p . '/items', 'required', 'must have required property \'items\'');
            }
            foreach (self::extra_keys($o, ['id', 'title', 'version', 'items', 'url']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('version', $o)) {
                self::check_3($o['version'], $p . '/version', $e);
            }
            if (array_key_exists('items', $o)) {
                self::check_78($o['items'], $p . '/items', $e);
            }
            if (array_key_exists('url', $o)) {
                self::check_81($o['url'], $p . '/url', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/referentials/items/properties/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_78($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_79($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/referentials/items/properties/items/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_79($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('kind', $o)) {
                self::error($e, $p . '/kind', 'required', 'must have required property \'kind\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            foreach (self::extra_keys($o, ['id', 'kind', 'title', 'titleEn', 'parent', 'level', 'hours',
                    'codes']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('kind', $o)) {
                self::check_80($o['kind'], $p . '/kind', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('titleEn', $o)) {
                self::check_4($o['titleEn'], $p . '/titleEn', $e);
            }
            if (array_key_exists('parent', $o)) {
                self::check_21($o['parent'], $p . '/parent', $e);
            }
            if (array_key_exists('level', $o)) {
                self::check_21($o['level'], $p . '/level', $e);
            }
            if (array_key_exists('hours', $o)) {
                self::check_13($o['hours'], $p . '/hours', $e);
            }
            if (array_key_exists('codes', $o)) {
                self::check_11($o['codes'], $p . '/codes', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/referentials/items/properties/items/items/properties/kind (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_80($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['domain', 'competence', 'macro-competence', 'micro-competence', 'capacity', 'situation',
                'block', 'other'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/referentials/items/properties/url (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_81($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_82($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/referentials/items/properties/url/anyOf/0 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_82($d, string $p, array &$e): void {
        if (is_string($d)) {
            if (!preg_match('/^https?:[\\/][\\/][^ ]+$/Du', $d)) {
                self::error($e, $p, 'pattern', 'must match pattern "^https?:[/][/][^ ]+$"');
            }
        } else {
            self::error($e, $p, 'type', 'must be string');
        }
    }

    /**
     * Subschema #/properties/crosswalks (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_83($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_84($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/crosswalks/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_84($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('title', $o)) {
                self::error($e, $p . '/title', 'required', 'must have required property \'title\'');
            }
            if (!array_key_exists('from', $o)) {
                self::error($e, $p . '/from', 'required', 'must have required property \'from\'');
            }
            if (!array_key_exists('to', $o)) {
                self::error($e, $p . '/to', 'required', 'must have required property \'to\'');
            }
            if (!array_key_exists('links', $o)) {
                self::error($e, $p . '/links', 'required', 'must have required property \'links\'');
            }
            foreach (self::extra_keys($o, ['id', 'title', 'from', 'to', 'links']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('title', $o)) {
                self::check_3($o['title'], $p . '/title', $e);
            }
            if (array_key_exists('from', $o)) {
                self::check_3($o['from'], $p . '/from', $e);
            }
            if (array_key_exists('to', $o)) {
                self::check_3($o['to'], $p . '/to', $e);
            }
            if (array_key_exists('links', $o)) {
                self::check_85($o['links'], $p . '/links', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/crosswalks/items/properties/links (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_85($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_86($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/crosswalks/items/properties/links/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_86($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('from', $o)) {
                self::error($e, $p . '/from', 'required', 'must have required property \'from\'');
            }
            if (!array_key_exists('to', $o)) {
                self::error($e, $p . '/to', 'required', 'must have required property \'to\'');
            }
            foreach (self::extra_keys($o, ['from', 'to']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('from', $o)) {
                self::check_3($o['from'], $p . '/from', $e);
            }
            if (array_key_exists('to', $o)) {
                self::check_3($o['to'], $p . '/to', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/badges (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_87($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_88($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/badges/anyOf/0 (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_88($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            foreach (self::extra_keys($o, ['units', 'alignment']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('units', $o)) {
                self::check_28($o['units'], $p . '/units', $e);
            }
            if (array_key_exists('alignment', $o)) {
                self::check_89($o['alignment'], $p . '/alignment', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/badges/anyOf/0/properties/alignment (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_89($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_90($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/badges/anyOf/0/properties/alignment/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_90($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('unit', $o)) {
                self::error($e, $p . '/unit', 'required', 'must have required property \'unit\'');
            }
            if (!array_key_exists('items', $o)) {
                self::error($e, $p . '/items', 'required', 'must have required property \'items\'');
            }
            foreach (self::extra_keys($o, ['unit', 'items']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('unit', $o)) {
                self::check_2($o['unit'], $p . '/unit', $e);
            }
            if (array_key_exists('items', $o)) {
                self::check_32($o['items'], $p . '/items', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/notes (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_91($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_92($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/notes/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_92($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('text', $o)) {
                self::error($e, $p . '/text', 'required', 'must have required property \'text\'');
            }
            if (!array_key_exists('source', $o)) {
                self::error($e, $p . '/source', 'required', 'must have required property \'source\'');
            }
            foreach (self::extra_keys($o, ['id', 'text', 'source']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('text', $o)) {
                self::check_3($o['text'], $p . '/text', $e);
            }
            if (array_key_exists('source', $o)) {
                self::check_3($o['source'], $p . '/source', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema # (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_93($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('learner', $o)) {
                self::error($e, $p . '/learner', 'required', 'must have required property \'learner\'');
            }
            if (!array_key_exists('programme', $o)) {
                self::error($e, $p . '/programme', 'required', 'must have required property \'programme\'');
            }
            if (!array_key_exists('enrolment', $o)) {
                self::error($e, $p . '/enrolment', 'required', 'must have required property \'enrolment\'');
            }
            foreach (self::extra_keys($o, ['learner', 'programme', 'enrolment', 'placements', 'exemptions',
                    'activities', 'attendance', 'attestations', 'juryDecisions', 'exams']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('learner', $o)) {
                self::check_3($o['learner'], $p . '/learner', $e);
            }
            if (array_key_exists('programme', $o)) {
                self::check_94($o['programme'], $p . '/programme', $e);
            }
            if (array_key_exists('enrolment', $o)) {
                self::check_95($o['enrolment'], $p . '/enrolment', $e);
            }
            if (array_key_exists('placements', $o)) {
                self::check_96($o['placements'], $p . '/placements', $e);
            }
            if (array_key_exists('exemptions', $o)) {
                self::check_98($o['exemptions'], $p . '/exemptions', $e);
            }
            if (array_key_exists('activities', $o)) {
                self::check_100($o['activities'], $p . '/activities', $e);
            }
            if (array_key_exists('attendance', $o)) {
                self::check_104($o['attendance'], $p . '/attendance', $e);
            }
            if (array_key_exists('attestations', $o)) {
                self::check_106($o['attestations'], $p . '/attestations', $e);
            }
            if (array_key_exists('juryDecisions', $o)) {
                self::check_111($o['juryDecisions'], $p . '/juryDecisions', $e);
            }
            if (array_key_exists('exams', $o)) {
                self::check_117($o['exams'], $p . '/exams', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/programme (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_94($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('version', $o)) {
                self::error($e, $p . '/version', 'required', 'must have required property \'version\'');
            }
            foreach (self::extra_keys($o, ['id', 'version']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('version', $o)) {
                self::check_3($o['version'], $p . '/version', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/enrolment (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_95($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('start', $o)) {
                self::error($e, $p . '/start', 'required', 'must have required property \'start\'');
            }
            foreach (self::extra_keys($o, ['start']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('start', $o)) {
                self::check_6($o['start'], $p . '/start', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/placements (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_96($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_97($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/placements/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_97($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('unit', $o)) {
                self::error($e, $p . '/unit', 'required', 'must have required property \'unit\'');
            }
            if (!array_key_exists('basis', $o)) {
                self::error($e, $p . '/basis', 'required', 'must have required property \'basis\'');
            }
            if (!array_key_exists('by', $o)) {
                self::error($e, $p . '/by', 'required', 'must have required property \'by\'');
            }
            if (!array_key_exists('at', $o)) {
                self::error($e, $p . '/at', 'required', 'must have required property \'at\'');
            }
            foreach (self::extra_keys($o, ['id', 'unit', 'basis', 'by', 'at']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('unit', $o)) {
                self::check_2($o['unit'], $p . '/unit', $e);
            }
            if (array_key_exists('basis', $o)) {
                self::check_3($o['basis'], $p . '/basis', $e);
            }
            if (array_key_exists('by', $o)) {
                self::check_3($o['by'], $p . '/by', $e);
            }
            if (array_key_exists('at', $o)) {
                self::check_6($o['at'], $p . '/at', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/exemptions (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_98($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_99($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/exemptions/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_99($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('unit', $o)) {
                self::error($e, $p . '/unit', 'required', 'must have required property \'unit\'');
            }
            if (!array_key_exists('basis', $o)) {
                self::error($e, $p . '/basis', 'required', 'must have required property \'basis\'');
            }
            if (!array_key_exists('by', $o)) {
                self::error($e, $p . '/by', 'required', 'must have required property \'by\'');
            }
            if (!array_key_exists('at', $o)) {
                self::error($e, $p . '/at', 'required', 'must have required property \'at\'');
            }
            foreach (self::extra_keys($o, ['id', 'unit', 'basis', 'by', 'at']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('unit', $o)) {
                self::check_2($o['unit'], $p . '/unit', $e);
            }
            if (array_key_exists('basis', $o)) {
                self::check_3($o['basis'], $p . '/basis', $e);
            }
            if (array_key_exists('by', $o)) {
                self::check_3($o['by'], $p . '/by', $e);
            }
            if (array_key_exists('at', $o)) {
                self::check_6($o['at'], $p . '/at', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/activities (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_100($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_101($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/activities/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_101($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('slot', $o)) {
                self::error($e, $p . '/slot', 'required', 'must have required property \'slot\'');
            }
            if (!array_key_exists('completed', $o)) {
                self::error($e, $p . '/completed', 'required', 'must have required property \'completed\'');
            }
            if (!array_key_exists('at', $o)) {
                self::error($e, $p . '/at', 'required', 'must have required property \'at\'');
            }
            foreach (self::extra_keys($o, ['id', 'slot', 'completed', 'passed', 'grade', 'max', 'timeSeconds',
                    'at']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('slot', $o)) {
                self::check_2($o['slot'], $p . '/slot', $e);
            }
            if (array_key_exists('completed', $o)) {
                self::check_10($o['completed'], $p . '/completed', $e);
            }
            if (array_key_exists('passed', $o)) {
                self::check_102($o['passed'], $p . '/passed', $e);
            }
            if (array_key_exists('grade', $o)) {
                self::check_13($o['grade'], $p . '/grade', $e);
            }
            if (array_key_exists('max', $o)) {
                self::check_50($o['max'], $p . '/max', $e);
            }
            if (array_key_exists('timeSeconds', $o)) {
                self::check_103($o['timeSeconds'], $p . '/timeSeconds', $e);
            }
            if (array_key_exists('at', $o)) {
                self::check_6($o['at'], $p . '/at', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/activities/items/properties/passed (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_102($d, string $p, array &$e): void {
        if (!(is_bool($d) || $d === null)) {
            self::error($e, $p, 'type', 'must be boolean,null');
        }
    }

    /**
     * Subschema #/properties/activities/items/properties/timeSeconds (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_103($d, string $p, array &$e): void {
        $n = count($e);
        $ok = false;
        $m = count($e);
        self::check_17($d, $p, $e);
        $ok = count($e) === $m;
        if (!$ok) {
            $m = count($e);
            self::check_5($d, $p, $e);
            $ok = count($e) === $m;
        }
        if ($ok) {
            array_splice($e, $n);
        } else {
            self::error($e, $p, 'anyOf', 'must match a schema in anyOf');
        }
    }

    /**
     * Subschema #/properties/attendance (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_104($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_105($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/attendance/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_105($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('unit', $o)) {
                self::error($e, $p . '/unit', 'required', 'must have required property \'unit\'');
            }
            if (!array_key_exists('hoursAbsent', $o)) {
                self::error($e, $p . '/hoursAbsent', 'required', 'must have required property \'hoursAbsent\'');
            }
            foreach (self::extra_keys($o, ['id', 'unit', 'hoursAbsent', 'hoursJustified', 'hours', 'attempt']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('unit', $o)) {
                self::check_2($o['unit'], $p . '/unit', $e);
            }
            if (array_key_exists('hoursAbsent', $o)) {
                self::check_14($o['hoursAbsent'], $p . '/hoursAbsent', $e);
            }
            if (array_key_exists('hoursJustified', $o)) {
                self::check_13($o['hoursJustified'], $p . '/hoursJustified', $e);
            }
            if (array_key_exists('hours', $o)) {
                self::check_50($o['hours'], $p . '/hours', $e);
            }
            if (array_key_exists('attempt', $o)) {
                self::check_51($o['attempt'], $p . '/attempt', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/attestations (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_106($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_107($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/attestations/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_107($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('unit', $o)) {
                self::error($e, $p . '/unit', 'required', 'must have required property \'unit\'');
            }
            if (!array_key_exists('session', $o)) {
                self::error($e, $p . '/session', 'required', 'must have required property \'session\'');
            }
            if (!array_key_exists('result', $o)) {
                self::error($e, $p . '/result', 'required', 'must have required property \'result\'');
            }
            if (!array_key_exists('by', $o)) {
                self::error($e, $p . '/by', 'required', 'must have required property \'by\'');
            }
            if (!array_key_exists('at', $o)) {
                self::error($e, $p . '/at', 'required', 'must have required property \'at\'');
            }
            foreach (self::extra_keys($o, ['id', 'unit', 'session', 'result', 'by', 'at', 'cosignatures']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('unit', $o)) {
                self::check_2($o['unit'], $p . '/unit', $e);
            }
            if (array_key_exists('session', $o)) {
                self::check_2($o['session'], $p . '/session', $e);
            }
            if (array_key_exists('result', $o)) {
                self::check_108($o['result'], $p . '/result', $e);
            }
            if (array_key_exists('by', $o)) {
                self::check_3($o['by'], $p . '/by', $e);
            }
            if (array_key_exists('at', $o)) {
                self::check_6($o['at'], $p . '/at', $e);
            }
            if (array_key_exists('cosignatures', $o)) {
                self::check_109($o['cosignatures'], $p . '/cosignatures', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/attestations/items/properties/result (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_108($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['passed', 'failed', 'absent'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/attestations/items/properties/cosignatures (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_109($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_110($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/attestations/items/properties/cosignatures/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_110($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('by', $o)) {
                self::error($e, $p . '/by', 'required', 'must have required property \'by\'');
            }
            if (!array_key_exists('at', $o)) {
                self::error($e, $p . '/at', 'required', 'must have required property \'at\'');
            }
            foreach (self::extra_keys($o, ['by', 'at']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('by', $o)) {
                self::check_3($o['by'], $p . '/by', $e);
            }
            if (array_key_exists('at', $o)) {
                self::check_6($o['at'], $p . '/at', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/juryDecisions (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_111($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_112($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/juryDecisions/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_112($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('unit', $o)) {
                self::error($e, $p . '/unit', 'required', 'must have required property \'unit\'');
            }
            if (!array_key_exists('decision', $o)) {
                self::error($e, $p . '/decision', 'required', 'must have required property \'decision\'');
            }
            if (!array_key_exists('by', $o)) {
                self::error($e, $p . '/by', 'required', 'must have required property \'by\'');
            }
            if (!array_key_exists('at', $o)) {
                self::error($e, $p . '/at', 'required', 'must have required property \'at\'');
            }
            foreach (self::extra_keys($o, ['id', 'unit', 'decision', 'grade', 'by', 'at', 'criteria']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('unit', $o)) {
                self::check_2($o['unit'], $p . '/unit', $e);
            }
            if (array_key_exists('decision', $o)) {
                self::check_113($o['decision'], $p . '/decision', $e);
            }
            if (array_key_exists('grade', $o)) {
                self::check_13($o['grade'], $p . '/grade', $e);
            }
            if (array_key_exists('by', $o)) {
                self::check_3($o['by'], $p . '/by', $e);
            }
            if (array_key_exists('at', $o)) {
                self::check_6($o['at'], $p . '/at', $e);
            }
            if (array_key_exists('criteria', $o)) {
                self::check_114($o['criteria'], $p . '/criteria', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/juryDecisions/items/properties/decision (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_113($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['accepted', 'rejected', 'deferred'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }

    /**
     * Subschema #/properties/juryDecisions/items/properties/criteria (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_114($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_115($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/juryDecisions/items/properties/criteria/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_115($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('criterion', $o)) {
                self::error($e, $p . '/criterion', 'required', 'must have required property \'criterion\'');
            }
            if (!array_key_exists('met', $o)) {
                self::error($e, $p . '/met', 'required', 'must have required property \'met\'');
            }
            foreach (self::extra_keys($o, ['criterion', 'met', 'comment']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('criterion', $o)) {
                self::check_2($o['criterion'], $p . '/criterion', $e);
            }
            if (array_key_exists('met', $o)) {
                self::check_10($o['met'], $p . '/met', $e);
            }
            if (array_key_exists('comment', $o)) {
                self::check_116($o['comment'], $p . '/comment', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/juryDecisions/items/properties/criteria/items/properties/comment (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_116($d, string $p, array &$e): void {
        if (!(is_string($d) || $d === null)) {
            self::error($e, $p, 'type', 'must be string,null');
        }
    }

    /**
     * Subschema #/properties/exams (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_117($d, string $p, array &$e): void {
        if (self::is_array($d)) {
            foreach ($d as $i => $item) {
                self::check_118($item, $p . '/' . $i, $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be array');
        }
    }

    /**
     * Subschema #/properties/exams/items (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_118($d, string $p, array &$e): void {
        if (self::is_object($d)) {
            $o = self::props($d);
            if (!array_key_exists('id', $o)) {
                self::error($e, $p . '/id', 'required', 'must have required property \'id\'');
            }
            if (!array_key_exists('unit', $o)) {
                self::error($e, $p . '/unit', 'required', 'must have required property \'unit\'');
            }
            if (!array_key_exists('component', $o)) {
                self::error($e, $p . '/component', 'required', 'must have required property \'component\'');
            }
            if (!array_key_exists('session', $o)) {
                self::error($e, $p . '/session', 'required', 'must have required property \'session\'');
            }
            if (!array_key_exists('grade', $o)) {
                self::error($e, $p . '/grade', 'required', 'must have required property \'grade\'');
            }
            if (!array_key_exists('at', $o)) {
                self::error($e, $p . '/at', 'required', 'must have required property \'at\'');
            }
            foreach (self::extra_keys($o, ['id', 'unit', 'component', 'session', 'grade', 'at', 'attempt']) as $k) {
                self::error($e, $p . '/' . self::escape($k), 'additionalProperties',
                        'must NOT have additional properties');
            }
            if (array_key_exists('id', $o)) {
                self::check_2($o['id'], $p . '/id', $e);
            }
            if (array_key_exists('unit', $o)) {
                self::check_2($o['unit'], $p . '/unit', $e);
            }
            if (array_key_exists('component', $o)) {
                self::check_2($o['component'], $p . '/component', $e);
            }
            if (array_key_exists('session', $o)) {
                self::check_119($o['session'], $p . '/session', $e);
            }
            if (array_key_exists('grade', $o)) {
                self::check_14($o['grade'], $p . '/grade', $e);
            }
            if (array_key_exists('at', $o)) {
                self::check_6($o['at'], $p . '/at', $e);
            }
            if (array_key_exists('attempt', $o)) {
                self::check_51($o['attempt'], $p . '/attempt', $e);
            }
        } else {
            self::error($e, $p, 'type', 'must be object');
        }
    }

    /**
     * Subschema #/properties/exams/items/properties/session (first place it appears).
     *
     * @param mixed $d value
     * @param string $p JSON pointer of the value
     * @param array $e errors, appended to
     */
    private static function check_119($d, string $p, array &$e): void {
        if (!(is_string($d))) {
            self::error($e, $p, 'type', 'must be string');
        }
        if (!in_array($d, ['main', 'resit'], true)) {
            self::error($e, $p, 'enum', 'must be equal to one of the allowed values');
        }
    }
}
