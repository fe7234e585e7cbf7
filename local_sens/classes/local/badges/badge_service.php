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

namespace local_sens\local\badges;

use core\clock;
use local_sens\local\audit\audit_repository;
use local_sens\local\programme\programme_version_repository;
use moodle_database;

/**
 * Moodle core badges for the levels a programme's engine validates (programme definition field `badges`).
 *
 * Each level of a version that has badges gets one site badge, created from the definition on first need (name,
 * description and criteria text in French and English, alignment to the référentiel items, a generated image) and
 * recorded in local_sens_badge. Criteria are core's own: the overall criterion carries the criteria text, and the
 * manual criterion (role: manager) is how the badge is awarded — a plugin cannot add a criterion type, and the
 * manual award is what core's badge pages show as "awarded by" and revoke (research notes §4.3). So the learner sees
 * them in Moodle's badge pages (mybadges.php, the profile, badge.php?hash=…, the hosted Open Badges assertion; a
 * revoked one answers 410) and in the block.
 *
 * follow() runs in the decision service's transaction for each decision that changed: it compares the levels the
 * decision says "validated" with the badges the learner holds (one read) and issues the missing ones, revokes those
 * of a level no longer validated (a correction withdrew it). It is a reconciliation, so a recompute never issues
 * twice. An exempt level (placement, exemption) earns none. Issues and revocations are audited in the same
 * transaction. The badge image is baked when the learner first downloads it (core does it then), not here.
 *
 * Which levels earn a badge and its texts: badge_definition; the calls to core's badges API (create, award,
 * revoke): core_badges_adapter. This service decides when; badge_repository stores which badge is a level's.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class badge_service {

    /** @var array<int, array> Badge ids by unit, by version id (this request). */
    private array $byversion = [];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param programme_version_repository $versions
     * @param audit_repository $audit
     * @param core_badges_adapter $core
     * @param badge_repository $badges
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var clock Clock. */
        private readonly clock $clock,
        /** @var programme_version_repository Programme versions. */
        private readonly programme_version_repository $versions,
        /** @var audit_repository Audit trail. */
        private readonly audit_repository $audit,
        /** @var core_badges_adapter Moodle core badges (create, award, revoke). */
        private readonly core_badges_adapter $core,
        /** @var badge_repository The badges created for levels. */
        private readonly badge_repository $badges,
    ) {
    }

    /**
     * The core badges of a version's levels, created when missing (idempotent; one read when they exist).
     *
     * @param int $versionid
     * @return array<string, int> Badge id by unit id; empty when the version has no badges.
     */
    public function badges_for_version(int $versionid): array {
        if (isset($this->byversion[$versionid])) {
            return $this->byversion[$versionid];
        }
        $definition = $this->versions->definition($versionid);
        $levels = badge_definition::levels($definition);
        if (!$levels) {
            return $this->byversion[$versionid] = [];
        }
        $existing = $this->badges->of_version($versionid);
        $missing = array_diff_key($levels, $existing);
        if ($missing) {
            $transaction = $this->db->start_delegated_transaction();
            foreach ($missing as $unitid => $level) {
                $badgeid = $this->core->create_badge($definition, $level);
                $this->badges->insert($versionid, (string)$unitid, (int)$badgeid, $this->clock->time());
                $existing[$unitid] = $badgeid;
            }
            $transaction->allow_commit();
        }
        return $this->byversion[$versionid] = array_map('intval', $existing);
    }

    /**
     * Follow changed decisions: issue the badges of the levels now validated that the learner lacks, revoke those of
     * levels no longer validated (runs in the caller's transaction; audited there).
     *
     * @param array[] $changes Each [userid, versionid, decision (engine decision)].
     * @param int $actorid Who caused the change (0: the system; the site administrator is named as the awarder).
     * @return array ['issued' => [[userid, unit, badgeid]], 'revoked' => [[userid, unit, badgeid]]]
     */
    public function follow(array $changes, int $actorid): array {
        global $CFG;
        $result = ['issued' => [], 'revoked' => []];
        if (empty($CFG->enablebadges)) {
            return $result;
        }
        $wanted = [];
        foreach ($changes as [$userid, $versionid, $decision]) {
            $levels = badge_definition::levels($this->versions->definition((int)$versionid));
            if (!$levels) {
                continue;
            }
            $states = array_column($decision['units'] ?? [], 'state', 'id');
            $wanted[(int)$userid . '/' . (int)$versionid] = array_keys(array_filter($levels,
                fn($level, $unitid) => ($states[$unitid] ?? null) === 'validated', ARRAY_FILTER_USE_BOTH));
        }
        if (!$wanted) {
            return $result;
        }
        $userids = array_unique(array_map(fn($key) => (int)explode('/', $key)[0], array_keys($wanted)));
        $versionids = array_unique(array_map(fn($key) => (int)explode('/', $key)[1], array_keys($wanted)));
        $held = $this->badges->held($userids, $versionids);
        $transaction = $this->db->start_delegated_transaction();
        $entries = ['badge_issued' => [], 'badge_revoked' => []];
        foreach ($wanted as $key => $units) {
            [$userid, $versionid] = array_map('intval', explode('/', $key));
            $have = $held[$key] ?? [];
            $toissue = array_diff($units, $have);
            $torevoke = array_diff($have, $units);
            if (!$toissue && !$torevoke) {
                continue;
            }
            $badges = $this->badges_for_version($versionid);
            foreach ($toissue as $unitid) {
                $this->core->issue($badges[$unitid], $userid, $actorid);
                $result['issued'][] = [$userid, $unitid, $badges[$unitid]];
                $entries['badge_issued'][] = ['relateduserid' => $userid, 'versionid' => $versionid,
                    'details' => ['unit' => $unitid, 'badgeid' => $badges[$unitid]]];
            }
            foreach ($torevoke as $unitid) {
                $this->core->revoke($badges[$unitid], $userid);
                $result['revoked'][] = [$userid, $unitid, $badges[$unitid]];
                $entries['badge_revoked'][] = ['relateduserid' => $userid, 'versionid' => $versionid,
                    'details' => ['unit' => $unitid, 'badgeid' => $badges[$unitid], 'reason' => 'level_withdrawn']];
            }
        }
        foreach ($entries as $action => $list) {
            $this->audit->append_many($actorid, $action, $list);
        }
        $transaction->allow_commit();
        return $result;
    }

    /**
     * The SENS badges a learner holds on a programme version, in programme order (one read).
     *
     * @param int $userid
     * @param int $versionid
     * @return array[] Each name, unit, url (the issued badge's core page), imageurl, dateissued.
     */
    public function for_learner(int $userid, int $versionid): array {
        $rows = $this->badges->issued_to($userid, $versionid);
        $context = \context_system::instance();
        return array_values(array_map(fn($row) => [
            'name' => format_string($row->name, true, ['context' => $context]),
            'unit' => $row->unit,
            'url' => (new \moodle_url('/badges/badge.php', ['hash' => $row->uniquehash]))->out(false),
            'imageurl' => \moodle_url::make_pluginfile_url($context->id, 'badges', 'badgeimage', (int)$row->id, '/', 'f3',
                false)->out(false),
            'dateissued' => (int)$row->dateissued,
        ], $rows));
    }
}
