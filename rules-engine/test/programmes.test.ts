// The shipped programmes (written by the programmes helper from the seeds) validate, and their example records
// decide as described in programmes/NOTES.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProgramme, loadRecord } from '../src/load';
import { decide } from '../src/core/decide';
import type { ProgrammeT } from '../src/schema/programme';

const dir = join(__dirname, '..', 'programmes');
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const shipped = ['du-cns.json', 'mastere-sousse.json', 'cec-sousse.json'].filter((f) => existsSync(join(dir, f)));

// Expected verdicts of the example records (NOTES.md, "Example records — expected decisions").
const expectedVerdict: Record<string, string> = {
  'du-cns.new-learner': 'not_started', 'du-cns.donnees-debutant-validated': 'in_progress',
  'du-cns.pix-placement-cyber-intermediaire': 'in_progress', 'du-cns.certified': 'certified', 'du-cns.expired': 'participation',
  'mastere-sousse.main-session-pass': 'certified', 'mastere-sousse.resit': 'in_progress', 'mastere-sousse.barred-absence-20': 'in_progress',
  'mastere-sousse.defaillant-absence-50': 'defaillant', 'cec-sousse.main-session-pass': 'certified', 'cec-sousse.resit': 'certified',
  'cec-sousse.barred-total-absence-20': 'in_progress', 'cec-sousse.defaillant-module-50': 'defaillant',
};
const expectedUnits: Record<string, [string, string][]> = {
  'du-cns.donnees-debutant-validated': [['donnees.debutant', 'validated'], ['donnees.intermediaire', 'open'], ['donnees.avance', 'locked']],
  'du-cns.pix-placement-cyber-intermediaire': [['cybersecurite.debutant', 'exempt'], ['cybersecurite.intermediaire', 'open'], ['cybersecurite.avance', 'locked']],
  'mastere-sousse.resit': [['uef3', 'validated'], ['uef1', 'in_progress'], ['memoire', 'locked']],
  'mastere-sousse.barred-absence-20': [['uef2', 'barred'], ['uef4', 'validated']],
  'mastere-sousse.defaillant-absence-50': [['uef5', 'defaillant']],
};

describe('shipped programmes', () => {
  test('the three programmes are present', () => expect(shipped.length).toBe(3));
  test.each(shipped)('%s is valid', (f) => {
    const r = loadProgramme(read(f));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
  test('the seed\'s « 30 février 2029 » copy is rejected at /validTo', () => {
    const f = 'invalid/du-cns-feb-30.json';
    if (!existsSync(join(dir, f))) return;
    const r = loadProgramme(read(f));
    expect(r.ok ? [] : r.errors.map((e) => `${e.code} ${e.path}`)).toContain('invalid_date /validTo');
  });
  const examples = existsSync(join(dir, 'examples')) ? readdirSync(join(dir, 'examples')).filter((f) => f.endsWith('.json')) : [];
  test.each(examples)('example %s', (f) => {
    const name = f.replace(/\.asof-.*$/, '');
    const asOf = (f.match(/asof-(\d{4}-\d{2}-\d{2})/) ?? [])[1] as string;
    const prog = loadProgramme(read(`${name.split('.')[0]}.json`));
    expect(prog.ok).toBe(true);
    const p = (prog as { value: ProgrammeT }).value;
    const rec = loadRecord(p, read(`examples/${f}`));
    expect(rec.ok ? [] : rec.errors).toEqual([]);
    if (!rec.ok) return;
    const d = decide(p, rec.value, asOf);
    if (expectedVerdict[name] !== undefined) expect(d.verdict.code).toBe(expectedVerdict[name]);
    for (const [id, state] of expectedUnits[name] ?? []) {
      expect([id, d.units.find((u) => u.id === id)?.state]).toEqual([id, state]);
    }
  });
});
