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

namespace local_sens\hook;

use local_sens\api;

/**
 * Asks the plugins that hold jury reviews (mod_sensportfolio) for the jury decisions of some learners in the courses
 * linked to a programme. local_sens builds the engine's learner record from what the listeners add; it does not read
 * their tables.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
#[\core\attribute\label('The jury decisions of learners in the courses linked to a programme (for their records).')]
#[\core\attribute\tags('local_sens')]
final class jury_decisions {

    /** @var array<int, array[]> Decisions added, by user id. */
    private array $decisions = [];

    /**
     * Constructor.
     *
     * @param array $definition Programme definition (to resolve the unit a review is about).
     * @param int[] $courseids Courses linked to the programme (reviews elsewhere do not count).
     * @param int[]|null $userids The learners, or null for every learner.
     */
    public function __construct(
        /** @var array Programme definition. */
        public readonly array $definition,
        /** @var int[] Courses linked to the programme. */
        public readonly array $courseids,
        /** @var int[]|null Learners, null for all. */
        public readonly ?array $userids,
    ) {
    }

    /**
     * Add one jury decision. A decision outside api::JURY_DECISIONS or on a unit without a jury requirement is
     * refused with an exception naming the field.
     *
     * @param int $userid The learner.
     * @param string $id Id of the fact, unique for the learner (e.g. "review12").
     * @param string|null $unit Unit id, or null for the programme's jury unit (api::jury_unit()).
     * @param string $decision One of api::JURY_DECISIONS.
     * @param int $by Who decided (user id).
     * @param string $at Date YYYY-MM-DD.
     * @param array $criteria Each {criterion, met, comment}: only criteria of the unit's jury requirement are kept.
     * @param float|null $grade
     */
    public function add(int $userid, string $id, ?string $unit, string $decision, int $by, string $at, array $criteria = [],
            ?float $grade = null): void {
        if (!in_array($decision, api::JURY_DECISIONS, true)) {
            throw new \invalid_parameter_exception("decision: expected one of " . implode(', ', api::JURY_DECISIONS)
                . "; got '$decision'");
        }
        $juryunit = api::jury_unit($this->definition, $unit);
        if ($juryunit === null || ($unit !== null && $unit !== '' && $juryunit['id'] !== $unit)) {
            throw new \invalid_parameter_exception("unit: '$unit' has no jury requirement in the programme");
        }
        $known = array_column($juryunit['jury']['criteria'] ?? [], 'id');
        $reviewed = [];
        foreach ($criteria as $criterion) {
            if (in_array($criterion['criterion'] ?? null, $known, true)) {
                $comment = (string)($criterion['comment'] ?? '');
                $reviewed[] = ['criterion' => (string)$criterion['criterion'], 'met' => (bool)($criterion['met'] ?? false),
                    'comment' => $comment === '' ? null : $comment];
            }
        }
        $fact = ['id' => $id, 'unit' => $juryunit['id'], 'decision' => $decision, 'grade' => $grade, 'by' => (string)$by,
            'at' => $at];
        if ($reviewed) {
            $fact['criteria'] = $reviewed;
        }
        $this->decisions[$userid][] = $fact;
    }

    /**
     * The decisions added, by user id.
     *
     * @return array<int, array[]>
     */
    public function decisions(): array {
        return $this->decisions;
    }
}
