// Display helpers shared by every interface (CLI, Moodle): message placeholders and readable parameters.
import type { ProgrammeT } from '../schema/programme';

export type Params = { [name: string]: string | number | string[] };

// Fills {param} placeholders of a message template; a list param is its items joined by ", ". A missing message or
// param stays visible, never silent.
export function fillTemplate(template: string, params: Params): string {
  let out = template;
  for (const k of Object.keys(params)) {
    const v = params[k] ?? '';
    out = out.split('{' + k + '}').join(Array.isArray(v) ? v.join(', ') : '' + v);
  }
  return out;
}

/**
 * The ids of a list-valued reason param (`LIST_PARAMS` of reasons.ts): the engine gives a list; a decision stored
 * before lists were lists holds them as one string "a, b".
 */
export function listParam(value: string | string[]): string[] {
  if (Array.isArray(value)) {
    return value.slice();
  }
  if (value === '') {
    return [];
  }
  return value.split(', ');
}

/** Title of the unit or slot `id` in `lang` ('en' → titleEn when given), or null when id names neither. */
export function titleOf(programme: ProgrammeT, id: string, lang: string): string | null {
  for (const u of programme.units) {
    if (u.id === id) {
      const en = u.titleEn ?? null;
      return lang === 'en' && en !== null ? en : u.title;
    }
  }
  for (const s of programme.slots ?? []) {
    if (s.id === id) {
      const en = s.titleEn ?? null;
      return lang === 'en' && en !== null ? en : s.title;
    }
  }
  return null;
}

/**
 * A param value made readable: a unit or slot id → its title; a list "a, b" of such ids (a change's old and new
 * prerequisites, a decision stored before lists were lists) → their titles.
 */
export function displayValue(programme: ProgrammeT, value: string, lang: string): string {
  const title = titleOf(programme, value, lang);
  if (title !== null) {
    return title;
  }
  if (!value.includes(', ')) {
    return value;
  }
  const parts = value.split(', ');
  const titles: string[] = [];
  for (const part of parts) {
    const t = titleOf(programme, part, lang);
    if (t === null) {
      // Not a list of ids (free text with a comma): keep it as it is.
      return value;
    }
    titles.push(t);
  }
  return titles.join(', ');
}

/**
 * The same params with every value that is a unit or slot id of the programme (or a ", "-separated list of them)
 * replaced by its title in `lang` ('fr' → title, 'en' → titleEn ?? title); a list param stays a list, of titles
 * (an id the programme does not name, such as an assessment component, stays as it is). Numbers and other strings
 * are kept.
 */
export function displayParams(programme: ProgrammeT, params: Params, lang: string): Params {
  const out: Params = {};
  for (const k of Object.keys(params)) {
    const v = params[k] ?? '';
    out[k] = Array.isArray(v) ? v.map((id) => titleOf(programme, id, lang) ?? id)
      : typeof v === 'string' ? displayValue(programme, v, lang) : v;
  }
  return out;
}
