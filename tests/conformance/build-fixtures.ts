// Writes the conformance fixtures (tests/conformance/fixtures/<programme>/*.json): for every shipped example record,
// the decision at several as-of dates, plus deterministic random variants (seeded, from tests/differential/inputs).
// `expected` is the TypeScript engine's decision when the fixture was made; jest and PHPUnit both check against it.
// Run: npx tsx tests/conformance/build-fixtures.ts  (review the diff: a changed expectation is a changed rule).
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { decide } from '../../rules-engine/src/core/decide';
import { cases } from '../../rules-engine/test/cases';
import { dateFrom, inputArbitrary, loadBases, materialize, recordValidator } from '../differential/inputs';

const OUT = path.join(__dirname, 'fixtures');
const VARIANTS_PER_PROGRAMME = 60;
const bases = loadBases();
const valid = recordValidator();
type D = (p: never, r: never, a: string) => unknown;

fs.rmSync(OUT, { recursive: true, force: true });
const counts = new Map<string, number>();
function write(prog: string, name: string, record: unknown, asOf: string): void {
  const n = (counts.get(prog) ?? 0) + 1;
  counts.set(prog, n);
  const programme = JSON.parse(fs.readFileSync(path.join(__dirname, `../../rules-engine/programmes/${prog}.json`), 'utf8'));
  const expected = (decide as unknown as D)(programme as never, record as never, asOf);
  const fixture = { name, programme: `rules-engine/programmes/${prog}.json`, record, asOf, expected };
  fs.mkdirSync(path.join(OUT, prog), { recursive: true });
  fs.writeFileSync(path.join(OUT, prog, `${String(n).padStart(3, '0')}.json`), JSON.stringify(fixture, null, 1) + '\n');
}

const asOfs = (start: string) => [0, 30, 90, 180, 365, 540, 730, 1100, 1500].map((days) => {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
});
for (const b of bases) {
  const prog = b.name.split('.')[0]!;
  write(prog, `${b.name} as of ${b.asOf}`, b.record, b.asOf);
  const start = (b.record as { enrolment: { start: string } }).enrolment.start;
  for (const a of asOfs(start)) write(prog, `${b.name} as of ${a}`, b.record, a);
}
for (let p = 0; p < 3; p++) {
  const prog = ['du-cns', 'mastere-sousse', 'cec-sousse'][p]!;
  const idx = bases.map((b, i) => (b.name.startsWith(prog + '.') ? i : -1)).filter((i) => i >= 0);
  const arb = inputArbitrary(idx.length).map((i) => ({ ...i, base: idx[i.base]! })).filter((i) => valid(materialize(bases, i).record));
  fc.sample(arb, { numRuns: VARIANTS_PER_PROGRAMME, seed: 7 + p }).forEach((i) => {
    const m = materialize(bases, i);
    write(prog, `${m.name} with mutations ${JSON.stringify(i.mutations)} as of ${m.asOf}`, m.record, m.asOf);
  });
}
// Every table-driven engine case (inline mini programmes) becomes a fixture with the full decision expected.
cases.forEach((c, k) => {
  const expected = (decide as unknown as D)(c.programme as never, c.record as never, c.asOf);
  fs.mkdirSync(path.join(OUT, 'cases'), { recursive: true });
  const fixture = { name: c.name, rule: c.rule, programme: c.programme, record: c.record, asOf: c.asOf, expected };
  fs.writeFileSync(path.join(OUT, 'cases', `${String(k + 1).padStart(3, '0')}.json`), JSON.stringify(fixture, null, 1) + '\n');
  counts.set('engine cases', k + 1);
});
void dateFrom;
console.log(`conformance fixtures: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`);
