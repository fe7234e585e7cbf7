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


namespace local_sens\check;

use core\check\result;
use local_sens\local\gating\gating_service;

/**
 * Status check (Site administration › Reports › System status): level gating is enforced. It fails when the SENS
 * level restriction is disabled (Moodle then ignores it and opens every level) or when a mapped activity of a gated
 * level has lost its restriction (taken off by hand, or a course not synced since its mapping changed).
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class gating extends \core\check\check {

    /** @var int How many activities the summary names. */
    private const LISTED = 5;

    /**
     * The check's name.
     *
     * @return string
     */
    public function get_name(): string {
        return get_string('checkgating', 'local_sens');
    }

    /**
     * The result.
     *
     * @return result
     */
    public function get_result(): result {
        $report = \core\di::get(gating_service::class)->missing_conditions();
        $missing = $report['missing'];
        $enabled = \core\plugininfo\availability::get_enabled_plugins();
        if ($report['checked'] > 0 && !isset($enabled['sens'])) {
            return new result(result::ERROR, get_string('checkgatingdisabled', 'local_sens', $report['checked']));
        }
        if ($missing) {
            $list = [];
            foreach (array_slice($missing, 0, self::LISTED) as $item) {
                $url = new \moodle_url('/course/modedit.php', ['update' => $item['cmid']]);
                $list[] = \html_writer::link($url, '#' . $item['cmid'] . ' (' . s($item['unit']) . ')');
            }
            return new result(result::ERROR, get_string('checkgatingmissing', 'local_sens',
                (object)['count' => count($missing), 'list' => implode(', ', $list)]));
        }
        return new result(result::OK, get_string('checkgatingok', 'local_sens', $report['checked']));
    }
}
