// Fuzzed invalid definitions and records never crash and always name the field (a JSON pointer that resolves).
import fc from 'fast-check';
import { loadProgramme, loadRecord } from '../src/load';
import fr from '../messages/fr.json';
import { duMini, mastereMini } from './cases/programmes';
import { cases } from './cases';

type J = unknown;
function paths(x: J, base = ''): string[] {
  if (Array.isArray(x)) return [base, ...x.flatMap((v, i) => paths(v, `${base}/${i}`))];
  if (x !== null && typeof x === 'object') return [base, ...Object.entries(x).flatMap(([k, v]) => paths(v, `${base}/${k}`))];
  return [base];
}
function resolve(x: J, pointer: string): { found: boolean; parentFound: boolean } {
  const parts = pointer === '' ? [] : pointer.slice(1).split('/').map((k) => k.split('~1').join('/').split('~0').join('~'));
  let cur: J = x;
  for (let i = 0; i < parts.length; i++) {
    const k = parts[i] as string;
    if (cur === null || typeof cur !== 'object' || !(k in (cur as object))) return { found: false, parentFound: i === parts.length - 1 };
    cur = (cur as Record<string, J>)[k];
  }
  return { found: true, parentFound: true };
}
function mutate(doc: J, pointer: string, value: J, del: boolean): J {
  const copy = JSON.parse(JSON.stringify(doc));
  const parts = pointer.slice(1).split('/');
  let cur = copy;
  for (const k of parts.slice(0, -1)) cur = cur[k];
  const last = parts[parts.length - 1] as string;
  if (del) { if (Array.isArray(cur)) cur.splice(Number(last), 1); else delete cur[last]; } else cur[last] = value;
  return copy;
}
const junk = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant('2029-02-30'),
  fc.constant('ghost'), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));

function checkErrors(doc: J, errors: { code: string; path: string }[]) {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(Object.keys(fr)).toContain(e.code);
    expect(e.path === '' || e.path.startsWith('/')).toBe(true);
    const r = resolve(doc, e.path);
    expect(r.found || r.parentFound).toBe(true);
  }
}

describe('fuzzed inputs', () => {
  test.each([['du', duMini], ['mastere', mastereMini]] as const)('mutated programmes (%s)', (_n, base) => {
    const ps = paths(base).filter((p) => p !== '');
    fc.assert(fc.property(fc.constantFrom(...ps), junk, fc.boolean(), (ptr, value, del) => {
      const doc = mutate(base, ptr, value, del);
      const r = loadProgramme(doc);
      if (!r.ok) checkErrors(doc, r.errors);
    }), { numRuns: 400 });
  });

  test('mutated records', () => {
    const c = cases.find((x) => x.name.startsWith('mastere: the resit'))!;
    const ps = paths(c.record).filter((p) => p !== '');
    fc.assert(fc.property(fc.constantFrom(...ps), junk, fc.boolean(), (ptr, value, del) => {
      const doc = mutate(c.record, ptr, value, del);
      const r = loadRecord(c.programme, doc);
      if (!r.ok) checkErrors(doc, r.errors);
    }), { numRuns: 400 });
  });

  test('whole junk documents', () => {
    fc.assert(fc.property(fc.anything(), (doc) => {
      const r = loadProgramme(doc);
      expect(r.ok).toBe(false);
      if (!r.ok) checkErrors(doc, r.errors);
    }), { numRuns: 200 });
  });
});
