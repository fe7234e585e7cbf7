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

use local_sens\local\decision\decision_service;
use local_sens\local\learner\record_builder;

/**
 * Badges per domain × level (issue 15, item 5): created from the programme, issued through core's badges API when
 * the engine validates the level, once; revoked when a correction withdraws the level; none without `badges`.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\badges\badge_service
 * @covers     \local_sens\local\badges\badge_definition
 * @covers     \local_sens\local\badges\core_badges_adapter
 * @covers     \local_sens\local\decision\decision_service
 */
final class badge_service_test extends \advanced_testcase {

    /**
     * Two domains, three levels validated by a workshop attestation each, a référentiel with its URL and a crosswalk
     * from the domain "donnees" to its item r.1.
     *
     * @param bool $badges Whether the programme has badges.
     * @return array
     */
    private static function definition(bool $badges): array {
        $level = fn(string $domain, string $level, string $title, int $hours) => ['id' => "$domain.$level", 'kind' => 'level',
            'title' => $title, 'titleEn' => "$title (en)", 'parent' => $domain, 'hours' => $hours,
            'codes' => [['system' => 'ametys', 'code' => strtoupper($level)]],
            'requirements' => [['kind' => 'attestation', 'id' => "$domain.$level.atelier"]]];
        $domain = fn(string $id, string $title, string $en) => ['id' => $id, 'kind' => 'domain', 'title' => $title,
            'titleEn' => $en, 'parent' => null, 'gating' => 'sequential',
            'requirements' => [['kind' => 'all-of', 'id' => "$id.all"]]];
        $definition = [
            'id' => 'mini-badges', 'version' => '2026.1', 'title' => 'DU Mini', 'titleEn' => 'Mini diploma',
            'validFrom' => '2026-01-01', 'maxDurationMonths' => 36,
            'levels' => [['id' => 'debutant', 'title' => 'Débutant', 'titleEn' => 'Beginner', 'rank' => 1],
                ['id' => 'intermediaire', 'title' => 'Intermédiaire', 'titleEn' => 'Intermediate', 'rank' => 2]],
            'units' => [$domain('donnees', 'Données de santé', 'Health data'),
                $level('donnees', 'debutant', 'Fondamentaux des données', 7),
                $level('donnees', 'intermediaire', 'Traitement des données', 8),
                $domain('cyber', 'Cybersécurité', 'Cybersecurity'), $level('cyber', 'debutant', 'Enjeux cyber', 7)],
            'certification' => ['units' => ['donnees', 'cyber'], 'participationAttestation' => false],
            'referentials' => [['id' => 'dns', 'title' => 'Référentiel socle', 'version' => '2022',
                'url' => 'https://esante.gouv.fr/referentiel-socle', 'items' => [
                    ['id' => 'r.1', 'kind' => 'domain', 'title' => 'Données de santé (socle)'],
                    ['id' => 'r.2', 'kind' => 'competence', 'title' => 'Identifier un usager', 'titleEn' => 'Identify a patient'],
                ]]],
            'crosswalks' => [['id' => 'x', 'title' => 'Domaines × socle', 'from' => 'units', 'to' => 'dns',
                'links' => [['from' => 'donnees', 'to' => 'r.1'], ['from' => 'cyber', 'to' => 'r.9']]]],
        ];
        if ($badges) {
            $definition['badges'] = ['alignment' => [['unit' => 'donnees.debutant', 'items' => ['r.2', 'r.1']]]];
        }
        return $definition;
    }

    /**
     * A learner enrolled today on the mini programme.
     *
     * @param bool $badges
     * @return array [version, learner]
     */
    private function enrol(bool $badges): array {
        $sens = $this->getDataGenerator()->get_plugin_generator('local_sens');
        $version = $sens->create_programme_version(['programme' => 'mini-badges', 'definition' => self::definition($badges)]);
        $learner = $this->getDataGenerator()->create_user();
        $sens->create_enrolment(['userid' => $learner->id, 'versionid' => $version->id,
            'startdate' => record_builder::date(time())]);
        return [$version, $learner];
    }

