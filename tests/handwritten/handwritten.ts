// Loads the hand-written cases (tests/handwritten/cases/*.json): expected states, verdicts and next steps written by
// hand from the seeds, independent of the engine's output. The same files are read by PHPUnit
// (local_sens/tests/engine/handwritten_test.php, through handwritten.php) against the generated PHP.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Expected { verdict: string; next?: string | null; units: { [id: string]: string } }
export interface HandCase { file: string; name: string; seed: string; programme: unknown; record: unknown; asOf: string; expected: Expected }
export interface HandInvalid { file: string; name: string; seed: string; programme: unknown; record: unknown; errors: string[] }

const ROOT = path.resolve(__dirname, '../..');
export const CASE_DIR = path.join(__dirname, 'cases');

interface CaseFile {
  programme: string; start: string;
  cases: { name: string; seed: string; asOf: string; start?: string; facts: object; expected: Expected }[];
  invalid?: { name: string; seed: string; start?: string; facts: object; errors: string[] }[];
}

/** The record of a case: its facts with the learner, the programme's id and version and the enrolment start. */
function recordOf(programme: { id: string; version: string }, start: string, facts: object): unknown {
  return { learner: 'handwritten', programme: { id: programme.id, version: programme.version }, enrolment: { start }, ...facts };
}

export function loadHandwritten(): { cases: HandCase[]; invalid: HandInvalid[] } {
  const cases: HandCase[] = [];
  const invalid: HandInvalid[] = [];
  for (const f of fs.readdirSync(CASE_DIR).filter((x) => x.endsWith('.json')).sort()) {
    const file = path.join('tests/handwritten/cases', f);
    const data = JSON.parse(fs.readFileSync(path.join(CASE_DIR, f), 'utf8')) as CaseFile;
    const programme = JSON.parse(fs.readFileSync(path.join(ROOT, data.programme), 'utf8')) as { id: string; version: string };
    for (const c of data.cases) {
      cases.push({ file, name: c.name, seed: c.seed, programme, record: recordOf(programme, c.start ?? data.start, c.facts), asOf: c.asOf, expected: c.expected });
    }
    for (const c of data.invalid ?? []) {
      invalid.push({ file, name: c.name, seed: c.seed, programme, record: recordOf(programme, c.start ?? data.start, c.facts), errors: c.errors });
    }
  }
  return { cases, invalid };
}

/** What the expectation looks at in a decision: the verdict, the named units' states and (when given) the next unit. */
export function observed(d: { verdict: { code: string }; units: { id: string; state: string }[]; next: { unit: string } | null }, e: Expected): Expected {
  const units: { [id: string]: string } = {};
  for (const id of Object.keys(e.units)) units[id] = d.units.find((u) => u.id === id)?.state ?? '(no such unit)';
  const out: Expected = { verdict: d.verdict.code, units };
  if (e.next !== undefined) out.next = d.next === null ? null : d.next.unit;
  return out;
}
