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


namespace block_competences\output;

use block_competences\local\competences_source;
use local_sens\local\decision\presenter;
use local_sens\local\decision\wording;
use renderable;
use renderer_base;
use templatable;

/**
 * A learner's competences as the block shows them: from the decision stored by local_sens, never recomputed here.
 *
 * @package    block_competences
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class competences implements renderable, templatable {

    /**
     * Constructor.
     *
     * @param int $userid The learner.
     * @param int|null $courseid The course the block is on, null on the dashboard.
     * @param string|null $learnername Set when someone else views the learner's competences (shown above the grid).
     */
    public function __construct(
        /** @var int Learner. */
        private readonly int $userid,
        /** @var int|null Course. */
        private readonly ?int $courseid,
        /** @var string|null Name of the learner viewed by someone else. */
        private readonly ?string $learnername = null,
    ) {
    }

    /**
     * Data for the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $uniqid = \html_writer::random_id('block_competences');
        $data = [
            'uniqid' => $uniqid,
            'enrolled' => false,
            'hasdecision' => false,
            'viewingas' => $this->learnername === null ? null
                : get_string('viewingas', 'block_competences', $this->learnername),
        ];
        $source = \core\di::get(competences_source::class);
        $loaded = $source->load($this->userid, $this->courseid);
        if ($loaded === null) {
            return $data;
        }
        $data['enrolled'] = true;
        $stored = $loaded['stored'];
        if ($stored === null || !is_array($stored['decision'] ?? null) || !is_array($stored['decision']['units'] ?? null)) {
            return $data;
        }
        $lang = presenter::lang();
        $outline = $loaded['outline'];
        $people = wording::names(wording::people_of($stored['decision']));
        // A programme of modules (Mastère, CEC) has no workshop: its block reads no workshop session.
        $definition = \core\di::get(\local_sens\local\programme\programme_version_repository::class)
            ->definition((int)$loaded['enrolment']->versionid);
        $modules = modules_exporter::applies($definition);
        $sessions = $modules ? [] : $source->sessions($loaded['courseid'], \core\di::get(\core\clock::class)->time());
        $exporter = new grid_exporter($outline, $loaded['links'], $lang, $uniqid, $people, $sessions);
        $programme = presenter::title_of($outline);
        $grid = $exporter->export($stored['decision'], $output);
        // A programme of modules: each module's assessment and attendance against the limits.
        if ($modules) {
            $versionid = (int)$loaded['enrolment']->versionid;
            $grid = modules_exporter::merge($grid, $definition, \local_sens\api::attendance($this->userid, $versionid), $lang,
                \local_sens\api::exam_grades($this->userid, $versionid));
        }
        foreach ($grid['domains'] as $i => $domain) {
            $grid['domains'][$i]['levelsof'] = get_string('levelsof', 'block_competences', $domain['label']);
        }
        return array_merge($data, $grid, [
            // Only a programme that awards badges costs the block a read for them.
            'badges' => !is_array($definition['badges'] ?? null) ? []
                : \core\di::get(\local_sens\local\badges\badge_service::class)
                    ->for_learner($this->userid, (int)$loaded['enrolment']->versionid),
            'certificate' => $this->certificate((int)$loaded['enrolment']->versionid,
                (string)($stored['decision']['verdict']['code'] ?? '')),
            'computedon' => $grid['asof'] === null ? null : get_string('computedon', 'block_competences', $grid['asof']['text']),
            'hasdecision' => true,
            'programme' => $programme,
            'caption' => get_string('gridheading', 'block_competences', $programme),
        ]);
    }

    /**
     * The certificate of the verdict (diploma when certified, attestation de participation at the deadline): its
     * verify link for anyone who sees the block, its download link for the learner and those who manage certificates.
     * One read, only when the verdict issues a certificate.
     *
     * @param int $versionid
     * @param string $verdict
     * @return array|null kind, code, verifyurl, downloadurl (?string)
     */
    private function certificate(int $versionid, string $verdict): ?array {
        global $USER;
        if (!isset(\local_sens\local\certification\certificate_service::KIND_BY_VERDICT[$verdict])) {
            return null;
        }
        $certificate = \core\di::get(\local_sens\local\certification\certificate_repository::class)
            ->valid_for($this->userid, $versionid);
        if ($certificate === null) {
            return null;
        }
        $code = \local_sens\local\certification\certificate_code::format($certificate->code);
        return [
            'kind' => get_string('certificate:kind:' . $certificate->kind, 'local_sens'),
            'code' => $code,
            'verifyurl' => \local_sens\local\certification\certificate_document::verify_url($certificate->code)->out(false),
            'verifylabel' => get_string('certificateverify', 'block_competences', $code),
            'downloadurl' => \local_sens\local\certification\certificate_service::can_download($certificate, (int)$USER->id)
                ? \local_sens\local\certification\certificate_service::download_url($certificate)->out(false) : null,
        ];
    }
}
