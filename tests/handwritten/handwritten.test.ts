// Hand-written cases (expected written from the seeds, brief §3–4) against the TypeScript engine.
import { decide } from '../../rules-engine/src/core/decide';
import { validateProgramme, validateRecord } from '../../rules-engine/src/core/validate';
import type { ProgrammeT } from '../../rules-engine/src/schema/programme';
import type { RecordT } from '../../rules-engine/src/schema/record';
import { loadHandwritten, observed } from './handwritten';

const { cases, invalid } = loadHandwritten();

describe('hand-written cases against the TypeScript engine', () => {
  test('at least 40 cases over the three programmes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect([...new Set(cases.map((c) => c.file))].sort()).toEqual([
      'tests/handwritten/cases/cec-sousse.json', 'tests/handwritten/cases/du-cns-cosign.json', 'tests/handwritten/cases/du-cns.json',
      'tests/handwritten/cases/mastere-justified.json', 'tests/handwritten/cases/mastere-sousse.json']);
  });
  test.each(cases.map((c) => [`${c.file.split('/').pop()}: ${c.name}`, c] as const))('%s', (_n, c) => {
    const p = c.programme as ProgrammeT;
    const r = c.record as RecordT;
    expect(validateProgramme(p)).toEqual([]);
    expect(validateRecord(p, r)).toEqual([]);
    expect(observed(decide(p, r, c.asOf), c.expected)).toEqual(c.expected);
  });
  test.each(invalid.map((c) => [`${c.file.split('/').pop()}: ${c.name}`, c] as const))('invalid: %s', (_n, c) => {
    const errors = validateRecord(c.programme as ProgrammeT, c.record as RecordT).map((e) => `${e.code} ${e.path}`);
    expect(errors).toEqual(c.errors);
  });
});
