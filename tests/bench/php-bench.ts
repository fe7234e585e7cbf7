// Benchmark (not a test): decisions per second of the TS engine and of the generated PHP on the same 1,500 records,
// CPU time of the deciding loop (user + system: less disturbed by other work than wall time), best of 7 passes
// each (SENS_BENCH_ROUNDS), one core: decide(programme, record, asOf), and, when the core has prepare(),
// decide with the programme's index built once per programme (as a server caches it with the programme version).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import * as core from '../../rules-engine/src/core/decide';
import { inputArbitrary, loadBases, materialize, recordValidator } from '../differential/inputs';
import { ENGINE_DIR, WORKER } from '../differential/php';

const N = 1500;
const ROUNDS = Number(process.env.SENS_BENCH_ROUNDS ?? 7);
const bases = loadBases();
const valid = recordValidator();
const inputs = fc.sample(inputArbitrary(bases.length).filter((i) => valid(materialize(bases, i).record)), { numRuns: N, seed: 1 })
  .map((i) => materialize(bases, i));
type D = (p: never, r: never, a: string, ix?: unknown) => unknown;
const decide = core.decide as unknown as D;
const prepare = (core as unknown as { prepare?: (p: unknown) => unknown }).prepare;

/** TS: warm up, then repeat until at least 2 s. */
function tsRate(indexed: boolean): number {
  const ix = new Map<unknown, unknown>();
  const args = inputs.map((b) => {
    if (indexed && !ix.has(b.programme)) ix.set(b.programme, prepare!(b.programme));
    return [b.programme, b.record, b.asOf, indexed ? ix.get(b.programme) : undefined] as const;
  });
  for (const a of args) decide(a[0] as never, a[1] as never, a[2], a[3]);
  // Best of ROUNDS passes over the records (CPU time): other processes on the machine only ever slow a pass down.
  let best = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.cpuUsage();
    for (const a of args) decide(a[0] as never, a[1] as never, a[2], a[3]);
    const t = process.cpuUsage(t0);
    best = Math.max(best, args.length / ((t.user + t.system) / 1e6));
  }
  return best;
}

function phpRate(indexed: boolean): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sens-bench-'));
  const file = path.join(dir, 'calls.json');
  fs.writeFileSync(file, JSON.stringify(inputs.map((b) => ({ class: 'decide', method: 'decide', args: [b.programme, b.record, b.asOf], withIndex: indexed }))));
  // Best of ROUNDS runs, each one pass over the records (opcache off in CLI, as in the default PHP CLI).
  let best = 0;
  for (let k = 0; k < ROUNDS; k++) {
    const r = JSON.parse(execFileSync('php', [WORKER, ENGINE_DIR, file, '1'], { encoding: 'utf8', maxBuffer: 1 << 28 })) as { cpuSeconds: number; calls: number };
    best = Math.max(best, r.calls / r.cpuSeconds);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return best;
}

console.log(`engine decisions/s on ${N} records (${bases.length} base programmes/records with random mutations), one core:`);
const php = execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' });
for (const indexed of prepare ? [false, true] : [false]) {
  const ts = tsRate(indexed);
  const ph = phpRate(indexed);
  console.log(indexed ? '  with the programme index prepared once per programme:' : '  decide(programme, record, asOf):');
  console.log(`    TypeScript (node ${process.version}): ${Math.round(ts).toLocaleString('en')} decisions/s`);
  console.log(`    PHP ${php} (generated): ${Math.round(ph).toLocaleString('en')} decisions/s`);
  console.log(`    ratio TS/PHP: ${(ts / ph).toFixed(2)}x (target: PHP within 5x)`);
}
