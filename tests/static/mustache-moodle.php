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
 * Renders each plugin template with its example context through Moodle's own Mustache engine
 * ($MOODLE_DIR/lib/mustache, the engine Moodle renders pages with), Moodle's helpers stubbed.
 *
 * Usage: php tests/static/mustache-moodle.php MOODLE_DIR DIR:COMPONENT...
 * Prints PASS/FAIL per template, then "COUNTS passed failed".
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

$moodledir = $argv[1];
require_once($moodledir . '/lib/mustache/src/Mustache/Autoloader.php');
Mustache_Autoloader::register();

$plugins = [];
foreach (array_slice($argv, 2) as $arg) {
    [$dir, $component] = explode(':', $arg, 2);
    $plugins[$component] = rtrim($dir, '/');
}
$passed = 0;
$failed = 0;

/**
 * Partial loader: our components from the repository, core ones from Moodle.
 */
$loader = new class($plugins, $moodledir) implements Mustache_Loader {
    /**
     * Constructor.
     *
     * @param array $plugins component => dir
     * @param string $moodledir Moodle tree
     */
    public function __construct(private array $plugins, private string $moodledir) {
    }

    /**
     * Loads a template by name.
     *
     * @param string $name component/name
     * @return string template source
     */
    public function load($name) {
        [$component, $file] = explode('/', trim($name), 2);
        $candidates = isset($this->plugins[$component])
            ? ["{$this->plugins[$component]}/templates/{$file}.mustache"]
            : ($component === 'core' ? ["{$this->moodledir}/lib/templates/{$file}.mustache"]
                : ["{$this->moodledir}/" . preg_replace('/^core_/', '', $component) . "/templates/{$file}.mustache",
                    "{$this->moodledir}/lib/" . preg_replace('/^core_/', '', $component) . "/templates/{$file}.mustache"]);
        foreach ($candidates as $c) {
            if (file_exists($c)) {
                return file_get_contents($c);
            }
        }
        if (isset($this->plugins[$component])) {
            throw new Mustache_Exception_UnknownTemplateException($name);
        }
        return "<!-- partial {$name} -->";
    }
};

$helpers = [
    'str' => fn($text, $helper) => '[[' . trim($helper->render($text)) . ']]',
    'cleanstr' => fn($text, $helper) => '[[' . trim($helper->render($text)) . ']]',
    'js' => fn($text, $helper) => '',
    'pix' => fn($text, $helper) => '<i class="icon" data-pix="' . htmlspecialchars(trim($helper->render($text))) . '"></i>',
    'quote' => fn($text, $helper) => json_encode($helper->render($text)),
    'userdate' => fn($text, $helper) => '[[userdate ' . trim($helper->render($text)) . ']]',
    'shortentext' => fn($text, $helper) => trim(implode(',', array_slice(explode(',', $helper->render($text)), 1))),
];
// As in Moodle's mustache engine: escaping by s(), partials by loader, strict callables off.
$mustache = new Mustache_Engine([
    'partials_loader' => $loader,
    'helpers' => $helpers,
    'escape' => fn($s) => htmlspecialchars((string)$s, ENT_COMPAT, 'UTF-8'),
    'strict_callables' => true,
]);

foreach ($plugins as $component => $dir) {
    foreach (glob("{$dir}/templates/*.mustache") ?: [] as $file) {
        $text = file_get_contents($file);
        if (!preg_match('/Example context \(json\):\s*(\{.*?\}|\[.*?\])\s*\}\}/s', $text, $m)
                || ($context = json_decode($m[1], false)) === null) {
            $failed++;
            echo "FAIL {$file}: no valid Example context (json) for Moodle's Mustache\n";
            continue;
        }
        if (is_object($context) && !isset($context->uniqid)) {
            $context->uniqid = 'uniqid0';
        }
        try {
            $html = $mustache->render($text, $context);
            $passed++;
            echo "PASS {$file}: renders with Moodle's Mustache engine (" . strlen($html) . " characters)\n";
        } catch (Throwable $e) {
            $failed++;
            echo "FAIL {$file}: Moodle's Mustache engine: " . get_class($e) . ': ' . $e->getMessage() . "\n";
        }
    }
}
echo "COUNTS {$passed} {$failed}\n";
exit($failed > 0 ? 1 : 0);
