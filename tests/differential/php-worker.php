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
 * Runs calls of the generated engine without Moodle: php php-worker.php CLASSDIR CALLS.json > RESULTS.json.
 *
 * CALLS.json is [{"class": "decide", "method": "decide", "args": [...]}, ...]; the output is the list of results.
 * A call may give {"json": "<document text>"} instead of args: the document is decoded with objects, not arrays.
 * With a third argument N (benchmark), runs one pass over the calls to warm up, then N passes, and prints
 * {"firstPassCpuSeconds": f, "bestPassCpuSeconds": b, "calls": n} instead: n calls per pass, CPU time of this
 * process (less disturbed than wall time by other work on the machine). The protocol is the TypeScript side's in
 * tests/bench/php-bench.ts: warm-up pass, then the best of N; the cold first pass is reported beside it.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
ini_set('memory_limit', '2G');
ini_set('serialize_precision', '-1');

[, $classdir, $callsfile] = $argv;
$repeat = isset($argv[3]) ? (int) $argv[3] : 0;
spl_autoload_register(function (string $class) use ($classdir): void {
    $prefix = 'local_sens\\local\\engine\\';
    if (str_starts_with($class, $prefix)) {
        $file = $classdir . '/' . substr($class, strlen($prefix)) . '.php';
        if (is_file($file)) {
            require_once($file);
        }
    }
});
$calls = json_decode(file_get_contents($callsfile), true, 512, JSON_THROW_ON_ERROR);
$prepared = [];
$programmes = [];
$indexes = [];
foreach ($calls as $c) {
    // "json": a document given as JSON text, decoded with objects (so {} and [] stay apart) as the only argument.
    $args = array_key_exists('json', $c) ? [json_decode($c['json'], false, 512, JSON_THROW_ON_ERROR)] : $c['args'];
    // Equal programmes are one PHP array, as they are one object on the TypeScript side and one cached definition on
    // a server: 1,500 decoded copies of the same programme would only measure cache misses.
    if ($c['class'] === 'decide' && is_array($args[0] ?? null)) {
        $key = md5(serialize($args[0]));
        $programmes[$key] = $programmes[$key] ?? $args[0];
        $args[0] = $programmes[$key];
        // "withIndex": decide with the programme's index from decide::prepare, built once per programme before any
        // timing (as a server caches it with the programme version).
        if (!empty($c['withIndex'])) {
            $indexes[$key] = $indexes[$key] ?? \local_sens\local\engine\decide::prepare($args[0]);
            $args[] = $indexes[$key];
        }
    }
    $prepared[] = ['local_sens\\local\\engine\\' . $c['class'], $c['method'], $args];
}
/**
 * CPU seconds (user + system) used by this process so far.
 *
 * @return float
 */
function sens_cpu_seconds(): float {
    $r = getrusage();
    return $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6 + $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
}
if ($repeat > 0) {
    // Each result is read (its size), then dropped, as the TypeScript side does.
    $read = 0;
    $pass = function () use ($prepared, &$read): float {
        $cpu = sens_cpu_seconds();
        foreach ($prepared as [$cls, $m, $args]) {
            $read += count($cls::$m(...$args));
        }
        return sens_cpu_seconds() - $cpu;
    };
    $first = $pass();
    $best = INF;
    for ($r = 0; $r < $repeat; $r++) {
        $best = min($best, $pass());
    }
    echo json_encode(['firstPassCpuSeconds' => $first, 'bestPassCpuSeconds' => $best, 'calls' => count($prepared),
        'read' => $read]), "\n";
    exit(0);
}
$out = [];
foreach ($prepared as [$cls, $m, $args]) {
    $out[] = $cls::$m(...$args);
}
echo json_encode($out, JSON_PRESERVE_ZERO_FRACTION | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR), "\n";
