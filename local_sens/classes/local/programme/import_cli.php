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

namespace local_sens\local\programme;

use local_sens\local\decision\presenter;

/**
 * What `cli/import_programme.php` does, apart from reading its options: testable with PHPUnit.
 *
 * Standard output carries only the version id (for scripts); everything for people goes to standard error.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class import_cli {

    /** @var int Exit code: imported (or already there). */
    public const EXIT_OK = 0;

    /** @var int Exit code: the definition is invalid; nothing stored. */
    public const EXIT_INVALID = 1;

    /** @var int Exit code: wrong usage or unreadable file; nothing stored. */
    public const EXIT_USAGE = 2;

    /**
     * Constructor.
     *
     * @param programme_import_service $importer
     * @param programme_version_service $versions
     */
    public function __construct(
        /** @var programme_import_service Import. */
        private readonly programme_import_service $importer,
        /** @var programme_version_service Publication. */
        private readonly programme_version_service $versions,
    ) {
    }

    /**
     * Import a file, optionally publish it.
     *
     * @param string $file Path of the programme JSON.
     * @param bool $publish Publish the version after import (when it is a draft).
     * @param int $userid Who acts.
     * @param resource $out Standard output.
     * @param resource $err Standard error.
     * @return int Exit code.
     */
    public function run(string $file, bool $publish, int $userid, $out, $err): int {
        if ($file === '') {
            fwrite($err, get_string('cli:nofile', 'local_sens') . "\n");
            return self::EXIT_USAGE;
        }
        $json = is_file($file) && is_readable($file) ? file_get_contents($file) : false;
        if ($json === false) {
            fwrite($err, get_string('cli:unreadable', 'local_sens', $file) . "\n");
            return self::EXIT_USAGE;
        }
        try {
            $version = $this->importer->import($json, $userid);
        } catch (invalid_definition_exception $e) {
            fwrite($err, get_string('cli:invalid', 'local_sens', (object)['file' => $file, 'count' => count($e->errors)]) . "\n");
            foreach ((new presenter())->items($e->errors) as $error) {
                fwrite($err, $error['path'] . ': ' . $error['message'] . "\n");
            }
            return self::EXIT_INVALID;
        }
        $a = (object)['programme' => $version->programme, 'version' => $version->version, 'id' => $version->id];
        fwrite($err, get_string($version->duplicate ? 'importduplicate' : 'importdone', 'local_sens', $a) . "\n");
        if ($publish && $version->status !== 'published') {
            $this->versions->publish((int)$version->id, $userid);
            fwrite($err, get_string('publishdone', 'local_sens', $a) . "\n");
        }
        fwrite($out, $version->id . "\n");
        return self::EXIT_OK;
    }
}
