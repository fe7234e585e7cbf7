// Benchmark (not a test): decisions per second of the TS engine and of the generated PHP on the same 1,500 records.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { decide } from '../../rules-engine/src/core/decide';
import { inputArbitrary, loadBases, materialize, recordValidator } from '../differential/inputs';
import { ENGINE_DIR, WORKER } from '../differential/php';

const N = 1500;
const bases = loadBases();
const valid = recordValidator();
const inputs = fc.sample(inputArbitrary(bases.length).filter((i) => valid(materialize(bases, i).record)), { numRuns: N, seed: 1 })
  .map((i) => materialize(bases, i));
type D = (p: never, r: never, a: string) => unknown;

// TS: warm up, then repeat until at least 2 s.
for (const b of inputs) (decide as unknown as D)(b.programme as never, b.record as never, b.asOf);
let calls = 0;
const t0 = process.hrtime.bigint();
let secs = 0;
while (secs < 2) {
  for (const b of inputs) (decide as unknown as D)(b.programme as never, b.record as never, b.asOf);
  calls += inputs.length;
  secs = Number(process.hrtime.bigint() - t0) / 1e9;
}
const tsRate = calls / secs;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sens-bench-'));
const file = path.join(dir, 'calls.json');
fs.writeFileSync(file, JSON.stringify(inputs.map((b) => ({ class: 'decide', method: 'decide', args: [b.programme, b.record, b.asOf] }))));
execFileSync('php', [WORKER, ENGINE_DIR, file, '1']); // warm-up run (opcache off in CLI: measures the same way each time)
const r = JSON.parse(execFileSync('php', [WORKER, ENGINE_DIR, file, '3'], { encoding: 'utf8', maxBuffer: 1 << 28 })) as { seconds: number; calls: number };
fs.rmSync(dir, { recursive: true, force: true });
const phpRate = r.calls / r.seconds;
console.log(`engine decisions/s on ${N} records (${bases.length} base programmes/records with random mutations), one core:`);
console.log(`  TypeScript (node ${process.version}): ${Math.round(tsRate).toLocaleString('en')} decisions/s`);
console.log(`  PHP ${execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' })} (generated): ${Math.round(phpRate).toLocaleString('en')} decisions/s`);
console.log(`  ratio TS/PHP: ${(tsRate / phpRate).toFixed(2)}x (target: PHP within 5x)`);
