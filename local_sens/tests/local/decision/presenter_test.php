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

namespace local_sens\local\decision;

use local_sens\external\decision_exporter;
use local_sens\local\engine\decide;
use local_sens\local\engine\reasons;

/**
 * The one presenter: every reason code of the engine in French and English, lists kept as lists, dates, states and
 * people in words, the link to the first activity still to pass, and the exporter's structure for web services.
 *
 * @package    local_sens
 * @copyright  2026 Université de Strasbourg
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_sens\local\decision\presenter
 * @covers     \local_sens\local\decision\wording
 * @covers     \local_sens\local\site_date
 * @covers     \local_sens\external\decision_exporter
 */
final class presenter_test extends \advanced_testcase {

    /**
     * Make 'fr' an installed language in the test dataroot (Moodle's fr pack cannot be downloaded here).
     */
    private static function install_fr(): void {
        global $CFG;
        $dir = $CFG->langotherroot . '/fr';
        if (!is_file($dir . '/langconfig.php')) {
            check_dir_exists($dir, true, true);
            file_put_contents($dir . '/langconfig.php', "<?php\n\$string['thislanguage'] = 'Français';\n"
                . "\$string['parentlanguage'] = '';\n\$string['iso6391'] = 'fr';\n");
            get_string_manager()->reset_caches();
        }
    }

    /**
     * The DU CNS definition shipped with the engine.
     *
     * @return array
     */
    private function du(): array {
        $this->getDataGenerator()->get_plugin_generator('local_sens');
        return json_decode(file_get_contents(\local_sens_generator::programme_file('du-cns')), true);
    }

    /**
     * Run a callable in a language.
     *
     * @param string $lang
     * @param callable $fn
     * @return mixed
     */
    private static function in(string $lang, callable $fn) {
        $previous = force_current_language($lang);
        try {
            return $fn();
        } finally {
            force_current_language($previous);
        }
    }

    /**
     * Every reason code the engine can give (its generated list) has a text in French and in English, every
     * placeholder filled, and the two languages differ.
     */
    public function test_every_reason_code_in_fr_and_en(): void {
        $this->resetAfterTest();
        self::install_fr();
        $this->assertContains('activities_pending', reasons::REASON_CODES);
        $presenter = new presenter($this->du());
        foreach (reasons::REASON_CODES as $code) {
            $en = get_string_manager()->load_component_strings('local_sens', 'en')['reason_' . $code] ?? null;
            $this->assertNotNull($en, "reason_$code has no English text");
            preg_match_all('/\{\$a->(\w+)\}/', $en, $m);
            $params = array_fill_keys($m[1], '7');
            $item = ['code' => $code, 'path' => '', 'params' => $params];
            $texts = [];
            foreach (['en', 'fr'] as $lang) {
                $texts[$lang] = self::in($lang, fn() => $presenter->text($item));
                $this->assertStringNotContainsString('{$a', $texts[$lang], "$code in $lang");
                $this->assertStringNotContainsString($code, $texts[$lang], "$code in $lang is not translated");
            }
            $this->assertNotSame($texts['en'], $texts['fr'], "$code: the same text in both languages");
        }
    }

    /**
     * A code this Moodle has no text for still says what it is.
     */
    public function test_unknown_code_is_named(): void {
        $text = (new presenter())->text(['code' => 'from_a_newer_engine', 'path' => '', 'params' => ['n' => 3]]);
        $this->assertStringContainsString('from_a_newer_engine', $text);
        $this->assertStringContainsString('"n":"3"', $text);
    }

    /**
     * The one language rule: French and its variants read French, anything else English.
     */
    public function test_lang(): void {
        $this->resetAfterTest();
        self::install_fr();
        $this->assertSame('en', presenter::lang());
        $this->assertSame('fr', self::in('fr', fn() => presenter::lang()));
    }

    /**
     * Params as people read them: a list param stays a list (of titles), states, dates and people in words.
     */
    public function test_params(): void {
        $this->resetAfterTest();
        $this->setTimezone('Europe/Paris', 'Pacific/Auckland');
        $user = $this->getDataGenerator()->create_user(['firstname' => 'Ada', 'lastname' => 'Lovelace']);
        $du = $this->du();
        $slots = array_values(array_filter($du['slots'], fn($s) => $s['unit'] === 'donnees.debutant'));
        $presenter = new wording($du, wording::names([(int)$user->id]), 'fr');
        $params = $presenter->params([
            'unit' => 'donnees.debutant',
            'missing' => [$slots[0]['id'], $slots[1]['id']],
            'previousState' => 'in_progress',
            'at' => '2026-03-01',
            'by' => (string)$user->id,
            'total' => 4,
        ]);
        $this->assertSame([$slots[0]['title'], $slots[1]['title']], $params['missing']);
        $this->assertSame(get_string('decision:state_in_progress', 'local_sens'), $params['previousState']);
        // The site's day (Paris), whatever the reader's timezone: noon in Paris is already 2 March in Auckland.
        $this->assertStringContainsString('1 March 2026', $params['at']);
        $this->assertSame('Ada Lovelace', $params['by']);
        $this->assertSame(4, $params['total']);
        // A decision stored before lists were lists holds "a, b": the same list.
        $this->assertSame([$slots[0]['title'], $slots[1]['title']],
            $presenter->params(['missing' => $slots[0]['id'] . ', ' . $slots[1]['id']])['missing']);
        $this->assertSame([], $presenter->params(['missing' => ''])['missing']);
        $this->assertSame([], $presenter->params(['missing' => []])['missing']);
    }

