/**
 * Self-tests of the static checks (tests/stages/20-static.sh): each checker is fed a small good plugin
 * and a broken copy in a temp dir, and must pass the first and fail the second, naming the file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const GPL = `// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.
`;
const doc = (what: string) => `/**\n * ${what}\n *\n * @package    local_fixture\n * @copyright  2026 SENS\n * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later\n */\n`;

/** A small plugin that passes every check. */
const GOOD: Record<string, string> = {
  'version.php': `<?php\n${GPL}\n${doc('Version.')}\ndefined('MOODLE_INTERNAL') || die();\n\n$plugin->component = 'local_fixture';\n$plugin->version = 2026112300;\n$plugin->requires = 2024100700;\n$plugin->maturity = MATURITY_ALPHA;\n$plugin->release = '0.1';\n`,
  'lib.php': `<?php\n${GPL}\n${doc('Library.')}\ndefined('MOODLE_INTERNAL') || die();\n\n/**\n * Greets.\n *\n * @param string $name who\n * @return string greeting\n */\nfunction local_fixture_greet(string $name): string {\n    return get_string('hello', 'local_fixture', $name);\n}\n`,
  'db/upgrade.php': `<?php\n${GPL}\n${doc('Upgrade.')}\n\n/**\n * Upgrades.\n *\n * @param int $oldversion from\n * @return bool true\n */\nfunction xmldb_local_fixture_upgrade($oldversion) {\n    if ($oldversion < 2026112200) {\n        // Nothing to change.\n        upgrade_plugin_savepoint(true, 2026112200, 'local', 'fixture');\n    }\n    return true;\n}\n`,
  'db/install.xml': `<?xml version="1.0" encoding="UTF-8" ?>\n<XMLDB PATH="local/fixture/db" VERSION="2026112300" COMMENT="x">\n  <TABLES>\n    <TABLE NAME="local_fixture" COMMENT="x">\n      <FIELDS><FIELD NAME="id" TYPE="int" LENGTH="10" NOTNULL="true" SEQUENCE="true"/></FIELDS>\n      <KEYS><KEY NAME="primary" TYPE="primary" FIELDS="id"/></KEYS>\n    </TABLE>\n  </TABLES>\n</XMLDB>\n`,
  'lang/en/local_fixture.php': `<?php\n${GPL}\n${doc('Strings.')}\n$string['hello'] = 'Hello {$a}';\n$string['pluginname'] = 'Fixture';\n`,
  'lang/fr/local_fixture.php': `<?php\n${GPL}\n${doc('Chaînes.')}\n$string['hello'] = 'Bonjour {$a}';\n$string['pluginname'] = 'Fixture';\n`,
  'templates/card.mustache': `{{!\n    @template local_fixture/card\n\n    Example context (json):\n    {"title": "T", "items": [{"name": "a"}]}\n}}\n<div id="card-{{uniqid}}"><h3>{{title}}</h3><ul>{{#items}}<li>{{name}} {{#str}} hello, local_fixture {{/str}}</li>{{/items}}</ul></div>\n`,
  'amd/src/card.js': `${GPL}\n/**\n * Card.\n *\n * @module local_fixture/card\n */\nimport {getString} from 'core/str';\n\n/**\n * Shows a greeting.\n *\n * @param {string} name Who.\n * @returns {Promise<string>} The text.\n */\nexport function init(name) {\n    return getString('hello', 'local_fixture', name);\n}\n`,
  'amd/ts/card.ts': `/**\n * Card.\n *\n * @module local_fixture/card\n */\nimport {getString} from 'core/str';\n\n/**\n * Shows a greeting.\n *\n * @param {string} name Who.\n * @returns {Promise<string>} The text.\n */\nexport const init = (name: string): Promise<string> => getString('hello', 'local_fixture', name);\n`,
};

let dir: string;

/** Writes the good plugin, with some files replaced or removed, into a fresh folder; returns its path. */
function plugin(changes: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(dir, 'p-'));
  const p = join(root, 'fixture');
  for (const [rel, text] of Object.entries({ ...GOOD, ...changes })) {
    if (text === null) continue;
    mkdirSync(dirname(join(p, rel)), { recursive: true });
    writeFileSync(join(p, rel), text);
  }
  return p;
}

