<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

/**
 * SENS static check size (issue 11): no hand-written source file over SENS_SIZE_LIMIT lines — PHP, TypeScript,
 * Mustache, and JavaScript under amd/src (plus .cjs/.mjs tools). A file over the limit is split by responsibility,
 * or named in SENS_SIZE_ALLOWED with the reason it is still long; an entry that is no longer true (the file is gone
 * or back under the limit) fails too, so the list stays true.
 *
 * Generated code is not counted: a file whose opening lines say it is generated and not to be edited (the engine
 * in local_sens/classes/local/engine/, the AMD modules in amd/src built from amd/), built folders (amd/build,
 * yui/build), and the lines between "BEGIN GENERATED" and "END GENERATED" markers (the engine's reason strings in
 * the lang files).
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/** Most lines a hand-written source file may have. */
const SENS_SIZE_LIMIT = 400;

/**
 * The files allowed over the limit, by path from the repository's root, each with why. Keep it short and true.
 */
const SENS_SIZE_ALLOWED = [
    'local_sens/lang/en/local_sens.php' => "Moodle reads a component's strings from one file per language: it cannot be split",
    'local_sens/lang/fr/local_sens.php' => "Moodle reads a component's strings from one file per language: it cannot be split",
];

/**
 * Whether a file counts: its extension (and, for .js, that it is under amd/src) and not in a built folder.
 *
 * @param string $path
 * @return bool
 */
function sens_size_counts(string $path): bool {
    if (preg_match('~/(amd|yui)/build/~', '/' . $path)) {
        return false;
    }
    if (preg_match('/\.js$/', $path)) {
        return strpos('/' . $path, '/amd/src/') !== false;
    }
    return preg_match('/\.(php|ts|mustache|cjs|mjs)$/', $path) === 1;
}

/**
 * Hand-written lines of a file: its lines (as wc -l counts them) without those between BEGIN GENERATED and END
 * GENERATED markers; null when the file says it is generated.
 *
 * @param string $file
 * @return int|null
 */
function sens_size_lines(string $file): ?int {
    $text = (string)file_get_contents($file);
    $lines = explode("\n", $text);
    $head = implode("\n", array_slice($lines, 0, 40));
    if (preg_match('/\bgenerated\b.{0,200}?\bdo not edit\b/is', $head)) {
        return null;
    }
    $count = substr_count($text, "\n");
    $ingenerated = false;
    foreach ($lines as $line) {
        if (preg_match('/\bBEGIN GENERATED\b/', $line)) {
            $ingenerated = true;
        } else if (preg_match('/\bEND GENERATED\b/', $line)) {
            $ingenerated = false;
        } else if ($ingenerated) {
            $count--;
        }
    }
    return $count;
}

/**
 * Checks every counted file under the given folders (paths as given, relative to the repository's root).
 *
 * @param string[] $dirs
 */
function sens_check_size(array $dirs): void {
    $seen = [];
    foreach ($dirs as $dir) {
        foreach (['php', 'ts', 'mustache', 'js', 'cjs', 'mjs'] as $ext) {
            foreach (sens_files($dir, $ext) as $file) {
                $path = preg_replace('~^\./~', '', $file);
                if (isset($seen[$path]) || !sens_size_counts($path) || preg_match('~/(dist|artifacts)/~', $path)) {
                    continue;
                }
                $seen[$path] = true;
                $lines = sens_size_lines($file);
                $allowed = SENS_SIZE_ALLOWED[$path] ?? null;
                if ($lines === null) {
                    sens_result($allowed === null, $path, 'generated (not counted)'
                        . ($allowed === null ? '' : '; listed in SENS_SIZE_ALLOWED: remove it'));
                } else if ($lines > SENS_SIZE_LIMIT) {
                    sens_result($allowed !== null, $path, "{$lines} lines" . ($allowed === null
                        ? ', over ' . SENS_SIZE_LIMIT . ': split it by responsibility (or list it in SENS_SIZE_ALLOWED in '
                            . 'tests/static/checks/size.php with the reason)'
                        : ', allowed: ' . $allowed));
                } else {
                    sens_result($allowed === null, $path, "{$lines} lines" . ($allowed === null ? ''
                        : ', at most ' . SENS_SIZE_LIMIT . ' now: remove it from SENS_SIZE_ALLOWED'));
                }
            }
        }
    }
    // An entry under a checked folder whose file is gone.
    foreach (array_keys(SENS_SIZE_ALLOWED) as $path) {
        foreach ($dirs as $dir) {
            $dir = rtrim(preg_replace('~^\./~', '', $dir), '/');
            if (is_dir($dir) && strpos($path, $dir . '/') === 0 && !isset($seen[$path])) {
                sens_result(false, $path, 'listed in SENS_SIZE_ALLOWED but not found: remove it');
            }
        }
    }
}
