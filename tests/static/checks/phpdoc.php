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
 * SENS static check phpdoc: the GPL header, the file docblock, and a docblock on every class and function.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Checks the GPL header, the file docblock, and a docblock on every class and function.
 *
 * @param string $dir plugin directory
 * @param string $component frankenstyle component
 */
function sens_check_phpdoc(string $dir, string $component): void {
    foreach (sens_files($dir) as $file) {
        $code = file_get_contents($file);
        $head = substr($code, 0, 1500);
        sens_result(preg_match('~This file is part of Moodle - https?://moodle\.org/~', $head) === 1
                && strpos($head, 'GNU General Public License') !== false,
            "{$file}:1", 'GPL boilerplate header (Moodle\'s "This file is part of Moodle" block)');
        $tokens = sens_tokens($file);
        $n = count($tokens);
        $first = null;
        foreach ($tokens as $t) {
            if ($t[0] === T_DOC_COMMENT) {
                $first = $t[1];
                break;
            }
        }
        $haspackage = $first !== null && preg_match('/@package\s+' . preg_quote($component, '/') . '\b/', $first)
            || preg_match('/@package\s+' . preg_quote($component, '/') . '\b/', $code);
        sens_result((bool)$haspackage, "{$file}:1", "@package {$component} in the file or class docblock");
        $ok = true;
        for ($i = 0; $i < $n; $i++) {
            $id = $tokens[$i][0];
            if (!in_array($id, [T_CLASS, T_INTERFACE, T_TRAIT, T_FUNCTION]) && !(defined('T_ENUM') && $id === T_ENUM)) {
                continue;
            }
            // Skip "::class", anonymous classes and closures.
            $prev = $i - 1;
            while ($prev >= 0 && $tokens[$prev][0] === T_WHITESPACE) {
                $prev--;
            }
            if ($prev >= 0 && in_array($tokens[$prev][0], [T_DOUBLE_COLON, T_NEW])) {
                continue;
            }
            $next = $i + 1;
            while ($next < $n && in_array($tokens[$next][0], [T_WHITESPACE])) {
                $next++;
            }
            if ($next < $n && $tokens[$next][1] === '&') {
                $next++;
                while ($next < $n && $tokens[$next][0] === T_WHITESPACE) {
                    $next++;
                }
            }
            if ($next >= $n || $tokens[$next][0] !== T_STRING) {
                continue;
            }
            $name = $tokens[$next][1];
            // Walk back over modifiers and attributes to the docblock.
            $j = $i - 1;
            $skip = [T_WHITESPACE, T_ABSTRACT, T_FINAL, T_STATIC, T_PUBLIC, T_PROTECTED, T_PRIVATE];
            if (defined('T_READONLY')) {
                $skip[] = T_READONLY;
            }
            while ($j >= 0 && in_array($tokens[$j][0], $skip)) {
                $j--;
            }
            while ($j >= 0 && $tokens[$j][1] === ']') {
                // Attribute #[...]: skip to its opening.
                while ($j >= 0 && !(defined('T_ATTRIBUTE') && $tokens[$j][0] === T_ATTRIBUTE)) {
                    $j--;
                }
                $j--;
                while ($j >= 0 && in_array($tokens[$j][0], $skip)) {
                    $j--;
                }
            }
            $kind = $id === T_FUNCTION ? 'function' : strtolower(substr(token_name($id), 2));
            $line = $tokens[$i][2];
            if ($j < 0 || $tokens[$j][0] !== T_DOC_COMMENT) {
                $ok = sens_result(false, "{$file}:{$line}", "{$kind} {$name} has no phpdoc block") && $ok;
                continue;
            }
            if ($id !== T_FUNCTION) {
                continue;
            }
            // Parameters documented: every $param in the signature has an @param line.
            $doc = $tokens[$j][1];
            if (preg_match('/@inheritdoc|\{@inheritdoc\}/i', $doc)) {
                continue;
            }
            $depth = 0;
            $params = [];
            for ($k = $next + 1; $k < $n; $k++) {
                $text = $tokens[$k][1];
                if ($text === '(') {
                    $depth++;
                } else if ($text === ')') {
                    $depth--;
                    if ($depth === 0) {
                        break;
                    }
                } else if ($depth === 1 && $tokens[$k][0] === T_VARIABLE) {
                    $params[] = $text;
                }
            }
            foreach ($params as $p) {
                if (!preg_match('/@param\s+[^\n]*' . preg_quote($p, '/') . '\b/', $doc)) {
                    $ok = sens_result(false, "{$file}:{$line}", "function {$name}: {$p} has no @param line") && $ok;
                }
            }
        }
        if ($ok) {
            sens_result(true, $file, 'phpdoc on every class and function, parameters documented');
        }
    }
}
