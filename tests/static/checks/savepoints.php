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
 * SENS static check savepoints: each upgrade step of db/upgrade.php ends with its own savepoint.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Checks db/upgrade.php: each "if ($oldversion < X)" block ends with the plugin's savepoint for X, X <= version.
 *
 * @param string $dir plugin directory
 * @param string $component frankenstyle component
 */
function sens_check_savepoints(string $dir, string $component): void {
    $file = "{$dir}/db/upgrade.php";
    if (!file_exists($file)) {
        sens_result(true, $dir, 'no db/upgrade.php (nothing to upgrade yet)');
        return;
    }
    $version = sens_read_version($dir)->version ?? null;
    [$type, $name] = explode('_', $component, 2);
    $expected = ['mod' => "upgrade_mod_savepoint", 'block' => 'upgrade_block_savepoint'][$type] ?? 'upgrade_plugin_savepoint';
    $tokens = array_values(array_filter(sens_tokens($file), fn($t) => !in_array($t[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT])));
    $n = count($tokens);
    $blocks = 0;
    for ($i = 0; $i + 6 < $n; $i++) {
        if (!($tokens[$i][0] === T_IF && $tokens[$i + 1][1] === '(' && $tokens[$i + 2][1] === '$oldversion'
                && $tokens[$i + 3][1] === '<' && $tokens[$i + 4][0] === T_LNUMBER && $tokens[$i + 5][1] === ')'
                && $tokens[$i + 6][1] === '{')) {
            continue;
        }
        $blocks++;
        $x = $tokens[$i + 4][1];
        $line = $tokens[$i][2];
        $depth = 0;
        $end = null;
        for ($k = $i + 6; $k < $n; $k++) {
            if ($tokens[$k][1] === '{' || $tokens[$k][0] === T_CURLY_OPEN || $tokens[$k][0] === T_DOLLAR_OPEN_CURLY_BRACES) {
                $depth++;
            } else if ($tokens[$k][1] === '}') {
                $depth--;
                if ($depth === 0) {
                    $end = $k;
                    break;
                }
            }
        }
        // Last statement of the block: the tokens after the previous ';', '{' or '}' up to the closing brace.
        $last = '';
        if ($end !== null && $tokens[$end - 1][1] === ';') {
            $k = $end - 2;
            while ($k > $i + 6 && !in_array($tokens[$k][1], [';', '{', '}'], true)) {
                $k--;
            }
            $last = implode('', array_map(fn($t) => $t[1], array_slice($tokens, $k + 1, $end - $k - 1)));
        }
        $want = $type === 'mod' || $type === 'block'
            ? "{$expected}(true,{$x},'{$name}');"
            : "{$expected}(true,{$x},'{$type}','{$name}');";
        sens_result(str_replace('"', "'", $last) === $want, "{$file}:{$line}",
            "block for {$x} ends with {$want} (found: " . ($last === '' ? 'nothing' : $last) . ')');
        sens_result($version !== null && (int)$x <= (int)$version, "{$file}:{$line}",
            "savepoint {$x} <= version.php version " . ($version ?? '(missing)'));
    }
    if ($blocks === 0) {
        sens_result(true, $file, 'no upgrade steps');
    }
}
