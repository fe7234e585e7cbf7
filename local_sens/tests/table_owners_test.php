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

namespace local_sens;

/**
 * Each local_sens table has one repository that alone reads and writes it (issue 11): no other PHP file of the suite
 * (the four plugins and scripts/) names the table in its code. A query that must join another table takes it from
 * the owner's from() fragment; other plugins and the demo scripts go through services, repositories or
 * local_sens\api.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\decision\decision_repository
 * @covers     \local_sens\local\learner\enrolment_repository
 * @covers     \local_sens\local\learner\placement_repository
 * @covers     \local_sens\local\mapping\course_link_repository
 */
final class table_owners_test extends \advanced_testcase {

    /** @var array<string, string> The owning class of each table (path under the repository root). */
    private const OWNERS = [
        'local_sens_progversion' => 'local_sens/classes/local/programme/programme_version_repository.php',
        'local_sens_course' => 'local_sens/classes/local/mapping/course_link_repository.php',
        'local_sens_mapping' => 'local_sens/classes/local/mapping/mapping_repository.php',
        'local_sens_enrolment' => 'local_sens/classes/local/learner/enrolment_repository.php',
        'local_sens_placement' => 'local_sens/classes/local/learner/placement_repository.php',
        'local_sens_attestation' => 'local_sens/classes/local/attestation/attestation_repository.php',
        'local_sens_session' => 'local_sens/classes/local/workshop/session_repository.php',
        'local_sens_sessionlead' => 'local_sens/classes/local/workshop/session_repository.php',
        'local_sens_cosignature' => 'local_sens/classes/local/attestation/cosignature_repository.php',
        'local_sens_decision' => 'local_sens/classes/local/decision/decision_repository.php',
        'local_sens_openunit' => 'local_sens/classes/local/gating/open_units_repository.php',
        'local_sens_audit' => 'local_sens/classes/local/audit/audit_repository.php',
        'local_sens_audithead' => 'local_sens/classes/local/audit/audit_repository.php',
        'local_sens_certificate' => 'local_sens/classes/local/certification/certificate_repository.php',
        'local_sens_assessmap' => 'local_sens/classes/local/assessment/assessment_repository.php',
        'local_sens_pending' => 'local_sens/classes/local/decision/pending_repository.php',
        'local_sens_badge' => 'local_sens/classes/local/badges/badge_repository.php',
    ];

    /** @var string[] Folders scanned (the suite's PHP). */
    private const SCANNED = ['local_sens', 'mod_portfolio', 'block_competences', 'availability_sens', 'scripts'];

    /**
     * Files allowed to name any table, with their reason (a pattern on the path under the repository root).
     */
    private const EXCEPTIONS = [
        '~/db/~' => 'install.xml, upgrade.php, uninstall.php, caches, tasks: Moodle creates, upgrades and removes tables there',
        '~/classes/privacy/provider\.php$~' => "Moodle's privacy API declares each table with its personal data",
        '~/lang/~' => "the privacy API's metadata strings are keyed by table name",
        '~/backup/~' => "backup and restore name the tables they copy (Moodle's backup API)",
        '~/tests/~' => 'tests check what is stored',
    ];

    /**
     * Every table of install.xml has an owner, and the owner exists.
     */
    public function test_every_table_has_an_owner(): void {
        $root = self::root();
        $tables = self::tables($root);
        $this->assertNotEmpty($tables);
        $this->assertSame([], array_values(array_diff($tables, array_keys(self::OWNERS))), 'tables without an owner');
        foreach (array_unique(self::OWNERS) as $owner) {
            $this->assertFileExists("$root/$owner");
        }
    }

    /**
     * No PHP file of the suite names a table in its code but the table's owner (comments may describe a row; event
     * classes name their objecttable, as Moodle's event API asks).
     */
    public function test_only_the_owner_names_its_table(): void {
        $root = self::root();
        $pattern = '/\b(' . implode('|', array_map('preg_quote', self::tables($root))) . ')\b/';
        $found = [];
        foreach (self::SCANNED as $top) {
            $dir = "$root/$top";
            $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS));
            foreach ($files as $file) {
                $path = $top . '/' . substr($file->getPathname(), strlen($dir) + 1);
                if ($file->getExtension() !== 'php') {
                    continue;
                }
                foreach (array_keys(self::EXCEPTIONS) as $exception) {
                    if (preg_match($exception, '/' . $path)) {
                        continue 2;
                    }
                }
                preg_match_all($pattern, self::code($file->getPathname(), str_contains($path, '/classes/event/')), $m);
                foreach (array_unique($m[1]) as $table) {
                    if (self::OWNERS[$table] !== $path) {
                        $found[] = "$path names $table (owner: " . self::OWNERS[$table] . ')';
                    }
                }
            }
        }
        sort($found);
        $this->assertSame([], $found, 'a table is read and written by its owning repository only');
    }

    /**
     * The repository root (scripts/phpunit.sh sets SENS_ROOT: the plugins are bind-mounted into Moodle).
     *
     * @return string
     */
    private static function root(): string {
        return getenv('SENS_ROOT') ?: dirname(__DIR__, 2);
    }

    /**
     * The tables of local_sens/db/install.xml.
     *
     * @param string $root
     * @return string[]
     */
    private static function tables(string $root): array {
        preg_match_all('/<TABLE NAME="([a-z_]+)"/', file_get_contents("$root/local_sens/db/install.xml"), $m);
        return $m[1];
    }

    /**
     * A PHP file's code without its comments (and, for an event class, without its objecttable assignment).
     *
     * @param string $file
     * @param bool $event
     * @return string
     */
    private static function code(string $file, bool $event): string {
        $code = '';
        foreach (token_get_all(file_get_contents($file)) as $token) {
            if (is_array($token) && in_array($token[0], [T_COMMENT, T_DOC_COMMENT], true)) {
                continue;
            }
            $code .= is_array($token) ? $token[1] : $token;
        }
        return $event ? preg_replace('/\$this->data\[\'objecttable\'\]\s*=\s*\'[a-z_]+\';/', '', $code) : $code;
    }
}
