// Structural validation fixtures (tests/conformance/schema/, built by build-schema-fixtures.ts): ajv through
// rules-engine/src/load.ts still reports exactly the stored errors. The generated PHP is held to the same files by
// tests/conformance/run.php (stage 70) and local_sens/tests/engine/schema_conformance_test.php (Moodle PHPUnit).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadProgramme, loadRecord } from '../../rules-engine/src/load';
import { canonical } from './canonical';

const DIR = path.resolve(__dirname, '../conformance/schema');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const programme = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../rules-engine/programmes/cec-sousse.json'), 'utf8'));

describe('structural validation fixtures (TS side)', () => {
  test('at least 10 fixtures, most of them invalid', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    const invalid = files.filter((f) => (JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')).expected as unknown[]).length > 0);
    expect(invalid.length).toBeGreaterThanOrEqual(files.length - 2);
  });

  test.each(files)('%s', (f) => {
    const fx = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as { kind: string; text: string; expected: unknown[] };
    const data = JSON.parse(fx.text) as unknown;
    const r = fx.kind === 'programme' ? loadProgramme(data) : loadRecord(programme, data);
    const errors = r.ok ? [] : r.errors.filter((e) => e.code === 'schema');
    expect(canonical(errors)).toBe(canonical(fx.expected));
  });
});
