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
 * SENS static checks (tests/static/checks.php): how a result is recorded and counted, and the files and
 * PHP tokens the checks read.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Records one result.
 *
 * @param bool $ok whether the unit passed
 * @param string $where file (and line) of the unit
 * @param string $message what was checked or what is wrong
 * @return bool $ok
 */
function sens_result(bool $ok, string $where, string $message): bool {
    global $passed, $failed;
    if ($ok) {
        $passed++;
        echo "PASS {$where}: {$message}\n";
    } else {
        $failed++;
        echo "FAIL {$where}: {$message}\n";
    }
    return $ok;
}

/**
 * Every PHP file under a directory, sorted, skipping generated vendor code.
 *
 * @param string $dir directory
 * @param string $ext extension without dot
 * @return string[] paths
 */
function sens_files(string $dir, string $ext = 'php'): array {
    $files = [];
    if (!is_dir($dir)) {
        return $files;
    }
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
    foreach ($it as $file) {
        $path = $file->getPathname();
        if (substr($path, -strlen($ext) - 1) === '.' . $ext && strpos($path, '/vendor/') === false
                && strpos($path, '/node_modules/') === false) {
            $files[] = $path;
        }
    }
    sort($files);
    return $files;
}

/**
 * Significant tokens of a PHP file (whitespace and comments kept, as arrays [id, text, line]).
 *
 * @param string $file path
 * @return array tokens
 */
function sens_tokens(string $file): array {
    $tokens = [];
    $line = 1;
    foreach (token_get_all(file_get_contents($file)) as $t) {
        if (is_array($t)) {
            $tokens[] = $t;
            $line = $t[2] + substr_count($t[1], "\n");
        } else {
            $tokens[] = [0, $t, $line];
        }
    }
    return $tokens;
}
