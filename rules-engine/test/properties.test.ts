// Invariants over random records (fast-check).
import fc from 'fast-check';
import { decide, stateRank } from '../src/core/decide';
import type { RecordT } from '../src/schema/record';
import type { ProgrammeT } from '../src/schema/programme';
import { duMini, mastereMini, cecMini } from './cases/programmes';

const dates = ['2026-04-01', '2026-06-02', '2027-01-15', '2028-05-01', '2029-03-30', '2029-06-01'];
const date = fc.constantFrom(...dates);
const levels = duMini.units.filter((u) => u.kind === 'level').map((u) => u.id);
const slots = (duMini.slots ?? []).map((s) => s.id);

const activity = fc.record({ slot: fc.constantFrom(...slots), completed: fc.boolean(), passed: fc.option(fc.boolean(), { nil: null }),
  grade: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), max: fc.constant(10), at: date });
const attestation = fc.record({ unit: fc.constantFrom(...levels), session: fc.constantFrom('s1', 's2'), result: fc.constantFrom('passed', 'failed', 'absent') as fc.Arbitrary<'passed' | 'failed' | 'absent'>, by: fc.constant('t'), at: date });
const juryDecision = fc.record({ unit: fc.constant('portfolio'), decision: fc.constantFrom('accepted', 'rejected', 'deferred') as fc.Arbitrary<'accepted' | 'rejected' | 'deferred'>, grade: fc.constant(null), by: fc.constant('jury'), at: date });
const placement = fc.record({ unit: fc.constantFrom(...levels), basis: fc.constantFrom('PIX', 'Europass'), by: fc.constant('ing'), at: date });

const withIds = <T extends object>(xs: T[], prefix: string) => xs.map((x, i) => ({ id: `${prefix}${i}`, ...x }));
const duRecord: fc.Arbitrary<RecordT> = fc.record({
  activities: fc.array(activity, { maxLength: 20 }), attestations: fc.array(attestation, { maxLength: 8 }),
  juryDecisions: fc.array(juryDecision, { maxLength: 2 }), placements: fc.array(placement, { maxLength: 1 }),
}).map((f) => ({
  learner: 'l', programme: { id: duMini.id, version: duMini.version }, enrolment: { start: '2026-03-30' },
  activities: withIds(f.activities, 'a'), attestations: withIds(f.attestations, 't'), juryDecisions: withIds(f.juryDecisions, 'j'),
  placements: withIds(f.placements, 'p'),
}));
const passingFact = fc.oneof(
  fc.record({ kind: fc.constant('activity' as const), slot: fc.constantFrom(...slots), at: date }),
  fc.record({ kind: fc.constant('attestation' as const), unit: fc.constantFrom(...levels), at: date }),
  fc.record({ kind: fc.constant('jury' as const), at: date }),
);
const asOf = fc.constantFrom('2026-05-01', '2027-06-01', '2029-01-01', '2029-04-01');