    /**
     * Attest a level's workshop today.
     *
     * @param \stdClass $version
     * @param \stdClass $learner
     * @param string $unit
     * @param string $result
     * @return \stdClass
     */
    private function attest(\stdClass $version, \stdClass $learner, string $unit, string $result = 'passed'): \stdClass {
        return $this->getDataGenerator()->get_plugin_generator('local_sens')->create_attestation(['userid' => $learner->id,
            'versionid' => $version->id, 'unit' => $unit, 'result' => $result, 'sessiondate' => record_builder::date(time())]);
    }

    /**
     * The levels that earn a badge (every level of a domain) and a level's alignment: the crosswalk target of its
     * domain and the listed items, each once, known items only, with the référentiel's URL.
     */
    public function test_levels_and_alignment(): void {
        $this->resetAfterTest();
        $definition = self::definition(true);
        $this->assertSame(['donnees.debutant', 'donnees.intermediaire', 'cyber.debutant'],
            array_keys(badge_definition::levels($definition)));
        $this->assertSame([], badge_definition::levels(self::definition(false)));
        $definition['badges']['units'] = ['cyber.debutant'];
        $this->assertSame(['cyber.debutant'], array_keys(badge_definition::levels($definition)));
        $alignment = badge_definition::alignment($definition, 'donnees.debutant');
        $this->assertSame(['r.1', 'r.2'], array_column($alignment, 'targetcode'));
        $this->assertSame('https://esante.gouv.fr/referentiel-socle', $alignment[0]['targeturl']);
        $this->assertSame('Référentiel socle (2022)', $alignment[0]['targetframework']);
        $this->assertSame('Identify a patient', $alignment[1]['targetdescription']);
        $this->assertSame(['r.1'], array_column(badge_definition::alignment($definition, 'donnees.intermediaire'), 'targetcode'));
        // r.9 is not an item of the référentiel: no alignment.
        $this->assertSame([], badge_definition::alignment($definition, 'cyber.debutant'));
    }