function run(cmd: string, args: string[]): { status: number; out: string } {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MOODLE_DIR: '/nonexistent' } });
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}
const checks = (check: string, p: string) => run('php', ['tests/static/checks.php', check, `${p}:local_fixture`]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sens-static-'));
  if (!existsSync(join(ROOT, 'vendor/bin/phpcs'))) {
    execFileSync('composer', ['install', '--no-progress', '--quiet'], { cwd: ROOT, env: { ...process.env, COMPOSER_NO_INTERACTION: '1' } });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checks.php', () => {
  test.each(['phpdoc', 'savepoints', 'lang', 'strings', 'version', 'installxml'])('%s passes the good plugin', (check) => {
    const r = checks(check, plugin());
    expect(r.out).not.toMatch(/^FAIL/m);
    expect(r.status).toBe(0);
  });

  const bad: [string, string, Record<string, string | null>, RegExp][] = [
    ['phpdoc', 'function without docblock', { 'lib.php': GOOD['lib.php']!.replace(/\/\*\*\n \* Greets[\s\S]*?\*\/\n/, '') }, /lib\.php:\d+: function local_fixture_greet has no phpdoc/],
    ['phpdoc', 'undocumented parameter', { 'lib.php': GOOD['lib.php']!.replace(' * @param string $name who\n', '') }, /\$name has no @param/],
    ['phpdoc', 'missing GPL header', { 'lib.php': GOOD['lib.php']!.replace(GPL, '') }, /lib\.php:1: GPL boilerplate/],
    ['phpdoc', 'undocumented class', { 'classes/thing.php': `<?php\n${GPL}\n${doc('Thing.')}\nnamespace local_fixture;\n\nfinal class thing {\n}\n` }, /class thing has no phpdoc/],
    ['savepoints', 'savepoint for another version', { 'db/upgrade.php': GOOD['db/upgrade.php']!.replace("(true, 2026112200,", '(true, 2026112100,') }, /upgrade\.php:\d+: block for 2026112200 ends with/],
    ['savepoints', 'savepoint not last', { 'db/upgrade.php': GOOD['db/upgrade.php']!.replace("'fixture');\n", "'fixture');\n        $x = 1;\n") }, /found: \$x=1;\)/],
    ['savepoints', 'step above version.php', { 'db/upgrade.php': GOOD['db/upgrade.php']!.replace(/2026112200/g, '2026112400') }, /savepoint 2026112400 <= version\.php version 2026112300/],
    ['lang', 'key missing in fr', { 'lang/fr/local_fixture.php': GOOD['lang/fr/local_fixture.php']!.replace("$string['hello'] = 'Bonjour {$a}';\n", '') }, /string 'hello' is in en but not in fr/],
    ['lang', 'placeholder differs', { 'lang/fr/local_fixture.php': GOOD['lang/fr/local_fixture.php']!.replace('{$a}', '{$a->name}') }, /'hello': placeholders differ/],
    ['lang', 'pluginname missing', { 'lang/en/local_fixture.php': GOOD['lang/en/local_fixture.php']!.replace("$string['pluginname'] = 'Fixture';\n", ''), 'lang/fr/local_fixture.php': GOOD['lang/fr/local_fixture.php']!.replace("$string['pluginname'] = 'Fixture';\n", '') }, /required string 'pluginname'/],
    ['strings', 'unknown string used in PHP', { 'lib.php': GOOD['lib.php']!.replace("'hello'", "'nosuchstring'") }, /lib\.php:\d+: string 'nosuchstring' of local_fixture/],
    ['strings', 'unknown string used in a template', { 'templates/card.mustache': GOOD['templates/card.mustache']!.replace('hello, local_fixture', 'bye, local_fixture') }, /card\.mustache:\d+: string 'bye'/],
    ['version', 'component mismatch', { 'version.php': GOOD['version.php']!.replace("'local_fixture'", "'local_other'") }, /\$plugin->component is 'local_fixture'/],
    ['version', 'requires below Moodle 4.5', { 'version.php': GOOD['version.php']!.replace('2024100700', '2022041900') }, /requires >= 2024100700/],
    ['installxml', 'malformed XML', { 'db/install.xml': GOOD['db/install.xml']!.replace('</TABLES>', '') }, /install\.xml:\d+: XML error/],
    ['installxml', 'table not named after the plugin', { 'db/install.xml': GOOD['db/install.xml']!.replace('NAME="local_fixture"', 'NAME="fixture_items"') }, /table fixture_items is named after the plugin/],
  ];
  test.each(bad)('%s fails on %s', (check, _what, changes, message) => {
    const r = checks(check, plugin(changes));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(message);
  });
});

