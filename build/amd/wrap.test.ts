import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEntry, findEntries, orphans } from './build';
import { amdPrologue, isMoodleExternal, moduleId, wrapAmd } from './wrap';

type Factory = (...args: unknown[]) => unknown;
interface Defined { id: string; deps: string[]; factory: Factory }

/** Evaluates AMD code with a fake define(); returns what it registered. */
function evaluate(code: string): Defined[] {
  const defined: Defined[] = [];
  const define = (id: string, deps: string[], factory: Factory): void => {
    defined.push({ id, deps, factory });
  };
  new Function('define', code)(define);
  return defined;
}

/** Runs a registered factory like RequireJS does for the CommonJS-sugar form. */
function instantiate(d: Defined, modules: Record<string, unknown>): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const req = (name: string): unknown => {
    if (!(name in modules)) throw new Error(`unexpected require(${name})`);
    return modules[name];
  };
  const args = d.deps.map((dep) => (dep === 'require' ? req : dep === 'exports' ? module.exports : dep === 'module' ? module : modules[dep]));
  const ret = d.factory(...args);
  return (ret as Record<string, unknown> | undefined) ?? module.exports;
}

describe('AMD wrapper', () => {
  test('wrapAmd produces one named define with sorted, unique deps', () => {
    const code = wrapAmd('module.exports = { answer: require("core/str").x };', 'local_sens/x', ['core/str', 'core/str', 'core/ajax']);
    const [d, ...rest] = evaluate(code);
    expect(rest).toHaveLength(0);
    expect(d!.id).toBe('local_sens/x');
    expect(d!.deps).toEqual(['require', 'exports', 'module', 'core/ajax', 'core/str']);
    expect(instantiate(d!, { 'core/str': { x: 42 }, 'core/ajax': {} })).toEqual({ answer: 42 });
  });

  test('prologue is exactly one line (source maps shift by one)', () => {
    expect(amdPrologue('a_b/c', ['core/str']).split('\n')).toHaveLength(2);
  });

  test('externals: Moodle core, jquery and plugin modules; not npm or relative imports', () => {
    for (const s of ['core/str', 'core_form/modalform', 'jquery', 'local_sens/announce', 'mod_sensportfolio/evidence']) {
      expect(isMoodleExternal(s)).toBe(true);
    }
    for (const s of ['./util', '../x', 'lodash', 'zod/v4', 'core', 'local_sens']) {
      expect(isMoodleExternal(s)).toBe(false);
    }
  });

  test('module ids refuse names Moodle would not load', () => {
    expect(moduleId('block_competences', 'competences')).toBe('block_competences/competences');
    expect(() => moduleId('competences', 'x')).toThrow(/frankenstyle/);
    expect(() => moduleId('local_sens', 'My-Module')).toThrow(/valid AMD module name/);
  });
});

