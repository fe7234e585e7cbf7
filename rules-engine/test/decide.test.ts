import { decide, prepare } from '../src/core/decide';
import { validateProgramme, validateRecord } from '../src/core/validate';
import { cases } from './cases';

describe('decide: table-driven cases after the seeds', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(validateProgramme(c.programme)).toEqual([]);
    expect(validateRecord(c.programme, c.record)).toEqual([]);
    const d = decide(c.programme, c.record, c.asOf);
    expect(d.verdict.code).toBe(c.expected.verdict);
    for (const u of c.expected.units) {
      const got = d.units.find((x) => x.id === u.id);
      expect({ id: u.id, state: got?.state }).toEqual({ id: u.id, state: u.state });
      for (const code of u.reasons ?? []) {
        expect(got?.reasons.map((r) => r.code)).toContain(code);
      }
    }
    if (c.expected.next !== undefined) {
      expect(d.next === null ? null : d.next.unit).toBe(c.expected.next);
    }
    // Output follows programme order.
    expect(d.units.map((u) => u.id)).toEqual(c.programme.units.map((u) => u.id));
  });
});

describe('prepare(programme): the programme index decide may take', () => {
  test('decide with a prepared index gives the same decision as without, for every case; prepare is pure', () => {
    for (const c of cases) {
      const before = JSON.stringify(c.programme);
      const ix = prepare(c.programme);
      expect(prepare(c.programme)).toEqual(ix);
      expect(decide(c.programme, c.record, c.asOf, ix)).toEqual(decide(c.programme, c.record, c.asOf));
      expect(JSON.stringify(c.programme)).toBe(before);
    }
  });
  test('ids that are Object prototype member names are ordinary ids', () => {
    const c = cases.find((x) => x.name.startsWith('du: exercises and attestation'))!;
    const rename = (s: string) => s === 'donnees.n1' ? 'constructor' : s === 'donnees.n1.q1' ? 'toString' : s === 'donnees' ? 'hasOwnProperty' : s;
    const deep = (x: unknown): unknown => (typeof x === 'string' ? rename(x) : Array.isArray(x) ? x.map(deep)
      : x !== null && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, deep(v)])) : x);
    const p = deep(c.programme) as typeof c.programme;
    const r = deep(c.record) as typeof c.record;
    expect(validateProgramme(p)).toEqual([]);
    const got = decide(p, r, c.asOf);
    expect(got.units.map((u) => [u.id, u.state])).toEqual(decide(c.programme, c.record, c.asOf).units.map((u) => [rename(u.id), u.state]));
    expect(got.units.find((u) => u.id === 'constructor')!.state).toBe('validated');
    const unknown = decide(p, { ...r, activities: [...(r.activities ?? []), { id: 'z', slot: 'valueOf', completed: true, passed: true, at: '2026-05-01' }] }, c.asOf);
    expect(unknown.units.map((u) => u.state)).toEqual(got.units.map((u) => u.state));
  });
});

describe('validTo and the deadline', () => {
  const c = cases.find((x) => x.name.startsWith('du: with validToCapsDeadline the deadline'))!;
  test('capped: the deadline is validTo and the reasons point at /validTo', () => {
    const d = decide(c.programme, c.record, c.asOf);
    expect(d.deadline).toBe('2029-02-28');
    expect(d.units.find((u) => u.id === 'donnees.n2')!.reasons[0]).toEqual({ code: 'deadline_passed', path: '/validTo', params: { deadline: '2029-02-28', asOf: c.asOf } });
  });
  test('not capped (default) or validTo later than the 36 months: the deadline is enrolment + 36 months', () => {
    expect(decide({ ...c.programme, validToCapsDeadline: false }, c.record, c.asOf).deadline).toBe('2029-03-30');
    expect(decide({ ...c.programme, validTo: '2030-01-01' }, c.record, c.asOf).deadline).toBe('2029-03-30');
    expect(decide({ ...c.programme, maxDurationMonths: null }, c.record, c.asOf).deadline).toBe('2029-02-28');
  });
});
