/**
 * The simulate panel's pure logic: form state → learner record (and back), the browser decision, the layout of the
 * decision the server's presenter words.
 * Golden decisions come from the conformance fixtures, which the generated PHP engine also passes: a
 * decision computed from a form loaded with a fixture's record equals the server's for that record.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { canonical, emptyForm, layoutDecision, formToRecord, newRow, recordToForm, sameDecision, simulate } from './simulate';
import type { ProgrammeT } from '../../rules-engine/src/schema/programme';
import type { RecordT } from '../../rules-engine/src/schema/record';

const ROOT = resolve(__dirname, '..', '..');
const ducns = JSON.parse(readFileSync(join(ROOT, 'rules-engine/programmes/du-cns.json'), 'utf8')) as ProgrammeT;
const FIXTURES = join(ROOT, 'tests/conformance/fixtures/du-cns');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { record: RecordT; asOf: string; expected: unknown }) }));

/** A record without null optional fields, as formToRecord writes it (absent = null for the engine). */
function normalise(r: RecordT): unknown {
  return JSON.parse(JSON.stringify(r, (_k, v) => (v === null ? undefined : Array.isArray(v) && v.length === 0 ? undefined : v)));
}

describe('form state → record', () => {
  test('rows become typed facts; missing ids are generated without clashing with kept ones', () => {
    const form = emptyForm('2026-03-30', '2026-11-23');
    form.placements.push({ ...newRow('placements', '2026-04-01'), unit: 'cybersecurite.intermediaire', basis: 'PIX' });
    form.activities.push({ ...newRow('activities', '2026-05-02'), id: 'a2', slot: 'donnees.debutant.e1.exercices', passed: 'yes', grade: '8,5', max: '10' });
    form.activities.push({ ...newRow('activities', '2026-05-03'), slot: 'donnees.debutant.e2.exercices', completed: 'no', passed: '' });
    form.activities.push({ ...newRow('activities', '2026-05-04'), slot: 'donnees.debutant.e3.exercices' });
    form.attestations.push({ ...newRow('attestations', '2026-06-02'), unit: 'donnees.debutant', session: 'S1', by: 'teacher1' });
    const { record, errors } = formToRecord(form, ducns);
    expect(errors).toEqual([]);
    expect(record).toEqual({
      learner: 'simulation',
      programme: { id: 'du-cns', version: ducns.version },
      enrolment: { start: '2026-03-30' },
      placements: [{ id: 'p1', unit: 'cybersecurite.intermediaire', basis: 'PIX', by: 'simulation', at: '2026-04-01' }],
      activities: [
        { id: 'a2', slot: 'donnees.debutant.e1.exercices', completed: true, passed: true, grade: 8.5, max: 10, at: '2026-05-02' },
        { id: 'a1', slot: 'donnees.debutant.e2.exercices', completed: false, at: '2026-05-03' },
        { id: 'a3', slot: 'donnees.debutant.e3.exercices', completed: true, at: '2026-05-04' },
      ],
      attestations: [{ id: 't1', unit: 'donnees.debutant', session: 'S1', result: 'passed', by: 'teacher1', at: '2026-06-02' }],
    });
  });

  test('bad input names the list, the row and the field, and gives no record', () => {
    const form = emptyForm('2026-03-30', '2026-13-45x');
    form.activities.push({ ...newRow('activities', '2026-05-02'), slot: 'donnees.debutant.e1.exercices', grade: 'abc' });
    form.placements.push({ ...newRow('placements', 'yesterday'), unit: '', basis: 'PIX' });
    const { record, errors } = formToRecord(form, ducns);
    expect(record).toBeNull();
    expect(errors.map((e) => [e.list, e.index, e.field])).toEqual([
      ['asOf', 0, 'asOf'], ['placements', 0, 'unit'], ['placements', 0, 'at'], ['activities', 0, 'grade'],
    ]);
    expect(errors[3]!.message).toContain('"abc"');
  });

  test('a fact the programme does not know still gives a decision (its warning is the server\'s to word)', () => {
    const form = emptyForm('2026-03-30', '2026-11-23');
    form.activities.push({ ...newRow('activities', '2026-05-02'), slot: 'no.such.slot' });
    const sim = simulate(form, ducns);
    expect(sim.ok).toBe(true);
    if (sim.ok) {
      // The engine still decides (an attempt counts as a fact), as the server would.
      expect(sim.decision.verdict.code).toBe('in_progress');
    }
    form.asOf = '';
    const bad = simulate(form, ducns);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toEqual(['asOf asOf: "" is not a date YYYY-MM-DD']);
  });

  test.each(fixtures.map((f) => [f.file, f] as const))('fixture %s: record → form → record is lossless and the browser decision equals the golden one', (_f, fx) => {
    const form = recordToForm(fx.record, fx.asOf);
    const back = formToRecord(form, ducns);
    expect(back.errors).toEqual([]);
    expect(normalise(back.record!)).toEqual(normalise(fx.record));
    const sim = simulate(form, ducns);
    expect(sim.ok).toBe(true);
    if (sim.ok) {
      expect(sameDecision(sim.decision, fx.expected)).toBe(true);
    }
  });

  test('property: any form built from rows of known slots round-trips through the record', () => {
    const slots = (ducns.slots ?? []).map((s) => s.id);
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-05-${String(d).padStart(2, '0')}`);
    const activity = fc.record({
      slot: fc.constantFrom(...slots), completed: fc.constantFrom('yes', 'no'), passed: fc.constantFrom('', 'yes', 'no'),
      grade: fc.constantFrom('', '0', '7.5', '10'), max: fc.constantFrom('', '10', '20'), at: day,
    });
    fc.assert(fc.property(fc.array(activity, { maxLength: 12 }), (rows) => {
      const form = emptyForm('2026-03-30', '2026-11-23');
      form.activities = rows.map((r) => ({ ...newRow('activities', r.at), ...r }));
      const first = formToRecord(form, ducns);
      expect(first.errors).toEqual([]);
      const again = formToRecord(recordToForm(first.record!, form.asOf), ducns);
      expect(again.record).toEqual(first.record);
    }));
  });
});

describe('the decision as the server words it', () => {
  test('layoutDecision keeps the presenter\'s words and indents each unit under its parent', () => {
    const view = layoutDecision({
      units: [
        { id: 'donnees', kind: 'domain', label: 'Données de santé', state: 'open', statelabel: 'Ouvert', reasons: [] },
        { id: 'donnees.debutant', kind: 'level', parent: 'donnees', label: 'Débutant', state: 'open', statelabel: 'Ouvert',
          reasons: ['« Débutant » : 0 exercice sur 2 ; à réussir : Quiz 1, Quiz 2.'] },
        { id: 'donnees.debutant.atelier', kind: 'workshop', parent: 'donnees.debutant', label: 'Atelier', state: 'locked',
          statelabel: 'Verrouillé', reasons: [] },
      ],
      verdict: { code: 'in_progress', label: 'En cours', reasons: ['En cours : 0 partie validée sur 7.'] },
      next: { unit: 'donnees.debutant', label: 'Débutant', text: 'À réussir : Quiz 1, Quiz 2.' },
      deadline: { iso: '2029-03-30', text: '30 mars 2029' },
    });
    expect(view.units.map((u) => [u.id, u.depth, u.title, u.statelabel])).toEqual([
      ['donnees', 0, 'Données de santé', 'Ouvert'], ['donnees.debutant', 1, 'Débutant', 'Ouvert'],
      ['donnees.debutant.atelier', 2, 'Atelier', 'Verrouillé']]);
    expect(view.units[1]!.reasons).toEqual(['« Débutant » : 0 exercice sur 2 ; à réussir : Quiz 1, Quiz 2.']);
    expect(view.verdict.reasons).toEqual(['En cours : 0 partie validée sur 7.']);
    expect(view.next).toEqual({ unit: 'Débutant', text: 'À réussir : Quiz 1, Quiz 2.' });
    expect(view.deadline).toBe('30 mars 2029');
    expect(layoutDecision({ units: [] })).toEqual({ verdict: { code: '', label: '', reasons: [] }, deadline: '', next: null, units: [] });
  });

  test('canonical JSON ignores key order, not values', () => {
    expect(canonical({ b: 1, a: [1, { d: null, c: 'x' }] })).toBe('{"a":[1,{"c":"x","d":null}],"b":1}');
    expect(sameDecision({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameDecision({ a: 1 }, { a: 2 })).toBe(false);
  });
});
