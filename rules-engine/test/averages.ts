// Weighted averages against an exact reference in BigInt rationals, for the property test (jest) and the
// differential test (generated PHP): random weights (hundredths of a percent), maxima, grades with up to five
// decimals and pass marks with up to two, written as JSON numbers (grade = integer / 100000).
import fc from 'fast-check';
import type { ProgrammeT } from '../src/schema/programme';
import type { RecordT } from '../src/schema/record';

export interface AverageParams { weights: number[]; maxima: number[]; grades: number[]; passMark: number; scale: number }

const MAXIMA = [10, 20, 12.5, 100, 40];
export const averageArbitrary: fc.Arbitrary<AverageParams> = fc.integer({ min: 1, max: 4 }).chain((n) => fc.record({
  cuts: fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: n - 1, maxLength: n - 1 }),
  maxima: fc.array(fc.constantFrom(...MAXIMA), { minLength: n, maxLength: n }),
  fractions: fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: n, maxLength: n }),
  passMark: fc.integer({ min: 0, max: 2000 }),
  scale: fc.constantFrom(20, 10, 100),
  near: fc.constantFrom(0, 1, 2),
})).map((r) => {
  const cuts = [0, ...[...r.cuts].sort((a, b) => a - b), 10000];
  const weights = cuts.slice(1).map((c, k) => (c - cuts[k]!) / 100);
  // Grades in hundred-thousandths of a point, within the maximum.
  const grades = r.maxima.map((m, k) => Math.floor((m * 100000 * r.fractions[k]!) / 100000) / 100000);
  const scale = r.scale;
  let passMark = Math.min(scale, (r.passMark / 100) * (scale / 20));
  passMark = Math.round(passMark * 100) / 100;
  if (r.near > 0) {
    // The pass mark right at the exact average truncated to the hundredth, or the hundredth above it: where a float
    // comparison or a hidden rounding errs.
    const avg = exactAverage({ weights, maxima: r.maxima, grades, passMark, scale });
    passMark = Math.min(scale, (Number((avg.num * 100n) / avg.den) + (r.near - 1)) / 100);
  }
  return { weights, maxima: r.maxima, grades, passMark, scale };
});

/** The exact average scale × Σ (w/100) × g/max as num/den (BigInt), from the decimals' exact values. */
export function exactAverage(p: AverageParams): { num: bigint; den: bigint } {
  const big = (x: number, unit: number) => BigInt(Math.round(x * unit));
  let num = 0n;
  let den = 1n;
  p.weights.forEach((w, k) => {
    // (w/100) × (g/max): w in hundredths, g and max in hundred-thousandths.
    const tn = big(w, 100) * big(p.grades[k]!, 100000);
    const td = 10000n * big(p.maxima[k]!, 100000);
    num = num * td + tn * den;
    den = den * td;
  });
  return { num: num * big(p.scale, 100000), den: den * 100000n };
}

/** True when the exact average reaches the pass mark. */
export function exactlyPasses(p: AverageParams): boolean {
  const a = exactAverage(p);
  return a.num * 100000n >= BigInt(Math.round(p.passMark * 100000)) * a.den;
}

/** floor(average × 100000) / 100000, the average the reason shows. */
export function shownAverage(p: AverageParams): number {
  const a = exactAverage(p);
  return Number((a.num * 100000n) / a.den) / 100000;
}

export function averageInput(p: AverageParams): { programme: ProgrammeT; record: RecordT; asOf: string } {
  const programme: ProgrammeT = {
    id: 'avg', version: '1', title: 'Moyenne', validFrom: '2026-09-01', maxDurationMonths: null,
    units: [{ id: 'module', kind: 'module', title: 'Module', parent: null, requirements: [{
      kind: 'assessment', id: 'eval', scale: p.scale, passMark: p.passMark, resit: false,
      components: p.weights.map((w, k) => ({ id: `c${k}`, title: `Composante ${k}`, weight: w, max: p.maxima[k]!, resit: false })),
    }] }],
    certification: { units: null, participationAttestation: false },
  };
  const record: RecordT = {
    learner: 'l', programme: { id: 'avg', version: '1' }, enrolment: { start: '2026-09-01' },
    exams: p.grades.map((g, k) => ({ id: `x${k}`, unit: 'module', component: `c${k}`, session: 'main' as const, grade: g, at: '2027-01-15' })),
  };
  return { programme, record, asOf: '2027-02-01' };
}
