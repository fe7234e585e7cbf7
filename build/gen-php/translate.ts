// Translates the rules-engine core (a small TypeScript subset, see rules-engine/SUBSET.md) to PHP 8.2.
// Anything outside the subset is refused with file:line and the construct, so the PHP never silently differs.
// Split by responsibility: context.ts (names, errors, types), statements.ts, expressions.ts, calls.ts.
import { Node, Project, SourceFile, ts } from 'ts-morph';
import {
  PHP_NAMESPACE, classNameFor, constName, declareVar, fail, isConstantExpr, mutatedParams, phpDocType, snake, type Ctx,
} from './context';
import { block } from './statements';
import { expr } from './expressions';

export { PHP_NAMESPACE, SubsetError, classNameFor, snake } from './context';

export interface TranslatedModule {
  source: string;
  className: string;
  php: string;
}

export function translateModule(sf: SourceFile, relPath: string, banner: string): TranslatedModule {
  const cls = classNameFor(relPath);
  const ctx: Ctx = { sf, file: relPath, cls, loopSwitch: [], vars: new Map(), subst: new Map(), inlining: [], intDecls: new Set() };
  const consts: string[] = [];
  const methods: string[] = [];
  for (const st of sf.getStatements()) {
    if (Node.isImportDeclaration(st)) {
      const spec = st.getModuleSpecifierValue();
      if (!spec.startsWith('./') && !spec.startsWith('../')) fail(ctx, st, `import from '${spec}'`, 'only other core modules');
      continue;
    }
    if (Node.isInterfaceDeclaration(st) || Node.isTypeAliasDeclaration(st)) continue;
    if (Node.isExportDeclaration(st)) {
      if (st.isTypeOnly()) continue;
      fail(ctx, st, 'export declaration (re-export)');
    }
    if (Node.isFunctionDeclaration(st)) {
      methods.push(translateFunction(ctx, st));
      continue;
    }
    if (Node.isVariableStatement(st)) {
      if (st.getDeclarationKind() !== 'const') fail(ctx, st, 'top-level let/var');
      for (const d of st.getDeclarations()) {
        const nameNode = d.getNameNode();
        if (!Node.isIdentifier(nameNode)) fail(ctx, d, 'destructuring');
        const init = d.getInitializer();
        if (!init) fail(ctx, d, 'const without initializer');
        if (!isConstantExpr(init!)) fail(ctx, init!, 'top-level const that is not a literal', 'only literals, object and array literals of literals');
        const doc = `    /** @var ${phpDocType(d.getType())} ${d.getName()} (generated) */\n`;
        consts.push(`${doc}    public const ${constName(d.getName())} = ${expr(ctx, init!)};\n`);
      }
      continue;
    }
    if (Node.isEnumDeclaration(st)) fail(ctx, st, 'enum');
    if (Node.isClassDeclaration(st)) fail(ctx, st, 'class');
    fail(ctx, st, st.getKindName());
  }
  const body = wrapLines([...consts, ...methods].join('\n'));
  const php = `${banner}
namespace ${PHP_NAMESPACE};

/**
 * Generated from ${relPath}: do not edit, run \`npm run generate:php\`.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class ${cls} {
${body}}
`;
  return { source: relPath, className: cls, php };
}


