import { decide } from '../src/core/decide';
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
