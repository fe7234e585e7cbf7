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
 * Import a programme definition (référentiel JSON) as a new version; prints the version id.
 *
 * Exit codes: 0 imported (or identical to an existing version, whose id is printed), 1 invalid definition (errors by
 * JSON path on standard error, nothing stored), 2 wrong usage or unreadable file.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);

require(__DIR__ . '/../../../config.php');
require_once($CFG->libdir . '/clilib.php');

[$options, $unrecognised] = cli_get_params(
    ['file' => '', 'publish' => false, 'help' => false],
    ['f' => 'file', 'p' => 'publish', 'h' => 'help']
);

if ($unrecognised) {
    cli_writeln(get_string('cliunknowoption', 'core_admin', implode(PHP_EOL, $unrecognised)), STDERR);
    exit(\local_sens\local\programme\import_cli::EXIT_USAGE);
}

if ($options['help']) {
    cli_writeln(get_string('cli:importhelp', 'local_sens'));
    exit(0);
}

// The site administrator is the one who imports: this is who the audit trail names.
$admin = get_admin();
\core\session\manager::set_user($admin);

exit(\core\di::get(\local_sens\local\programme\import_cli::class)->run(
    (string)$options['file'],
    !empty($options['publish']),
    (int)$admin->id,
    STDOUT,
    STDERR
));