    /**
     * The engine validates a level: its core badge (created from the programme with its texts, criteria, alignment
     * and image) is issued once — recomputing issues nothing more —, audited, shown in Moodle's badges of the user
     * and by for_learner(); a correction that withdraws the level revokes it (audited), a new pass issues it again.
     */
    public function test_issue_once_and_revoke_on_withdrawal(): void {
        global $DB, $CFG;
        require_once($CFG->libdir . '/badgeslib.php');
        $this->resetAfterTest();
        [$version, $learner] = $this->enrol(true);
        $decisions = \core\di::get(decision_service::class);
        $decisions->recompute_user((int)$learner->id);
        $this->assertSame(0, $DB->count_records('local_sens_badge'), 'nothing validated: no badge made yet');
        $passed = $this->attest($version, $learner, 'donnees.debutant');
        $sink = $this->redirectEvents();
        $messages = $this->redirectMessages();

        $decisions->recompute_user((int)$learner->id);
        $decisions->recompute_user((int)$learner->id);
        $decisions->recompute_all();

        $badges = $DB->get_records_menu('local_sens_badge', ['versionid' => $version->id], '', 'unit, badgeid');
        $this->assertEqualsCanonicalizing(['cyber.debutant', 'donnees.debutant', 'donnees.intermediaire'], array_keys($badges),
            'the badges of every level are made at the first issue');
        $badgeid = (int)$badges['donnees.debutant'];
        $issued = $DB->get_records('badge_issued', ['userid' => $learner->id]);
        $this->assertCount(1, $issued);
        $this->assertSame($badgeid, (int)reset($issued)->badgeid);
        $awarded = array_filter($sink->get_events(), fn($e) => $e instanceof \core\event\badge_awarded);
        $this->assertCount(1, $awarded);
        $this->assertCount(1, array_filter($messages->get_messages(), fn($m) => $m->eventtype === 'badgerecipientnotice'));
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'badge_issued']));
        $sink->close();

        $badge = new \core_badges\badge($badgeid);
        $this->assertTrue($badge->is_active());
        $this->assertSame(BADGE_TYPE_SITE, (int)$badge->type);
        $this->assertSame('Données de santé — Débutant / Health data — Beginner', $badge->name);
        // French first, then English (the French strings where the test site has the French language pack).
        $french = get_string_manager()->translation_exists('fr', false);
        $this->assertStringContainsString($french ? 'DU Mini, version 2026.1 — Données de santé — Débutant : « Fondamentaux des données »'
            : 'DU Mini, version 2026.1 — Données de santé — Débutant: “Fondamentaux des données”', $badge->description);
        $this->assertStringContainsString('Mini diploma, version 2026.1 — Health data — Beginner: “Fondamentaux des données (en)” '
            . '(7 h, AMETYS DEBUTANT)', $badge->description);
        $this->assertStringContainsString('the practical workshop passed', $badge->criteria[BADGE_CRITERIA_TYPE_OVERALL]->description);
        if ($french) {
            $this->assertStringContainsString('l\'atelier pratique réussi',
                $badge->criteria[BADGE_CRITERIA_TYPE_OVERALL]->description);
        }
        $this->assertArrayHasKey(BADGE_CRITERIA_TYPE_MANUAL, $badge->criteria);
        $this->assertEqualsCanonicalizing(['r.1', 'r.2'], array_column($badge->get_alignments(), 'targetcode'));
        $this->assertNotEmpty(get_file_storage()->get_area_files(\context_system::instance()->id, 'badges', 'badgeimage',
            $badgeid, 'id', false), 'the badge has an image');
        $this->assertSame([$badgeid], array_map(fn($b) => (int)$b->id, array_values(badges_get_user_badges((int)$learner->id))));
        $mine = \core\di::get(badge_service::class)->for_learner((int)$learner->id, (int)$version->id);
        $this->assertSame(['donnees.debutant'], array_column($mine, 'unit'));
        $this->assertStringContainsString('/badges/badge.php?hash=' . reset($issued)->uniquehash, $mine[0]['url']);

        // A correction: the workshop was in fact failed. The level is withdrawn, the badge revoked.
        $failed = $this->attest($version, $learner, 'donnees.debutant', 'failed');
        $DB->set_field('local_sens_attestation', 'corrects', $passed->id, ['id' => $failed->id]);
        $sink = $this->redirectEvents();
        $decisions->recompute_user((int)$learner->id);
        $this->assertSame(0, $DB->count_records('badge_issued', ['userid' => $learner->id]));
        $this->assertCount(1, array_filter($sink->get_events(), fn($e) => $e instanceof \core\event\badge_revoked));
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'badge_revoked']));
        $this->assertSame([], badges_get_user_badges((int)$learner->id));
        $this->assertSame([], \core\di::get(badge_service::class)->for_learner((int)$learner->id, (int)$version->id));
        $decisions->recompute_user((int)$learner->id);
        $this->assertSame(1, $DB->count_records('local_sens_audit', ['action' => 'badge_revoked']), 'revoked once');

        // Passed at a later session: issued again.
        $this->attest($version, $learner, 'donnees.debutant');
        $decisions->recompute_user((int)$learner->id);
        $this->assertSame(1, $DB->count_records('badge_issued', ['userid' => $learner->id, 'badgeid' => $badgeid]));
        $this->assertSame(2, $DB->count_records('local_sens_audit', ['action' => 'badge_issued']));
        $this->assertTrue(\core\di::get(\local_sens\local\audit\audit_repository::class)->verify()['ok']);
    }

    /**
     * A programme without badges: the level is validated and no badge is made or issued.
     */
    public function test_programme_without_badges_issues_none(): void {
        global $DB;
        $this->resetAfterTest();
        [$version, $learner] = $this->enrol(false);
        $this->attest($version, $learner, 'donnees.debutant');
        $decision = \core\di::get(decision_service::class)->recompute_user((int)$learner->id)[(int)$version->id];
        $this->assertSame('validated', array_column($decision['units'], 'state', 'id')['donnees.debutant']);
        $this->assertSame(0, $DB->count_records('local_sens_badge'));
        $this->assertSame(0, $DB->count_records('badge'));
        $this->assertSame(0, $DB->count_records('badge_issued'));
        $this->assertSame(0, $DB->count_records('local_sens_audit', ['action' => 'badge_issued']));
    }
}
