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
 * SENS static checks that a Moodle plugin reviewer runs and PHP_CodeSniffer's own sniffs do not cover.
 *
 * Usage: php tests/static/checks.php CHECK PLUGINDIR:COMPONENT...
 *   CHECK: phpdoc | savepoints | lang | strings | version | installxml
 * Prints "FAIL file:line: message" per problem and "PASS ..." per passing unit, then "COUNTS passed failed".
 * Exit status 1 when anything failed. Runs without Moodle (only PHP's tokenizer, DOM and include of
 * version.php / lang files, which only assign variables).
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/** Minimum Moodle version the plugins require: 4.5 LTS. */
const SENS_MIN_REQUIRES = 2024100700;

$passed = 0;
$failed = 0;

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

/**
 * Reads version.php without Moodle.
 *
 * @param string $dir plugin directory
 * @return stdClass|null $plugin
 */
function sens_read_version(string $dir): ?stdClass {
    $file = "{$dir}/version.php";
    if (!file_exists($file)) {
        return null;
    }
    if (!defined('MOODLE_INTERNAL')) {
        define('MOODLE_INTERNAL', true);
    }
    if (!defined('MATURITY_ALPHA')) {
        define('MATURITY_ALPHA', 50);
        define('MATURITY_BETA', 100);
        define('MATURITY_RC', 150);
        define('MATURITY_STABLE', 200);
    }
    $plugin = new stdClass();
    $module = $plugin;
    include($file);
    return $plugin;
}

/**
 * Checks version.php: component matches the install path, version, requires >= Moodle 4.5.
 *
 * @param string $dir plugin directory
 * @param string $component frankenstyle component
 */
function sens_check_version(string $dir, string $component): void {
    $file = "{$dir}/version.php";
    $plugin = sens_read_version($dir);
    if (!sens_result($plugin !== null, $file, 'version.php exists')) {
        return;
    }
    sens_result(($plugin->component ?? null) === $component, $file,
        "\$plugin->component is '{$component}' (found '" . ($plugin->component ?? '') . "')");
    sens_result(is_int($plugin->version ?? null) && preg_match('/^20\d{8}$/', (string)$plugin->version) === 1, $file,
        '$plugin->version is an integer YYYYMMDDXX');
    sens_result(is_int($plugin->requires ?? null) && $plugin->requires >= SENS_MIN_REQUIRES, $file,
        '$plugin->requires >= ' . SENS_MIN_REQUIRES . ' (Moodle 4.5)');
    sens_result(!empty($plugin->release) && isset($plugin->maturity), $file, '$plugin->release and $plugin->maturity set');
}

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

/**
 * Checks every db/install.xml is well-formed XMLDB with the plugin's path.
 *
 * @param string $dir plugin directory
 * @param string $component component
 */
function sens_check_installxml(string $dir, string $component): void {
    $file = "{$dir}/db/install.xml";
    if (!file_exists($file)) {
        sens_result(true, $dir, 'no db/install.xml');
        return;
    }
    libxml_use_internal_errors(true);
    $doc = new DOMDocument();
    $ok = $doc->load($file);
    foreach (libxml_get_errors() as $e) {
        sens_result(false, "{$file}:{$e->line}", 'XML error: ' . trim($e->message));
    }
    libxml_clear_errors();
    if (!sens_result($ok, $file, 'well-formed XML')) {
        return;
    }
    [$type, $name] = explode('_', $component, 2);
    $dirs = ['local' => 'local', 'block' => 'blocks', 'mod' => 'mod'];
    $path = ($dirs[$type] ?? $type) . "/{$name}/db";
    $root = $doc->documentElement;
    sens_result($root->nodeName === 'XMLDB' && $root->getAttribute('PATH') === $path, $file,
        "root XMLDB PATH=\"{$path}\" (found \"" . $root->getAttribute('PATH') . '")');
    foreach ($doc->getElementsByTagName('TABLE') as $table) {
        $t = $table->getAttribute('NAME');
        $prefix = $type === 'mod' ? $name : $component;
        sens_result($t === $prefix || strpos($t, $prefix . '_') === 0, $file,
            "table {$t} is named after the plugin ({$prefix}…)");
        sens_result(strlen($t) <= 28, $file, "table {$t}: name at most 28 characters (Moodle's limit)");
        $keys = [];
        foreach ($table->getElementsByTagName('KEY') as $key) {
            $keys[] = $key->getAttribute('TYPE');
        }
        sens_result(in_array('primary', $keys), $file, "table {$t} has a primary key");
    }
}

$check = $argv[1] ?? '';
$plugins = [];
foreach (array_slice($argv, 2) as $arg) {
    [$dir, $component] = explode(':', $arg, 2);
    $plugins[rtrim($dir, '/')] = $component;
}
switch ($check) {
    case 'phpdoc':
    case 'savepoints':
    case 'lang':
    case 'version':
    case 'installxml':
        foreach ($plugins as $dir => $component) {
            ('sens_check_' . $check)($dir, $component);
        }
        break;
    case 'strings':
        sens_check_strings($plugins);
        break;
    default:
        fwrite(STDERR, "usage: php checks.php phpdoc|savepoints|lang|strings|version|installxml DIR:COMPONENT...\n");
        exit(2);
}
echo "COUNTS {$passed} {$failed}\n";
exit($failed > 0 ? 1 : 0);
