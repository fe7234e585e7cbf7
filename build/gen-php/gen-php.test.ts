import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { loadProject, SubsetError, translateModule } from './translate';
import { langBlock, MOODLE_BANNER, runtimePhp } from './index';
import * as grading from './sample/grading';
import { canonical } from '../../tests/differential/canonical';
import { runPhp } from '../../tests/differential/php';

const SAMPLE = path.join(__dirname, 'sample/grading.ts');

function translateSource(code: string) {
  const p = loadProject();
  const sf = p.createSourceFile('/virtual/core/mod.ts', code);
  return translateModule(sf, 'rules-engine/src/core/mod.ts', MOODLE_BANNER);
}

describe('gen-php translation of the sample module', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-php-'));
    const p = loadProject();
    const m = translateModule(p.addSourceFileAtPath(SAMPLE), 'build/gen-php/sample/grading.ts', MOODLE_BANNER);
    fs.writeFileSync(path.join(dir, `${m.className}.php`), m.php);
    fs.writeFileSync(path.join(dir, 'runtime.php'), runtimePhp());
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('output is valid PHP with the Moodle header and the generated marker', () => {
    for (const f of fs.readdirSync(dir)) {
      expect(execFileSync('php', ['-l', path.join(dir, f)], { encoding: 'utf8' })).toContain('No syntax errors');
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(text.startsWith('<?php\n// This file is part of Moodle')).toBe(true);
      expect(text).toContain('namespace local_sens\\local\\engine;');
      expect(text).toMatch(/[Gg]enerated/);
    }
  });

  test('translation is deterministic', () => {
    const a = translateModule(loadProject().addSourceFileAtPath(SAMPLE), 'x/grading.ts', MOODLE_BANNER).php;
    const b = translateModule(loadProject().addSourceFileAtPath(SAMPLE), 'x/grading.ts', MOODLE_BANNER).php;
    expect(a).toBe(b);
  });

  test('string comparison keeps TS order where PHP would compare numerically', () => {
    // '10' < '9' is true in TS but false with PHP's numeric-string <.
    const cases = [['2026-01-10', '2026-01-9'], ['10', '9'], ['1e3', '999']];
    const calls = cases.map(([d, asOf]) => ({ class: 'grading', method: 'decide_unit', args: ['u', [{ unit: 'u', session: 'main', value: 15, max: 20, date: d }], asOf] }));
    const php = runPhp(calls, dir);
    cases.forEach(([d, asOf], i) => {
      expect(canonical(php[i])).toBe(canonical(grading.decideUnit('u', [{ unit: 'u', session: 'main', value: 15, max: 20, date: d! }], asOf!)));
    });
    expect((php[1] as { state: string }).state).toBe('validated');
  });

  test('differential: 10,000 random inputs give the same canonical JSON in TS and PHP', () => {
    const digitString = fc.stringMatching(/^[0-9-]{0,11}$/);
    const grade = fc.record({
      unit: fc.constantFrom('a', 'b', '10', '9'),
      session: fc.constantFrom('main' as const, 'resit' as const),
      value: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 20, noNaN: true })),
      max: fc.constantFrom(0, 10, 20, 100),
      date: fc.option(fc.constantFrom('2025-01-01', '2026-06-30', '2027-12-31'), { nil: undefined }),
    }, { requiredKeys: ['unit', 'session', 'value', 'max'] });
    const input = fc.record({ unit: fc.constantFrom('a', 'b', '10'), grades: fc.array(grade, { maxLength: 6 }), asOf: fc.constantFrom('2025-06-01', '2026-12-31', '2030-01-01'), date: fc.oneof(digitString, fc.constantFrom('2024-02-29', '2023-02-29', '2029-02-30', '2000-02-29', '1900-02-29')) });
    const samples = fc.sample(input, { numRuns: 10000, seed: 42 });
    const calls = samples.flatMap((s) => [
      { class: 'grading', method: 'decide_unit', args: [s.unit, s.grades, s.asOf] },
      { class: 'grading', method: 'is_valid_date', args: [s.date] },
    ]);
    const php = runPhp(calls, dir);
    const diffs: string[] = [];
    samples.forEach((s, i) => {
      const ts1 = canonical(grading.decideUnit(s.unit, s.grades, s.asOf));
      const ts2 = canonical(grading.isValidDate(s.date));
      if (ts1 !== canonical(php[2 * i])) diffs.push(`decideUnit(${JSON.stringify([s.unit, s.grades, s.asOf])}): TS ${ts1} PHP ${canonical(php[2 * i])}`);
      if (ts2 !== canonical(php[2 * i + 1])) diffs.push(`isValidDate(${JSON.stringify(s.date)}): TS ${ts2} PHP ${canonical(php[2 * i + 1])}`);
    });
    // Shortest reproducer first.
    diffs.sort((a, b) => a.length - b.length);
    expect(diffs.slice(0, 3)).toEqual([]);
    expect(samples.length).toBe(10000);
  });

  test('summary: template literals, join and counts', () => {
    const outs = [grading.decideUnit('a', [{ unit: 'a', session: 'main', value: 12, max: 20 }], '2026-01-01'), grading.decideUnit('b', [], '2026-01-01')];
    const php = runPhp([{ class: 'grading', method: 'summary', args: [outs] }], dir);
    expect(php[0]).toBe(grading.summary(outs));
    expect(php[0]).toBe('1/2 validated: a');
  });
});

