// sens-rules: validate, decide, explain, diff. Exit 0 ok, 1 invalid input, 2 usage error.
import { readFileSync } from 'node:fs';
import { decide } from '../core/decide';
import { isValidDate } from '../core/dates';
import type { Decision, ValidationError } from '../core/reasons';
import { loadProgramme, loadRecord, looksLikeRecord } from '../load';
import { message, type Lang } from '../messages';
import type { ProgrammeT } from '../schema/programme';
import { diffProgrammes } from '../diff';

const USAGE = `Usage:
  sens-rules validate FILE [--programme PROGRAMME] [--lang fr|en] [--json]
  sens-rules decide PROGRAMME RECORD --as-of YYYY-MM-DD [--lang fr|en] [--json]
  sens-rules explain PROGRAMME RECORD --as-of YYYY-MM-DD [--lang fr|en]
  sens-rules diff OLD NEW [--lang fr|en] [--json]`;

class Exit {
  constructor(public code: number, public text: string) {}
}

function usage(msg: string): never {
  throw new Exit(2, `sens-rules: ${msg}\n${USAGE}`);
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Exit(1, `${file}: cannot read (${(e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Exit(1, `${file}: /: ${(e as Error).message}`);
  }
}

function report(file: string, errors: ValidationError[], lang: Lang): string {
  return errors.map((e) => `${file}: ${e.path || '/'}: [${e.code}] ${message(lang, e.code, e.params)}`).join('\n');
}

function programmeFrom(file: string, lang: Lang): ProgrammeT {
  const loaded = loadProgramme(readJson(file));
  if (!loaded.ok) {
    throw new Exit(1, report(file, loaded.errors, lang));
  }
  return loaded.value;
}

function render(d: Decision, lang: Lang, tree: boolean): string {
  const lines: string[] = [];
  lines.push(`${d.programme.id} v${d.programme.version} — ${d.learner} — ${d.asOf}${d.deadline ? ` (deadline ${d.deadline})` : ''}`);
  lines.push(`VERDICT ${d.verdict.code}: ${d.verdict.reasons.map((r) => message(lang, r.code, r.params)).join(' ')}`);
  if (d.next !== null) {
    lines.push(`NEXT ${d.next.unit}: ${message(lang, d.next.reason.code, d.next.reason.params)}`);
  }
  for (const u of d.units) {
    // Depth from the number of ancestors gives the tree indentation.
    const depth = tree ? depthOf(d, u.id) : 0;
    const pad = '  '.repeat(depth);
    lines.push(`${pad}${u.state.padEnd(11)} ${u.id} — ${u.title}`);
    if (tree) {
      for (const r of u.reasons) {
        lines.push(`${pad}    · ${message(lang, r.code, r.params)}  [${r.code} ${r.path}]`);
      }
    }
  }
  return lines.join('\n');
}

let parents: { id: string; parent: string | null }[] = [];
function depthOf(_d: Decision, id: string): number {
  let n = 0;
  let cur = parents.find((p) => p.id === id)?.parent ?? null;
  while (cur !== null && n < 50) {
    n++;
    const c = cur;
    cur = parents.find((p) => p.id === c)?.parent ?? null;
  }
  return n;
}

export function run(argv: string[]): { code: number; out: string } {
  try {
    const positional: string[] = [];
    let lang: Lang = 'fr';
    let json = false;
    let asOf: string | null = null;
    let programmeFile: string | null = null;
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i] as string;
      if (a === '--json') json = true;
      else if (a === '--lang') {
        const v = argv[++i];
        if (v !== 'fr' && v !== 'en') usage('--lang expects fr or en');
        lang = v;
      } else if (a === '--as-of') {
        const v = argv[++i];
        if (v === undefined || !isValidDate(v)) usage(`--as-of expects an existing date YYYY-MM-DD, got ${v ?? 'nothing'}`);
        asOf = v;
      } else if (a === '--programme') {
        programmeFile = argv[++i] ?? usage('--programme expects a file');
      } else if (a === '-h' || a === '--help') {
        return { code: 0, out: USAGE };
      } else if (a.startsWith('--')) usage(`unknown option ${a}`);
      else positional.push(a);
    }
    const [cmd, ...files] = positional;
    if (cmd === 'validate') {
      if (files.length !== 1) usage('validate expects one FILE');
      const file = files[0] as string;
      const data = readJson(file);
      if (looksLikeRecord(data)) {
        if (programmeFile === null) usage('validating a record needs --programme PROGRAMME');
        const p = programmeFrom(programmeFile, lang);
        const r = loadRecord(p, data);
        if (!r.ok) return { code: 1, out: json ? JSON.stringify(r.errors, null, 2) : report(file, r.errors, lang) };
        return { code: 0, out: `${file}: valid record` };
      }
      const loaded = loadProgramme(data);
      if (!loaded.ok) return { code: 1, out: json ? JSON.stringify(loaded.errors, null, 2) : report(file, loaded.errors, lang) };
      return { code: 0, out: `${file}: valid programme ${loaded.value.id} v${loaded.value.version}` };
    }
    if (cmd === 'decide' || cmd === 'explain') {
      if (files.length !== 2) usage(`${cmd} expects PROGRAMME RECORD`);
      if (asOf === null) usage(`${cmd} needs --as-of YYYY-MM-DD`);
      const p = programmeFrom(files[0] as string, lang);
      const r = loadRecord(p, readJson(files[1] as string));
      if (!r.ok) throw new Exit(1, report(files[1] as string, r.errors, lang));
      const d = decide(p, r.value, asOf as string);
      parents = p.units.map((u) => ({ id: u.id, parent: u.parent }));
      if (json) return { code: 0, out: JSON.stringify(d, null, 2) };
      return { code: 0, out: render(d, lang, cmd === 'explain') };
    }
    if (cmd === 'diff') {
      if (files.length !== 2) usage('diff expects OLD NEW');
      const oldP = programmeFrom(files[0] as string, lang);
      const newP = programmeFrom(files[1] as string, lang);
      const changes = diffProgrammes(oldP, newP);
      if (json) return { code: 0, out: JSON.stringify(changes, null, 2) };
      if (changes.length === 0) return { code: 0, out: 'No change affecting enrolled learners.' };
      return { code: 0, out: changes.map((c) => `${c.path}: [${c.code}] ${lang === 'fr' ? c.fr : c.en}`).join('\n') };
    }
    return usage(cmd === undefined ? 'missing command' : `unknown command ${cmd}`);
  } catch (e) {
    if (e instanceof Exit) return { code: e.code, out: e.text };
    throw e;
  }
}
