// Averages are compared exactly (issue 10): the engine's pass/fail and the average it shows agree with an exact
// BigInt rational computation, on random weights, maxima, five-decimal grades and pass marks set right at the
// average. The same inputs run through the generated PHP in tests/differential/differential.ts.
import fc from 'fast-check';
import { decide } from '../src/core/decide';
import { validateProgramme, validateRecord } from '../src/core/validate';
import { averageArbitrary, averageInput, exactlyPasses, shownAverage } from './averages';

describe('weighted averages are exact', () => {
  test('validated exactly when the exact average reaches the pass mark; the reason shows it truncated, never above', () => {
    fc.assert(fc.property(averageArbitrary, (p) => {
      const x = averageInput(p);
      expect(validateProgramme(x.programme)).toEqual([]);
      expect(validateRecord(x.programme, x.record)).toEqual([]);
      const u = decide(x.programme, x.record, x.asOf).units[0]!;
      expect(u.state).toBe(exactlyPasses(p) ? 'validated' : 'failed');
      expect((u.reasons[0]!.params as { average: number }).average).toBe(shownAverage(p));
    }), { numRuns: 3000, seed: 20261204 });
  });
  test('the seeds\' examples: 0.6 × 9.99 + 0.4 × 10.01 = 9.998 and 9.996/20 are below 10', () => {
    const p1 = { weights: [60, 40], maxima: [20, 20], grades: [9.99, 10.01], passMark: 10, scale: 20 };
    const p2 = { weights: [100], maxima: [20], grades: [9.996], passMark: 10, scale: 20 };
    for (const p of [p1, p2]) {
      const u = decide(averageInput(p).programme, averageInput(p).record, '2027-02-01').units[0]!;
      expect(u.state).toBe('failed');
      expect(exactlyPasses(p)).toBe(false);
    }
    expect(shownAverage(p1)).toBe(9.998);
  });
});
