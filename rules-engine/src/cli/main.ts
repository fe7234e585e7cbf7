// sens-rules: validate, decide, explain, diff. Exit 0 ok, 1 invalid input, 2 usage error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decide } from '../core/decide';
import { isValidDate } from '../core/dates';
import type { Decision, ValidationError } from '../core/reasons';
import { loadProgramme, loadRecord, looksLikeRecord } from '../load';
import { message, type Lang } from '../messages';
import type { ProgrammeT } from '../schema/programme';
import { titleOf } from '../core/format';
import type { RecordT } from '../schema/record';
import { changeText, diffLearners, diffProgrammes } from '../diff';

const USAGE = `Usage:
  sens-rules validate FILE [--programme PROGRAMME] [--lang fr|en] [--json]
  sens-rules decide PROGRAMME RECORD --as-of YYYY-MM-DD [--lang fr|en] [--json]
  sens-rules explain PROGRAMME RECORD --as-of YYYY-MM-DD [--lang fr|en]
  sens-rules diff OLD NEW [--records DIR_OR_FILE]... [--as-of YYYY-MM-DD] [--lang fr|en] [--json]
    with --records (a record file, or a directory of them; repeatable) and --as-of: each learner's decision
    under OLD and NEW, and which unit states and verdicts change`;

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

function render(d: Decision, p: ProgrammeT, lang: Lang, tree: boolean): string {
  const lines: string[] = [];
  const text = (code: string, params: object) => message(lang, code, params, p);
  lines.push(`${d.programme.id} v${d.programme.version} — ${d.learner} — ${d.asOf}${d.deadline ? ` (deadline ${d.deadline})` : ''}`);
  lines.push(`VERDICT ${d.verdict.code}: ${d.verdict.reasons.map((r) => text(r.code, r.params)).join(' ')}`);
  if (d.next !== null) {
    lines.push(`NEXT ${d.next.unit}: ${text(d.next.reason.code, d.next.reason.params)}`);
  }
  const parent = new Map(p.units.map((u) => [u.id, u.parent] as const));
  for (const u of d.units) {
    // Depth from the number of ancestors gives the tree indentation (bounded: validation rejects cycles).
    let depth = 0;
    for (let cur = parent.get(u.id) ?? null; tree && cur !== null && depth < 50; cur = parent.get(cur) ?? null) depth++;
    const pad = '  '.repeat(depth);
    lines.push(`${pad}${u.state.padEnd(11)} ${u.id} — ${titleOf(p, u.id, lang) ?? u.title}`);
    if (tree) {
      for (const r of u.reasons) {
        lines.push(`${pad}    · ${text(r.code, r.params)}  [${r.code} ${r.path}]`);
      }
    }
  }
  return lines.join('\n');
}

/** Records named by --records: files, or every record of the programme in a directory. All-or-nothing. */
function recordsFrom(sources: string[], p: ProgrammeT, lang: Lang): { source: string; record: RecordT }[] {
  const out: { source: string; record: RecordT }[] = [];
  for (const src of sources) {
    let isDir = false;
    try {
      isDir = statSync(src).isDirectory();
    } catch (e) {
      throw new Exit(1, `${src}: cannot read (${(e as Error).message})`);
    }
    const files = isDir ? readdirSync(src).filter((f) => f.endsWith('.json')).sort().map((f) => join(src, f)) : [src];
    for (const file of files) {
      const data = readJson(file);
      if (isDir && !(looksLikeRecord(data) && (data as { programme?: { id?: unknown } }).programme?.id === p.id)) {
        continue; // A directory may hold other programmes' records.
      }
      const r = loadRecord(p, data);
      if (!r.ok) throw new Exit(1, report(file, r.errors, lang));
      out.push({ source: file, record: r.value });
    }
  }
  return out;
}

export function run(argv: string[]): { code: number; out: string } {
  try {
    const positional: string[] = [];
    let lang: Lang = 'fr';
    let json = false;
    let asOf: string | null = null;
    let programmeFile: string | null = null;
    const recordSources: string[] = [];
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
      } else if (a === '--records') {
        recordSources.push(argv[++i] ?? usage('--records expects a file or a directory'));
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
      if (json) return { code: 0, out: JSON.stringify(d, null, 2) };
      return { code: 0, out: render(d, p, lang, cmd === 'explain') };
    }
    if (cmd === 'diff') {
      if (files.length !== 2) usage('diff expects OLD NEW');
      const oldP = programmeFrom(files[0] as string, lang);
      const newP = programmeFrom(files[1] as string, lang);
      const changes = diffProgrammes(oldP, newP);
      if (recordSources.length === 0) {
        if (asOf !== null) usage('diff --as-of needs --records');
        if (json) return { code: 0, out: JSON.stringify(changes, null, 2) };
        if (changes.length === 0) return { code: 0, out: 'No change affecting enrolled learners.' };
        return { code: 0, out: changes.map((c) => `${c.path}: [${c.code}] ${changeText(c, lang, oldP, newP)}`).join('\n') };
      }
      if (asOf === null) usage('diff --records needs --as-of YYYY-MM-DD');
      const learners = diffLearners(oldP, newP, recordsFrom(recordSources, oldP, lang), asOf as string);
      if (json) return { code: 0, out: JSON.stringify({ changes, learners }, null, 2) };
      const lines = changes.length === 0 ? ['No change in the rules.'] : changes.map((c) => `${c.path}: [${c.code}] ${changeText(c, lang, oldP, newP)}`);
      const affected = learners.filter((l) => l.changes.length > 0);
      lines.push('', `Learners: ${affected.length} of ${learners.length} affected as of ${asOf}`);
      for (const l of learners) {
        lines.push(`${l.learner} (${l.source}): ${l.changes.length === 0 ? 'no change' : `${l.changes.length} change(s)`}`);
        for (const c of l.changes) lines.push(`  ${c.path}: [${c.code}] ${changeText(c, lang, oldP, newP)}`);
      }
      return { code: 0, out: lines.join('\n') };
    }
    return usage(cmd === undefined ? 'missing command' : `unknown command ${cmd}`);
  } catch (e) {
    if (e instanceof Exit) return { code: e.code, out: e.text };
    throw e;
  }
}
