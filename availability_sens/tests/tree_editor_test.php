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


namespace availability_sens\local;

/**
 * Tests of the availability JSON editor: exactly our conditions at the root, other conditions kept, the first
 * gating's group conditions replaced, every SENS condition taken off on uninstall.
 *
 * @package    availability_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \availability_sens\local\tree_editor
 */
final class tree_editor_test extends \advanced_testcase {

    /**
     * Cases of availability trees: current, units wanted, legacy group ids, expected.
     *
     * @return array
     */
    public static function with_levels_provider(): array {
        $date = ['type' => 'date', 'd' => '>=', 't' => 1767225600];
        $a = ['type' => 'sens', 'p' => 'du-cns', 'u' => 'a'];
        $b = ['type' => 'sens', 'p' => 'du-cns', 'u' => 'b'];
        return [
            'none, add ours' => [null, ['a'], [], ['op' => '&', 'c' => [$a], 'showc' => [true]]],
            'empty tree, nothing to add' => ['{"op":"&","c":[],"showc":[]}', [], [], '{"op":"&","c":[],"showc":[]}'],
            'date kept, ours added' => [
                ['op' => '&', 'c' => [$date], 'showc' => [false]], ['a'], [],
                ['op' => '&', 'c' => [$date, $a], 'showc' => [false, true]],
            ],
            'ours replaced, date kept' => [
                ['op' => '&', 'c' => [$date, $b], 'showc' => [true, true]], ['a'], [],
                ['op' => '&', 'c' => [$date, $a], 'showc' => [true, true]],
            ],
            'only ours removed' => [['op' => '&', 'c' => [$a], 'showc' => [true]], [], [], null],
            'duplicate removed' => [['op' => '&', 'c' => [$a, $a], 'showc' => [true, false]], ['a'], [],
                ['op' => '&', 'c' => [$a], 'showc' => [true]]],
            'legacy group replaced, another group kept' => [
                ['op' => '&', 'c' => [['type' => 'group', 'id' => 99], ['type' => 'group', 'id' => 8]], 'showc' => [true, true]],
                ['a'], [7, 8], ['op' => '&', 'c' => [['type' => 'group', 'id' => 99], $a], 'showc' => [true, true]],
            ],
            'or tree wrapped' => [
                ['op' => '|', 'c' => [$date], 'show' => false], ['a'], [],
                ['op' => '&', 'c' => [['op' => '|', 'c' => [$date]], $a], 'showc' => [false, true]],
            ],
        ];
    }

    /**
     * Our conditions are set exactly, other conditions are kept, and a tree already right is returned as is.
     *
     * @dataProvider with_levels_provider
     * @param array|string|null $current
     * @param string[] $units
     * @param int[] $legacy
     * @param array|string|null $expected
     */
    public function test_with_levels($current, array $units, array $legacy, $expected): void {
        $json = is_array($current) ? json_encode($current) : $current;
        $result = tree_editor::with_levels($json, 'du-cns', $units, $legacy);
        if (is_string($expected) || $expected === null) {
            $this->assertSame($expected, $result);
            return;
        }
        $this->assertEquals($expected, json_decode($result, true));
        // Valid for Moodle, and stable: applying it again changes nothing.
        new \core_availability\tree(json_decode($result));
        $this->assertSame($result, tree_editor::with_levels($result, 'du-cns', $units, $legacy));
        $this->assertSame([], tree_editor::missing_levels($result, 'du-cns', $units));
    }

    /**
     * Uninstall: SENS conditions go wherever they are, nested ones too; the rest stays; nothing left is null.
     */
    public function test_without_levels(): void {
        $date = ['type' => 'date', 'd' => '>=', 't' => 1767225600];
        $sens = ['type' => 'sens', 'p' => 'du-cns', 'u' => 'a'];
        $tree = ['op' => '&', 'c' => [$date, $sens, ['op' => '|', 'c' => [$sens]]], 'showc' => [false, true, true]];
        $this->assertEquals(['op' => '&', 'c' => [$date], 'showc' => [false]],
            json_decode(tree_editor::without_levels(json_encode($tree)), true));
        $this->assertNull(tree_editor::without_levels(json_encode(['op' => '&', 'c' => [$sens], 'showc' => [true]])));
        $none = json_encode(['op' => '&', 'c' => [$date], 'showc' => [true]]);
        $this->assertSame($none, tree_editor::without_levels($none));
        $this->assertNull(tree_editor::without_levels(null));
        $this->assertSame(['b'], tree_editor::missing_levels(json_encode($tree), 'du-cns', ['a', 'b']));
    }
}
