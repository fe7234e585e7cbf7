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

namespace local_sens\local\programme;

use local_sens\local\decision\presenter;
use local_sens\local\learner\enrolment_repository;
use moodle_database;
use moodle_url;

/**
 * Template contexts of the référentiel admin page (programmes.php): the page itself only routes and checks.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class programmes_page {

    /** @var int Errors of a refused import listed on the page; the rest are counted. */
    public const ERRORS_SHOWN = 100;

    /** @var string Page path. */
    public const PATH = '/local/sens/programmes.php';

    /** @var int Learners listed per page on a version. */
    public const PERPAGE = 50;

    /**
     * Constructor.
     *
     * @param moodle_database $db
     * @param programme_version_repository $repository
     * @param programme_version_service $versions
     * @param enrolment_repository $enrolments
     */
    public function __construct(
        /** @var moodle_database Database. */
        private readonly moodle_database $db,
        /** @var programme_version_repository Versions. */
        private readonly programme_version_repository $repository,
        /** @var programme_version_service Publication and diff. */
        private readonly programme_version_service $versions,
        /** @var enrolment_repository Programme enrolments. */
        private readonly enrolment_repository $enrolments,
    ) {
    }

    /**
     * Every version, grouped by programme (template local_sens/programme_list).
     *
     * @return array
     */
    public function list_context(): array {
        $counts = $this->enrolments->counts_by_version();
        $groups = [];
        foreach ($this->repository->all() as $version) {
            if (!isset($groups[$version->programme])) {
                $definition = $this->repository->definition((int)$version->id);
                $groups[$version->programme] = [
                    'programme' => $version->programme,
                    'title' => $this->title($definition),
                    'versions' => [],
                ];
            }
            $groups[$version->programme]['versions'][] = $this->version_row($version, $counts[$version->id] ?? 0);
        }
        return [
            'importurl' => (new moodle_url(self::PATH, ['action' => 'import']))->out(false),
            'hasprogrammes' => $groups !== [],
            'programmes' => array_values($groups),
        ];
    }

    /**
     * One version: facts, learners on it and where they may be moved (template local_sens/programme_version).
     *
     * @param int $versionid
     * @param int $page Page of the learner list, from 0.
     * @return array
     */
    public function version_context(int $versionid, int $page = 0): array {
        $version = $this->repository->get($versionid);
        $definition = $this->repository->definition($versionid);
        // Moving learners between versions is managing their enrolments (local/sens:manageenrolments).
        $canmigrate = \local_sens\local\permission::can_manage_enrolments();
        $targets = !$canmigrate ? [] : array_values(array_filter($this->repository->published($version->programme),
            fn($v) => (int)$v->id !== $versionid));
        $targetoptions = array_map(fn($v) => ['id' => (int)$v->id, 'name' => $this->version_name($v)], $targets);
        $learners = $this->learners($versionid, $page);
        $users = $this->db->get_records_list('user', 'id', array_filter([$version->createdby, $version->publishedby]));
        return [
            'id' => (int)$version->id,
            'programme' => $version->programme,
            'title' => $this->title($definition),
            'name' => $this->version_name($version),
            'label' => (string)($definition['version'] ?? ''),
            'statuslabel' => get_string('status:' . $version->status, 'local_sens'),
            'isdraft' => $version->status === 'draft',
            'checksum' => $version->checksum,
            'createdby' => isset($users[$version->createdby]) ? fullname($users[$version->createdby]) : '',
            'timecreated' => userdate($version->timecreated),
            'publishedby' => isset($users[$version->publishedby]) ? fullname($users[$version->publishedby]) : '',
            'timepublished' => $version->timepublished ? userdate($version->timepublished) : '',
            'unitcount' => count($definition['units'] ?? []),
            'slotcount' => count($definition['slots'] ?? []),
            'validfrom' => (string)($definition['validFrom'] ?? ''),
            'validto' => (string)($definition['validTo'] ?? ''),
            'publishurl' => (new moodle_url(self::PATH, ['action' => 'publish', 'id' => $version->id]))->out(false),
            'backurl' => (new moodle_url(self::PATH))->out(false),
            'actionurl' => (new moodle_url(self::PATH))->out(false),
            'sesskey' => sesskey(),
            'haslearners' => $learners['rows'] !== [],
            'learnercount' => $learners['total'],
            'learners' => array_map(fn($row) => $row + ['targets' => $targetoptions], $learners['rows']),
            'canmigrate' => $canmigrate,
            'hastargets' => $targetoptions !== [],
            'targets' => $targetoptions,
            'definitionjson' => json_encode($definition, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),
        ];
    }

    /**
     * What publishing a version changes (template local_sens/programme_diff).
     *
     * @param int $versionid
     * @return array
     */
    public function diff_context(int $versionid): array {
        $version = $this->repository->get($versionid);
        $diff = $this->versions->changes($versionid);
        $against = $diff['against'];
        $changes = (new presenter($this->repository->definition($versionid)))->items($diff['changes']);
        return [
            'name' => $this->version_name($version),
            'isfirst' => $against === null,
            'against' => $against === null ? '' : $this->version_name($against),
            'haschanges' => $changes !== [],
            'nochanges' => $against !== null && $diff['changes'] === [],
            'changes' => $changes,
        ];
    }

    /**
     * Errors of a refused import (template local_sens/programme_errors): the first ERRORS_SHOWN in words, then how
     * many more (a definition with 5,200 errors made a 6.9 MB page; the first ones say what is wrong).
     *
     * @param array[] $errors Engine errors {code, path, params}.
     * @return array Keys count (formatted), errors (path, message, code), hasmore, more (formatted).
     */
    public function errors_context(array $errors): array {
        $more = max(0, count($errors) - self::ERRORS_SHOWN);
        return [
            'count' => self::number(count($errors)),
            'errors' => (new presenter())->items(array_slice(array_values($errors), 0, self::ERRORS_SHOWN)),
            'hasmore' => $more > 0,
            'more' => self::number($more),
        ];
    }

    /**
     * A count with the user's language's thousands separator (5,150 / 5 150).
     *
     * @param int $n
     * @return string
     */
    private static function number(int $n): string {
        return number_format($n, 0, '', get_string('thousandssep', 'langconfig'));
    }

    /**
     * "du-cns v2" style name of a version.
     *
     * @param \stdClass $version
     * @return string
     */
    public function version_name(\stdClass $version): string {
        return get_string('programmes:versionname', 'local_sens',
            (object)['programme' => $version->programme, 'version' => (int)$version->version]);
    }

    /**
     * Row of the version list.
     *
     * @param \stdClass $version
     * @param int $learners
     * @return array
     */
    private function version_row(\stdClass $version, int $learners): array {
        $definition = $this->repository->definition((int)$version->id);
        return [
            'id' => (int)$version->id,
            'version' => (int)$version->version,
            'name' => $this->version_name($version),
            'label' => (string)($definition['version'] ?? ''),
            'statuslabel' => get_string('status:' . $version->status, 'local_sens'),
            'isdraft' => $version->status === 'draft',
            'timecreated' => userdate($version->timecreated, get_string('strftimedatetimeshort', 'core_langconfig')),
            'timepublished' => $version->timepublished
                ? userdate($version->timepublished, get_string('strftimedatetimeshort', 'core_langconfig')) : '',
            'learners' => $learners,
            'viewurl' => (new moodle_url(self::PATH, ['action' => 'view', 'id' => $version->id]))->out(false),
            'publishurl' => (new moodle_url(self::PATH, ['action' => 'publish', 'id' => $version->id]))->out(false),
        ];
    }

    /**
     * Learners enrolled on a version, one page of them.
     *
     * @param int $versionid
     * @param int $page
     * @return array ['total' => int, 'rows' => array[]]
     */
    private function learners(int $versionid, int $page): array {
        [$total, $records] = $this->enrolments->page_on_version($versionid, $page * self::PERPAGE, self::PERPAGE);
        $rows = [];
        foreach ($records as $record) {
            $rows[] = [
                'enrolmentid' => (int)$record->id,
                'fullname' => fullname($record),
                'profileurl' => (new moodle_url('/user/profile.php', ['id' => $record->userid]))->out(false),
                'startdate' => $record->startdate,
            ];
        }
        return ['total' => $total, 'rows' => $rows];
    }

    /**
     * Title of a programme in the current language.
     *
     * @param array $definition
     * @return string
     */
    private function title(array $definition): string {
        if (presenter::lang() === 'en' && !empty($definition['titleEn'])) {
            return (string)$definition['titleEn'];
        }
        return (string)($definition['title'] ?? '');
    }
}
