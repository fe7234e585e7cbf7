// Message catalogues (fr, en) for reasons, validation errors and changes.
import fr from '../messages/fr.json';
import en from '../messages/en.json';
import { displayParams, fillTemplate, type Params } from './core/format';
import type { ProgrammeT } from './schema/programme';

export type Lang = 'fr' | 'en';
export const catalogues: { [lang: string]: { [code: string]: string } } = { fr: fr, en: en };

/** The text of a code in a language; with the programme, unit and slot ids in params are shown as their titles. */
export function message(lang: Lang, code: string, params: object, programme: ProgrammeT | null = null): string {
  const template = catalogues[lang]?.[code];
  if (template === undefined) {
    return `[${lang}:${code}] ${JSON.stringify(params)}`;
  }
  const p = params as Params;
  return fillTemplate(template, programme === null ? p : displayParams(programme, p, lang));
}
