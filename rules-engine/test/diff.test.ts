// diffProgrammes / diffDecisions (core/diff.ts) and displayParams (core/format.ts), in TS and in the generated PHP.
import { join } from 'node:path';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { decide } from '../src/core/decide';
import { diffDecisions, diffProgrammes, sameJson, type Change } from '../src/core/diff';
import { displayParams, fillTemplate, listParam } from '../src/core/format';
import { diffLearners } from '../src/diff';
import { run } from '../src/cli/main';
import { message } from '../src/messages';
import type { ProgrammeT } from '../src/schema/programme';
import { canonical } from '../../tests/differential/canonical';
import { runPhp } from '../../tests/differential/php';
import { duMini, mastereMini } from './cases/programmes';
import { cases } from './cases';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const codes = (cs: Change[]) => cs.map((c) => c.code);
const unitAt = (p: ProgrammeT, id: string) => p.units.findIndex((u) => u.id === id);

/** A new DU version touching every kind of change the diff knows. */
function duNext(): ProgrammeT {
  const p = clone(duMini);
  p.version = '2';
  p.maxDurationMonths = 24;
  p.placementBases = ['PIX'];
  p.units = p.units.filter((u) => u.id !== 'cyber.n3');
  p.units.push({ id: 'ethique', kind: 'domain', title: 'Éthique', titleEn: 'Ethics', parent: null, requirements: [] });
  p.units.push({ id: 'bonus', kind: 'unit', title: 'Bonus', parent: null, optional: true, requirements: [] });
  const n2 = p.units[unitAt(p, 'donnees.n2')]!;
  n2.hours = 8;
  n2.prerequisites = ['cyber.n1'];
  p.units[unitAt(p, 'cyber')]!.gating = 'none';
  p.units[unitAt(p, 'portfolio')]!.requirements = [{ kind: 'jury', id: 'jury', passMark: 10, max: 20 }];
  p.units[unitAt(p, 'donnees.n3')]!.optional = true;
  p.slots = (p.slots ?? []).filter((s) => s.id !== 'cyber.n2.q1').map((s) => (s.id === 'donnees.n1.q1' ? { ...s, passPercent: 60 } : s));
  p.slots.push({ id: 'donnees.n1.q9', unit: 'donnees.n1', title: 'Quiz 9', titleEn: 'Quiz nine', activityType: 'quiz', required: true });
  p.slots.push({ id: 'donnees.n1.opt', unit: 'donnees.n1', title: 'Optional', activityType: 'page', required: false });
  p.certification = { units: null, participationAttestation: false };
  return p;
}

