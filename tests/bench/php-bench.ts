// Benchmark (not a test): decisions per second of the TS engine and of the generated PHP on the same 1,500 records,
// both measured as CPU-bound loops on one core: decide(programme, record, asOf), and, when the core has prepare(),
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
  let calls = 0;
  const t0 = process.hrtime.bigint();
  let secs = 0;
  while (secs < 2) {
    for (const a of args) decide(a[0] as never, a[1] as never, a[2], a[3]);
    calls += args.length;
    secs = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  return calls / secs;
}

function phpRate(indexed: boolean): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sens-bench-'));
  const file = path.join(dir, 'calls.json');
  fs.writeFileSync(file, JSON.stringify(inputs.map((b) => ({ class: 'decide', method: 'decide', args: [b.programme, b.record, b.asOf], withIndex: indexed }))));
  execFileSync('php', [WORKER, ENGINE_DIR, file, '1']); // warm-up run (opcache off in CLI: measures the same way each time)
  const r = JSON.parse(execFileSync('php', [WORKER, ENGINE_DIR, file, '3'], { encoding: 'utf8', maxBuffer: 1 << 28 })) as { seconds: number; calls: number };
  fs.rmSync(dir, { recursive: true, force: true });
  return r.calls / r.seconds;
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
