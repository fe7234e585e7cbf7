import { decide } from '../../rules-engine/src/core/decide';
import { canonical } from '../differential/canonical';
import { loadFixtures } from './fixtures';

type D = (p: never, r: never, a: string) => unknown;
const fixtures = loadFixtures();

describe('conformance fixtures against the TypeScript engine', () => {
  test('at least 200 fixtures across the three programmes', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(200);
    const progs = new Set(fixtures.map((f) => f.file.split('/')[3]));
    expect([...progs].sort()).toEqual(['cases', 'cec-sousse', 'du-cns', 'mastere-sousse']);
  });
  test.each(fixtures.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    expect(canonical((decide as unknown as D)(f.programme as never, f.record as never, f.asOf))).toBe(canonical(f.expected));
  });
});
