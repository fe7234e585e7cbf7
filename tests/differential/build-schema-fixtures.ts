// `npx tsx tests/differential/build-schema-fixtures.ts`: writes tests/conformance/schema/*.json, structural-validation
// fixtures {kind, document, expected}: a shipped programme or record broken in one named way, and the errors ajv
// reports for it through rules-engine/src/load.ts. jest (schema-fixtures.test.ts) checks TS still gives them;
// run.php and Moodle PHPUnit (local_sens/tests/engine/schema_conformance_test.php) check the generated PHP gives them too.
// Documents are stored as JSON text inside the fixture when they hold a number PHP decodes differently (2.0).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tsErrors } from './structural';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'tests/conformance/schema');
const read = (f: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));
const programme = () => read('rules-engine/programmes/cec-sousse.json') as Record<string, unknown> & { units: Record<string, unknown>[] };
const record = () => read('rules-engine/programmes/examples/cec-sousse.resit.asof-2024-12-01.json') as Record<string, unknown> & { exams: Record<string, unknown>[] };

type Kind = 'programme' | 'record';
const cases: { name: string; kind: Kind; text: string }[] = [];
const add = (name: string, kind: Kind, doc: unknown, text?: string) => cases.push({ name, kind, text: text ?? JSON.stringify(doc) });

add('programme-root-number', 'programme', 5);
add('programme-root-list', 'programme', []);
add('programme-empty-object', 'programme', {});
add('record-root-null', 'record', null);
{ const p = programme(); (p as Record<string, unknown>).units = {}; add('programme-units-object-not-list', 'programme', p); }
{ const p = programme(); p.units = []; add('programme-units-empty', 'programme', p); }
{ const r = record(); r.enrolment = []; add('record-enrolment-list-not-object', 'record', r); }
{ const r = record(); r.enrolment = {}; add('record-enrolment-missing-start', 'record', r); }
{ const r = record(); r.extra = 1; r['10'] = 1; r['2'] = 1; r['a/b~'] = 1; add('record-extra-keys-js-order', 'record', r); }
{ const p = programme(); p.units[0]!.kind = 'chapter'; add('programme-unit-kind-enum', 'programme', p); }
{ const r = record(); r.enrolment = { start: '2023-10-01\n' }; add('record-date-trailing-newline', 'record', r); }
{ const r = record(); r.enrolment = { start: '\u0662\u0660\u0662\u0663-10-01' }; add('record-date-arabic-digits', 'record', r); }
{ const p = programme(); p.id = 'x'.repeat(121); add('programme-id-too-long', 'programme', p); }
{ const p = programme(); p.titleEn = ''; add('programme-titleen-empty-anyof', 'programme', p); }
{ const p = programme(); p.maxDurationMonths = 2.5; add('programme-duration-not-integer', 'programme', p); }
{
  const p = programme(); p.maxDurationMonths = '__TWO__';
  add('programme-duration-2.0-is-integer', 'programme', p, JSON.stringify(p).replace('"__TWO__"', '2.0'));
}
{
  const p = programme();
  const u = p.units.find((x) => (x.requirements as unknown[]).length > 0)!;
  (u.requirements as Record<string, unknown>[])[0] = { kind: 'n-of', id: 'choice', units: [] };
  add('programme-requirement-oneof', 'programme', p);
}
{ const r = record(); r.exams[0]!.session = 'rattrapage'; r.exams[1]!.grade = '11'; add('record-exam-enum-and-type', 'record', r); }
{ const r = record(); delete r.learner; r.programme = { id: '-bad id' }; add('record-missing-learner-bad-id', 'record', r); }
{
  // English titles of levels and référentiel items: optional, null or a non-empty string.
  const p = programme() as Record<string, unknown>;
  p.levels = [{ id: 'n1', title: 'Niveau 1', titleEn: '', rank: 1 }, { id: 'n2', title: 'Niveau 2', titleEn: null, rank: 2 }];
  p.referentials = [{ id: 'r', title: 'Référentiel', version: '1', items: [{ id: 'i1', kind: 'competence', title: 'Soigner', titleEn: 5 },
    { id: 'i2', kind: 'competence', title: 'Guérir', titleEn: 'Heal' }] }];
  add('programme-level-and-item-titleen', 'programme', p);
}

fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) if (f.endsWith('.json')) fs.rmSync(path.join(OUT, f));
cases.forEach((c, i) => {
  const expected = tsErrors(c.kind, c.text) ?? [];
  const fixture = { kind: c.kind, text: c.text, expected };
  fs.writeFileSync(path.join(OUT, `${String(i + 1).padStart(2, '0')}-${c.name}.json`), JSON.stringify(fixture, null, 1) + '\n');
});
console.log(`wrote ${cases.length} structural fixtures to ${path.relative(ROOT, OUT)}`);
