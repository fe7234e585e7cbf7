// `npm run generate:php`: translates rules-engine/src/core/**.ts into local_sens/classes/local/engine/ and writes the
// reason strings into local_sens's lang files. `--check` only checks the subset (npm run check:subset).
// Deterministic: same input, byte-identical output (CI regenerates and fails on any diff).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadProject, PHP_NAMESPACE, SubsetError, translateModule, wrapLines } from './translate';
import { schemaPhp } from './schema';

export const MOODLE_BANNER = `<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.
`;

export function runtimePhp(): string {
  return `${MOODLE_BANNER}\n${fs.readFileSync(path.join(__dirname, 'runtime.php.txt'), 'utf8')}`;
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Translates every module under coreDir; returns class file name → PHP text. Throws SubsetError[] joined. */
export function generate(root: string, coreDir: string): Map<string, string> {
  const project = loadProject();
  const files = listTs(coreDir);
  for (const f of files) project.addSourceFileAtPath(f);
  project.resolveSourceFileDependencies();
  const out = new Map<string, string>();
  const errors: string[] = [];
  for (const f of files) {
    const rel = path.relative(root, f).split(path.sep).join('/');
    try {
      const m = translateModule(project.getSourceFileOrThrow(f), rel, MOODLE_BANNER);
      if (out.has(`${m.className}.php`)) errors.push(`${rel}: PHP class ${m.className} already generated from another module`);
      out.set(`${m.className}.php`, m.php);
    } catch (e) {
      if (e instanceof SubsetError) errors.push(e.message);
      else throw e;
    }
  }
  if (errors.length) throw new Error(`The rules-engine core leaves the PHP subset (rules-engine/SUBSET.md):\n${errors.join('\n')}`);
  out.set('runtime.php', runtimePhp());
  out.set('schema.php', generateSchema(root));
  return out;
}

/** local_sens\\local\\engine\\schema: structural validation generated from the JSON Schemas ajv uses. */
export function generateSchema(root: string): string {
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));
  return wrapLines(schemaPhp([
    { method: 'validate_programme', file: 'rules-engine/schema/programme.schema.json', schema: read('rules-engine/schema/programme.schema.json'), title: 'programme definition' },
    { method: 'validate_record', file: 'rules-engine/schema/record.schema.json', schema: read('rules-engine/schema/record.schema.json'), title: 'learner record' },
  ], MOODLE_BANNER, PHP_NAMESPACE));
}

/** {param} placeholders → Moodle's {$a->param}. */
export function langBlock(messages: Record<string, unknown>): string {
  const flat: [string, string][] = [];
  const walk = (o: unknown, prefix: string) => {
    if (typeof o === 'string') flat.push([prefix, o]);
    else if (o && typeof o === 'object') for (const k of Object.keys(o)) walk((o as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k);
  };
  walk(messages, '');
  flat.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return flat.map(([k, v]) => {
    const key = 'reason_' + k.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase();
    const text = v.replace(/\{([A-Za-z0-9_]+)\}/g, (_, p) => `{$a->${p}}`);
    return `$string['${key}'] = '${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}';`;
  }).join('\n');
}

const BEGIN = '// BEGIN GENERATED reason strings';
const END = '// END GENERATED reason strings';

export function spliceLang(file: string, block: string): string {
  if (!fs.existsSync(file)) throw new Error(`${file}: lang file missing (created by the plugin scaffold, with the lines '${BEGIN}' and '${END}')`);
  const text = fs.readFileSync(file, 'utf8');
  const b = text.indexOf(BEGIN);
  const e = text.indexOf(END);
  if (b < 0 || e < b) throw new Error(`${file}: expected the lines '${BEGIN}' then '${END}'`);
  return text.slice(0, b + BEGIN.length) + '\n' + (block ? block + '\n' : '') + text.slice(e);
}

function main(): void {
  const root = path.resolve(__dirname, '../..');
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const coreDir = path.join(root, 'rules-engine/src/core');
  if (!fs.existsSync(coreDir)) {
    console.error(`gen-php: ${path.relative(root, coreDir)} does not exist: nothing to translate`);
    process.exit(1);
  }
  let files: Map<string, string>;
  try {
    files = generate(root, coreDir);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  if (check) {
    console.log(`check:subset: ${files.size - 1} core module(s) inside the subset`);
    return;
  }
  const outDir = path.join(root, 'local_sens/classes/local/engine');
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) if (f.endsWith('.php') && !files.has(f)) fs.rmSync(path.join(outDir, f));
  for (const [f, php] of files) fs.writeFileSync(path.join(outDir, f), php);
  console.log(`gen-php: wrote ${files.size} file(s) to ${path.relative(root, outDir)}`);
  for (const lang of ['en', 'fr']) {
    const msgs = path.join(root, `rules-engine/messages/${lang}.json`);
    const langFile = path.join(root, `local_sens/lang/${lang}/local_sens.php`);
    if (!fs.existsSync(msgs)) {
      console.error(`gen-php: ${path.relative(root, msgs)} missing`);
      process.exit(1);
    }
    try {
      fs.writeFileSync(langFile, spliceLang(langFile, langBlock(JSON.parse(fs.readFileSync(msgs, 'utf8')))));
    } catch (e) {
      console.error(`gen-php: ${(e as Error).message}`);
      process.exit(1);
    }
  }
}

if (require.main === module) main();
