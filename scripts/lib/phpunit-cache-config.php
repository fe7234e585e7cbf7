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
 * PHPUnit with Redis as MUC's application store (issue 17), read by config.php only when the environment names this
 * file in SENS_CLUSTER_CONFIG, which scripts/phpunit.sh does for SENS_PHPUNIT_CACHE=redis (the site never does).
 *
 * Moodle's PHPUnit framework writes the test site's cache configuration again at each reset (cache_config_testing):
 * with these two constants every application cache definition is mapped to a Redis store (prefix phpu_), without
 * re-initialising the test site.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:ignore moodle.Files.MoodleInternal.MoodleInternalGlobalState
if (getenv('SENS_PHPUNIT_CACHE') !== 'redis') {
    throw new \RuntimeException('SENS PHPUnit cache: SENS_PHPUNIT_CACHE=redis is required with this file');
}
define('TEST_CACHE_USING_APPLICATION_STORE', 'redis');
define('TEST_CACHESTORE_REDIS_TESTSERVERS', '127.0.0.1:' . (int)(getenv('SENS_PHPUNIT_REDIS_PORT') ?: 6395));
