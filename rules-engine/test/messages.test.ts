// Parity: every reason and error code has a message in every language, with the same placeholders.
import fr from '../messages/fr.json';
import en from '../messages/en.json';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const placeholders = (s: string) => (s.match(/\{[A-Za-z]+\}/g) ?? []).sort();
const catalogues: Record<string, Record<string, string>> = { fr, en };
// Codes as written in the core (reason union and validation errors).
const src = ['reasons.ts', 'validate.ts', 'diff.ts'].map((f) => readFileSync(join(__dirname, '..', 'src', 'core', f), 'utf8')).join('\n');
const reasonCodes = [...src.matchAll(/code: '([a-z_0-9]+)'/g)].map((m) => m[1] as string);
const errorCodes = [...src.matchAll(/err\('([a-z_0-9]+)'/g)].map((m) => m[1] as string);
const paramsOf = (code: string): string[] => {
  const m = src.match(new RegExp(`code: '${code}'; path: string; params: \\{([^}]*)\\}`));
  return m ? [...(m[1] as string).matchAll(/([A-Za-z]+):/g)].map((x) => `{${x[1]}}`).sort() : [];
};

describe('messages fr/en parity', () => {
  test('same codes in both languages', () => expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort()));
  test.each([...new Set([...reasonCodes, ...errorCodes, 'schema'])].flatMap((c) => ['fr', 'en'].map((l) => [l, c])))('%s has %s', (lang, code) => {
    expect(catalogues[lang]?.[code]).toEqual(expect.any(String));
  });
  test.each(Object.keys(fr))('%s: same placeholders in fr and en', (code) => {
    expect(placeholders((en as Record<string, string>)[code] ?? '')).toEqual(placeholders((fr as Record<string, string>)[code] ?? ''));
  });
  test.each([...new Set(reasonCodes)].filter((c) => paramsOf(c).length > 0))('%s: message uses exactly the reason params', (code) => {
    expect(placeholders((fr as Record<string, string>)[code] ?? '')).toEqual(paramsOf(code));
  });
});