function shuffle<T>(xs: T[] | undefined, seed: number): T[] {
  const out = [...(xs ?? [])];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('decide invariants', () => {
  test('a new passing fact never lowers any unit state', () => {
    fc.assert(fc.property(duRecord, passingFact, asOf, (r, f, when) => {
      const before = decide(duMini, r, when);
      const more: RecordT = f.kind === 'activity'
        ? { ...r, activities: [...(r.activities ?? []), { id: 'new', slot: f.slot, completed: true, passed: true, at: f.at }] }
        : f.kind === 'attestation'
          ? { ...r, attestations: [...(r.attestations ?? []), { id: 'new', unit: f.unit, session: 's1', result: 'passed', by: 't', at: f.at }] }
          : { ...r, juryDecisions: [...(r.juryDecisions ?? []), { id: 'new', unit: 'portfolio', decision: 'accepted', grade: null, by: 'jury', at: f.at }] };
      const after = decide(duMini, more, when);
      before.units.forEach((u, i) => {
        expect([u.id, stateRank(after.units[i]!.state) >= stateRank(u.state)]).toEqual([u.id, true]);
      });
    }), { numRuns: 300 });
  });

  test('a level is never open while the level below is neither validated nor exempt', () => {
    fc.assert(fc.property(duRecord, asOf, (r, when) => {
      const d = decide(duMini, r, when);
      for (const dom of ['donnees', 'cyber']) {
        for (const k of [2, 3]) {
          const s = d.units.find((u) => u.id === `${dom}.n${k}`)!.state;
          const below = d.units.find((u) => u.id === `${dom}.n${k - 1}`)!.state;
          if (s === 'open' || s === 'in_progress' || s === 'validated') {
            expect(['validated', 'exempt']).toContain(below);
          }
        }
      }
    }), { numRuns: 300 });
  });

  test('certified implies every requirement met', () => {
    // Bias towards complete records so that certification actually happens.
    const full = fc.record({ skip: fc.subarray(slots, { maxLength: 1 }), jury: fc.constantFrom('accepted', 'rejected'), when: asOf }).map(({ skip, jury, when }) => ({
      when,
      record: {
        learner: 'l', programme: { id: duMini.id, version: duMini.version }, enrolment: { start: '2026-03-30' },
        activities: slots.filter((s) => !skip.includes(s)).map((s, i) => ({ id: `a${i}`, slot: s, completed: true, passed: true, at: '2026-06-02' })),
        attestations: levels.map((u, i) => ({ id: `t${i}`, unit: u, session: 's1', result: 'passed' as const, by: 't', at: '2026-06-02' })),
        juryDecisions: [{ id: 'j', unit: 'portfolio', decision: jury as 'accepted' | 'rejected', grade: null, by: 'jury', at: '2028-01-01' }],
      } as RecordT,
    }));
    let certified = 0;
    fc.assert(fc.property(fc.oneof(full, fc.record({ record: duRecord, when: asOf })), ({ record, when }) => {
      const d = decide(duMini, record, when);
      if (d.verdict.code === 'certified') {
        certified++;
        expect(d.units.every((u) => u.state === 'validated' || u.state === 'exempt')).toBe(true);
        expect(record.juryDecisions?.some((j) => j.decision === 'accepted' && j.at <= when)).toBe(true);
        for (const s of slots) {
          const lvl = (duMini.slots ?? []).find((x) => x.id === s)!.unit;
          const st = d.units.find((u) => u.id === lvl)!.state;
          if (st === 'validated') expect(record.activities?.some((a) => a.slot === s && a.at <= when)).toBe(true);
        }
      }
    }), { numRuns: 300 });
    expect(certified).toBeGreaterThan(0);
  });

  const examArb = (p: ProgrammeT) => fc.array(fc.record({
    unit: fc.constantFrom(...p.units.filter((u) => u.requirements.some((r) => r.kind === 'assessment')).map((u) => u.id)),
    component: fc.constantFrom('ecrit', 'cc'), session: fc.constantFrom('main', 'resit') as fc.Arbitrary<'main' | 'resit'>,
    grade: fc.integer({ min: 0, max: 20 }), at: fc.constantFrom('2027-01-15', '2027-06-20'),
  }), { maxLength: 12 });
  const gradedRecord = (p: ProgrammeT) => fc.record({ exams: examArb(p), absences: fc.array(fc.record({
    unit: fc.constantFrom(...p.units.filter((u) => (u.hours ?? 0) > 0).map((u) => u.id)), hoursAbsent: fc.integer({ min: 0, max: 12 }) }), { maxLength: 4 }),
  jury: fc.array(juryDecision.map((j) => ({ ...j, unit: 'memoire', grade: 12 })), { maxLength: 2 }) })
    .map((f) => ({
      learner: 'l', programme: { id: p.id, version: p.version }, enrolment: { start: '2026-09-01' },
      exams: withIds(f.exams.filter((e) => p.units.find((u) => u.id === e.unit)!.requirements.some((r) => r.kind === 'assessment' && r.components.some((c) => c.id === e.component))), 'x'),
      attendance: withIds(f.absences, 'ab'), juryDecisions: withIds(f.jury, 'j'),
    }) as RecordT);

  test.each([['du', duMini, duRecord], ['mastere', mastereMini, gradedRecord(mastereMini)], ['cec', cecMini, gradedRecord(cecMini)]] as const)(
    'the order of facts does not matter (%s)', (_n, p, arb) => {
      fc.assert(fc.property(arb as fc.Arbitrary<RecordT>, fc.integer({ min: 1, max: 1 << 30 }), fc.constantFrom('2027-02-01', '2027-07-01', '2029-06-01'), (r, seed, when) => {
        const shuffled: RecordT = {
          ...r, activities: shuffle(r.activities, seed), attestations: shuffle(r.attestations, seed + 1), juryDecisions: shuffle(r.juryDecisions, seed + 2),
          exams: shuffle(r.exams, seed + 3), attendance: shuffle(r.attendance, seed + 4), placements: shuffle(r.placements, seed + 5),
        };
        expect(decide(p, shuffled, when)).toEqual(decide(p, r, when));
      }), { numRuns: 200 });
    });

  test('decide is pure: same input, same output, input untouched', () => {
    fc.assert(fc.property(duRecord, asOf, (r, when) => {
      const copy = JSON.parse(JSON.stringify(r));
      const pcopy = JSON.parse(JSON.stringify(duMini));
      expect(decide(duMini, r, when)).toEqual(decide(duMini, r, when));
      expect(r).toEqual(copy);
      expect(duMini).toEqual(pcopy);
    }), { numRuns: 50 });
  });
});
