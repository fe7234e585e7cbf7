// Emits the JSON Schemas of the engine from its zod schemas (the single source). Stale-checked in CI.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Programme } from '../rules-engine/src/schema/programme';
import { Record } from '../rules-engine/src/schema/record';

const out = join(__dirname, '..', 'rules-engine', 'schema');
function emit(name: string, schema: z.ZodType, title: string): void {
  const json = { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), $id: `https://sens.invalid/schema/${name}`, title };
  writeFileSync(join(out, name), JSON.stringify(json, null, 2) + '\n');
}
emit('programme.schema.json', Programme, 'SENS programme definition');
emit('record.schema.json', Record, 'SENS learner record');