describe('built modules', () => {
  const entries = findEntries();

  test('every plugin has its modules, several per plugin (each amd/<component>/*.ts)', () => {
    expect(new Set(entries.map((e) => e.component))).toEqual(new Set(['block_competences', 'local_sens', 'mod_sensportfolio']));
    expect(entries.filter((e) => e.component === 'local_sens').map((e) => e.name)).toEqual(expect.arrayContaining(['announce', 'engine', 'mapping', 'simulate']));
  });

  /** Modules a page calls with js_call_amd(…, 'init'); the others are libraries of their siblings. */
  const LIBRARIES = new Set(['local_sens/engine', 'local_sens/simulate', 'local_sens/mapping_editor', 'local_sens/mapping_simulate']);
  /** Files bundled into a module: its own source, plus the rules engine's when it imports it. */
  const ENGINE_SOURCE = /^\.\.\/\.\.\/\.\.\/rules-engine\/(src\/.+\.ts|messages\/(fr|en)\.json)$/;

  test.each(entries.map((e) => [`${e.component}/${e.name}`, e] as const))('%s: valid AMD, externals kept out, init exported', async (id, e) => {
    const files = await buildEntry(e);
    const src = files.get(`${e.pluginDir}/amd/src/${e.name}.js`)!;
    const min = files.get(`${e.pluginDir}/amd/build/${e.name}.min.js`)!;
    const map = JSON.parse(files.get(`${e.pluginDir}/amd/build/${e.name}.min.js.map`)!) as { sources: string[]; file: string; mappings: string };
    if (!LIBRARIES.has(id)) expect(src).toMatch(/^export function init\(/m);
    expect(src).toContain('This file is part of Moodle');
    for (const code of [min]) {
      const defs = evaluate(code);
      expect(defs).toHaveLength(1);
      expect(defs[0]!.id).toBe(id);
      const externals = defs[0]!.deps.slice(3);
      // Value imports only (`import type` is erased); a sibling `./x` is the module <component>/x.
      const imported = [...readFileSync(e.source, 'utf8').matchAll(/^(?:import|export) (?!type )[^;]*? from '([^']+)'/gm)].map((m) => m[1]!)
        .map((s) => (s.startsWith('./') ? `${e.component}/${s.slice(2)}` : s)).filter(isMoodleExternal);
      expect(externals).toEqual([...new Set(imported)].sort());
      // Not bundled: Moodle's modules are only required, never defined inside.
      expect(code).not.toMatch(/M\.cfg|core\/config/);
      const fakes = Object.fromEntries(externals.map((x) => [x, { getString: () => Promise.resolve(''), announce: () => undefined, default: class {} }]));
      const exported = instantiate(defs[0]!, fakes);
      if (!LIBRARIES.has(id)) expect(typeof exported.init).toBe('function');
      expect(exported.__esModule).toBe(true);
    }
    expect(min).toMatch(new RegExp(`//# sourceMappingURL=${e.name}\\.min\\.js\\.map\\n$`));
    expect(map.file).toBe(`${e.name}.min.js`);
    expect(map.sources[0]).toBe(`../src/${e.name}.js`);
    for (const other of map.sources.slice(1)) expect(other).toMatch(ENGINE_SOURCE);
    expect((map as unknown as { sourcesContent: string[] }).sourcesContent[0]).toEqual(src);
    expect(map.mappings.startsWith(';')).toBe(true);
    expect(JSON.stringify(map) + src + min).not.toMatch(/\/(root|home|work|tmp)\//);
  });

  test.each([entries[0]!, entries.find((e) => e.name === 'engine')!].map((e) => [`${e.component}/${e.name}`, e] as const))('build is reproducible (%s)', async (_id, e) => {
    const a = await buildEntry(e);
    const b = await buildEntry(e);
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  test('local_sens/engine bundles the rules engine and nothing else: no zod, no Moodle dependency', async () => {
    const e = entries.find((x) => x.component === 'local_sens' && x.name === 'engine')!;
    const min = (await buildEntry(e)).get('local_sens/amd/build/engine.min.js')!;
    const [d] = evaluate(min);
    expect(d!.deps).toEqual(['require', 'exports', 'module']);
    expect(min).not.toMatch(/zod|ZodError/);
    const m = instantiate(d!, {});
    expect(Object.keys(m).sort()).toEqual(['decide']);
  });
});

describe('orphans', () => {
  test('files in <plugin>/amd/{src,build} without a TypeScript source are reported', () => {
    const root = mkdtempSync(join(tmpdir(), 'sens-amd-'));
    try {
      mkdirSync(join(root, 'local_sens/amd/build'), { recursive: true });
      writeFileSync(join(root, 'local_sens/amd/build/kept.min.js'), '');
      writeFileSync(join(root, 'local_sens/amd/build/old.min.js'), '');
      expect(orphans(new Set(['local_sens/amd/build/kept.min.js']), root)).toEqual(['local_sens/amd/build/old.min.js']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
