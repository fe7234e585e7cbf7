// Message catalogues (fr, en) for reasons and validation errors.
import fr from '../messages/fr.json';
import en from '../messages/en.json';
import { fillTemplate } from './core/format';

export type Lang = 'fr' | 'en';
export const catalogues: { [lang: string]: { [code: string]: string } } = { fr: fr, en: en };

export function message(lang: Lang, code: string, params: object): string {
  const template = catalogues[lang]?.[code];
  if (template === undefined) {
    return `[${lang}:${code}] ${JSON.stringify(params)}`;
  }
  return fillTemplate(template, params as { [k: string]: string | number });
}
