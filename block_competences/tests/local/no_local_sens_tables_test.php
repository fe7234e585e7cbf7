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

namespace block_competences\local;

/**
 * block_competences reads local_sens only through its public classes (repositories, API), never its tables with SQL
 * of its own (issue 11): no shipped PHP file of the block names a local_sens table.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_competences\local\competences_source
 */
final class no_local_sens_tables_test extends \advanced_testcase {

    /**
     * Every PHP file of the block outside tests/ is free of local_sens table names.
     */
    public function test_no_local_sens_table_in_block_code(): void {
        $root = dirname(__DIR__, 2);
        $found = [];
        $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($root, \FilesystemIterator::SKIP_DOTS));
        foreach ($files as $file) {
            $path = substr($file->getPathname(), strlen($root) + 1);
            if ($file->getExtension() !== 'php' || str_starts_with($path, 'tests/')) {
                continue;
            }
            if (preg_match_all('/\blocal_sens_[a-z]+\b/', file_get_contents($file->getPathname()), $matches)) {
                foreach (array_unique($matches[0]) as $name) {
                    $found[] = "$path: $name";
                }
            }
        }
        $this->assertSame([], $found, 'block_competences names local_sens tables: go through a local_sens repository or API');
    }
}
