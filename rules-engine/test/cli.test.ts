import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { run } from '../src/cli/main';
import { duMini, mastereMini } from './cases/programmes';
import { cases } from './cases';

const tmp = mkdtempSync(join(tmpdir(), 'sens-rules-'));
const file = (name: string, data: unknown) => { const f = join(tmp, name); writeFileSync(f, typeof data === 'string' ? data : JSON.stringify(data)); return f; };
const du = file('du.json', duMini);
const c = cases.find((x) => x.name.startsWith('du: exercises and attestation'))!;
const rec = file('rec.json', c.record);

describe('sens-rules CLI', () => {
  test('validate ok → 0', () => expect(run(['validate', du]).code).toBe(0));
  test('validate Feb 30 → 1, names the file and path', () => {
    const r = run(['validate', file('bad.json', { ...duMini, validTo: '2029-02-30' }), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad.json: /validTo: [invalid_date]');
    expect(r.out).toContain('does not exist');
  });
  test('unreadable JSON → 1', () => expect(run(['validate', file('broken.json', '{')]).code).toBe(1));
  test('validate a record needs --programme', () => {
    expect(run(['validate', rec]).code).toBe(2);
    expect(run(['validate', rec, '--programme', du]).code).toBe(0);
  });
  test('decide prints the verdict and the states', () => {
    const r = run(['decide', du, rec, '--as-of', c.asOf, '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('VERDICT in_progress');
    expect(r.out).toMatch(/validated\s+donnees\.n1/);
  });
  test('decide --json is the Decision value', () => {
    const d = JSON.parse(run(['decide', du, rec, '--as-of', c.asOf, '--json']).out);
    expect(d.units.find((u: { id: string }) => u.id === 'donnees.n2').state).toBe('open');
  });
  test('explain shows reasons as a tree', () => {
    const r = run(['explain', du, rec, '--as-of', c.asOf, '--lang', 'en']);
    // Units are named by their titles (displayParams), not by ids.
    expect(r.out).toContain('\n  locked      donnees.n3 — Avancé\n      · "Avancé" is locked: level "Intermédiaire" must be validated first');
    expect(r.out).not.toContain('"donnees.n3"');
  });
  test('usage errors → 2', () => {
    expect(run([]).code).toBe(2);
    expect(run(['decide', du, rec]).code).toBe(2);
    expect(run(['decide', du, rec, '--as-of', '2029-02-30']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['validate', du, '--lang', 'de']).code).toBe(2);
  });
  test('diff lists changes for enrolled learners', () => {
    const next = { ...duMini, version: '2', maxDurationMonths: 48, slots: [...(duMini.slots ?? []), { id: 'new.q', unit: 'cyber.n1', title: 'Q', activityType: 'quiz', required: true }] };
    const r = run(['diff', du, file('du2.json', next), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((x: { code: string }) => x.code)).toEqual(['change_max_duration', 'change_slot_added']);
    expect(run(['diff', du, du]).out).toContain('No change');
  });
  test('a record for another programme → 1', () => {
    const r = run(['decide', file('m.json', mastereMini), rec, '--as-of', '2027-01-01']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('rec.json: /programme/id');
  });
});