describe('checks.php size (no hand-written source file over 400 lines)', () => {
  test('passes the good plugin and a file of exactly 400 lines', () => {
    const r = checks('size', plugin({ 'classes/four.php': '\n'.repeat(400) }));
    expect(r.out).toMatch(/PASS .*four\.php: 400 lines/);
    expect(r.status).toBe(0);
  });
  test.each([
    ['a PHP file of 401 lines', 'classes/big.php', '\n'.repeat(401), /FAIL .*big\.php: 401 lines, over 400/],
    ['a template of 401 lines', 'templates/big.mustache', '<p></p>\n'.repeat(401), /FAIL .*big\.mustache: 401 lines/],
    ['an amd/src module of 401 lines', 'amd/src/big.js', '//\n'.repeat(401), /FAIL .*amd\/src\/big\.js: 401 lines/],
    ['a TypeScript file of 401 lines', 'amd/ts/big.ts', '//\n'.repeat(401), /FAIL .*big\.ts: 401 lines/],
  ])('fails on %s, naming it', (_what, rel, text, message) => {
    const r = checks('size', plugin({ [rel]: text }));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(message);
  });
  test('does not count generated code: a file marked generated, built folders, BEGIN/END GENERATED blocks', () => {
    const r = checks('size', plugin({
      'classes/engine/gen.php': `<?php\n/**\n * Generated from x.ts: do not edit, run \`npm run generate:php\`.\n */\n${'\n'.repeat(900)}`,
      'amd/build/big.min.js': '//\n'.repeat(900),
      'lang/en/local_fixture.php': `${GOOD['lang/en/local_fixture.php']}// BEGIN GENERATED reason strings\n${'//\n'.repeat(900)}// END GENERATED reason strings\n`,
      'classes/plain.js': '//\n'.repeat(900),
    }));
    expect(r.out).toMatch(/PASS .*gen\.php: generated \(not counted\)/);
    expect(r.out).not.toMatch(/big\.min\.js|plain\.js/);
    expect(r.out).toMatch(/PASS .*lang\/en\/local_fixture\.php: \d+ lines/);
    expect(r.status).toBe(0);
  });
});

describe('php -l and phpcs', () => {
  test('php -l fails on a syntax error', () => {
    const p = plugin({ 'lib.php': GOOD['lib.php']!.replace('return get_string', 'return return get_string') });
    expect(run('php', ['-l', join(p, 'lib.php')]).status).not.toBe(0);
  });

  const phpcs = (file: string) => run('vendor/bin/phpcs', ['-q', '--standard=tests/static/phpcs-moodle.xml', '--report=emacs', file]);
  test('phpcs passes the good plugin', () => {
    const p = plugin();
    for (const f of ['lib.php', 'version.php', 'db/upgrade.php', 'lang/en/local_fixture.php']) {
      expect(phpcs(join(p, f))).toEqual({ status: 0, out: '' });
    }
  });
  test.each([
    ['tab indentation', (s: string) => s.replace('    return', '\treturn'), /Spaces must be used to indent/],
    ['closing tag', (s: string) => `${s}?>\n`, /closing tag/i],
    ['upper-case TRUE', (s: string) => s.replace('return get_string', 'return TRUE && get_string'), /TRUE/],
    ['long array syntax', (s: string) => s.replace('return get_string', '$a = array();\n    return get_string'), /Short array syntax must be used/],
    ['line over 180', (s: string) => s.replace('return get_string', `$x = '${'x'.repeat(190)}';\n    return get_string`), /maximum limit of 180/],
    ['"and" operator', (s: string) => s.replace('return get_string', 'return $name and get_string'), /Logical operator "and" is prohibited/],
    ['brace on its own line', (s: string) => s.replace('): string {', "): string\n{"), /brace/i],
  ])('phpcs fails on %s', (_what, edit, message) => {
    const p = plugin({ 'lib.php': edit(GOOD['lib.php']!) });
    const r = phpcs(join(p, 'lib.php'));
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/lib\.php:\d+:\d+: error/);
    expect(r.out).toMatch(message);
  });
});

describe('mustache', () => {
  const mustache = (p: string) => run('node', ['tests/static/mustache.cjs', '-', `${p}:local_fixture`]);
  test('renders the good template', () => {
    const r = mustache(plugin());
    expect(r.out).toMatch(/PASS .*card\.mustache: renders with its example context/);
    expect(r.status).toBe(0);
  });
  test.each([
    ['invalid example JSON', (s: string) => s.replace('"title": "T",', '"title": "T"'), /example context is not valid JSON/],
    ['no example context', (s: string) => s.replace(/Example context \(json\):\n.*\n/, ''), /has an "Example context \(json\):" section/],
    ['wrong @template name', (s: string) => s.replace('local_fixture/card', 'local_fixture/other'), /@template names local_fixture\/card/],
    ['unbalanced HTML', (s: string) => s.replace('</h3>', ''), /rendered HTML: .*closes/],
    ['missing own partial', (s: string) => s.replace('<h3>', '{{> local_fixture/nothere}}<h3>'), /partial local_fixture\/nothere not found/],
    ['unclosed section', (s: string) => s.replace('{{/items}}', ''), /does not parse as Mustache/],
  ])('fails on %s', (_what, edit, message) => {
    const r = mustache(plugin({ 'templates/card.mustache': edit(GOOD['templates/card.mustache']!) }));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/FAIL .*card\.mustache/);
    expect(r.out).toMatch(message);
  });
});

