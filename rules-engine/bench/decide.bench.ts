// Benchmark (not a test): decisions per second on the DU CNS over 1,500 generated learners, and validation cost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { decide, prepare } from '../src/core/decide';
import { loadProgramme, checkRecordShape, checkProgrammeShape } from '../src/load';
import { validateRecord, validateProgramme } from '../src/core/validate';
import type { ProgrammeT } from '../src/schema/programme';
import type { RecordT } from '../src/schema/record';

const raw = JSON.parse(readFileSync(join(__dirname, '..', 'programmes', 'du-cns.json'), 'utf8'));
const loaded = loadProgramme(raw);
if (!loaded.ok) {
  console.error(loaded.errors);
  process.exit(1);
}
const p: ProgrammeT = loaded.value;

// Deterministic generator (LCG) so runs are comparable.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pad = (n: number) => String(n).padStart(2, '0');
const dateAfter = (months: number) => `${2026 + Math.floor((2 + months) / 12)}-${pad(((2 + months) % 12) + 1)}-15`;
const sessions = (p.workshopSessions ?? []).map((s) => s.id);

function learner(i: number): RecordT {
  const r: Required<Pick<RecordT, 'activities' | 'attestations' | 'juryDecisions' | 'placements'>> = { activities: [], attestations: [], juryDecisions: [], placements: [] };
  let month = 1;
  const top = p.units.filter((u) => u.parent === null);
  for (const d of top) {
    const children = p.units.filter((u) => u.parent === d.id);
    // Progress in this domain: how many levels done, and a partially done next one.
    const done = Math.floor(rnd() * (children.length + 1));
    if (d.gating === 'sequential' && rnd() < 0.1 && children[1]) {
      r.placements.push({ id: `p${r.placements.length}`, unit: children[1].id, basis: 'PIX', by: 'ingenieur', at: '2026-03-30' });
    }
    children.forEach((c, k) => {
      const slots = (p.slots ?? []).filter((s) => s.unit === c.id);
      const share = k < done ? 1 : k === done ? rnd() : 0;
      slots.slice(0, Math.floor(slots.length * share)).forEach((s) => {
        r.activities.push({ id: `a${r.activities.length}`, slot: s.id, completed: true, passed: rnd() < 0.95, grade: 8, max: 10, timeSeconds: 900, at: dateAfter(month) });
      });
      if (k < done && c.requirements.some((q) => q.kind === 'attestation')) {
        r.attestations.push({ id: `t${r.attestations.length}`, unit: c.id, session: sessions[Math.min(k * 2, sessions.length - 1)] ?? 's1', result: rnd() < 0.9 ? 'passed' : 'failed', by: 'enseignant', at: dateAfter(month + 2) });
      }
      month = Math.min(month + 1, 30);
    });
  }
  if (rnd() < 0.3) r.juryDecisions.push({ id: 'j0', unit: 'portfolio', decision: rnd() < 0.8 ? 'accepted' : 'deferred', grade: null, by: 'jury', at: '2028-12-01' });
  return { learner: `l${i}`, programme: { id: p.id, version: p.version }, enrolment: { start: '2026-03-30' }, ...r };
}

const learners = Array.from({ length: 1500 }, (_, i) => learner(i));
const facts = learners.reduce((n, r) => n + (r.activities?.length ?? 0) + (r.attestations?.length ?? 0), 0);
const asOf = '2028-06-01';

/**
 * Seconds for `runs` calls after a warm-up, as `runs` × the fastest single call: the machine is shared (other helpers'
 * PHPUnit, Moodle), and the fastest round is the one least disturbed by other processes. BENCH_CLOCK=cpu measures this
 * process's CPU time instead of wall-clock time.
 */
const clock = process.env.BENCH_CLOCK === 'cpu' ? 'cpu' : 'wall';
function time(label: string, runs: number, f: () => void): number {
  f(); // warm-up
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    best = Math.min(best, clock === 'cpu' ? (c.user + c.system) / 1e6 : Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return best * runs;
}

let checksum = 0;
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
// As a server recomputing many learners runs it: the programme's indexes prepared once (prepare is pure).
const index = prepare(p);
const secs = time('decide', rounds, () => { for (const r of learners) checksum += decide(p, r, asOf, index).units.length; });
const perSec = (learners.length * rounds) / secs;
// One-off decisions: decide prepares the indexes itself each time.
const secsCold = time('decide without index', rounds, () => { for (const r of learners) checksum += decide(p, r, asOf).units.length; });
const perSecCold = (learners.length * rounds) / secsCold;
const pRuns = 200;
const prepSecs = time('prepare', pRuns, () => { for (let k = 0; k < 100; k++) checksum += prepare(p).paths.length; }) / 100;
const verdicts: Record<string, number> = {};
for (const r of learners) { const v = decide(p, r, asOf).verdict.code; verdicts[v] = (verdicts[v] ?? 0) + 1; }

const vRounds = 3;
const vSecs = time('validate record', vRounds, () => { for (const r of learners) { checkRecordShape(r); validateRecord(p, r); } });
const pSecs = time('validate programme', 200, () => { checkProgrammeShape(raw); validateProgramme(p); });

console.log(`clock: ${clock}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} cores`);
console.log(`programme ${p.id} v${p.version}: ${p.units.length} units, ${(p.slots ?? []).length} slots`);
console.log(`learners: ${learners.length}, facts: ${facts} (avg ${(facts / learners.length).toFixed(1)}/learner), as of ${asOf}`);
console.log(`verdicts: ${JSON.stringify(verdicts)}`);
console.log(`decide (prepared index): ${Math.round(perSec).toLocaleString('en')} decisions/s (${(1e6 / perSec).toFixed(1)} µs each, ${rounds}×${learners.length})`);
console.log(`decide (no index, prepared per call): ${Math.round(perSecCold).toLocaleString('en')} decisions/s (${(1e6 / perSecCold).toFixed(1)} µs each)`);
console.log(`prepare(programme): ${(prepSecs / pRuns * 1e6).toFixed(1)} µs`);
console.log(`record validation (ajv + semantic): ${Math.round((learners.length * vRounds) / vSecs).toLocaleString('en')} records/s (${(vSecs / (learners.length * vRounds) * 1e6).toFixed(1)} µs each)`);
console.log(`programme validation (ajv + semantic): ${(pSecs / 200 * 1e3).toFixed(2)} ms each`);
if (checksum === 0) console.log('(no units?)');