    /**
     * A list param in a text: its titles in the reader's language, joined with that language's list separator; the
     * engine's decision gives the list as a list (the generated PHP as the TypeScript), and a decision stored before
     * lists were lists reads the same.
     */
    public function test_list_param_in_text(): void {
        $this->resetAfterTest();
        self::install_fr();
        $du = $this->du();
        $record = ['learner' => 'l1', 'programme' => ['id' => $du['id'], 'version' => $du['version']],
            'enrolment' => ['start' => '2026-09-01']];
        $decision = decide::decide($du, $record, '2026-09-02');
        $units = array_column($decision['units'], null, 'id');
        $reason = array_values(array_filter($units['donnees.debutant']['reasons'],
            fn($r) => $r['code'] === 'activities_pending'))[0];
        $missing = $reason['params']['missing'];
        $this->assertIsArray($missing);
        $this->assertGreaterThanOrEqual(2, count($missing));
        $slots = array_column($du['slots'], null, 'id');
        foreach (['en' => 'titleEn', 'fr' => 'title'] as $lang => $field) {
            $text = self::in($lang, fn() => (new presenter($du))->text($reason));
            $separator = self::in($lang, fn() => get_string('decision:listseparator', 'local_sens'));
            $this->assertStringContainsString($slots[$missing[0]][$field] . $separator . $slots[$missing[1]][$field], $text,
                $lang);
            $this->assertStringNotContainsString($missing[0], $text, "$lang: titles, not ids");
        }
        $stored = $reason;
        $stored['params']['missing'] = implode(', ', $missing);
        $this->assertSame(self::in('fr', fn() => (new presenter($du))->text($reason)),
            self::in('fr', fn() => (new presenter($du))->text($stored)));
    }

    /**
     * Dates: a day that does not exist is not a date; the text is the site's day.
     */
    public function test_site_date(): void {
        $this->resetAfterTest();
        $this->setTimezone('Pacific/Auckland', 'America/Los_Angeles');
        $this->assertNull(\local_sens\local\site_date::text('2029-02-30'));
        $this->assertNull(\local_sens\local\site_date::text('—'));
        $this->assertStringContainsString('4 December 2026', \local_sens\local\site_date::text('2026-12-04'));
        // 2026-12-04 23:30 UTC is already 5 December in Auckland, the site's timezone.
        $this->assertSame('2026-12-05', \local_sens\local\site_date::of(gmmktime(23, 30, 0, 12, 4, 2026)));
    }

    /**
     * A decision of the generated engine in words: states, the verdict, the next step linked to the first activity
     * still to pass (not the unit's first), the deadline; and the exporter's structure is a valid web service return
     * even with a "<" in a title.
     */
    public function test_decision_and_exporter(): void {
        global $PAGE;
        $this->resetAfterTest();
        $du = $this->du();
        $du['units'][0]['titleEn'] = 'Initiation <numérique> & co';
        $slots = array_values(array_filter($du['slots'], fn($s) => $s['unit'] === 'donnees.debutant'));
        $record = ['learner' => 'l1', 'programme' => ['id' => $du['id'], 'version' => $du['version']],
            'enrolment' => ['start' => '2026-01-10'],
            'activities' => [['id' => 'a1', 'slot' => $slots[0]['id'], 'completed' => true, 'passed' => true,
                'at' => '2026-02-01']]];
        $decision = decide::decide($du, $record, '2026-03-01');
        $links = [];
        foreach ($slots as $i => $slot) {
            $links[$slot['id']] = new \moodle_url('/mod/quiz/view.php', ['id' => 100 + $i]);
        }
        $presented = (new presenter($du, [], $links, [], 'en'))->decision($decision);
        $this->assertCount(count($du['units']), $presented['units']);
        $byid = array_column($presented['units'], null, 'id');
        $level = $byid['donnees.debutant'];
        $this->assertSame(get_string('decision:state_' . $level['state'], 'local_sens'), $level['statelabel']);
        $this->assertContains($level['state'], reasons::ACTIONABLE_STATES);
        // The first slot is passed: the link goes to the second.
        $this->assertStringContainsString('id=101', $level['link']['url']);
        $this->assertSame(get_string('decision:verdict_' . $decision['verdict']['code'], 'local_sens'),
            $presented['verdict']['label']);
        $this->assertNotNull($presented['next']);
        $this->assertNull($byid['donnees.intermediaire']['link'], 'a locked level offers no activity');
        $this->assertSame($decision['deadline'], $presented['deadline']['iso']);

        $exported = (new decision_exporter($presented))->export($PAGE->get_renderer('core'));
        $clean = \core_external\external_api::clean_returnvalue(decision_exporter::get_read_structure(),
            json_decode(json_encode($exported), true));
        $this->assertSame('Initiation <numérique> & co', $clean['units'][0]['label']);
        $this->assertArrayNotHasKey('link', array_column($clean['units'], null, 'id')['donnees.intermediaire']);
    }
}