describe('diffProgrammes', () => {
  test('no change between a programme and itself, or a copy with keys reordered', () => {
    expect(diffProgrammes(duMini, duMini)).toEqual([]);
    const reverseKeys = (x: unknown): unknown => (Array.isArray(x) ? x.map(reverseKeys)
      : x !== null && typeof x === 'object' ? Object.fromEntries(Object.entries(x).reverse().map(([k, v]) => [k, reverseKeys(v)])) : x);
    const reordered = reverseKeys(duMini) as ProgrammeT;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(duMini));
    expect(diffProgrammes(duMini, clone(duMini))).toEqual([]);
    expect(diffProgrammes(duMini, reordered)).toEqual([]);
  });
  test('every kind of change, with paths and params naming units and slots by id', () => {
    const next = duNext();
    const changes = diffProgrammes(duMini, next);
    // Programme level, removed units, then units in the new order, slots, attendance, certification.
    expect(codes(changes)).toEqual([
      'change_max_duration', 'change_placement_bases', 'change_unit_removed', 'change_unit_hours',
      'change_prerequisites', 'change_unit_now_optional', 'change_gating', 'change_requirements', 'change_unit_added',
      'change_unit_added_optional', 'change_slot_changed', 'change_slot_added', 'change_slot_removed', 'change_certification',
    ]);
    const byCode = (c: string) => changes.find((x) => x.code === c)!;
    expect(byCode('change_max_duration')).toEqual({ code: 'change_max_duration', path: '/maxDurationMonths', params: { old: '36', new: '24' } });
    expect(byCode('change_unit_removed')).toEqual({ code: 'change_unit_removed', path: `/units/${unitAt(duMini, 'cyber.n3')}`, params: { unit: 'cyber.n3' } });
    expect(byCode('change_unit_added')).toEqual({ code: 'change_unit_added', path: `/units/${unitAt(next, 'ethique')}`, params: { unit: 'ethique', parent: '—' } });
    expect(byCode('change_prerequisites').params).toEqual({ unit: 'donnees.n2', old: '—', new: 'cyber.n1' });
    expect(byCode('change_unit_hours').params).toEqual({ unit: 'donnees.n2', old: '7', new: '8' });
    expect(byCode('change_gating').params).toEqual({ unit: 'cyber', old: 'sequential', new: 'none' });
    expect(byCode('change_slot_added').params).toEqual({ slot: 'donnees.n1.q9', unit: 'donnees.n1' });
    expect(byCode('change_slot_removed').path).toBe(`/slots/${(duMini.slots ?? []).findIndex((s) => s.id === 'cyber.n2.q1')}`);
    // An optional activity added changes no decision.
    expect(changes.some((c) => c.code === 'change_slot_added' && c.params.slot === 'donnees.n1.opt')).toBe(false);
  });
  test('moved units, now-required units, attendance rules', () => {
    const next = clone(mastereMini);
    next.units[unitAt(next, 'methodo')] = { ...next.units[unitAt(next, 'methodo')]!, parent: null, optional: false };
    next.attendance = [{ ...next.attendance![0]!, thresholdPercent: 25 }, { id: 'absence-total', scope: 'total', units: ['uef1'], thresholdPercent: 30, strict: false, effect: 'bar-main-session' }];
    const changes = diffProgrammes(mastereMini, next);
    expect(changes).toEqual([
      { code: 'change_unit_moved', path: `/units/${unitAt(next, 'methodo')}/parent`, params: { unit: 'methodo', old: 'transversal', new: '—' } },
      { code: 'change_unit_now_required', path: `/units/${unitAt(next, 'methodo')}/optional`, params: { unit: 'methodo' } },
      { code: 'change_attendance_changed', path: '/attendance/0', params: { rule: 'absence-20' } },
      { code: 'change_attendance_added', path: '/attendance/1', params: { rule: 'absence-total' } },
      { code: 'change_attendance_removed', path: '/attendance/1', params: { rule: 'absence-50' } },
    ]);
  });
  test('sameJson: key order ignored, absent = null, {} = [] (one value in PHP), lists ordered', () => {
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: null }, { a: 1 })).toBe(true);
    expect(sameJson({}, [])).toBe(true);
    expect(sameJson({}, { x: null })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 0 })).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
  });
});

describe('diffDecisions: what a new version changes for a learner already enrolled', () => {
  const c = cases.find((x) => x.name.startsWith('du: exercises and attestation'))!;
  test('a required activity added to a validated level reopens it and relocks the next level', () => {
    const next = clone(duMini);
    next.version = '2';
    next.slots!.push({ id: 'donnees.n1.q9', unit: 'donnees.n1', title: 'Quiz 9', activityType: 'quiz', required: true });
    const [l] = diffLearners(duMini, next, [{ source: 'x', record: c.record }], c.asOf);
    expect(l!.changes).toEqual([
      { code: 'change_learner_state', path: `/units/${unitAt(duMini, 'donnees.n1')}`, params: { learner: c.record.learner, unit: 'donnees.n1', old: 'validated', new: 'in_progress' } },
      { code: 'change_learner_state', path: `/units/${unitAt(duMini, 'donnees.n2')}`, params: { learner: c.record.learner, unit: 'donnees.n2', old: 'open', new: 'locked' } },
    ]);
  });
  test('verdict, deadline, removed and added units', () => {
    const next = duNext();
    const before = decide(duMini, c.record, c.asOf);
    const after = decide(next, { ...c.record, programme: { id: next.id, version: next.version } }, c.asOf);
    const changes = diffDecisions(before, after);
    expect(changes.find((x) => x.code === 'change_learner_deadline')!.params).toEqual({ learner: c.record.learner, old: '2029-03-30', new: '2028-03-30' });
    expect(changes.find((x) => x.code === 'change_learner_unit_removed')!.params).toEqual({ learner: c.record.learner, unit: 'cyber.n3', old: 'locked' });
    expect(changes.filter((x) => x.code === 'change_learner_unit_added').map((x) => x.params.unit)).toEqual(['ethique', 'bonus']);
    expect(diffDecisions(before, before)).toEqual([]);
  });
  test('a shorter maximum duration can expire a learner: the verdict change is listed first', () => {
    const next = { ...clone(duMini), maxDurationMonths: 6 };
    const changes = diffDecisions(decide(duMini, c.record, '2026-12-01'), decide(next, c.record, '2026-12-01'));
    expect(changes[0]).toEqual({ code: 'change_learner_verdict', path: '/certification', params: { learner: c.record.learner, old: 'in_progress', new: 'participation' } });
  });
});