function translateFunction(ctx: Ctx, fn: import('ts-morph').FunctionDeclaration): string {
  if (fn.isAsync() || fn.isGenerator()) fail(ctx, fn, fn.isAsync() ? 'async function' : 'generator');
  const name = fn.getName();
  if (!name) fail(ctx, fn, 'anonymous function');
  if (fn.getOverloads().length > 0) fail(ctx, fn, 'function overloads');
  const body = fn.getBody();
  if (!body) return ''; // overload signature
  ctx.vars = new Map();
  const params: string[] = [];
  const docs: string[] = [];
  const mutated = mutatedParams(fn);
  for (const p of fn.getParameters()) {
    const n = p.getNameNode();
    if (!Node.isIdentifier(n)) fail(ctx, p, 'destructured parameter');
    if (p.isRestParameter()) fail(ctx, p, 'rest parameter');
    const v = declareVar(ctx, p, p.getName());
    const init = p.getInitializer();
    // TS shares arrays/objects with the caller; a parameter the function mutates is passed by reference in PHP.
    let s = mutated.has(p.getName()) ? '&' + v : v;
    if (init) s += ` = ${expr(ctx, init)}`;
    else if (p.hasQuestionToken()) s += ' = null';
    params.push(s);
    docs.push(`     * @param ${phpDocType(p.getType())} ${v}`);
  }
  const jsdoc = fn.getJsDocs().map((d) => d.getDescription().trim()).join(' ').replace(/\s+/g, ' ').trim();
  const summary = jsdoc ? ensureSentence(jsdoc) : `Generated from ${name}().`;
  const doc = ['    /**', `     * ${summary.replace(/\*\//g, '* /')}`, '     *', ...docs,
    `     * @return ${phpDocType(fn.getReturnType())}`, '     */'].join('\n');
  const stmts = block(ctx, body as import('ts-morph').Block, 2);
  return `${doc}\n    public static function ${snake(name!)}(${params.join(', ')}) {\n${stmts}    }\n`;
}

function ensureSentence(s: string): string {
  const t = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?]$/.test(t) ? t : t + '.';
}

export function loadProject(tsconfig?: string): Project {
  return tsconfig
    ? new Project({ tsConfigFilePath: tsconfig, skipAddingFilesFromTsConfig: true })
    : new Project({ compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, noUncheckedIndexedAccess: true } });
}

const MAX = 120;

/** Moodle's phpcs limits lines (132 warning, 180 error): break long code lines between tokens, outside strings. */
export function wrapLines(php: string): string {
  return php.split('\n').map((line) => (line.length <= MAX ? line : wrapLine(line))).join('\n');
}

function wrapLine(line: string): string {
  const indent = /^ */.exec(line)![0];
  const trimmed = line.trimStart();
  if (trimmed.startsWith('*') || trimmed.startsWith('/**')) {
    // Docblock text: wrap words.
    const prefix = indent + '* ';
    const words = trimmed.replace(/^\*\s?/, '').split(' ');
    const out: string[] = [];
    let cur = '';
    for (const w of words) {
      if (cur && prefix.length + cur.length + 1 + w.length > MAX) { out.push(prefix + cur); cur = w; } else cur = cur ? cur + ' ' + w : w;
    }
    out.push(prefix + cur);
    return out.join('\n');
  }
  // Candidate breaks: after ', ', before ' && ', ' || ', ' . ', ' ?? ', ' ? ', ' : ', outside strings.
  const breaks: number[] = [];
  let inStr = false;
  for (let i = indent.length; i < line.length; i++) {
    const c = line[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === "'") inStr = false;
      continue;
    }
    if (c === "'") { inStr = true; continue; }
    if (c === ',' && line[i + 1] === ' ') breaks.push(i + 2);
    else if (c === ' ') {
      for (const op of ['&& ', '|| ', '. ', '?? ', '? ', ': ', '+ ']) {
        if (line.startsWith(op, i + 1) && !line.startsWith('::', i + 1)) { breaks.push(i + 1); break; }
      }
    }
  }
  const cont = indent + '        ';
  const pieces: string[] = [];
  let start = 0;
  let width = 0; // width of the current piece's prefix
  let lastFit = -1;
  let prefixLen = 0;
  for (const b of breaks) {
    if (b - start + prefixLen <= MAX) { lastFit = b; continue; }
    if (lastFit > start) {
      pieces.push(line.slice(start, lastFit).trimEnd());
      start = lastFit;
      prefixLen = cont.length;
      lastFit = b - start + prefixLen <= MAX ? b : -1;
    }
  }
  void width;
  if (line.length - start + prefixLen > MAX && lastFit > start) {
    pieces.push(line.slice(start, lastFit).trimEnd());
    start = lastFit;
  }
  pieces.push(line.slice(start));
  return pieces.map((p, k) => (k === 0 ? p : cont + p.trimStart())).join('\n');
}
