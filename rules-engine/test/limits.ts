// Attendance exactly at a limit and one minute over it, for the property test (jest) and the differential test
// (generated PHP). Hours are written as the record builder writes them: minutes / 60 as a JSON number (4.4 for
// 264 minutes), and the absences of a unit may be split over several facts.
import fc from 'fast-check';
import type { ProgrammeT } from '../src/schema/programme';
import type { RecordT } from '../src/schema/record';
import type { UnitState } from '../src/core/reasons';
import { cecMini, mastereMini } from './cases/programmes';

export type LimitKind = 'mastere-bar' | 'mastere-defaillant' | 'cec-total-bar' | 'cec-module-defaillant';

export interface LimitParams {
  kind: LimitKind;
  /** Threshold percent of the rule (an integer 1..99, or the programme's own 20 / 50). */
  percent: number;
  /** Multiplier: the unit's minutes are mult * 100 / gcd(percent, 100), so the limit is a whole number of minutes. */
  mult: number;
  /** Absences split over this many facts (1..3). */
  pieces: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

export const limitArbitrary: fc.Arbitrary<LimitParams> = fc.record({
  kind: fc.constantFrom<LimitKind>('mastere-bar', 'mastere-defaillant', 'cec-total-bar', 'cec-module-defaillant'),
  percent: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 99 })),
  mult: fc.integer({ min: 1, max: 3000 }),
  pieces: fc.integer({ min: 1, max: 3 }),
});

/** The threshold used: `percent`, or for 0 the shipped one (20 % bar, 50 % défaillant). */
function thresholdOf(p: LimitParams): number {
  if (p.percent > 0) {
    return p.percent;
  }
  return p.kind === 'mastere-bar' || p.kind === 'cec-total-bar' ? 20 : 50;
}

/** Minutes split in `pieces` parts (each >= 0), as hours. */
function split(minutes: number, pieces: number): number[] {
  const out: number[] = [];
  let left = minutes;
  for (let k = pieces; k > 1; k--) {
    const part = Math.floor(left / k);
    out.push(part / 60);
    left -= part;
  }
  out.push(left / 60);
  return out;
}

export interface LimitInput { programme: ProgrammeT; record: RecordT; asOf: string; unit: string; total: number; absent: number }

/** The programme, record and unit to look at, with absences at the limit (`over` = 0) or `over` minutes above it. */
export function limitInput(p: LimitParams, over: number): LimitInput {
  const t = thresholdOf(p);
  const total = p.mult * (100 / gcd(t, 100));
  const absent = (total * t) / 100 + over;
  const rule = (id: string) => (r: NonNullable<ProgrammeT['attendance']>[number]) => (r.id === id ? { ...r, thresholdPercent: t } : r);
  let n = 0;
  const facts = (unit: string, minutes: number, hours: number) =>
    split(minutes, p.pieces).map((h) => ({ id: `ab${++n}`, unit, hoursAbsent: h, hours: hours / 60 }));
  if (p.kind === 'mastere-bar' || p.kind === 'mastere-defaillant') {
    const programme: ProgrammeT = {
      ...mastereMini,
      // The other rule out of the way: the bar at 100 % never triggers, the défaillant rule at the bar's threshold.
      attendance: (mastereMini.attendance ?? []).map(rule(p.kind === 'mastere-bar' ? 'absence-20' : 'absence-50'))
        .map((r) => (p.kind === 'mastere-bar' && r.id === 'absence-50') || (p.kind === 'mastere-defaillant' && r.id === 'absence-20') ? { ...r, thresholdPercent: 100 } : r),
    };
    const record: RecordT = {
      learner: 'l', programme: { id: programme.id, version: programme.version }, enrolment: { start: '2026-09-01' },
      attendance: facts('uef1', absent, total),
      exams: [{ id: 'x1', unit: 'uef1', component: 'ecrit', session: 'main', grade: 12, at: '2027-01-15' },
        { id: 'x2', unit: 'uef1', component: 'cc', session: 'main', grade: 11, at: '2027-01-15' }],
    };
    return { programme, record, asOf: '2027-02-01', unit: 'uef1', total, absent };
  }
  if (p.kind === 'cec-total-bar') {
    const programme: ProgrammeT = {
      ...cecMini,
      attendance: (cecMini.attendance ?? []).map(rule('total-20')).map((r) => (r.id === 'module-50' ? { ...r, thresholdPercent: 100 } : r)),
    };
    // Two modules sharing the hours and the absences.
    const h1 = Math.floor(total / 2);
    const a1 = Math.floor(absent / 2);
    const record: RecordT = {
      learner: 'l', programme: { id: programme.id, version: programme.version }, enrolment: { start: '2023-10-01' },
      attendance: [...facts('m1', Math.min(a1, h1), h1), ...facts('m2', absent - Math.min(a1, h1), total - h1)],
      exams: [{ id: 'x1', unit: 'examen', component: 'ecrit', session: 'main', grade: 14, at: '2024-06-01' }],
    };
    return { programme, record, asOf: '2024-06-15', unit: 'examen', total, absent };
  }
  const programme: ProgrammeT = {
    ...cecMini,
    attendance: (cecMini.attendance ?? []).map(rule('module-50')).map((r) => (r.id === 'total-20' ? { ...r, thresholdPercent: 100 } : r)),
  };
  const record: RecordT = {
    learner: 'l', programme: { id: programme.id, version: programme.version }, enrolment: { start: '2023-10-01' },
    attendance: facts('m1', absent, total),
  };
  return { programme, record, asOf: '2024-06-15', unit: 'm1', total, absent };
}

/** The unit's state the seed's rule gives: at the limit nothing happens, above it the rule's effect. */
export function expectedState(kind: LimitKind, over: boolean): UnitState {
  if (kind === 'mastere-bar' || kind === 'cec-total-bar') {
    return over ? 'barred' : 'validated';
  }
  return over ? 'defaillant' : 'validated';
}