describe("mustache through Moodle's PHP engine", () => {
  const moodle = process.env.MOODLE_DIR ?? join(process.env.HOME ?? '', 'moodle');
  const haveMoodle = existsSync(join(moodle, 'lib/mustache/src/Mustache/Autoloader.php'));
  // Needs Moodle's lib/mustache; CI (SENS_REQUIRE_MOODLE=1) always has it, so there it never skips.
  const maybe = haveMoodle || process.env.SENS_REQUIRE_MOODLE === '1' ? test : test.skip;
  const render = (p: string) => spawnSync('php', ['tests/static/mustache-moodle.php', moodle, `${p}:local_fixture`], { cwd: ROOT, encoding: 'utf8' });
  maybe('renders the good template, fails a broken one', () => {
    const good = render(plugin());
    expect(good.stdout).toMatch(/PASS .*card\.mustache: renders with Moodle's Mustache engine/);
    expect(good.status).toBe(0);
    const bad = render(plugin({ 'templates/card.mustache': GOOD['templates/card.mustache']!.replace('{{/items}}', '') }));
    expect(bad.stdout).toMatch(/FAIL .*card\.mustache: Moodle's Mustache engine: .*items/);
    expect(bad.status).toBe(1);
  });
});

describe('eslint with Moodle rules', () => {
  const eslint = (kind: string, file: string) => run('node', ['tests/static/eslint/run.cjs', kind, '-', file]);
  test('passes good JS and TS', () => {
    const p = plugin();
    expect(eslint('js', join(p, 'amd/src/card.js'))).toMatchObject({ status: 0 });
    expect(eslint('ts', join(p, 'amd/ts/card.ts'))).toMatchObject({ status: 0 });
  });
  test.each([
    ['js', 'amd/src/card.js', 'missing semicolon', (s: string) => s.replace("'core/str';", "'core/str'"), /semi/],
    ['js', 'amd/src/card.js', 'missing JSDoc', (s: string) => s.replace(/\/\*\*\n \* Shows[\s\S]*?\*\/\n/, ''), /jsdoc\/require-jsdoc/],
    ['js', 'amd/src/card.js', 'console use', (s: string) => `${s}console.log(1);\n`, /no-console/],
    ['ts', 'amd/ts/card.ts', 'unused variable', (s: string) => `${s}const unused = 1;\n`, /no-unused-vars/],
    ['ts', 'amd/ts/card.ts', 'line over 132', (s: string) => `${s}export const long = '${'x'.repeat(140)}';\n`, /max-len/],
  ])('%s: fails %s on %s', (kind, rel, _what, edit, message) => {
    const p = plugin({ [rel]: edit(GOOD[rel]!) });
    const r = eslint(kind, join(p, rel));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(new RegExp(`card\\.(js|ts):\\d+:\\d+: error`));
    expect(r.out).toMatch(message);
  });
});


describe('stage 20-static end to end', () => {
  test('a syntax error in a plugin fails the stage, is counted, and is named', () => {
    const root = mkdtempSync(join(dir, 'root-'));
    for (const link of ['tests', 'node_modules', 'vendor', 'composer.json']) {
      symlinkSync(join(ROOT, link), join(root, link));
    }
    const good = plugin();
    for (const folder of ['availability_sens', 'local_sens', 'block_competences', 'mod_portfolio']) {
      mkdirSync(join(root, folder, 'db'), { recursive: true });
      writeFileSync(join(root, folder, 'lib.php'), readFileSync(join(good, 'lib.php'), 'utf8'));
    }
    writeFileSync(join(root, 'local_sens', 'lib.php'), GOOD['lib.php']!.replace('return get_string', 'return return get_string'));
    const counts = join(root, 'counts');
    const r = spawnSync('bash', [join(ROOT, 'tests/stages/20-static.sh')], {
      cwd: root, encoding: 'utf8',
      env: { ...process.env, SENS_ROOT: root, SENS_STAGE_COUNTS: counts, SENS_STATIC_ONLY: 'phplint', MOODLE_DIR: '/nonexistent' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FAIL local_sens\/lib\.php: .*syntax error.*line \d+/);
    // Four plugin folders: three good lib.php files pass, the broken one fails.
    expect(readFileSync(counts, 'utf8').trim()).toBe('3 1');
  });
});
