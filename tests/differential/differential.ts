// Differential test: TS decide() vs the generated PHP on >= 10,000 random valid inputs, compared as canonical JSON.
// Exit 0 with zero differences; otherwise prints the shrunk (minimal) reproducer and exits 1.
import fc from 'fast-check';
import { decide } from '../../rules-engine/src/core/decide';
import { canonical } from './canonical';
import { runPhp } from './php';
import { validateProgramme, validateRecord } from '../../rules-engine/src/core/validate';
import { breakDoc, Input, inputArbitrary, loadBases, loadCaseBases, materialize, recordValidator } from './inputs';
import { expectedState, limitArbitrary, limitInput } from '../../rules-engine/test/limits';
import { averageArbitrary, averageInput, exactlyPasses, shownAverage } from '../../rules-engine/test/averages';

const N = Number(process.env.SENS_DIFF_RUNS ?? 10000);
const SEED = Number(process.env.SENS_DIFF_SEED ?? 20261123);
const bases = loadBases(true);
const valid = recordValidator();
const validProgramme = recordValidator('programme');
const arb = inputArbitrary(bases.length).filter((i) => valid(materialize(bases, i).record));

type D = (p: never, r: never, a: string) => unknown;
const tsDecide = (i: Input) => { const b = materialize(bases, i); return canonical((decide as unknown as D)(b.programme as never, b.record as never, b.asOf)); };
const phpCalls = (is: Input[]) => is.map((i) => { const b = materialize(bases, i); return { class: 'decide', method: 'decide', args: [b.programme, b.record, b.asOf] }; });

const inputs = fc.sample(arb, { numRuns: N, seed: SEED });
// In batches: one PHP process decodes all its calls at once (a programme per call), and 10,000 calls with the DU
// programme pass the worker's 2 GB.
const php: unknown[] = [];
for (let k = 0; k < inputs.length; k += 2500) php.push(...runPhp(phpCalls(inputs.slice(k, k + 2500))));
const tsOut = inputs.map(tsDecide);
const failing = inputs.filter((_, k) => tsOut[k] !== canonical(php[k]));
console.log(`differential: ${inputs.length} random valid inputs (${bases.length} base records, ${bases.filter((b) => b.name.includes('.moodle.')).length} built from Moodle data, seed ${SEED}), ${new Set(tsOut).size} distinct decisions, ${failing.length} difference(s)`);

// Programme variants: random records on the conformance cases' own programmes (co-signatures, justified absences not
// counted, a presiding juror…), compared the same way.
const NC = Number(process.env.SENS_DIFF_CASE_RUNS ?? 3000);
const caseBases = loadCaseBases();
const caseInputs = fc.sample(inputArbitrary(caseBases.length).filter((i) => valid(materialize(caseBases, i).record)),
  { numRuns: NC, seed: SEED + 4 });
const casePhp: unknown[] = [];
for (let k = 0; k < caseInputs.length; k += 2500) {
  casePhp.push(...runPhp(caseInputs.slice(k, k + 2500).map((i) => {
    const b = materialize(caseBases, i);
    return { class: 'decide', method: 'decide', args: [b.programme, b.record, b.asOf] };
  })));
}
const caseFailing: string[] = [];
caseInputs.forEach((i, k) => {
  const b = materialize(caseBases, i);
  const ts = canonical((decide as unknown as D)(b.programme as never, b.record as never, b.asOf));
  if (ts !== canonical(casePhp[k])) {
    caseFailing.push(`${b.name} asOf ${b.asOf} mutations ${JSON.stringify(i.mutations)}\n TS  ${ts}\n PHP ${canonical(casePhp[k])}`);
  }
});
console.log(`differential (programme variants): ${caseInputs.length} random inputs on ${caseBases.length} conformance-case programmes, ${caseFailing.length} difference(s)`);
if (caseFailing.length > 0) console.log(caseFailing.sort((a, b) => a.length - b.length)[0]);

