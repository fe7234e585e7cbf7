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

/**
 * Tests of the référentiel admin page's contexts, rendered with their templates.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\programme\programmes_page
 */
final class programmes_page_test extends \advanced_testcase {

    /**
     * Text of a programme file of the engine.
     *
     * @param string $name File name under rules-engine/programmes, without .json.
     * @return string
     */
    private static function programme(string $name): string {
        $root = getenv('SENS_ROOT') ?: dirname(__DIR__, 4);
        $file = "$root/rules-engine/programmes/$name.json";
        if (!is_file($file)) {
            throw new \coding_exception("No $file: set SENS_ROOT to the SENS repository");
        }
        return file_get_contents($file);
    }

    /**
     * The list groups versions by programme with their learners; the version page lists learners and targets; the
     * publish page shows the diff; all render.
     */
    public function test_contexts_render(): void {
        global $OUTPUT, $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        $PAGE->set_url('/local/sens/programmes.php');
        $import = \core\di::get(programme_import_service::class);
        $versions = \core\di::get(programme_version_service::class);
        $json = self::programme('du-cns');
        $v1 = $import->import($json, 2);
        $versions->publish((int)$v1->id, 2);
        $next = json_decode($json, true);
        $next['version'] = '2026.2';
        $next['maxDurationMonths'] = 48;
        $v2 = $import->import(json_encode($next), 2);
        $versions->publish((int)$v2->id, 2);
        $v3 = $import->import(self::programme('cec-sousse'), 2);
        $learner = $this->getDataGenerator()->create_user(['firstname' => 'Camille', 'lastname' => 'Martin']);
        $this->getDataGenerator()->get_plugin_generator('local_sens')->create_enrolment(
            ['userid' => $learner->id, 'versionid' => $v1->id]);
        $page = \core\di::get(programmes_page::class);

        $list = $page->list_context();
        $this->assertSame(['cec-sousse', 'du-cns'], array_column($list['programmes'], 'programme'));
        $ducns = $list['programmes'][1];
        $this->assertSame(['du-cns v2', 'du-cns v1'], array_column($ducns['versions'], 'name'));
        $this->assertSame([0, 1], array_column($ducns['versions'], 'learners'));
        $this->assertSame(['2026.2', '2026.1'], array_column($ducns['versions'], 'label'));
        $this->assertTrue($list['programmes'][0]['versions'][0]['isdraft']);
        $html = $OUTPUT->render_from_template('local_sens/programme_list', $list);
        $this->assertStringContainsString('du-cns v2', $html);

        $view = $page->version_context((int)$v1->id);
        $this->assertSame('Camille Martin', $view['learners'][0]['fullname']);
        $this->assertSame([(int)$v2->id], array_column($view['targets'], 'id'));
        $html = $OUTPUT->render_from_template('local_sens/programme_version', $view);
        $this->assertStringContainsString('name="enrolmentid"', $html);
        $this->assertStringContainsString('name="sesskey"', $html);
        // A draft of another programme offers no target.
        $this->assertFalse($page->version_context((int)$v3->id)['hastargets']);
        // Moving learners needs local/sens:manageenrolments, not only local/sens:manageprogrammes.
        $engineer = $this->getDataGenerator()->create_user();
        $roleid = $this->getDataGenerator()->create_role(['shortname' => 'programmesonly']);
        assign_capability('local/sens:manageprogrammes', CAP_ALLOW, $roleid, \context_system::instance()->id);
        role_assign($roleid, $engineer->id, \context_system::instance()->id);
        $this->setUser($engineer);
        $view = $page->version_context((int)$v1->id);
        $this->assertFalse($view['canmigrate']);
        $this->assertSame([], $view['targets']);
        $this->assertStringNotContainsString('name="enrolmentid"', $OUTPUT->render_from_template('local_sens/programme_version',
            $view));
        $this->setAdminUser();

        $diff = $page->diff_context((int)$v3->id);
        $this->assertTrue($diff['isfirst']);
        $v4 = $import->import(json_encode(['maxDurationMonths' => 60] + $next), 2);
        $diff = $page->diff_context((int)$v4->id);
        $this->assertSame('du-cns v2', $diff['against']);
        $this->assertFalse($diff['isfirst']);
        $html = $OUTPUT->render_from_template('local_sens/programme_diff', $diff);
        $this->assertSame(['/maxDurationMonths'], array_column($diff['changes'], 'path'));
        $this->assertStringContainsString('/maxDurationMonths', $html);

        $errors = $page->errors_context([['code' => 'invalid_date', 'path' => '/validTo', 'params' => ['value' => '2029-02-30']]]);
        $html = $OUTPUT->render_from_template('local_sens/programme_errors', $errors);
        $this->assertStringContainsString('/validTo', $html);
        $this->assertStringContainsString('2029-02-30', $html);
    }