describe('displayParams', () => {
  const p: ProgrammeT = { ...clone(duMini), units: duMini.units.map((u) => (u.id === 'donnees' ? { ...u, titleEn: 'Health data' } : u)) };
  p.slots![0] = { ...p.slots![0]!, titleEn: 'Quiz one' };
  test('unit and slot ids → titles in the language; a list stays a list (of titles); other values kept', () => {
    const params = { unit: 'donnees', previous: 'donnees.n1', missing: ['donnees.n1.q1', 'donnees.n1.q2', 'c1'], by: 'jury', n: 2, text: 'a, donnees' };
    expect(displayParams(p, params, 'fr')).toEqual({ unit: 'Données de santé', previous: 'Débutant', missing: ['Quiz 1', 'Quiz 2', 'c1'], by: 'jury', n: 2, text: 'a, donnees' });
    // 'en' uses titleEn when given, else the title.
    expect(displayParams(p, params, 'en')).toEqual({ unit: 'Health data', previous: 'Débutant', missing: ['Quiz one', 'Quiz 2', 'c1'], by: 'jury', n: 2, text: 'a, donnees' });
    expect(params.unit).toBe('donnees'); // input untouched
    expect(params.missing).toEqual(['donnees.n1.q1', 'donnees.n1.q2', 'c1']);
    // A "a, b" string of ids (a change's prerequisites, a decision stored before lists were lists) reads as titles too.
    expect(displayParams(p, { missing: 'donnees.n1.q1, donnees.n1.q2' }, 'fr')).toEqual({ missing: 'Quiz 1, Quiz 2' });
  });
  test('fillTemplate joins a list with ", "; listParam reads a list and the "a, b" of decisions stored before', () => {
    expect(fillTemplate('to pass: {missing} ({n})', { missing: ['Quiz 1', 'Quiz 2'], n: 2 })).toBe('to pass: Quiz 1, Quiz 2 (2)');
    expect(fillTemplate('{missing}.', { missing: [] })).toBe('.');
    expect(listParam(['a', 'b'])).toEqual(['a', 'b']);
    expect(listParam('a, b')).toEqual(['a', 'b']);
    expect(listParam('')).toEqual([]);
  });
  test('message() with the programme shows titles, not ids', () => {
    const d = decide(duMini, cases[0]!.record, cases[0]!.asOf);
    const locked = d.units.find((u) => u.id === 'donnees.n2')!.reasons[0]!;
    expect(message('fr', locked.code, locked.params)).toContain('« donnees.n2 »');
    expect(message('fr', locked.code, locked.params, duMini)).toContain('« Intermédiaire »');
    expect(message('fr', locked.code, locked.params, duMini)).not.toContain('donnees.n');
  });
});

