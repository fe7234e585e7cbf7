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
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class badge_service {

    /** @var string Table of the badges created for levels. */
    private const TABLE = 'local_sens_badge';

    /** @var int[][] Colour of a domain's badges, by the domain's position in the programme. */
    private const COLOURS = [[31, 78, 121], [142, 36, 79], [46, 125, 50], [178, 91, 0], [74, 60, 140], [0, 110, 120]];

    /** @var array<int, array> Badge ids by unit, by version id (this request). */
    private array $byversion = [];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param clock $clock
     * @param programme_version_repository $versions
     * @param audit_repository $audit
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
    ) {
    }

    /**
     * The levels of a definition that earn a badge, in programme order: the listed ones, or every level whose parent
     * is a domain; none when the definition has no badges.
     *
     * @param array $definition
     * @return array<string, array> By unit id: unit, domain (?array), level (?array: the programme's level), rank
     *     (1-based position among the domain's levels), domainindex (position of the domain).
     */
    public static function levels(array $definition): array {
        $badges = $definition['badges'] ?? null;
        if (!is_array($badges)) {
            return [];
        }
        $listed = $badges['units'] ?? null;
        $units = [];
        $domains = [];
        foreach ($definition['units'] ?? [] as $unit) {
            $units[$unit['id']] = $unit;
            if (($unit['kind'] ?? '') === 'domain') {
                $domains[$unit['id']] = count($domains);
            }
        }
        $levels = [];
        foreach ($definition['levels'] ?? [] as $level) {
            $levels[$level['id']] = $level;
        }
        $out = [];
        $ranks = [];
        foreach ($units as $id => $unit) {
            if (($unit['kind'] ?? '') !== 'level') {
                continue;
            }
            $parent = $unit['parent'] ?? null;
            $ranks[$parent] = ($ranks[$parent] ?? 0) + 1;
            $domain = $parent !== null && ($units[$parent]['kind'] ?? '') === 'domain' ? $units[$parent] : null;
            if ($listed === null ? $domain === null : !in_array($id, $listed, true)) {
                continue;
            }
            $levelid = substr((string)$id, strrpos('.' . $id, '.'));
            $out[$id] = ['unit' => $unit, 'domain' => $domain, 'level' => $levels[$levelid] ?? null,
                'rank' => $ranks[$parent], 'domainindex' => $domain === null ? 0 : $domains[$domain['id']]];
        }
        return $out;
    }

    /**
     * The référentiel items a level's badge is aligned to: the crosswalk targets (from "units") of the level and of
     * its domain, the micro-competences of its slots, the items listed in badges.alignment — each once, known items
     * only.
     *
     * @param array $definition
     * @param string $unitid
     * @return array[] Each a badge_alignment row without badgeid: targetname, targeturl, targetdescription,
     *     targetframework, targetcode.
     */
    public static function alignment(array $definition, string $unitid): array {
        global $CFG;
        $items = [];
        foreach ($definition['referentials'] ?? [] as $referential) {
            foreach ($referential['items'] ?? [] as $item) {
                $items[$item['id']] ??= [$referential, $item];
            }
        }
        $parent = null;
        foreach ($definition['units'] ?? [] as $unit) {
            if ($unit['id'] === $unitid) {
                $parent = $unit['parent'] ?? null;
            }
        }
        $ids = [];
        foreach ($definition['crosswalks'] ?? [] as $crosswalk) {
            if (($crosswalk['from'] ?? '') !== 'units') {
                continue;
            }
            foreach ($crosswalk['links'] ?? [] as $link) {
                if ($link['from'] === $unitid || ($parent !== null && $link['from'] === $parent)) {
                    $ids[] = $link['to'];
                }
            }
        }
        foreach ($definition['slots'] ?? [] as $slot) {
            if ($slot['unit'] === $unitid) {
                array_push($ids, ...($slot['microCompetences'] ?? []));
            }
        }
        foreach ($definition['badges']['alignment'] ?? [] as $listed) {
            if ($listed['unit'] === $unitid) {
                array_push($ids, ...$listed['items']);
            }
        }
        $out = [];
        foreach (array_unique($ids) as $id) {
            if (!isset($items[$id])) {
                continue;
            }
            [$referential, $item] = $items[$id];
            $out[] = [
                'targetname' => \core_text::substr((string)$item['title'], 0, 255),
                'targeturl' => (string)($referential['url'] ?? $CFG->wwwroot),
                'targetdescription' => $item['titleEn'] ?? null,
                'targetframework' => \core_text::substr($referential['title'] . ' (' . $referential['version'] . ')', 0, 255),
                'targetcode' => (string)$item['id'],
            ];
        }
        return $out;
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
        $levels = self::levels($definition);
        if (!$levels) {
            return $this->byversion[$versionid] = [];
        }
        $existing = $this->db->get_records_menu(self::TABLE, ['versionid' => $versionid], '', 'unit, badgeid');
        $missing = array_diff_key($levels, $existing);
        if ($missing) {
            $transaction = $this->db->start_delegated_transaction();
            foreach ($missing as $unitid => $level) {
                $badgeid = $this->create_badge($definition, $level);
                $this->db->insert_record(self::TABLE, (object)['versionid' => $versionid, 'unit' => $unitid,
                    'badgeid' => $badgeid, 'timecreated' => $this->clock->time()]);
                $existing[$unitid] = $badgeid;
            }
            $transaction->allow_commit();
        }
        return $this->byversion[$versionid] = array_map('intval', $existing);
    }

    /**
     * Texts of a level's badge in one language.
     *
     * @param array $definition
     * @param array $level From levels().
     * @param string $lang fr or en.
     * @return array name, description, criteria
     */
    private static function texts(array $definition, array $level, string $lang): array {
        $strings = get_string_manager();
        $str = fn(string $id, $a = null) => $strings->get_string($id, 'local_sens', $a, $lang);
        $title = fn(?array $x) => $x === null ? '' : (string)($lang === 'en' ? ($x['titleEn'] ?? $x['title']) : $x['title']);
        $unit = $level['unit'];
        $name = $level['domain'] === null ? $title($unit)
            : $title($level['domain']) . ' — ' . ($level['level'] === null ? $title($unit) : $title($level['level']));
        $codes = array_map(fn($c) => strtoupper((string)$c['system']) . ' ' . $c['code'], $unit['codes'] ?? []);
        $details = array_filter([isset($unit['hours']) ? $str('badge:hours', $unit['hours']) : null,
            $codes ? implode(', ', $codes) : null]);
        $description = $str('badge:description', (object)['programme' => $title($definition),
            'version' => (string)$definition['version'], 'name' => $name, 'title' => $title($unit),
            'details' => $details ? ' (' . implode(', ', $details) . ')' : '']);
        $requirements = [];
        foreach ($unit['requirements'] ?? [] as $requirement) {
            $kind = in_array($requirement['kind'], ['activities', 'attestation', 'assessment', 'jury'], true)
                ? $requirement['kind'] : 'other';
            $requirements[$kind] = $str('badge:req:' . $kind);
        }
        $criteria = $str('badge:criteria', implode('; ', $requirements ?: [$str('badge:req:other')]));
        return ['name' => $name, 'description' => $description, 'criteria' => $criteria];
    }

    /**
     * Create, set up and enable the core badge of one level.
     *
     * @param array $definition
     * @param array $level From levels().
     * @return int The badge id.
     */
    private function create_badge(array $definition, array $level): int {
        global $CFG, $SITE;
        require_once($CFG->libdir . '/badgeslib.php');
        $fr = self::texts($definition, $level, 'fr');
        $en = self::texts($definition, $level, 'en');
        $name = $fr['name'] === $en['name'] ? $fr['name'] : $fr['name'] . ' / ' . $en['name'];
        $badge = \core_badges\badge::create_badge((object)[
            'name' => \core_text::substr($name, 0, 255),
            'version' => (string)$definition['version'],
            'language' => 'fr',
            'description' => $fr['description'] . "\n\n" . $en['description'],
            'imageauthorname' => null, 'imageauthoremail' => null, 'imageauthorurl' => null,
            'imagecaption' => $name,
            'issuername' => !empty($CFG->badges_defaultissuername) ? $CFG->badges_defaultissuername
                : format_string($SITE->fullname),
            'issuerurl' => $CFG->wwwroot,
            'issuercontact' => !empty($CFG->badges_defaultissuercontact) ? $CFG->badges_defaultissuercontact : null,
        ]);
        \award_criteria::build(['criteriatype' => BADGE_CRITERIA_TYPE_OVERALL, 'badgeid' => $badge->id])->save([
            'agg' => BADGE_CRITERIA_AGGREGATION_ALL,
            'description' => $fr['criteria'] . "\n\n" . $en['criteria'],
        ]);
        $roleid = self::awarder_role();
        \award_criteria::build(['criteriatype' => BADGE_CRITERIA_TYPE_MANUAL, 'badgeid' => $badge->id])->save([
            'agg' => BADGE_CRITERIA_AGGREGATION_ANY,
            'role_' . $roleid => $roleid,
            'description' => get_string_manager()->get_string('badge:manual', 'local_sens', null, 'fr') . ' / '
                . get_string_manager()->get_string('badge:manual', 'local_sens', null, 'en'),
        ]);
        foreach (self::alignment($definition, (string)$level['unit']['id']) as $alignment) {
            $badge->save_alignment((object)($alignment + ['badgeid' => $badge->id]));
        }
        $image = make_request_directory() . '/badge.png';
        self::draw_image($image, (int)$level['domainindex'], (int)$level['rank']);
        badges_process_badge_image($badge, $image);
        $badge = new \core_badges\badge($badge->id);
        $badge->set_status(BADGE_STATUS_ACTIVE);
        return (int)$badge->id;
    }

    /**
     * The role of the manual criterion: the site's first manager role.
     *
     * @return int
     */
    private static function awarder_role(): int {
        $roles = get_archetype_roles('manager');
        if (!$roles) {
            throw new \coding_exception('No role of archetype manager: the SENS badges are awarded through it');
        }
        return (int)reset($roles)->id;
    }

    /**
     * A badge image: a disc in the domain's colour with one white dot per level rank.
     *
     * @param string $path PNG written here.
     * @param int $domainindex
     * @param int $rank
     */
    private static function draw_image(string $path, int $domainindex, int $rank): void {
        $size = 512;
        $image = imagecreatetruecolor($size, $size);
        imagesavealpha($image, true);
        imagefill($image, 0, 0, imagecolorallocatealpha($image, 0, 0, 0, 127));
        [$r, $g, $b] = self::COLOURS[$domainindex % count(self::COLOURS)];
        imagefilledellipse($image, 256, 256, 500, 500, imagecolorallocate($image, $r, $g, $b));
        $white = imagecolorallocate($image, 255, 255, 255);
        imagesetthickness($image, 12);
        imageellipse($image, 256, 256, 420, 420, $white);
        $rank = max(1, min($rank, 4));
        for ($i = 0; $i < $rank; $i++) {
            imagefilledellipse($image, (int)(256 + ($i - ($rank - 1) / 2) * 100), 256, 70, 70, $white);
        }
        imagepng($image, $path);
        imagedestroy($image);
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
            $levels = self::levels($this->versions->definition((int)$versionid));
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
        $held = [];
        $userids = array_unique(array_map(fn($key) => (int)explode('/', $key)[0], array_keys($wanted)));
        $versionids = array_unique(array_map(fn($key) => (int)explode('/', $key)[1], array_keys($wanted)));
        [$usql, $uparams] = $this->db->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'usr');
        [$vsql, $vparams] = $this->db->get_in_or_equal($versionids, SQL_PARAMS_NAMED, 'ver');
        $rs = $this->db->get_recordset_sql("SELECT bi.id, bi.userid, sb.versionid, sb.unit
                                              FROM {badge_issued} bi
                                              JOIN {" . self::TABLE . "} sb ON sb.badgeid = bi.badgeid
                                             WHERE bi.userid $usql AND sb.versionid $vsql", $uparams + $vparams);
        foreach ($rs as $row) {
            $held[(int)$row->userid . '/' . (int)$row->versionid][] = $row->unit;
        }
        $rs->close();
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
                $this->issue($badges[$unitid], $userid, $actorid);
                $result['issued'][] = [$userid, $unitid, $badges[$unitid]];
                $entries['badge_issued'][] = ['relateduserid' => $userid, 'versionid' => $versionid,
                    'details' => ['unit' => $unitid, 'badgeid' => $badges[$unitid]]];
            }
            foreach ($torevoke as $unitid) {
                $this->revoke($badges[$unitid], $userid);
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
     * Award a badge through its manual criterion, as core's award page does, without baking the image now.
     *
     * @param int $badgeid
     * @param int $userid
     * @param int $actorid
     */
    private function issue(int $badgeid, int $userid, int $actorid): void {
        global $CFG;
        require_once($CFG->libdir . '/badgeslib.php');
        require_once($CFG->dirroot . '/badges/lib/awardlib.php');
        $badge = new \core_badges\badge($badgeid);
        if (!$badge->is_active() || $badge->is_issued($userid)) {
            return;
        }
        $manual = $badge->criteria[BADGE_CRITERIA_TYPE_MANUAL];
        $role = (int)reset($manual->params)['role'];
        process_manual_award($userid, $actorid > 0 ? $actorid : (int)get_admin()->id, $role, $badgeid);
        $manual->mark_complete($userid);
        $badge->criteria[BADGE_CRITERIA_TYPE_OVERALL]->mark_complete($userid);
        $badge->issue($userid, true);
        $hash = $this->db->get_field('badge_issued', 'uniquehash', ['badgeid' => $badgeid, 'userid' => $userid]);
        badges_notify_badge_award($badge, $userid, $hash, null);
    }

    /**
     * Revoke a badge as core's recipients page does (the award and the issue go, event badge_revoked; its hosted
     * assertion then answers 410 "revoked"), and forget the criteria met so that a later validation issues it again.
     *
     * @param int $badgeid
     * @param int $userid
     */
    private function revoke(int $badgeid, int $userid): void {
        global $CFG;
        require_once($CFG->libdir . '/badgeslib.php');
        require_once($CFG->dirroot . '/badges/lib/awardlib.php');
        $award = $this->db->get_record('badge_manual_award', ['badgeid' => $badgeid, 'recipientid' => $userid], '*',
            IGNORE_MULTIPLE);
        if ($award) {
            process_manual_revoke($userid, (int)$award->issuerid, (int)$award->issuerrole, $badgeid);
        } else {
            $this->db->delete_records('badge_issued', ['badgeid' => $badgeid, 'userid' => $userid]);
            \core\event\badge_revoked::create(['objectid' => $badgeid, 'relateduserid' => $userid,
                'context' => \context_system::instance()])->trigger();
        }
        $this->db->delete_records_select('badge_criteria_met',
            'userid = :userid AND critid IN (SELECT id FROM {badge_criteria} WHERE badgeid = :badgeid)',
            ['userid' => $userid, 'badgeid' => $badgeid]);
    }

    /**
     * The SENS badges a learner holds on a programme version, in programme order (one read).
     *
     * @param int $userid
     * @param int $versionid
     * @return array[] Each name, unit, url (the issued badge's core page), imageurl, dateissued.
     */
    public function for_learner(int $userid, int $versionid): array {
        $rows = $this->db->get_records_sql("SELECT b.id, b.name, sb.unit, bi.uniquehash, bi.dateissued
                                              FROM {" . self::TABLE . "} sb
                                              JOIN {badge} b ON b.id = sb.badgeid
                                              JOIN {badge_issued} bi ON bi.badgeid = b.id AND bi.userid = :userid
                                             WHERE sb.versionid = :versionid
                                          ORDER BY sb.id", ['userid' => $userid, 'versionid' => $versionid]);
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
