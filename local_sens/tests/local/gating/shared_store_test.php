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


namespace local_sens\local\gating;

/**
 * The application store the run asks for holds local_sens's caches: Redis (a cluster's shared store) when PHPUnit runs
 * with SENS_PHPUNIT_CACHE=redis (scripts/phpunit.sh, stage 55-phpunit-redis), Moodle's file store otherwise. With
 * Redis, a learner's open units are read in Redis itself (its own connection): written there on a read, left there
 * while the decision's transaction is open, gone once it commits; a wiped store answers from the stored decision.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\gating\open_units_repository
 */
final class shared_store_test extends \advanced_testcase {

    /**
     * Whether this run maps the application caches to Redis (Moodle's cache_config_testing reads the constant).
     *
     * @return bool
     */
    private static function redis_run(): bool {
        return defined('TEST_CACHE_USING_APPLICATION_STORE') && TEST_CACHE_USING_APPLICATION_STORE === 'redis';
    }

    /**
     * A connection to the run's Redis of its own (not through MUC).
     *
     * @return \Redis
     */
    private static function redis(): \Redis {
        [$host, $port] = explode(':', TEST_CACHESTORE_REDIS_TESTSERVERS) + [1 => 6379];
        $redis = new \Redis();
        $redis->connect($host, (int)$port);
        return $redis;
    }

    /**
     * Whether the learner's entry is in the application store: with Redis, the field of the definition's hash in
     * Redis (cachestore_redis keeps one hash per definition, prefixed with the test site's table prefix).
     *
     * @param int $userid
     * @return bool
     */
    private static function stored(int $userid): bool {
        global $DB;
        if (!self::redis_run()) {
            return \cache::make('local_sens', 'openunits')->has($userid);
        }
        $definition = \cache_factory::instance()->create_definition('local_sens', 'openunits');
        return (bool)self::redis()->hExists($DB->get_prefix() . $definition->generate_definition_hash(),
            $userid . '-' . $definition->generate_single_key_prefix());
    }

    /**
     * Every local_sens cache definition uses the run's application store, and the store is the one the switch asks
     * for: SENS_PHPUNIT_CACHE=redis gives Redis (never Moodle's silent fallback to the file store).
     */
    public function test_definitions_use_the_application_store_of_the_run(): void {
        $this->resetAfterTest();
        $this->assertSame(getenv('SENS_PHPUNIT_CACHE') === 'redis', self::redis_run(),
            'SENS_PHPUNIT_CACHE=redis and the test constants go together (scripts/lib/phpunit-cache-config.php)');
        $factory = \cache_factory::instance();
        $config = $factory->create_config_instance();
        foreach (['openunits', 'mapping', 'verifyattempts', 'programmedefinitions'] as $area) {
            $stores = $config->get_stores_for_definition($factory->create_definition('local_sens', $area));
            $this->assertSame(self::redis_run() ? 'redis' : 'file', reset($stores)['plugin'], "local_sens/$area");
        }
    }

    /**
     * A learner's entry is written to the store on a read, stays there while the transaction changing the decision
     * is open (another node would refill it from the old decision), is gone once it commits, and a wiped store
     * answers from the stored decision: never a stale or open level.
     */
    public function test_entry_lives_in_the_store_and_goes_after_commit(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_sens_generator $sens */
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['file' => \local_sens_generator::programme_file('du-cns')]);
        $userid = (int)$this->getDataGenerator()->create_user()->id;
        $sens->create_enrolment(['userid' => $userid, 'versionid' => $version->id]);
        $locked = ['units' => [['id' => 'donnees.intermediaire', 'state' => 'locked',
            'reasons' => [['code' => 'locked_by_level', 'params' => []]]]]];
        $decision = $sens->create_decision(['userid' => $userid, 'versionid' => $version->id, 'decision' => $locked]);
        $repository = \core\di::get(open_units_repository::class);

        $this->assertFalse(self::stored($userid));
        $this->assertFalse($repository->is_open($userid, 'du-cns', 'donnees.intermediaire'));
        $this->assertTrue(self::stored($userid), 'the read filled the application store');

        // The decision changes in a transaction: the entry in the store is left alone until the commit.
        $transaction = $DB->start_delegated_transaction();
        $open = ['units' => [['id' => 'donnees.intermediaire', 'state' => 'open', 'reasons' => []]]];
        $DB->set_field('local_sens_decision', 'decision', json_encode($open), ['id' => $decision->id]);
        $repository->invalidate([$userid]);
        $this->assertTrue(self::stored($userid), 'not deleted inside the transaction');
        $this->assertTrue($repository->is_open($userid, 'du-cns', 'donnees.intermediaire'), 'this request sees its write');
        $transaction->allow_commit();
        open_units_repository::flush_pending();
        $this->assertFalse(self::stored($userid), 'deleted once the transaction committed');
        $this->assertTrue($repository->is_open($userid, 'du-cns', 'donnees.intermediaire'));
        $this->assertTrue(self::stored($userid));

        // The store wiped (Redis flushed or restarted empty): the answer comes from the stored decision.
        $DB->set_field('local_sens_decision', 'decision', json_encode($locked), ['id' => $decision->id]);
        if (self::redis_run()) {
            $definition = \cache_factory::instance()->create_definition('local_sens', 'openunits');
            self::redis()->del($DB->get_prefix() . $definition->generate_definition_hash());
        } else {
            \cache::make('local_sens', 'openunits')->purge();
        }
        $this->assertFalse(self::stored($userid));
        $this->assertFalse($repository->is_open($userid, 'du-cns', 'donnees.intermediaire'));
    }
}
