// The shipped programmes (written by the programmes helper from the seeds) validate, and their example records
// decide as described in programmes/NOTES.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProgramme, loadRecord } from '../src/load';
import { decide } from '../src/core/decide';
import { displayParams } from '../src/core/format';
import { message } from '../src/messages';
import type { ProgrammeT } from '../src/schema/programme';

const dir = join(__dirname, '..', 'programmes');
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const shipped = ['du-cns.json', 'mastere-sousse.json', 'cec-sousse.json'].filter((f) => existsSync(join(dir, f)));

// Expected verdicts of the example records (NOTES.md, "Example records — expected decisions").
const expectedVerdict: Record<string, string> = {
  'du-cns.new-learner': 'not_started', 'du-cns.donnees-debutant-validated': 'in_progress',
  'du-cns.pix-placement-cyber-intermediaire': 'in_progress', 'du-cns.certified': 'certified', 'du-cns.expired': 'participation',
  'mastere-sousse.main-session-pass': 'certified', 'mastere-sousse.resit': 'in_progress', 'mastere-sousse.barred-absence-20': 'barred',
  'mastere-sousse.defaillant-absence-50': 'in_progress', 'cec-sousse.main-session-pass': 'certified', 'cec-sousse.resit': 'certified',
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

// Brief §5.3: wherever a text is shown it exists in French and English. Reasons name units and slots by their titles.
describe('shipped programmes in English', () => {
  const du = () => read('du-cns.json') as ProgrammeT;
  test.each(shipped)('%s: every unit, slot and level has an English title', (f) => {
    const p = read(f) as ProgrammeT;
    const missing = [...p.units, ...(p.slots ?? []), ...(p.levels ?? [])].filter((x) => !(x.titleEn ?? '')).map((x) => x.id);
    expect(missing).toEqual([]);
  });
  test('du-cns: the 86 online-exercise slots are « Online exercises — … », the levels Beginner to Advanced (Expert)', () => {
    const p = du();
    expect(p.slots).toHaveLength(86);
    for (const s of p.slots ?? []) {
      expect([s.id, s.title.startsWith('Exercices en ligne — '), (s.titleEn ?? '').startsWith('Online exercises — ')]).toEqual([s.id, true, true]);
      expect(s.titleEn).not.toBe(s.title);
    }
    expect(p.slots!.find((s) => s.id === 'initiation.introduction.e1.exercices')!.titleEn).toBe('Online exercises — What is e-health?');
    expect((p.levels ?? []).map((l) => [l.id, l.titleEn])).toEqual([['debutant', 'Beginner'], ['intermediaire', 'Intermediate'], ['avance', 'Advanced (Expert)']]);
  });
  test('du-cns: a pending-exercises reason reads in English with English slot titles, in French with French ones', () => {
    const p = du();
    const d = decide(p, loadRecordOf(p, 'du-cns.new-learner.asof-2026-04-15.json'), '2026-04-15');
    const pending = d.units.find((u) => u.id === 'donnees.debutant')!.reasons.find((r) => r.code === 'activities_pending')!;
    expect(pending.params).toMatchObject({ missing: expect.arrayContaining(['donnees.debutant.e1.exercices']) });
    const en = message('en', pending.code, pending.params, p);
    expect(en).toContain('Online exercises — The law and regulations governing the protection of health data (GDPR)');
    expect(en).not.toContain('Exercices en ligne');
    expect(message('fr', pending.code, pending.params, p)).toContain('Exercices en ligne — Le loi et les règlements');
    expect(displayParams(p, { missing: ['cybersecurite.debutant.e1.exercices', 'donnees.avance'], n: 2 }, 'en'))
      .toEqual({ missing: ['Online exercises — Context and vulnerabilities', 'Exploiting health data and innovation'], n: 2 });
  });
});

function loadRecordOf(p: ProgrammeT, f: string) {
  const r = loadRecord(p, read(`examples/${f}`));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}
