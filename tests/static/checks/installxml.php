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
 * SENS static check installxml: db/install.xml well formed, tables named after the plugin, primary keys.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

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
