// Random valid (programme, record, asOf) inputs for the differential test and the benchmark: each input is a shipped
// example record with a list of mutations (change a number, flip a boolean, move a date, drop an array item).
// Mutations are plain data, so fast-check shrinks a failure to a few of them: a minimal reproducer.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';

const ROOT = path.resolve(__dirname, '../..');
const PROG_DIR = path.join(ROOT, 'rules-engine/programmes');

export interface Base { name: string; programme: unknown; record: unknown; asOf: string }
export interface Input { base: number; asOf: string; mutations: { at: number; value: number }[] }

export function loadBases(withMoodle = false): Base[] {
  // The shipped examples; with withMoodle (the differential run), then records built by the Moodle record builder
  // from Moodle data (grades of mapped grade items, teaching-session sheets): local_sens' PHPUnit moodle_record_test
  // checks each is what Moodle builds. Conformance fixtures and benchmarks keep the examples only.
  const dirs = [path.join(PROG_DIR, 'examples'), ...(withMoodle ? [path.join(ROOT, 'tests/differential/moodle-records')] : [])];
  return dirs.flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => ({
    name: f,
    programme: JSON.parse(fs.readFileSync(path.join(PROG_DIR, `${f.split('.')[0]}.json`), 'utf8')),
    record: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')),
    asOf: /asof-(\d{4}-\d\d-\d\d)/.exec(f)?.[1] ?? '2027-01-01',
  })));
}

/**
 * The conformance cases that carry their own programme (tests/conformance/fixtures/cases): variants of the shipped
 * programmes that turn on what no shipped programme uses (co-signed attestations, justified absences not counted,
 * a presiding juror, declared rounding, …), each with its record. Random mutations of these records reach those
 * branches of the generated PHP, which the shipped examples alone never do.
 */
export function loadCaseBases(): Base[] {
  const dir = path.join(ROOT, 'tests/conformance/fixtures/cases');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((f) => {
    const c = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { programme?: unknown; record?: unknown; asOf?: string };
    if (!c.programme || typeof c.programme !== 'object' || !c.record || typeof c.asOf !== 'string') return [];
    return [{ name: `cases/${f}`, programme: c.programme, record: c.record, asOf: c.asOf }];
  });
}

const DATE = /^\d{4}-\d\d-\d\d$/;
type Leaf = { parent: Record<string, unknown> | unknown[]; key: string | number; value: unknown };

function leaves(v: unknown, out: Leaf[] = []): Leaf[] {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push({ parent: v, key: i, value: x }); leaves(x, out); });
  else if (v && typeof v === 'object') {
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (typeof x !== 'object' || x === null) out.push({ parent: v as Record<string, unknown>, key: k, value: x });
      else leaves(x, out);
    }
  }
  return out;
}

export function dateFrom(n: number): string {
  const y = 2024 + (n % 7);
  const m = 1 + (Math.floor(n / 7) % 12);
  const d = 1 + (Math.floor(n / 84) % 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function mutate(record: unknown, mutations: Input['mutations']): unknown {
  const r = structuredClone(record);
  for (const m of mutations) {
    const ls = leaves(r).filter((l) => l.key !== 'learner' && !(l.parent && !Array.isArray(l.parent) && l.key === 'id'));
    if (ls.length === 0) break;
    const l = ls[m.at % ls.length]!;
    if (Array.isArray(l.parent)) {
      if (m.value % 3 === 0) l.parent.splice(l.key as number, 1);
      continue;
    }
    const p = l.parent as Record<string, unknown>;
    if (typeof l.value === 'boolean') p[l.key] = m.value % 2 === 0;
    else if (typeof l.value === 'number') {
      const max = typeof p.max === 'number' && l.key !== 'max' ? p.max : 20;
      const v = m.value % (max * 2 + 1);
      p[l.key] = Number.isInteger(l.value) || m.value % 2 === 0 ? Math.floor(v / 2) : v / 2;
    } else if (typeof l.value === 'string' && DATE.test(l.value)) p[l.key] = dateFrom(m.value);
  }
  return r;
}

const BAD_DATES = ['2029-02-30', '2026-13-01', '2026-00-10', '2027-02-29', '2028-02-29', '2026-04-31', '1999-12-32'];

/** Semantic-error mutations for validation: impossible dates, duplicate or dangling ids, changed numbers. */
export function breakDoc(doc: unknown, mutations: Input['mutations']): unknown {
  const r = structuredClone(doc);
  for (const m of mutations) {
    const ls = leaves(r).filter((l) => !Array.isArray(l.parent));
    if (ls.length === 0) break;
    const l = ls[m.at % ls.length]!;
    const p = l.parent as Record<string, unknown>;
    if (typeof l.value === 'string' && DATE.test(l.value)) p[l.key] = BAD_DATES[m.value % BAD_DATES.length];
    else if (typeof l.value === 'string') {
      const others = ls.filter((o) => typeof o.value === 'string' && !DATE.test(o.value as string)).map((o) => o.value as string);
      p[l.key] = m.value % 5 === 0 ? 'inconnu' : others[m.value % others.length];
    } else if (typeof l.value === 'number') p[l.key] = (m.value % 250) - 50;
    else if (typeof l.value === 'boolean') p[l.key] = !l.value;
  }
  return r;
}

export function inputArbitrary(nBases: number): fc.Arbitrary<Input> {
  return fc.record({
    base: fc.nat({ max: nBases - 1 }),
    asOf: fc.nat({ max: 7 * 12 * 28 - 1 }).map(dateFrom),
    mutations: fc.array(fc.record({ at: fc.nat({ max: 10000 }), value: fc.nat({ max: 10000 }) }), { maxLength: 12 }),
  });
}

export function materialize(bases: Base[], i: Input): Base {
  const b = bases[i.base]!;
  return { name: b.name, programme: b.programme, record: mutate(b.record, i.mutations), asOf: i.asOf };
}

export function recordValidator(which: 'record' | 'programme' = 'record'): (r: unknown) => boolean {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, `rules-engine/schema/${which}.schema.json`), 'utf8'));
  const v = ajv.compile(schema);
  return (r) => v(r) as boolean;
}
