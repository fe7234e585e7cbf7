// Structural validation with ajv against the generated JSON Schemas, then the core's semantic checks.
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject } from 'ajv';
import programmeSchema from '../schema/programme.schema.json';
import recordSchema from '../schema/record.schema.json';
import type { ProgrammeT } from './schema/programme';
import type { RecordT } from './schema/record';
import type { ValidationError } from './core/reasons';
import { validateProgramme, validateRecord } from './core/validate';

const ajv = new Ajv2020({ allErrors: true, strict: false });
export const checkProgrammeShape = ajv.compile(programmeSchema);
export const checkRecordShape = ajv.compile(recordSchema);

/** JSON pointer escaping (RFC 6901) of a property name. */
const escape = (k: string) => k.split('~').join('~0').split('/').join('~1');

function fromAjv(errors: ErrorObject[] | null | undefined): ValidationError[] {
  return (errors ?? []).map((e) => {
    // Name the missing/extra field itself, not only its container.
    const extra = e.keyword === 'required' ? '/' + escape(String(e.params.missingProperty))
      : e.keyword === 'additionalProperties' ? '/' + escape(String(e.params.additionalProperty)) : '';
    return { code: 'schema', path: e.instancePath + extra, params: { keyword: e.keyword, message: e.message ?? e.keyword } };
  });
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

export function loadProgramme(data: unknown): Loaded<ProgrammeT> {
  if (!checkProgrammeShape(data)) {
    return { ok: false, errors: fromAjv(checkProgrammeShape.errors) };
  }
  const errors = validateProgramme(data as ProgrammeT);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: data as ProgrammeT };
}

export function loadRecord(programme: ProgrammeT, data: unknown): Loaded<RecordT> {
  if (!checkRecordShape(data)) {
    return { ok: false, errors: fromAjv(checkRecordShape.errors) };
  }
  const errors = validateRecord(programme, data as RecordT);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: data as RecordT };
}

/** A document is a programme when it has units; a record when it has enrolment. */
export function looksLikeRecord(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'enrolment' in data && !('units' in data);
}