describe('generated PHP agrees', () => {
  test('diff::diff_programmes, diff::diff_decisions and format::display_params give the TS values', () => {
    const next = duNext();
    const m2 = clone(mastereMini);
    m2.attendance = [{ ...m2.attendance![0]!, thresholdPercent: 25 }];
    const c = cases.find((x) => x.name.startsWith('du: exercises and attestation'))!;
    const before = decide(duMini, c.record, c.asOf);
    const after = decide(next, { ...c.record, programme: { id: next.id, version: next.version } }, c.asOf);
    const params = { unit: 'donnees', missing: ['donnees.n1.q1', 'donnees.n1.q2'], options: [], old: 'donnees.n1.q1, donnees.n1.q2', n: 2, by: 'x, y' };
    const calls = [
      { class: 'diff', method: 'diff_programmes', args: [duMini, next] },
      { class: 'diff', method: 'diff_programmes', args: [next, duMini] },
      { class: 'diff', method: 'diff_programmes', args: [mastereMini, m2] },
      { class: 'diff', method: 'diff_programmes', args: [duMini, duMini] },
      { class: 'diff', method: 'diff_decisions', args: [before, after] },
      { class: 'format', method: 'display_params', args: [next, params, 'en'] },
      { class: 'format', method: 'display_params', args: [next, params, 'fr'] },
    ];
    const expected = [diffProgrammes(duMini, next), diffProgrammes(next, duMini), diffProgrammes(mastereMini, m2), [],
      diffDecisions(before, after), displayParams(next, params, 'en'), displayParams(next, params, 'fr')];
    expect(runPhp(calls).map(canonical)).toEqual(expected.map(canonical));
  });
  test('format::display_params shows the shipped DU CNS slots by their English titles, as TS does', () => {
    const du = JSON.parse(readFileSync(join(__dirname, '..', 'programmes', 'du-cns.json'), 'utf8')) as ProgrammeT;
    const params = { unit: 'donnees.debutant', missing: ['donnees.debutant.e1.exercices', 'donnees.debutant.e6.exercices'], passed: 0 };
    const got = runPhp([{ class: 'format', method: 'display_params', args: [du, params, 'en'] },
      { class: 'format', method: 'display_params', args: [du, params, 'fr'] }]);
    expect(got[0]).toEqual({ unit: 'Fundamentals of health data', passed: 0, missing: ['Online exercises — The stakes of patient identity '
      + 'monitoring (identitovigilance) for users and health professionals.', 'Online exercises — Ethics of the uses of health data'] });
    expect(got.map(canonical)).toEqual([displayParams(du, params, 'en'), displayParams(du, params, 'fr')].map(canonical));
  });
});

describe('sens-rules diff --records', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'sens-diff-'));
  const file = (name: string, data: unknown) => { const f = join(tmp, name); writeFileSync(f, JSON.stringify(data)); return f; };
  const c = cases.find((x) => x.name.startsWith('du: exercises and attestation'))!;
  const oldF = file('old.json', duMini);
  const next = clone(duMini);
  next.version = '2';
  next.slots!.push({ id: 'donnees.n1.q9', unit: 'donnees.n1', title: 'Quiz 9', activityType: 'quiz', required: true });
  const newF = file('new.json', next);
  mkdirSync(join(tmp, 'records'));
  writeFileSync(join(tmp, 'records', 'a.json'), JSON.stringify(c.record));
  writeFileSync(join(tmp, 'records', 'b.json'), JSON.stringify({ ...c.record, learner: 'learner-2', activities: [], attestations: [] }));
  writeFileSync(join(tmp, 'records', 'other.json'), JSON.stringify({ ...c.record, programme: { id: 'mastere-mini', version: '1' } }));
  test('re-decides each record of the old programme under both versions and shows titles', () => {
    const r = run(['diff', oldF, newF, '--records', join(tmp, 'records'), '--as-of', c.asOf, '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[change_slot_added] Activité obligatoire « Quiz 9 » ajoutée à « Débutant »');
    expect(r.out).toContain('Learners: 1 of 2 affected');
    expect(r.out).toContain('learner-1 : « Débutant » validated → in_progress');
    expect(r.out).toMatch(/learner-2 \(.*b\.json\): no change/);
    const j = JSON.parse(run(['diff', oldF, newF, '--records', join(tmp, 'records', 'a.json'), '--as-of', c.asOf, '--json']).out);
    expect(j.learners).toHaveLength(1);
    expect(j.learners[0].changes.map((x: Change) => x.params)).toEqual([
      { learner: 'learner-1', unit: 'donnees.n1', old: 'validated', new: 'in_progress' },
      { learner: 'learner-1', unit: 'donnees.n2', old: 'open', new: 'locked' },
    ]);
  });
  test('usage and invalid records', () => {
    expect(run(['diff', oldF, newF, '--records', join(tmp, 'records')]).code).toBe(2);
    expect(run(['diff', oldF, newF, '--as-of', c.asOf]).code).toBe(2);
    const bad = run(['diff', oldF, newF, '--records', join(tmp, 'records', 'other.json'), '--as-of', c.asOf]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('other.json: /programme/id');
    expect(run(['diff', oldF, newF, '--records', join(tmp, 'nope'), '--as-of', c.asOf]).code).toBe(1);
  });
});
