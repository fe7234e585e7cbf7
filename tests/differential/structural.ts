// Differential test of structural validation: fuzzed structurally invalid programmes and records (wrong types, missing
// required fields, extra properties, bad enums, bad dates and identifiers, {} for [] and back, non-object roots) must be
// rejected by ajv in TS (rules-engine/src/load.ts) and by the generated PHP (schema::validate_programme/_record) with the
// same errors, in the same order: code, path and params. The PHP side decodes the very same JSON text with objects.
// A difference prints a minimal reproducer: the mutation list shrunk by fast-check, then the document reduced by
// deleting subtrees while the difference stays.
import fc from 'fast-check';
import { checkProgrammeShape, checkRecordShape, loadProgramme, loadRecord } from '../../rules-engine/src/load';
import { canonical } from './canonical';
import { runPhp } from './php';
import { loadBases } from './inputs';

const N = Number(process.env.SENS_DIFF_SCHEMA_RUNS ?? 4000);
const SEED = Number(process.env.SENS_DIFF_SEED ?? 20261123);

type Kind = 'programme' | 'record';
export interface Mutation { at: number; op: number; value: number }
export interface Case { kind: Kind; base: number; mutations: Mutation[]; root: number }

const bases = loadBases();
const docs: Record<Kind, unknown[]> = {
  programme: [...new Map(bases.map((b) => [JSON.stringify(b.programme), b.programme])).values()],
  record: bases.map((b) => b.record),
};

/** Replacement values: each hits a keyword (type, pattern, minLength, maxLength, enum, const, minimum…). */
const FLOAT_ONE = '__SENS_FLOAT_2_0__'; // replaced by the JSON text 2.0 (PHP decodes a float, JS an integer)
const VALUES: unknown[] = [
  0, 1, -1, 1.5, -0.5, 9007199254740992, 1e300, FLOAT_ONE, true, false, null, '', 'x', 'zzz', 'a b', '-a', 'é', '😀',
  'x'.repeat(121), '2026-1-01', '2026-01-01\n', '\u0662\u0660\u0662\u0666-\u0660\u0661-\u0660\u0661', '2026-13-45',
  '2029-02-30', 'all-of', 'n-of', 'sequential', 'passed', {}, [], [1], { a: 1 }, [{}], ['x'],
];
const EXTRA_KEYS = ['extra', '0', '10', '2', '', '~/x', 'a/b', '__proto__', 'Id', 'titleEn2'];

interface Slot { parent: Record<string, unknown> | unknown[]; key: string | number }

function slots(v: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push({ parent: v, key: i }); slots(x, out); });
  else if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      out.push({ parent: v as Record<string, unknown>, key: k });
      slots((v as Record<string, unknown>)[k], out);
    }
  }
  return out;
}
function containers(v: unknown, out: unknown[] = []): unknown[] {
  if (v && typeof v === 'object') {
    out.push(v);
    for (const x of Array.isArray(v) ? v : Object.values(v)) containers(x, out);
  }
  return out;
}

function setKey(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true }); // '__proto__' too
}

/** The mutated document as JSON text (the same text is parsed by TS and decoded by PHP). */
export function materialize(c: Case): string {
  let doc: unknown = structuredClone(docs[c.kind][c.base % docs[c.kind].length]);
  for (const m of c.mutations) {
    const op = m.op % 4;
    if (op === 0 || op === 1) {
      // Replace a value (op 0) or delete a key / array item (op 1).
      const ss = slots(doc);
      if (ss.length === 0) break;
      const s = ss[m.at % ss.length]!;
      if (op === 1) {
        if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
        else delete s.parent[s.key as string];
      } else if (Array.isArray(s.parent)) s.parent[s.key as number] = structuredClone(VALUES[m.value % VALUES.length]);
      else setKey(s.parent, s.key as string, structuredClone(VALUES[m.value % VALUES.length]));
    } else if (op === 2) {
      // Add an extra property to an object.
      const objs = containers(doc).filter((x) => !Array.isArray(x)) as Record<string, unknown>[];
      if (objs.length === 0) break;
      setKey(objs[m.at % objs.length]!, EXTRA_KEYS[m.value % EXTRA_KEYS.length]!, m.value % 7);
    } else {
      // Swap a container for its empty opposite: {} ↔ [] (PHP's json_decode to arrays could not tell them apart).
      const ss = slots(doc).filter((s) => {
        const v = Array.isArray(s.parent) ? s.parent[s.key as number] : s.parent[s.key as string];
        return v !== null && typeof v === 'object';
      });
      if (ss.length === 0) break;
      const s = ss[m.at % ss.length]!;
      const v = Array.isArray(s.parent) ? s.parent[s.key as number] : s.parent[s.key as string];
      const swapped = Array.isArray(v) ? {} : [];
      if (Array.isArray(s.parent)) s.parent[s.key as number] = swapped;
      else setKey(s.parent, s.key as string, swapped);
    }
  }
  if (c.root % 16 === 1) doc = [5, 'x', null, [], true, 'programme'][Math.floor(c.root / 16) % 6]; // non-object root
  return JSON.stringify(doc).split(`"${FLOAT_ONE}"`).join('2.0');
}