describe('gen-php refuses constructs outside the subset, naming file, line and construct', () => {
  const refused: [string, string][] = [
    ['class', 'export class A {}'],
    ['throw', 'export function f(): number {\n  throw new Error("x");\n}'],
    ['try', 'export function f(): number {\n  try { return 1; } catch { return 2; }\n}'],
    ['regular expression literal', 'export function f(s: string): boolean {\n  return /a/.test(s);\n}'],
    ['optional chaining', 'export function f(o: { a?: { b: number } }): number | null {\n  return o.a?.b ?? null;\n}'],
    ['Math.round', 'export function f(x: number): number {\n  return Math.round(x);\n}'],
    ['undefined', 'export function f(x: number | undefined): number | undefined {\n  return undefined;\n}'],
    ['delete', 'export function f(o: { a?: number }): void {\n  delete o.a;\n}'],
    ['in', 'export function f(o: object): boolean {\n  return "a" in o;\n}'],
    ['truthiness test on a non-boolean', 'export function f(s: string): number {\n  return s ? 1 : 0;\n}'],
    ['loose equality', 'export function f(a: number): boolean {\n  return a == 1;\n}'],
    ['new', 'export function f(): number {\n  const d = new Date();\n  return 1;\n}'],
    ['arrow callback with a block body', 'export function f(a: number[]): number[] {\n  return a.map((x) => { return x; });\n}'],
    ['async function', 'export async function f(): Promise<number> { return 1; }'],
    ['label', 'export function f(a: number[]): void {\n  outer: for (const x of a) { break outer; }\n}'],
    ['Map.size', 'export function f(m: Map<string, number>): number {\n  return m.size;\n}'],
    ['Map.delete', 'export function f(m: Map<string, number>): boolean {\n  return m.delete("a");\n}'],
  ];
  test.each(refused)('%s', (construct, code) => {
    let err: unknown;
    try {
      translateSource(code);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SubsetError);
    const e = err as SubsetError;
    expect(e.file).toBe('rules-engine/src/core/mod.ts');
    expect(e.construct).toContain(construct);
    expect(e.message).toMatch(/^rules-engine\/src\/core\/mod\.ts:\d+: unsupported construct: /);
    expect(e.line).toBe(code.includes('\n') ? 2 : 1);
  });

  test('a parameter the function pushes to is passed by reference (TS shares arrays with the caller)', () => {
    const php = translateSource('function add(out: string[], x: string): void {\n  out.push(x);\n}\nexport function f(): string[] {\n  const out: string[] = [];\n  add(out, "a");\n  return out;\n}').php;
    expect(php).toContain('public static function add(&$out, $x)');
    expect(php).toContain('public static function f()');
  });

  test('a one-expression function of another core module is inlined, its names resolved in its own module', () => {
    const p = loadProject();
    p.createSourceFile('/virtual/core/helpers.ts', 'export const LIMIT = 3;\nfunction twice(x: number): number {\n  return x * 2;\n}\n'
      + 'export function over(x: number): boolean {\n  return twice(x) > LIMIT;\n}\nexport function big(x: number): boolean {\n'
      + '  const y = x + 1;\n  return y > LIMIT;\n}\n');
    const user = p.createSourceFile('/virtual/core/user.ts', "import { big, over } from './helpers';\n"
      + 'export function f(x: number): boolean {\n  return over(x) && big(x);\n}\n');
    const php = translateModule(user, 'rules-engine/src/core/user.ts', MOODLE_BANNER).php;
    // over() is one expression: inlined, with helpers' private twice() (itself inlined) and constant by their class.
    expect(php).toContain('(($x * 2) > helpers::LIMIT)');
    // big() has a statement before its return: called.
    expect(php).toContain('helpers::big($x)');
  });

  test('a Map with string keys is a PHP array, and looks ids up as in TS (prototype names and numeric ids too)', () => {
    const code = 'function build(ids: string[]): Map<string, number> {\n  const at = new Map<string, number>();\n'
      + '  for (let i = 0; i < ids.length; i++) {\n    if (!at.has(ids[i] as string)) {\n      at.set(ids[i] as string, i);\n    }\n  }\n  return at;\n}\n'
      + 'export function f(ids: string[], probe: string[]): number[] {\n  const at = build(ids);\n'
      + '  return probe.map((id) => at.get(id) ?? -1);\n}';
    const php = translateSource(code).php;
    expect(php).toContain('$at = [];');
    expect(php).toContain('$at[($ids[$i] ?? null)] = $i;');
    expect(php).toContain('$at[$id] ?? -1');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-php-map-'));
    try {
      fs.writeFileSync(path.join(dir, 'mod.php'), php);
      fs.writeFileSync(path.join(dir, 'runtime.php'), runtimePhp());
      const ids = ['a', 'constructor', '12', 'b', 'a', '012'];
      const probe = ['a', 'b', 'constructor', 'toString', '12', '012', '1', 'z'];
      const out = runPhp([{ class: 'mod', method: 'f', args: [ids, probe] }], dir);
      const at = new Map<string, number>();
      ids.forEach((id, i) => { if (!at.has(id)) at.set(id, i); });
      expect(out).toEqual([probe.map((id) => at.get(id) ?? -1)]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('number literals keep their value (ts-morph reads 0.000000001 and 1e-9 as 1)', () => {
    const php = translateSource('export function f(x: number): number[] {\n  return [x * 0.000000001, 1e-9, 2.5e3, 0x10, 1_000];\n}').php;
    expect(php).toContain('$x * 1e-9');
    expect(php).toContain('[$x * 1e-9, 1e-9, 2500, 16, 1000]');
  });

  test('continue inside a switch inside a loop becomes continue 2', () => {
    const php = translateSource('export function f(a: string[]): number {\n  let n = 0;\n  for (const x of a) {\n    switch (x) {\n      case "a":\n        continue;\n      default:\n        n++;\n    }\n  }\n  return n;\n}').php;
    expect(php).toContain('continue 2;');
  });

  test('a read with a default is one ?? in PHP; a call on the left keeps its parentheses; only arithmetic indexes are cast', () => {
    const php = translateSource('interface P { xs?: number[]; m: { [k: string]: number } }\n'
      + 'function g(p: P): number[] | null {\n  const xs = p.xs ?? null;\n  return xs;\n}\n'
      + 'export function f(p: P, i: number, k: string): number {\n'
      + '  const a = (p.xs ?? [])[i] ?? -1;\n  const b = p.m[k] ?? 0;\n  const c = (g(p) ?? [])[0] ?? 2;\n'
      + '  const d = (p.xs ?? [])[i - 1] ?? 0;\n  return a + b + c + d;\n}').php;
    // A variable index needs no (int) cast; arithmetic keeps it.
    expect(php).toContain("$a = ($p['xs'] ?? [])[$i] ?? -1;");
    expect(php).toContain("$d = ($p['xs'] ?? [])[(int) ($i - 1)] ?? 0;");
    expect(php).toContain("$b = $p['m'][$k] ?? 0;");
    expect(php).toContain('$c = (self::g($p) ?? [])[0] ?? 2;');
    expect(php).not.toContain('?? null) ??');
    // Runs like the TypeScript: absent keys fall back to the default.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-php-coalesce-'));
    try {
      fs.writeFileSync(path.join(dir, 'mod.php'), php);
      fs.writeFileSync(path.join(dir, 'runtime.php'), runtimePhp());
      const out = runPhp([{ class: 'mod', method: 'f', args: [{ m: {} }, 3, 'z'] },
        { class: 'mod', method: 'f', args: [{ xs: [5, 6], m: { z: 10 } }, 1, 'z'] }], dir);
      expect(out).toEqual([-1 + 0 + 2 + 0, 6 + 10 + 5 + 5]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reason strings for Moodle lang files', () => {
  test('placeholders become {$a->param}, keys sorted, quotes escaped', () => {
    expect(langBlock({ unit_locked: "Level {level} is locked until {prev} is validated", a_b: "l'unité" })).toBe(
      "$string['reason_a_b'] = 'l\\'unité';\n$string['reason_unit_locked'] = 'Level {$a->level} is locked until {$a->prev} is validated';");
  });
});
