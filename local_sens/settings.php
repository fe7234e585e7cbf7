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

/**
 * Admin settings of local_sens.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

if ($hassiteconfig) {
    $settings = new admin_settingpage('local_sens', new lang_string('pluginname', 'local_sens'));
    $ADMIN->add('localplugins', $settings);
    if ($ADMIN->fulltree) {
        $settings->add(new admin_setting_configtext(
            'local_sens/signatory',
            new lang_string('signatory', 'local_sens'),
            new lang_string('signatory_desc', 'local_sens'),
            '',
            PARAM_TEXT
        ));
        $settings->add(new admin_setting_configtext(
            'local_sens/signatorytitle',
            new lang_string('signatorytitle', 'local_sens'),
            new lang_string('signatorytitle_desc', 'local_sens'),
            '',
            PARAM_TEXT
        ));
    }
}

// Référentiel versions: for whoever may manage programmes, not only site administrators (so not under the local
// plugins category, which only they see).
$ADMIN->add('competencies', new admin_externalpage(
    'local_sens_programmes',
    new lang_string('programmes', 'local_sens'),
    new moodle_url('/local/sens/programmes.php'),
    'local/sens:manageprogrammes'
));

// Certificates: revoke and re-issue (whoever may manage certificates).
$ADMIN->add('competencies', new admin_externalpage(
    'local_sens_certificates',
    new lang_string('certificates:title', 'local_sens'),
    new moodle_url('/local/sens/certificate.php'),
    'local/sens:managecertificates'
));
