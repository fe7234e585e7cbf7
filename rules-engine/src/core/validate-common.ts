// The small checks every semantic validation uses (programme and record): one error value, dates that exist,
// numbers the rules compare exactly, unique ids, references that resolve.
import type { ValidationError } from './reasons';
import { isValidDate } from './dates';
import { isExact } from './exact';

/** One validation error. */
export function err(code: string, path: string, params: { [name: string]: string | number }): ValidationError {
  return { code: code, path: path, params: params };
}

/** A date that exists (YYYY-MM-DD), when given. */
export function checkDate(out: ValidationError[], value: string | null, path: string): void {
  if (value !== null && !isValidDate(value)) {
    out.push(err('invalid_date', path, { value: value }));
  }
}

/**
 * A number the rules compare exactly (core/exact.ts): no more decimals than its unit reads (`precision` is what the
 * message shows: 0.00001 for points, 0.01 for percents, 1/60 h (a minute) for hours) and not above `max`.
 */
export function checkNumber(out: ValidationError[], value: number | null, unit: number, precision: string, max: number, path: string): void {
  if (value === null) {
    return;
  }
  if (value > max) {
    out.push(err('number_too_large', path, { value: value, max: max }));
  } else if (!isExact(value, unit)) {
    out.push(err('too_many_decimals', path, { value: value, precision: precision }));
  }
}

/** Duplicate ids in a collection: each later duplicate is reported at its own path. */
export function checkUnique(out: ValidationError[], ids: string[], path: string): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (ids.indexOf(id) < i) {
      out.push(err('duplicate_id', path + '/' + i + '/id', { id: id, first: path + '/' + ids.indexOf(id) }));
    }
  }
}

/** An id that names one of `known` (dangling_reference otherwise). */
export function checkRef(out: ValidationError[], known: string[], id: string, path: string, kind: string): void {
  if (!known.includes(id)) {
    out.push(err('dangling_reference', path, { id: id, kind: kind }));
  }
}