// Invalid inputs: semantic validation (core validate.ts, translated) must report the same errors (code, path, params).
const NV = Number(process.env.SENS_DIFF_INVALID_RUNS ?? 3000);
const broken = fc.sample(inputArbitrary(bases.length).filter((i) => i.mutations.length > 0), { numRuns: NV, seed: SEED + 1 }).map((i) => {
  const b = bases[i.base]!;
  return { programme: breakDoc(b.programme, i.mutations), record: breakDoc(b.record, i.mutations.slice(0, 2)) };
}).filter((b) => validProgramme(b.programme) && valid(b.record)); // semantic checks run on schema-valid documents
type V = (...a: never[]) => unknown;
const vCalls = broken.flatMap((b) => [
  { class: 'validate', method: 'validate_programme', args: [b.programme] },
  { class: 'validate', method: 'validate_record', args: [b.programme, b.record] },
]);
const vPhp = runPhp(vCalls);
let vErrors = 0;
const vFailing: string[] = [];
broken.forEach((b, k) => {
  const tp = (validateProgramme as unknown as V)(b.programme as never) as unknown[];
  const tr = (validateRecord as unknown as V)(b.programme as never, b.record as never) as unknown[];
  vErrors += tp.length + tr.length;
  if (canonical(tp) !== canonical(vPhp[2 * k])) vFailing.push(`validateProgramme ${canonical(b.programme).slice(0, 200)}…\n TS ${canonical(tp)}\n PHP ${canonical(vPhp[2 * k])}`);
  if (canonical(tr) !== canonical(vPhp[2 * k + 1])) vFailing.push(`validateRecord ${canonical(b.record).slice(0, 200)}…\n TS ${canonical(tr)}\n PHP ${canonical(vPhp[2 * k + 1])}`);
});
console.log(`differential (invalid): ${broken.length} broken programme/record pairs, ${vErrors} semantic errors reported, ${vFailing.length} difference(s)`);
if (vFailing.length > 0) console.log(vFailing.sort((a, b) => a.length - b.length)[0]);

// Exact attendance limits in PHP (issue 10): at the limit the rule never triggers, one minute over it always does;
// hours written as minutes / 60 (4.4 for 264 minutes), absences split over several facts.
const NL = Number(process.env.SENS_DIFF_LIMIT_RUNS ?? 2000);
const limits = fc.sample(limitArbitrary, { numRuns: NL, seed: SEED + 2 }).flatMap((p) => [0, 1].map((over) => ({ p, over, x: limitInput(p, over) })));
const lPhp = runPhp(limits.map((l) => ({ class: 'decide', method: 'decide', args: [l.x.programme, l.x.record, l.x.asOf] })));
const lFailing: string[] = [];
limits.forEach((l, k) => {
  const d = lPhp[k] as { units: { id: string; state: string }[] };
  const want = expectedState(l.p.kind, l.over > 0);
  const got = d.units.find((u) => u.id === l.x.unit)?.state;
  const ts = canonical((decide as unknown as D)(l.x.programme as never, l.x.record as never, l.x.asOf));
  if (got !== want || ts !== canonical(lPhp[k])) {
    lFailing.push(`${JSON.stringify(l.p)} over ${l.over} (${l.x.absent}/${l.x.total} min): PHP ${got}, expected ${want}${ts !== canonical(lPhp[k]) ? ', TS differs' : ''}`);
  }
});
console.log(`differential (attendance limits): ${limits.length} inputs at the limit and one minute over, ${lFailing.length} failure(s)`);
if (lFailing.length > 0) console.log(lFailing.slice(0, 5).join('\n'));

// Exact weighted averages in PHP: pass/fail and the shown average agree with a BigInt rational reference.
const averages = fc.sample(averageArbitrary, { numRuns: NL, seed: SEED + 3 });
const aPhp = runPhp(averages.map((p) => { const x = averageInput(p); return { class: 'decide', method: 'decide', args: [x.programme, x.record, x.asOf] }; }));
const aFailing: string[] = [];
averages.forEach((p, k) => {
  const u = (aPhp[k] as { units: { state: string; reasons: { params: { average?: number } }[] }[] }).units[0]!;
  const want = exactlyPasses(p) ? 'validated' : 'failed';
  if (u.state !== want || u.reasons[0]!.params.average !== shownAverage(p)) {
    aFailing.push(`${JSON.stringify(p)}: PHP ${u.state} average ${u.reasons[0]!.params.average}, expected ${want} average ${shownAverage(p)}`);
  }
});
console.log(`differential (averages): ${averages.length} weighted averages against exact rationals, ${aFailing.length} failure(s)`);
if (aFailing.length > 0) console.log(aFailing.slice(0, 5).join('\n'));
if (failing.length > 0 || caseFailing.length > 0 || vFailing.length > 0 || lFailing.length > 0 || aFailing.length > 0) {
  if (failing.length === 0) process.exit(1);
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
