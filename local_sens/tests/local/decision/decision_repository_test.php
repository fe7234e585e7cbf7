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
namespace local_sens\local\decision;

/**
 * The stored decisions' repository: first decisions stored, rewritten in one statement per hundred, read back by
 * learner and version, and forgotten.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\decision\decision_repository
 */
final class decision_repository_test extends \advanced_testcase {

    /**
     * Store, read, rewrite (each row gets its own decision), forget.
     */
    public function test_lifecycle(): void {
        $this->resetAfterTest();
        /** @var \local_sens_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $v1 = (int)$generator->create_programme_version()->id;
        $v2 = (int)$generator->create_programme_version()->id;
        $a = (int)$this->getDataGenerator()->create_user()->id;
        $b = (int)$this->getDataGenerator()->create_user()->id;
        $repository = \core\di::get(decision_repository::class);
        $this->assertSame([], $repository->rows_of([$a, $b]));
        $this->assertNull($repository->stored($a, $v1));
        $this->assertNull($repository->id_of($a, $v1));
        $this->assertNull($repository->latest_of($a));

        $row = fn(int $userid, int $versionid, string $verdict) => ['userid' => $userid, 'versionid' => $versionid,
            'asof' => '2026-12-01', 'decision' => json_encode(['verdict' => ['code' => $verdict]]), 'timecomputed' => 1000];
        $repository->insert_many([$row($a, $v1, 'in-progress'), $row($a, $v2, 'in-progress'), $row($b, $v1, 'failed')]);
        $rows = $repository->rows_of([$a]);
        $this->assertSame(["$a/$v1", "$a/$v2"], array_keys($rows));
        $this->assertSame(['verdict' => ['code' => 'in-progress']], $repository->stored($a, $v1)['decision']);
        $this->assertSame('2026-12-01', $repository->stored($a, $v1)['asof']);
        $this->assertSame((int)$rows["$a/$v2"]->id, $repository->id_of($a, $v2));
        $this->assertSame(['verdict' => ['code' => 'in-progress']], $repository->latest_of($a));

        // Two rows rewritten in one statement, each with its own decision; the third row is left as it was.
        $repository->rewrite_many([(int)$rows["$a/$v1"]->id => json_encode(['verdict' => ['code' => 'certified']]),
            (int)$rows["$a/$v2"]->id => json_encode(['verdict' => ['code' => 'participation']])], '2026-12-02', 2000);
        $this->assertSame('certified', $repository->stored($a, $v1)['decision']['verdict']['code']);
        $this->assertSame('participation', $repository->stored($a, $v2)['decision']['verdict']['code']);
        $this->assertSame(['asof' => '2026-12-02', 'timecomputed' => 2000],
            array_intersect_key($repository->stored($a, $v2), ['asof' => 1, 'timecomputed' => 1]));
        $this->assertSame('failed', $repository->stored($b, $v1)['decision']['verdict']['code']);
        $this->assertSame(1000, $repository->stored($b, $v1)['timecomputed']);

        $repository->delete($a, $v1);
        $this->assertNull($repository->stored($a, $v1));
        $this->assertNotNull($repository->stored($a, $v2));
        $repository->delete_learner($a);
        $this->assertSame([], $repository->rows_of([$a]));
        $this->assertCount(1, $repository->rows_of([$b]));
    }
}
