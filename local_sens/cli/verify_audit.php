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
 * Verify the hash chain of the SENS audit trail and print its head (position and hash), to compare with a copy kept
 * elsewhere.
 *
 * Exit codes: 0 the chain is whole, 1 it is broken (the first broken row is named on standard error), 2 wrong usage.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);

require(__DIR__ . '/../../../config.php');
require_once($CFG->libdir . '/clilib.php');

[$options, $unrecognised] = cli_get_params(['json' => false, 'help' => false], ['j' => 'json', 'h' => 'help']);

if ($unrecognised) {
    cli_writeln(get_string('cliunknowoption', 'core_admin', implode(PHP_EOL, $unrecognised)), STDERR);
    exit(2);
}
if ($options['help']) {
    cli_writeln(get_string('cli:verifyaudithelp', 'local_sens'));
    exit(0);
}

$result = \core\di::get(\local_sens\local\audit\audit_repository::class)->verify();
if ($options['json']) {
    cli_writeln(json_encode($result, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT));
} else if ($result['ok']) {
    cli_writeln(get_string('cli:verifyauditok', 'local_sens', (object)['count' => $result['count'],
        'seq' => $result['head']['seq'], 'hash' => $result['head']['hash']]));
} else {
    cli_writeln(get_string('cli:verifyauditbroken', 'local_sens', (object)['count' => $result['count'],
        'message' => $result['error']['message']]), STDERR);
}
exit($result['ok'] ? 0 : 1);
