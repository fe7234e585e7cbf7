// build/gen-php/schema.ts: the structural validator generated for PHP refuses what it cannot mirror exactly.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pcre, schemaPhp, SchemaGenError } from './schema';
import { MOODLE_BANNER } from './index';
import { PHP_NAMESPACE } from './translate';

const gen = (schema: unknown) => schemaPhp([{ method: 'validate_programme', file: 't.json', schema: schema as never, title: 't' }], MOODLE_BANNER, PHP_NAMESPACE);

describe('schema generator', () => {
  test('patterns become PCRE with the JS meaning (ASCII \\d, $ only at the end)', () => {
    expect(pcre('^\\d{4}-\\d{2}$', 'x')).toBe('/^[0-9]{4}-[0-9]{2}$/Du');
    expect(pcre('^[A-Za-z0-9][A-Za-z0-9._:-]*$', 'x')).toBe('/^[A-Za-z0-9][A-Za-z0-9._:-]*$/Du');
    expect(() => pcre('^a.b$', 'x')).toThrow(SchemaGenError);
    expect(() => pcre('^\\w+$', 'x')).toThrow(/escape \\w/);
  });

  test('a keyword it does not mirror is refused at build time, naming the place', () => {
    expect(() => gen({ type: 'object', properties: { a: { type: 'string', format: 'date' } } })).toThrow(/#\/properties\/a: JSON Schema keyword 'format'/);
    expect(() => gen({ type: 'object', additionalProperties: { type: 'string' } })).toThrow(/only additionalProperties: false/);
    expect(() => gen({ type: 'object', properties: { constructor: { type: 'string' } } })).toThrow(/Object.prototype/);
  });

  test('generated PHP is valid and follows ajv on a small schema', () => {
    const php = gen({
      type: 'object', required: ['a'], additionalProperties: false,
      properties: { a: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }] }, b: { type: 'string', pattern: '^\\d+$' } },
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-schema-'));
    try {
      fs.writeFileSync(path.join(dir, 'schema.php'), php);
      expect(execFileSync('php', ['-l', path.join(dir, 'schema.php')], { encoding: 'utf8' })).toContain('No syntax errors');
      const run = (json: string) => JSON.parse(execFileSync('php', ['-r', `require '${dir}/schema.php'; echo json_encode(\\${PHP_NAMESPACE}\\schema::validate_programme(json_decode($argv[1])));`, json], { encoding: 'utf8' }));
      expect(run('{"a": 2.0}')).toEqual([]);
      expect(run('{"a": 0, "b": "12\\n", "z": 1}').map((e: { path: string; params: { keyword: string } }) => `${e.path} ${e.params.keyword}`))
        .toEqual(['/z additionalProperties', '/a minimum', '/a type', '/a anyOf', '/b pattern']);
      expect(run('[]')[0].params.message).toBe('must be object');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