export function tsErrors(kind: Kind, text: string): unknown[] | null {
  const data = JSON.parse(text) as unknown;
  if (kind === 'programme') {
    if (checkProgrammeShape(data)) return null; // structurally valid: not this test's business
    const r = loadProgramme(data);
    return r.ok ? [] : r.errors;
  }
  if (checkRecordShape(data)) return null;
  const r = loadRecord(docs.programme[0] as never, data);
  return r.ok ? [] : r.errors;
}

export const caseArb: fc.Arbitrary<Case> = fc.record({
  kind: fc.constantFrom<Kind>('programme', 'record'),
  base: fc.nat({ max: 1000 }),
  mutations: fc.array(fc.record({ at: fc.nat({ max: 100000 }), op: fc.nat({ max: 3 }), value: fc.nat({ max: 1000 }) }), { minLength: 1, maxLength: 6 }),
  root: fc.nat({ max: 1000 }),
});

const call = (kind: Kind, text: string) => ({ class: 'schema', method: kind === 'programme' ? 'validate_programme' : 'validate_record', json: text });

/** Greedy reduction of a failing document: delete subtrees (keys, items) while TS and PHP still differ. */
function reduce(kind: Kind, text: string): string {
  const differs = (texts: string[]) => {
    const php = runPhp(texts.map((t) => call(kind, t)));
    return texts.map((t, k) => {
      const ts = tsErrors(kind, t);
      return ts !== null && canonical(ts) !== canonical(php[k]);
    });
  };
  let cur = text;
  for (let round = 0; round < 200; round++) {
    const doc = JSON.parse(cur) as unknown;
    const n = slots(doc).length;
    const candidates: string[] = [];
    for (let i = 0; i < n; i++) {
      const d = JSON.parse(cur) as unknown;
      const s = slots(d)[i]!;
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete s.parent[s.key as string];
      candidates.push(JSON.stringify(d));
    }
    if (candidates.length === 0) break;
    const k = differs(candidates).indexOf(true);
    if (k < 0) break;
    cur = candidates[k]!;
  }
  return cur;
}

function main(): void {
  const cases = fc.sample(caseArb, { numRuns: N, seed: SEED });
  const texts = cases.map(materialize);
  const ts = cases.map((c, k) => tsErrors(c.kind, texts[k]!));
  const kept = cases.map((_, k) => k).filter((k) => ts[k] !== null);
  const php = runPhp(kept.map((k) => call(cases[k]!.kind, texts[k]!)));
  const failing: number[] = [];
  let errors = 0;
  const keywords = new Map<string, number>();
  kept.forEach((k, j) => {
    const t = ts[k] as { params: { keyword: string } }[];
    errors += t.length;
    for (const e of t) keywords.set(e.params.keyword, (keywords.get(e.params.keyword) ?? 0) + 1);
    if (canonical(t) !== canonical(php[j])) failing.push(k);
  });
  const kinds = [...keywords.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`differential (structure): ${kept.length} structurally invalid documents (of ${cases.length} fuzzed, seed ${SEED}), ${errors} ajv errors [${kinds}], ${failing.length} difference(s)`);
  if (kept.length < N / 2) {
    console.log('too few invalid documents: the fuzzer no longer breaks the schemas');
    process.exit(1);
  }
  if (failing.length === 0) return;
  // Shrink the mutations with fast-check, then the document itself.
  let min = cases[failing[0]!]!;
  try {
    fc.assert(fc.property(caseArb, (c) => {
      const text = materialize(c);
      const t = tsErrors(c.kind, text);
      return t === null || canonical(t) === canonical(runPhp([call(c.kind, text)])[0]);
    }), { examples: [[min]], numRuns: 1, seed: SEED });
  } catch (e) {
    const m = /Counterexample: (.*)/.exec(String((e as Error).message));
    if (m) min = (JSON.parse(m[1]!) as Case[])[0]!;
  }
  const text = reduce(min.kind, materialize(min));
  console.log(`minimal reproducer (${min.kind}, ${JSON.stringify(min)}):\n${text}`);
  console.log(`TS : ${canonical(tsErrors(min.kind, text))}`);
  console.log(`PHP: ${canonical(runPhp([call(min.kind, text)])[0])}`);
  process.exit(1);
}

if (require.main === module) main();
