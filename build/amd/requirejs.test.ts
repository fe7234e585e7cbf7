/**
 * The committed amd/build/*.min.js files load in a real RequireJS (npm requirejs 2.3.8; Moodle 4.5 ships
 * RequireJS 2.3.7), with Moodle's core modules stubbed by named define()s, as Moodle's page would load them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findEntries } from './build';

import { runInNewContext } from 'node:vm';

interface RequireJs {
  (deps: string[], ok: (...m: unknown[]) => void, fail: (e: Error) => void): void;
  config: (c: object) => void;
}

const ROOT = resolve(__dirname, '..', '..');
// The loader itself (node_modules/requirejs/require.js, the browser build) in a fresh context, no DOM.
const context: Record<string, unknown> = { setTimeout, clearTimeout, console };
runInNewContext(readFileSync(require.resolve('requirejs/require.js'), 'utf8'), context);
const requirejs = context.requirejs as RequireJs;
const define = context.define as (...args: unknown[]) => void;

function load<T>(id: string): Promise<T> {
  return new Promise((ok, fail) => requirejs([id], (m) => ok(m as T), fail));
}

describe('built modules in RequireJS', () => {
  beforeAll(() => {
        define('core/str', [], () => ({ getString: (key: string) => Promise.resolve(`str:${key}`) }));
    define('core/pending', [], () => class Pending { resolve(): void { /* Stub. */ } });
    for (const e of findEntries()) {
      const code = readFileSync(join(ROOT, e.pluginDir, 'amd', 'build', `${e.name}.min.js`), 'utf8');
      new Function('define', code)(define);
    }
  });

  test('local_sens/announce exports its API', async () => {
    const m = await load<Record<string, unknown>>('local_sens/announce');
    expect(typeof m.announce).toBe('function');
    expect(typeof m.init).toBe('function');
  });

  test('block_competences/competences toggles aria-expanded and the details', async () => {
    const m = await load<{ toggle: (b: unknown, d: unknown) => boolean | null; init: unknown }>('block_competences/competences');
    const attrs: Record<string, string> = { 'aria-controls': 'd1', 'aria-expanded': 'false' };
    const button = { getAttribute: (k: string) => attrs[k] ?? null, setAttribute: (k: string, v: string) => { attrs[k] = v; } };
    const details = { hidden: true };
    const doc = { getElementById: (id: string) => (id === 'd1' ? details : null) };
    expect(m.toggle(button, doc)).toBe(true);
    expect(attrs['aria-expanded']).toBe('true');
    expect(details.hidden).toBe(false);
    expect(m.toggle(button, doc)).toBe(false);
    expect(details.hidden).toBe(true);
    attrs['aria-controls'] = 'missing';
    expect(m.toggle(button, doc)).toBeNull();
    expect(typeof m.init).toBe('function');
  });

  test('mod_sensportfolio/evidence counts code points left', async () => {
    const m = await load<{ remaining: (t: string, n: number) => number }>('mod_sensportfolio/evidence');
    expect(m.remaining('abc', 5)).toBe(2);
    expect(m.remaining('é😀', 3)).toBe(1);
    expect(m.remaining('toolong', 3)).toBe(0);
  });

  test('local_sens/simulate runs the bundled engine (local_sens/engine) and gives the golden decision of a fixture', async () => {
    const sim = await load<{ simulate: (f: unknown, p: unknown) => { ok: boolean; decision?: unknown };
      recordToForm: (r: unknown, asOf: string) => unknown; sameDecision: (a: unknown, b: unknown) => boolean }>('local_sens/simulate');
    const programme = JSON.parse(readFileSync(join(ROOT, 'rules-engine/programmes/du-cns.json'), 'utf8'));
    const dir = join(ROOT, 'tests/conformance/fixtures/du-cns');
    let compared = 0;
    for (const file of ['001.json', '010.json', '020.json']) {
      const fx = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { record: unknown; asOf: string; expected: unknown };
      const result = sim.simulate(sim.recordToForm(fx.record, fx.asOf), programme);
      expect(result.ok).toBe(true);
      expect(sim.sameDecision(result.decision, fx.expected)).toBe(true);
      compared++;
    }
    expect(compared).toBe(3);
  });
});
