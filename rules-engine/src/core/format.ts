// Display helpers shared by every interface (CLI, Moodle): message placeholders and readable parameters.
import type { ProgrammeT } from '../schema/programme';

export type Params = { [name: string]: string | number };

// Fills {param} placeholders of a message template. A missing message or param stays visible, never silent.
export function fillTemplate(template: string, params: Params): string {
  let out = template;
  for (const k of Object.keys(params)) {
    out = out.split('{' + k + '}').join('' + params[k]);
  }
  return out;
}

/** The ids of a list-valued reason param (`LIST_PARAMS` of reasons.ts) as a list: the engine writes them "a, b". */
export function listParam(value: string): string[] {
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

/** A param value made readable: a unit or slot id → its title; a list "a, b" of such ids → their titles. */
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
 * replaced by its title in `lang` ('fr' → title, 'en' → titleEn ?? title). Numbers and other strings are kept.
 */
export function displayParams(programme: ProgrammeT, params: Params, lang: string): Params {
  const out: Params = {};
  for (const k of Object.keys(params)) {
    const v = params[k] ?? '';
    out[k] = typeof v === 'string' ? displayValue(programme, v, lang) : v;
  }
  return out;
}