    /**
     * A definition with thousands of errors lists the first ERRORS_SHOWN and counts the rest (finding 6 of issue 11:
     * 5,200 errors made a 6.9 MB page).
     */
    public function test_errors_capped(): void {
        global $OUTPUT;
        $this->resetAfterTest();
        $errors = [];
        for ($i = 0; $i < 5250; $i++) {
            $errors[] = ['code' => 'invalid_date', 'path' => "/units/$i/validTo", 'params' => ['value' => '2029-02-30']];
        }
        $context = \core\di::get(programmes_page::class)->errors_context($errors);
        $this->assertCount(programmes_page::ERRORS_SHOWN, $context['errors']);
        $this->assertSame('/units/99/validTo', $context['errors'][99]['path']);
        $this->assertSame('5,250', $context['count']);
        $this->assertTrue($context['hasmore']);
        $html = $OUTPUT->render_from_template('local_sens/programme_errors', $context);
        $this->assertStringContainsString('… and 5,150 more errors', $html);
        $this->assertStringNotContainsString('/units/100/validTo', $html);
        $this->assertLessThan(40000, strlen($html));

        $one = \core\di::get(programmes_page::class)->errors_context(array_slice($errors, 0, 1));
        $this->assertFalse($one['hasmore']);
        $this->assertStringNotContainsString('more errors', $OUTPUT->render_from_template('local_sens/programme_errors', $one));
    }

    /**
     * Changes read with the programme's titles, in the user's language, next to their JSON path.
     */
    public function test_diff_texts_use_titles(): void {
        global $CFG;
        $this->resetAfterTest();
        $import = \core\di::get(programme_import_service::class);
        $json = self::programme('du-cns');
        $v1 = $import->import($json, 2);
        \core\di::get(programme_version_service::class)->publish((int)$v1->id, 2);
        $next = json_decode($json, true);
        $unit = $next['units'][2];
        $next['units'][2]['optional'] = !($unit['optional'] ?? false);
        $v2 = $import->import(json_encode($next), 2);
        $page = \core\di::get(programmes_page::class);

        $changes = $page->diff_context((int)$v2->id)['changes'];
        $this->assertSame(['/units/2/optional'], array_column($changes, 'path'));
        $this->assertStringContainsString($unit['titleEn'], $changes[0]['message']);
        $this->assertStringNotContainsString($unit['id'], $changes[0]['message']);

        // French: the French title (a minimal fr pack, as the site setup installs one).
        make_writable_directory($CFG->dataroot . '/lang/fr');
        file_put_contents($CFG->dataroot . '/lang/fr/langconfig.php',
            "<?php\n\$string['thislanguage'] = 'Français';\n\$string['parentlanguage'] = '';\n");
        get_string_manager()->reset_caches();
        force_current_language('fr');
        try {
            $changes = $page->diff_context((int)$v2->id)['changes'];
        } finally {
            force_current_language('');
        }
        $this->assertStringContainsString($unit['title'], $changes[0]['message']);
        $this->assertStringNotContainsString($unit['titleEn'], $changes[0]['message']);
    }
}
