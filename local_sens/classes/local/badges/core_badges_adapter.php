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

use moodle_database;

/**
 * Moodle core badges, as core's own pages make, award and revoke them — the only SENS class that calls the badges
 * API: a level's site badge created from the definition (texts fr + en, overall and manual criteria, alignment, a
 * generated image) and enabled; an award through the manual criterion (baked when first downloaded); a revocation
 * that forgets the criteria met. badge_service decides when.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class core_badges_adapter {

    /** @var int[][] Colour of a domain's badges, by the domain's position in the programme. */
    private const COLOURS = [[31, 78, 121], [142, 36, 79], [46, 125, 50], [178, 91, 0], [74, 60, 140], [0, 110, 120]];

    /**
     * Constructor.
     *
     * @param moodle_database $db
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
    ) {
    }

    /**
     * Create, set up and enable the core badge of one level.
     *
     * @param array $definition
     * @param array $level From badge_definition::levels().
     * @return int The badge id.
     */
    public function create_badge(array $definition, array $level): int {
        global $CFG, $SITE;
        require_once($CFG->libdir . '/badgeslib.php');
        $fr = badge_definition::texts($definition, $level, 'fr');
        $en = badge_definition::texts($definition, $level, 'en');
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
        foreach (badge_definition::alignment($definition, (string)$level['unit']['id']) as $alignment) {
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
     * Award a badge through its manual criterion, as core's award page does, without baking the image now.
     *
     * @param int $badgeid
     * @param int $userid
     * @param int $actorid
     */
    public function issue(int $badgeid, int $userid, int $actorid): void {
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
    public function revoke(int $badgeid, int $userid): void {
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
}
