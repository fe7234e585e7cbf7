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
 * SENS static checks lang and strings: the same keys and placeholders in en and fr, and every string the
 * code and templates use exists.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Lang strings of a plugin for one language.
 *
 * @param string $dir plugin directory
 * @param string $component component
 * @param string $lang language
 * @return array|null [file, strings]
 */
function sens_lang(string $dir, string $component, string $lang): ?array {
    [$type, $name] = explode('_', $component, 2);
    $file = "{$dir}/lang/{$lang}/" . ($type === 'mod' ? $name : $component) . '.php';
    if (!file_exists($file)) {
        return null;
    }
    if (!defined('MOODLE_INTERNAL')) {
        define('MOODLE_INTERNAL', true);
    }
    $string = [];
    include($file);
    return [$file, $string];
}

/**
 * The {$a} and {$a->x} placeholders of a string, sorted and unique.
 *
 * @param string $s string
 * @return string[] placeholders
 */
function sens_placeholders(string $s): array {
    preg_match_all('/\{\$a(?:->[A-Za-z0-9_]+)?\}/', $s, $m);
    $p = array_values(array_unique($m[0]));
    sort($p);
    return $p;
}

/**
 * Checks en/fr parity (keys and placeholders) and the strings Moodle requires.
 *
 * @param string $dir plugin directory
 * @param string $component component
 */
function sens_check_lang(string $dir, string $component): void {
    $en = sens_lang($dir, $component, 'en');
    $fr = sens_lang($dir, $component, 'fr');
    if (!sens_result($en !== null && $fr !== null, "{$dir}/lang", 'lang/en and lang/fr files exist')) {
        return;
    }
    [$enfile, $enstr] = $en;
    [$frfile, $frstr] = $fr;
    foreach (array_diff(array_keys($enstr), array_keys($frstr)) as $k) {
        sens_result(false, $frfile, "string '{$k}' is in en but not in fr");
    }
    foreach (array_diff(array_keys($frstr), array_keys($enstr)) as $k) {
        sens_result(false, $frfile, "string '{$k}' is in fr but not in en");
    }
    $bad = 0;
    foreach (array_intersect(array_keys($enstr), array_keys($frstr)) as $k) {
        if (sens_placeholders($enstr[$k]) !== sens_placeholders($frstr[$k])) {
            $bad++;
            sens_result(false, $frfile, "string '{$k}': placeholders differ: en " . implode(' ', sens_placeholders($enstr[$k]))
                . ' / fr ' . implode(' ', sens_placeholders($frstr[$k])));
        }
    }
    sens_result(count($enstr) === count($frstr) && $bad === 0 && !array_diff(array_keys($enstr), array_keys($frstr)),
        $frfile, 'same keys and placeholders as en (' . count($enstr) . ' strings)');
    [$type] = explode('_', $component, 2);
    $required = ['pluginname'];
    if ($type === 'mod') {
        $required = array_merge($required, ['modulename', 'modulenameplural', 'pluginadministration']);
    }
    // Every capability needs its lang string "component:capname" (shown on permission pages).
    if (file_exists("{$dir}/db/access.php")) {
        // Read the keys without including the file (it needs Moodle's CONTEXT_* and RISK_* constants).
        preg_match_all('~^\s*[\'"]([a-z]+/[a-z0-9_]+:[a-z0-9_]+)[\'"]\s*=>~m', file_get_contents("{$dir}/db/access.php"), $m);
        foreach ($m[1] as $cap) {
            [$plugin, $capname] = explode(':', $cap, 2);
            [$ptype, $pname] = explode('/', $plugin, 2);
            $required[] = "{$pname}:{$capname}";
            sens_result(($ptype === 'mod' ? "mod_{$pname}" : "{$ptype}_{$pname}") === $component, "{$dir}/db/access.php",
                "capability {$cap} belongs to {$component}");
        }
    }
    foreach ($required as $k) {
        sens_result(isset($enstr[$k]), $enfile, "required string '{$k}' exists");
    }
}

/**
 * Checks that every string used with a literal key and one of our components exists in en.
 *
 * @param array $plugins [dir => component]
 */
function sens_check_strings(array $plugins): void {
    $known = [];
    foreach ($plugins as $dir => $component) {
        $en = sens_lang($dir, $component, 'en');
        $known[$component] = $en ? $en[1] : [];
    }
    $alias = [];
    foreach ($known as $component => $unused) {
        [$type, $name] = explode('_', $component, 2);
        if ($type === 'mod') {
            $alias[$name] = $component;
        }
        $alias[$component] = $component;
    }
    $patterns = [
        // PHP: get_string('key', 'component'), new lang_string('key', 'component').
        'php' => '/(?:get_string|lang_string|string_exists)\s*\(\s*[\'"]([a-zA-Z0-9_:\/.-]+)[\'"]\s*,\s*[\'"]([a-z0-9_]+)[\'"]/',
        // Mustache: {{#str}} key, component {{/str}}.
        'mustache' => '/\{\{#str\}\}\s*([a-zA-Z0-9_:\/.-]+)\s*,\s*([a-z0-9_]+)/',
        // JS: getString('key', 'component') and {key: 'x', component: 'y'}.
        'js' => '/getString\s*\(\s*[\'"]([a-zA-Z0-9_:\/.-]+)[\'"]\s*,\s*[\'"]([a-z0-9_]+)[\'"]/',
    ];
    foreach ($plugins as $dir => $unused) {
        foreach ($patterns as $ext => $re) {
            foreach (sens_files($dir, $ext) as $file) {
                if ($ext === 'js' && strpos($file, '/amd/build/') !== false) {
                    continue;
                }
                $lines = file($file);
                foreach ($lines as $i => $text) {
                    if (!preg_match_all($re, $text, $m, PREG_SET_ORDER)) {
                        continue;
                    }
                    foreach ($m as $match) {
                        $component = $alias[$match[2]] ?? null;
                        if ($component === null) {
                            continue;
                        }
                        $where = $file . ':' . ($i + 1);
                        sens_result(isset($known[$component][$match[1]]), $where,
                            "string '{$match[1]}' of {$component} exists in lang/en");
                    }
                }
            }
        }
    }
}
