// Differential test: TS decide() vs the generated PHP on >= 10,000 random valid inputs, compared as canonical JSON.
// Exit 0 with zero differences; otherwise prints the shrunk (minimal) reproducer and exits 1.
import fc from 'fast-check';
import { decide } from '../../rules-engine/src/core/decide';
import { canonical } from './canonical';
import { runPhp } from './php';
import { Input, inputArbitrary, loadBases, materialize, recordValidator } from './inputs';

const N = Number(process.env.SENS_DIFF_RUNS ?? 10000);
const SEED = Number(process.env.SENS_DIFF_SEED ?? 20261123);
const bases = loadBases();
const valid = recordValidator();
const arb = inputArbitrary(bases.length).filter((i) => valid(materialize(bases, i).record));

type D = (p: never, r: never, a: string) => unknown;
const tsDecide = (i: Input) => { const b = materialize(bases, i); return canonical((decide as unknown as D)(b.programme as never, b.record as never, b.asOf)); };
const phpCalls = (is: Input[]) => is.map((i) => { const b = materialize(bases, i); return { class: 'decide', method: 'decide', args: [b.programme, b.record, b.asOf] }; });

const inputs = fc.sample(arb, { numRuns: N, seed: SEED });
const php = runPhp(phpCalls(inputs));
const tsOut = inputs.map(tsDecide);
const failing = inputs.filter((_, k) => tsOut[k] !== canonical(php[k]));
console.log(`differential: ${inputs.length} random valid inputs (${bases.length} base records, seed ${SEED}), ${new Set(tsOut).size} distinct decisions, ${failing.length} difference(s)`);
if (failing.length > 0) {
  try {
    fc.assert(fc.property(arb, (i) => tsDecide(i) === canonical(runPhp(phpCalls([i]))[0])), { examples: [[failing[0]!]], numRuns: 1, seed: SEED });
  } catch (e) {
    const m = /Counterexample: (.*)/.exec(String((e as Error).message));
    const min = m ? (JSON.parse(m[1]!) as Input[])[0]! : failing[0]!;
    const b = materialize(bases, min);
    console.log(`minimal reproducer (base ${b.name}, asOf ${b.asOf}, mutations ${JSON.stringify(min.mutations)}):`);
    console.log(JSON.stringify({ record: b.record, asOf: b.asOf }));
    console.log(`TS : ${tsDecide(min)}`);
    console.log(`PHP: ${canonical(runPhp(phpCalls([min]))[0])}`);
  }
  process.exit(1);
}
