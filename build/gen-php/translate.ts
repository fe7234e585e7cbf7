// Translates the rules-engine core (a small TypeScript subset, see rules-engine/SUBSET.md) to PHP 8.2.
// Anything outside the subset is refused with file:line and the construct, so the PHP never silently differs.
import { Node, Project, SourceFile, SyntaxKind, Type, ts } from 'ts-morph';

export const PHP_NAMESPACE = 'local_sens\\local\\engine';

export class SubsetError extends Error {
  constructor(readonly file: string, readonly line: number, readonly construct: string, detail = '') {
    super(`${file}:${line}: unsupported construct: ${construct}${detail ? ` (${detail})` : ''}`);
  }
}

/** TS module file name → PHP class name (Moodle style: lower case with underscores). */
export function classNameFor(file: string): string {
  const base = file.replace(/^.*\//, '').replace(/\.ts$/, '');
  const name = snake(base).replace(/[^a-z0-9_]/g, '_');
  return PHP_RESERVED.has(name) ? `${name}_module` : name;
}

const PHP_RESERVED = new Set(['list', 'array', 'function', 'class', 'match', 'default', 'switch', 'case', 'print',
  'echo', 'empty', 'isset', 'unset', 'new', 'clone', 'and', 'or', 'xor', 'global', 'static', 'abstract', 'final',
  'string', 'int', 'float', 'bool', 'object', 'mixed', 'null', 'true', 'false', 'void', 'iterable', 'runtime']);

/** camelCase / kebab-case → snake_case. */
export function snake(s: string): string {
  return s.replace(/[-\s]+/g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}
/** Moodle wants lower-case variable names without underscores. */
function varName(s: string): string {
  return '$' + s.replace(/_/g, '').toLowerCase();
}
function constName(s: string): string {
  return snake(s).toUpperCase();
}
function phpString(s: string): string {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

interface Ctx {
  sf: SourceFile;
  file: string; // repo-relative path, for messages
  cls: string;
  loopSwitch: ('loop' | 'switch')[];
  vars: Map<string, string>; // php name → ts name, to detect collisions
  subst: Map<Node, string>; // parameter declaration → PHP argument text, while inlining a call
  inlining: Node[]; // functions being inlined (no recursion)
  intDecls: Set<Node>; // loop counters and foreach keys: PHP ints, used as indexes without an (int) cast
}

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

function fail(ctx: Ctx, node: Node, construct: string, detail = ''): never {
  throw new SubsetError(ctx.file, node.getStartLineNumber(), construct, detail);
}

function isConstantExpr(n: Node): boolean {
  if (Node.isAsExpression(n) || Node.isSatisfiesExpression(n)) return isConstantExpr(n.getExpression());
  if (Node.isStringLiteral(n) || Node.isNumericLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) return true;
  const k = n.getKind();
  if (k === SyntaxKind.TrueKeyword || k === SyntaxKind.FalseKeyword || k === SyntaxKind.NullKeyword) return true;
  if (Node.isPrefixUnaryExpression(n) && n.getOperatorToken() === SyntaxKind.MinusToken) return isConstantExpr(n.getOperand());
  if (Node.isArrayLiteralExpression(n)) return n.getElements().every(isConstantExpr);
  if (Node.isObjectLiteralExpression(n)) {
    return n.getProperties().every((p) => Node.isPropertyAssignment(p) && !Node.isComputedPropertyName(p.getNameNode()) && isConstantExpr(p.getInitializerOrThrow()));
  }
  return false;
}

function phpDocType(t: Type): string {
  if (t.isUnion() && !t.isBoolean()) {
    const parts = new Set(t.getUnionTypes().map(phpDocType));
    if (parts.has('bool') || parts.has('true') || parts.has('false')) { parts.delete('true'); parts.delete('false'); }
    return [...parts].sort().join('|');
  }
  if (t.isString() || t.isStringLiteral() || t.isTemplateLiteral()) return 'string';
  if (t.isNumber() || t.isNumberLiteral()) return 'int|float';
  if (t.isBoolean() || t.isBooleanLiteral()) return 'bool';
  if (t.isNull() || t.isUndefined()) return 'null';
  if (t.isArray() || t.isTuple() || t.isObject()) return 'array';
  return 'mixed';
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

/** Names of parameters that the body mutates (push, or assignment/++ through a property or element). */
function mutatedParams(fn: import('ts-morph').FunctionDeclaration): Set<string> {
  const names = new Set(fn.getParameters().map((p) => p.getName()));
  const out = new Set<string>();
  const root = (n: Node): string | null => {
    let cur = n;
    while (Node.isPropertyAccessExpression(cur) || Node.isElementAccessExpression(cur) || Node.isParenthesizedExpression(cur) || Node.isNonNullExpression(cur)) cur = cur.getExpression();
    return Node.isIdentifier(cur) ? cur.getText() : null;
  };
  fn.forEachDescendant((d) => {
    let target: Node | null = null;
    if (Node.isCallExpression(d)) {
      const c = d.getExpression();
      if (Node.isPropertyAccessExpression(c) && (c.getName() === 'push' || c.getName() === 'set')) target = c.getExpression();
    } else if (Node.isBinaryExpression(d)) {
      const k = d.getOperatorToken().getKind();
      const l = d.getLeft();
      if (k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment && !Node.isIdentifier(l)) target = l;
    }
    const r = target ? root(target) : null;
    if (r !== null && names.has(r)) out.add(r);
  });
  return out;
}

function ensureSentence(s: string): string {
  const t = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?]$/.test(t) ? t : t + '.';
}

function declareVar(ctx: Ctx, node: Node, tsName: string): string {
  const v = varName(tsName);
  const prev = ctx.vars.get(v);
  if (prev !== undefined && prev !== tsName) fail(ctx, node, `variable names '${prev}' and '${tsName}' collide in PHP (${v})`);
  if (v === '$this' || v === '$globals') fail(ctx, node, `variable name '${tsName}'`);
  ctx.vars.set(v, tsName);
  return v;
}

const IND = '    ';

function block(ctx: Ctx, b: Node, depth: number): string {
  const stmts = Node.isBlock(b) ? b.getStatements() : [b];
  return stmts.map((s) => statement(ctx, s as import('ts-morph').Statement, depth)).join('');
}

function statement(ctx: Ctx, s: Node, depth: number): string {
  const ind = IND.repeat(depth);
  if (Node.isBlock(s)) return block(ctx, s, depth);
  if (Node.isVariableStatement(s)) {
    if (s.getDeclarationKind() === 'var') fail(ctx, s, 'var');
    return s.getDeclarations().map((d) => {
      const nn = d.getNameNode();
      if (!Node.isIdentifier(nn)) fail(ctx, d, 'destructuring');
      const v = declareVar(ctx, d, d.getName());
      const init = d.getInitializer();
      return `${ind}${v} = ${init ? expr(ctx, init) : 'null'};\n`;
    }).join('');
  }
  if (Node.isReturnStatement(s)) {
    const e = s.getExpression();
    return `${ind}return${e ? ' ' + expr(ctx, e) : ''};\n`;
  }
  if (Node.isIfStatement(s)) {
    const thenS = s.getThenStatement();
    const elseS = s.getElseStatement();
    if (elseS && Node.isBlock(thenS) && thenS.getStatements().length === 0) {
      // Moodle's phpcs refuses an empty if: `if (a) {} else X` becomes `if (!(a)) X`.
      return `${ind}if (!(${cond(ctx, s.getExpression())})) {\n${block(ctx, elseS, depth + 1)}${ind}}\n`;
    }
    let out = `${ind}if (${cond(ctx, s.getExpression())}) {\n${block(ctx, s.getThenStatement(), depth + 1)}${ind}}`;
    let els = s.getElseStatement();
    while (els && Node.isIfStatement(els)) {
      out += ` else if (${cond(ctx, els.getExpression())}) {\n${block(ctx, els.getThenStatement(), depth + 1)}${ind}}`;
      els = els.getElseStatement();
    }
    if (els) out += ` else {\n${block(ctx, els, depth + 1)}${ind}}`;
    return out + '\n';
  }
  if (Node.isForOfStatement(s)) {
    if (s.getAwaitKeyword()) fail(ctx, s, 'for await');
    const init = s.getInitializer();
    if (!Node.isVariableDeclarationList(init)) fail(ctx, s, 'for-of without a declaration');
    const decl = init.getDeclarations()[0]!;
    if (!Node.isIdentifier(decl.getNameNode())) fail(ctx, decl, 'destructuring in for-of');
    const iterType = s.getExpression().getType();
    if (!(iterType.isArray() || iterType.isTuple())) fail(ctx, s, 'for-of over a non-array', iterType.getText());
    const v = declareVar(ctx, decl, decl.getName());
    ctx.loopSwitch.push('loop');
    const body = block(ctx, s.getStatement(), depth + 1);
    ctx.loopSwitch.pop();
    return `${ind}foreach (${expr(ctx, s.getExpression())} as ${v}) {\n${body}${ind}}\n`;
  }
  if (Node.isForStatement(s)) {
    const fe = forAsForeach(ctx, s, depth);
    if (fe !== null) return fe;
    const counter = loopCounter(s);
    if (counter !== null) ctx.intDecls.add(counter);
    const init = s.getInitializer();
    let initS = '';
    if (init) {
      if (Node.isVariableDeclarationList(init)) {
        initS = init.getDeclarations().map((d) => {
          if (!Node.isIdentifier(d.getNameNode())) fail(ctx, d, 'destructuring');
          const v = declareVar(ctx, d, d.getName());
          const i = d.getInitializer();
          return `${v} = ${i ? expr(ctx, i) : 'null'}`;
        }).join(', ');
      } else initS = expr(ctx, init);
    }
    const c = s.getCondition();
    const inc = s.getIncrementor();
    ctx.loopSwitch.push('loop');
    const body = block(ctx, s.getStatement(), depth + 1);
    ctx.loopSwitch.pop();
    return `${ind}for (${initS}; ${c ? cond(ctx, c) : ''}; ${inc ? expr(ctx, inc) : ''}) {\n${body}${ind}}\n`;
  }
  if (Node.isWhileStatement(s)) {
    ctx.loopSwitch.push('loop');
    const body = block(ctx, s.getStatement(), depth + 1);
    ctx.loopSwitch.pop();
    return `${ind}while (${cond(ctx, s.getExpression())}) {\n${body}${ind}}\n`;
  }
  if (Node.isSwitchStatement(s)) {
    // PHP's switch compares loosely ('1' == '01'); switch (true) with strict cases keeps TS semantics.
    const disc = s.getExpression();
    const dt = disc.getType();
    if (!(dt.isString() || dt.isStringLiteral() || (dt.isUnion() && dt.getUnionTypes().every((u) => u.isStringLiteral() || u.isString())))) {
      fail(ctx, disc, 'switch on a non-string', dt.getText());
    }
    const d = expr(ctx, disc);
    ctx.loopSwitch.push('switch');
    let out = `${ind}switch (true) {\n`;
    for (const c of s.getCaseBlock().getClauses()) {
      if (Node.isCaseClause(c)) out += `${ind}${IND}case ${d} === ${expr(ctx, c.getExpression())}:\n`;
      else out += `${ind}${IND}default:\n`;
      out += c.getStatements().map((x) => statement(ctx, x, depth + 2)).join('');
    }
    ctx.loopSwitch.pop();
    return out + `${ind}}\n`;
  }
  if (Node.isBreakStatement(s) || Node.isContinueStatement(s)) {
    if (s.getLabel()) fail(ctx, s, 'label');
    const kw = Node.isBreakStatement(s) ? 'break' : 'continue';
    // In PHP a switch counts as a loop for break/continue: count the switches between us and the target loop.
    let levels = 1;
    for (let i = ctx.loopSwitch.length - 1; i >= 0; i--) {
      if (kw === 'break') break; // break targets the innermost loop or switch, in both languages
      if (ctx.loopSwitch[i] === 'switch') levels++;
      else break;
    }
    return `${ind}${kw}${levels > 1 ? ' ' + levels : ''};\n`;
  }
  if (Node.isExpressionStatement(s)) {
    const e = s.getExpression();
    if (Node.isCallExpression(e)) {
      const callee = e.getExpression();
      if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'set' && isMapType(callee.getExpression().getType())) {
        const args = e.getArguments();
        if (args.length !== 2) fail(ctx, e, 'Map.set without a key and a value');
        return `${ind}${lvalue(ctx, callee.getExpression())}[${expr(ctx, args[0]!)}] = ${expr(ctx, args[1]!)};\n`;
      }
      if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'push' && isArrayType(callee.getExpression().getType())) {
        const target = lvalue(ctx, callee.getExpression());
        return e.getArguments().map((a) => {
          if (Node.isSpreadElement(a)) fail(ctx, a, 'push with spread', 'use a for-of loop');
          return `${ind}${target}[] = ${expr(ctx, a)};\n`;
        }).join('');
      }
    }
    return `${ind}${expr(ctx, e)};\n`;
  }
  if (Node.isThrowStatement(s)) fail(ctx, s, 'throw', 'results are values');
  if (Node.isTryStatement(s)) fail(ctx, s, 'try', 'results are values');
  if (Node.isLabeledStatement(s)) fail(ctx, s, 'label');
  if (Node.isFunctionDeclaration(s)) fail(ctx, s, 'nested function declaration');
  if (Node.isEmptyStatement(s)) return '';
  return fail(ctx, s, s.getKindName());
}

/** `let i = 0; …; i++` with i written nowhere else: i is an int in PHP too. */
function loopCounter(s: import('ts-morph').ForStatement): Node | null {
  const init = s.getInitializer();
  const inc = s.getIncrementor();
  if (!init || !inc || !Node.isVariableDeclarationList(init) || init.getDeclarations().length !== 1) return null;
  const d = init.getDeclarations()[0]!;
  const i0 = d.getInitializer();
  if (!Node.isIdentifier(d.getNameNode()) || !i0 || !Node.isNumericLiteral(i0) || !Number.isInteger(i0.getLiteralValue())) return null;
  const name = d.getName();
  if (!((Node.isPostfixUnaryExpression(inc) || Node.isPrefixUnaryExpression(inc)) && inc.getOperand().getText() === name)) return null;
  let written = false;
  s.getStatement().forEachDescendant((n) => {
    if (Node.isBinaryExpression(n)) {
      const k = n.getOperatorToken().getKind();
      if (k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment && n.getLeft().getText() === name) written = true;
    }
    if ((Node.isPostfixUnaryExpression(n) || Node.isPrefixUnaryExpression(n)) && n.getOperand().getText() === name) written = true;
  });
  return written ? null : d;
}

/** Root variable of a property/element chain (`ctx` for `ctx.units`), or null when the chain holds a call. */
function chainRoot(n: Node): Node | null {
  let cur = n;
  while (Node.isPropertyAccessExpression(cur) || Node.isParenthesizedExpression(cur) || Node.isNonNullExpression(cur) || Node.isAsExpression(cur)) cur = cur.getExpression();
  return Node.isIdentifier(cur) ? cur : null;
}

/**
 * `for (let i = 0; i < xs.length; i++) { const x = xs[i]; … }` over an array the body does not change becomes
 * `foreach (xs as $i => $x)`: PHP's foreach walks the array without an index lookup and a count() per step.
 */
function forAsForeach(ctx: Ctx, s: import('ts-morph').ForStatement, depth: number): string | null {
  const init = s.getInitializer();
  const c = s.getCondition();
  const inc = s.getIncrementor();
  if (!init || !c || !inc || !Node.isVariableDeclarationList(init) || init.getDeclarations().length !== 1) return null;
  const d = init.getDeclarations()[0]!;
  const iv = d.getNameNode();
  const i0 = d.getInitializer();
  if (!Node.isIdentifier(iv) || !i0 || !Node.isNumericLiteral(i0) || i0.getLiteralValue() !== 0) return null;
  const iName = iv.getText();
  const isI = (n: Node) => Node.isIdentifier(n) && n.getText() === iName;
  if (!((Node.isPostfixUnaryExpression(inc) || Node.isPrefixUnaryExpression(inc)) && inc.getOperatorToken() === SyntaxKind.PlusPlusToken && isI(inc.getOperand()))) return null;
  if (!Node.isBinaryExpression(c) || c.getOperatorToken().getKind() !== SyntaxKind.LessThanToken || !isI(c.getLeft())) return null;
  const len = c.getRight();
  if (!Node.isPropertyAccessExpression(len) || len.getName() !== 'length') return null;
  const arr = len.getExpression();
  if (!isArrayType(arr.getType())) return null;
  const root = chainRoot(arr);
  if (root === null) return null;
  const rootName = root.getText();
  const body = s.getStatement();
  // Neither the index nor the array's variable may be written in the body.
  let written = false;
  body.forEachDescendant((n) => {
    if (Node.isBinaryExpression(n)) {
      const k = n.getOperatorToken().getKind();
      if (k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment) {
        const r = chainRoot(n.getLeft()) ?? (Node.isElementAccessExpression(n.getLeft()) ? n.getLeft() : null);
        const t = r ? r.getText().split(/[.[]/)[0] : '';
        if (t === iName || t === rootName) written = true;
      }
    }
    if ((Node.isPostfixUnaryExpression(n) || Node.isPrefixUnaryExpression(n)) && [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(n.getOperatorToken())) {
      const t = n.getOperand().getText().split(/[.[]/)[0];
      if (t === iName || t === rootName) written = true;
    }
    if (Node.isCallExpression(n)) {
      const ce = n.getExpression();
      if (Node.isPropertyAccessExpression(ce) && ce.getName() === 'push' && ce.getExpression().getText().split(/[.[]/)[0] === rootName) written = true;
    }
  });
  if (written) return null;
  const iVar = declareVar(ctx, d, iName);
  ctx.intDecls.add(d);
  const stmts = Node.isBlock(body) ? body.getStatements() : [body];
  let valueVar = '$unused';
  let rest = stmts;
  const first = stmts[0];
  if (first && Node.isVariableStatement(first) && first.getDeclarations().length === 1) {
    const vd = first.getDeclarations()[0]!;
    let e: Node | undefined = vd.getInitializer();
    while (e && (Node.isAsExpression(e) || Node.isNonNullExpression(e) || Node.isParenthesizedExpression(e))) e = e.getExpression();
    if (e && Node.isElementAccessExpression(e) && isI(e.getArgumentExpressionOrThrow()) && e.getExpression().getText() === arr.getText()
      && Node.isIdentifier(vd.getNameNode())) {
      valueVar = declareVar(ctx, vd, vd.getName());
      rest = stmts.slice(1);
    }
  }
  if (valueVar === '$unused') return null; // keep the classic loop: Moodle's phpcs dislikes unused variables
  ctx.loopSwitch.push('loop');
  const inner = rest.map((x) => statement(ctx, x, depth + 1)).join('');
  ctx.loopSwitch.pop();
  const ind = IND.repeat(depth);
  return `${ind}foreach (${expr(ctx, arr)} as ${iVar} => ${valueVar}) {\n${inner}${ind}}\n`;
}

/**
 * A Map (string keys): a PHP array. Lookups by key are what maps are for; TypeScript objects used as maps need a
 * typeof guard against Object.prototype members ("constructor"), which costs a call in PHP and a slow path in V8.
 */
function isMapType(t: Type): boolean {
  if (t.isUnion()) return t.getUnionTypes().filter((u) => !u.isNull() && !u.isUndefined()).every(isMapType);
  return (t.getSymbol() ?? t.getAliasSymbol())?.getName() === 'Map';
}

function isArrayType(t: Type): boolean {
  if (t.isUnion()) return t.getUnionTypes().filter((u) => !u.isNull() && !u.isUndefined()).every(isArrayType);
  return t.isArray() || t.isTuple() || t.getText().startsWith('readonly ');
}
function isStringType(t: Type): boolean {
  if (t.isUnion() && !t.isBoolean()) return t.getUnionTypes().every((u) => isStringType(u));
  return t.isString() || t.isStringLiteral() || t.isTemplateLiteral();
}
function isNumberType(t: Type): boolean {
  if (t.isUnion()) return t.getUnionTypes().every((u) => isNumberType(u));
  return t.isNumber() || t.isNumberLiteral();
}
function isStringOrNumber(t: Type): boolean {
  const parts = (t.isUnion() ? t.getUnionTypes() : [t]).filter((u) => !u.isUndefined());
  return parts.length > 0 && parts.every((u) => isStringType(u) || isNumberType(u));
}
function isBooleanType(t: Type): boolean {
  return t.isBoolean() || t.isBooleanLiteral();
}

function lvalue(ctx: Ctx, n: Node): string {
  if (Node.isIdentifier(n)) return identifier(ctx, n);
  if (Node.isPropertyAccessExpression(n)) return `${lvalue(ctx, n.getExpression())}[${phpString(n.getName())}]`;
  if (Node.isElementAccessExpression(n)) return `${lvalue(ctx, n.getExpression())}[${expr(ctx, n.getArgumentExpressionOrThrow())}]`;
  if (Node.isParenthesizedExpression(n) || Node.isNonNullExpression(n) || Node.isAsExpression(n)) return lvalue(ctx, n.getExpression());
  return fail(ctx, n, 'assignment target ' + n.getKindName());
}

/** Condition position: TS truthiness of a string/number differs from PHP ('0' is falsy in PHP). */
function cond(ctx: Ctx, n: Node): string {
  const t = n.getType();
  const ok = isBooleanType(t) || (t.isUnion() && t.getUnionTypes().every((u) => u.isBoolean() || u.isBooleanLiteral()));
  if (!ok) {
    // Objects/arrays possibly null: truthiness means "not null" in TS; in PHP an empty array is falsy.
    const parts = t.isUnion() ? t.getUnionTypes() : [t];
    const nullable = parts.some((u) => u.isNull() || u.isUndefined());
    const rest = parts.filter((u) => !u.isNull() && !u.isUndefined());
    if (nullable && rest.every((u) => u.isObject() || isBooleanType(u))) {
      if (rest.every((u) => u.isObject())) return `${expr(ctx, n)} !== null`;
    }
    fail(ctx, n, 'truthiness test on a non-boolean', `${t.getText()}; compare explicitly`);
  }
  return expr(ctx, n);
}

function identifier(ctx: Ctx, n: Node): string {
  const name = n.getText();
  if (name === 'undefined') {
    // Allowed only as `x === undefined` / `x !== undefined` (an absent element reads as null in PHP).
    const p = n.getParent();
    const eq = p && Node.isBinaryExpression(p) && [SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.ExclamationEqualsEqualsToken].includes(p.getOperatorToken().getKind());
    if (!eq) fail(ctx, n, 'undefined', 'use null');
    return 'null';
  }
  const sym = n.getSymbol();
  const decl = sym?.getDeclarations()[0];
  if (decl && ctx.subst.has(decl)) return ctx.subst.get(decl)!;
  const stmtParent = decl && Node.isVariableDeclaration(decl) ? decl.getVariableStatement()?.getParent() : undefined;
  if (decl && stmtParent && Node.isSourceFile(stmtParent)) {
    return `${classRef(ctx, decl.getSourceFile())}::${constName(name)}`;
  }
  if (decl && Node.isImportSpecifier(decl)) {
    const target = sym!.getAliasedSymbol()?.getDeclarations()[0];
    if (target && Node.isVariableDeclaration(target)) return `${classRef(ctx, target.getSourceFile())}::${constName(target.getName())}`;
    if (target && Node.isFunctionDeclaration(target)) fail(ctx, n, 'function used as a value');
  }
  if (decl && Node.isFunctionDeclaration(decl)) fail(ctx, n, 'function used as a value');
  return varName(name);
}

function classRef(ctx: Ctx, sf: SourceFile): string {
  if (sf === ctx.sf) return 'self';
  const rel = sf.getFilePath();
  return classNameFor(rel);
}

const BIN: Record<number, string> = {
  [SyntaxKind.MinusToken]: '-', [SyntaxKind.AsteriskToken]: '*', [SyntaxKind.SlashToken]: '/',
  [SyntaxKind.AmpersandAmpersandToken]: '&&', [SyntaxKind.BarBarToken]: '||', [SyntaxKind.QuestionQuestionToken]: '??',
  [SyntaxKind.EqualsToken]: '=', [SyntaxKind.PlusEqualsToken]: '+=', [SyntaxKind.MinusEqualsToken]: '-=',
  [SyntaxKind.AsteriskEqualsToken]: '*=',
};
const CMP: Record<number, string> = {
  [SyntaxKind.LessThanToken]: '<', [SyntaxKind.GreaterThanToken]: '>',
  [SyntaxKind.LessThanEqualsToken]: '<=', [SyntaxKind.GreaterThanEqualsToken]: '>=',
};

export function expr(ctx: Ctx, n: Node): string {
  if (Node.isParenthesizedExpression(n)) return `(${expr(ctx, n.getExpression())})`;
  if (Node.isAsExpression(n) || Node.isSatisfiesExpression(n) || Node.isNonNullExpression(n) || Node.isTypeAssertion(n)) return expr(ctx, n.getExpression());
  if (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) return phpString(n.getLiteralValue());
  // The literal's own text, read by Number: ts-morph's getLiteralValue() reads 0.000000001 and 1e-9 as 1.
  if (Node.isNumericLiteral(n)) return String(Number(n.getText().split('_').join('')));
  switch (n.getKind()) {
    case SyntaxKind.TrueKeyword: return 'true';
    case SyntaxKind.FalseKeyword: return 'false';
    case SyntaxKind.NullKeyword: return 'null';
    case SyntaxKind.ThisKeyword: fail(ctx, n, 'this');
    case SyntaxKind.RegularExpressionLiteral: fail(ctx, n, 'regular expression literal', 'write a small parser');
  }
  if (Node.isIdentifier(n)) return identifier(ctx, n);
  if (Node.isTemplateExpression(n)) {
    const parts: string[] = [];
    if (n.getHead().getLiteralText()) parts.push(phpString(n.getHead().getLiteralText()));
    for (const sp of n.getTemplateSpans()) {
      const e = sp.getExpression();
      const t = e.getType();
      if (!(isStringType(t) || isNumberType(t))) fail(ctx, e, 'template substitution of a non-string/number', t.getText());
      parts.push(isStringType(t) ? expr(ctx, e) : `runtime::to_string(${expr(ctx, e)})`);
      const lit = sp.getLiteral().getLiteralText();
      if (lit) parts.push(phpString(lit));
    }
    return `(${parts.join(' . ')})`;
  }
  if (Node.isArrayLiteralExpression(n)) {
    return '[' + n.getElements().map((e) => (Node.isSpreadElement(e) ? `...${expr(ctx, e.getExpression())}` : expr(ctx, e))).join(', ') + ']';
  }
  if (Node.isObjectLiteralExpression(n)) {
    const props = n.getProperties().map((p) => {
      if (Node.isPropertyAssignment(p)) {
        const nn = p.getNameNode();
        if (Node.isComputedPropertyName(nn)) fail(ctx, p, 'computed property name');
        const key = Node.isStringLiteral(nn) || Node.isNoSubstitutionTemplateLiteral(nn) ? nn.getLiteralValue() : nn.getText();
        if (/^\d+$/.test(key)) fail(ctx, p, 'numeric object key', 'PHP turns it into an integer key');
        return `${phpString(key)} => ${expr(ctx, p.getInitializerOrThrow())}`;
      }
      if (Node.isShorthandPropertyAssignment(p)) return `${phpString(p.getName())} => ${identifier(ctx, p.getNameNode())}`;
      if (Node.isSpreadAssignment(p)) return `...${expr(ctx, p.getExpression())}`;
      return fail(ctx, p, p.getKindName() + ' in object literal');
    });
    return '[' + props.join(', ') + ']';
  }
  if (Node.isPropertyAccessExpression(n)) {
    if (n.hasQuestionDotToken()) fail(ctx, n, 'optional chaining', 'use explicit checks or ??');
    const obj = n.getExpression();
    const name = n.getName();
    const ot = obj.getType();
    if (name === 'length') {
      if (isStringType(ot)) return `mb_strlen(${expr(ctx, obj)})`;
      if (isArrayType(ot)) {
        const inner = expr(ctx, obj);
        // .filter(f).length: count the filtered array without renumbering it.
        if (isArrayMethodCall(obj, 'filter') && inner.startsWith('array_values(')) return `count(${inner.slice('array_values('.length, -1)})`;
        return `count(${inner})`;
      }
      fail(ctx, n, '.length on ' + ot.getText());
    }
    if (Node.isIdentifier(obj) && (obj.getText() === 'Math' || obj.getText() === 'Number')) fail(ctx, n, `${obj.getText()}.${name}`);
    if (isMapType(obj.getType())) fail(ctx, n, `Map.${name}`, 'get, has, set (as a statement)');
    const sym = n.getSymbol();
    const optional = sym ? (sym.getFlags() & ts.SymbolFlags.Optional) !== 0 : false;
    const base = `${expr(ctx, obj)}[${phpString(name)}]`;
    // An absent optional field reads as null in PHP without a warning.
    return optional && !isWriteTarget(n) ? `(${base} ?? null)` : base;
  }
  if (Node.isElementAccessExpression(n)) {
    if (n.hasQuestionDotToken()) fail(ctx, n, 'optional chaining');
    const arg = n.getArgumentExpressionOrThrow();
    const ot = n.getExpression().getType();
    if (isStringType(ot)) return `mb_substr(${expr(ctx, n.getExpression())}, ${expr(ctx, arg)}, 1)`;
    const idx = expr(ctx, arg);
    const argDecl = Node.isIdentifier(arg) ? arg.getSymbol()?.getDeclarations()[0] : undefined;
    const isInt = (argDecl !== undefined && ctx.intDecls.has(argDecl) && !ctx.subst.has(argDecl))
      || (Node.isNumericLiteral(arg) && Number.isInteger(arg.getLiteralValue()));
    // A number index that is a variable or a read (of the programme's indexes, of loop counters) needs no (int):
    // the engine's indexes are integers, and PHP reads an integral float key as the int. Arithmetic keeps the cast.
    const plain = /^\$[a-z0-9]+$/.test(idx) || accessChain(idx) || /^[$\w\[\]'()]+ \?\? -?\d+$/.test(idx) && accessChain(idx.replace(/ \?\? -?\d+$/, ''));
    const base = `${expr(ctx, n.getExpression())}[${isNumberType(arg.getType()) && !isInt && !plain ? `(int) (${idx})` : idx}]`;
    return isWriteTarget(n) ? base : `(${base} ?? null)`;
  }
  if (Node.isPrefixUnaryExpression(n)) {
    const op = n.getOperatorToken();
    const o = n.getOperand();
    if (op === SyntaxKind.ExclamationToken) return `!${cond(ctx, o).includes(' !== null') ? `(${cond(ctx, o)})` : wrapUnary(ctx, o)}`;
    if (op === SyntaxKind.MinusToken) return `-${wrapUnary(ctx, o)}`;
    if (op === SyntaxKind.PlusToken) fail(ctx, n, 'unary +', 'no implicit conversions');
    if (op === SyntaxKind.PlusPlusToken) return `++${lvalue(ctx, o)}`;
    if (op === SyntaxKind.MinusMinusToken) return `--${lvalue(ctx, o)}`;
    return fail(ctx, n, 'prefix operator ' + n.getText());
  }
  if (Node.isPostfixUnaryExpression(n)) {
    const op = n.getOperatorToken();
    if (op === SyntaxKind.PlusPlusToken) return `${lvalue(ctx, n.getOperand())}++`;
    return `${lvalue(ctx, n.getOperand())}--`;
  }
  if (Node.isTypeOfExpression(n)) return `runtime::type_of(${expr(ctx, n.getExpression())})`;
  if (Node.isConditionalExpression(n)) {
    return `(${cond(ctx, n.getCondition())} ? ${expr(ctx, n.getWhenTrue())} : ${expr(ctx, n.getWhenFalse())})`;
  }
  if (Node.isBinaryExpression(n)) return binary(ctx, n);
  if (Node.isCallExpression(n)) return call(ctx, n);
  if (Node.isArrowFunction(n) || Node.isFunctionExpression(n)) fail(ctx, n, 'function value outside an array method callback');
  if (Node.isNewExpression(n)) {
    if (n.getExpression().getText() === 'Map' && (n.getArguments() ?? []).length === 0) return '[]';
    fail(ctx, n, 'new', 'only new Map() with no argument');
  }
  if (Node.isDeleteExpression(n)) fail(ctx, n, 'delete');
  if (Node.isAwaitExpression(n)) fail(ctx, n, 'await');
  if (Node.isSpreadElement(n)) fail(ctx, n, 'spread in this position');
  return fail(ctx, n, n.getKindName());
}

function isWriteTarget(n: Node): boolean {
  let cur: Node = n;
  let p = cur.getParent();
  while (p && (Node.isPropertyAccessExpression(p) || Node.isElementAccessExpression(p)) && p.getExpression() === cur) {
    cur = p;
    p = p.getParent();
  }
  if (!p) return false;
  if (Node.isBinaryExpression(p) && p.getLeft() === cur) {
    const k = p.getOperatorToken().getKind();
    return k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment;
  }
  if ((Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p))) {
    const op = p.getOperatorToken();
    return op === SyntaxKind.PlusPlusToken || op === SyntaxKind.MinusMinusToken;
  }
  if (Node.isPropertyAccessExpression(p) && p.getName() === 'push' && Node.isCallExpression(p.getParent())) return true;
  return false;
}

function wrapUnary(ctx: Ctx, o: Node): string {
  const s = expr(ctx, o);
  return /^[$\w:'\[\]()>-]+$/.test(s) && !s.includes(' ') ? s : `(${s})`;
}

function binary(ctx: Ctx, n: import('ts-morph').BinaryExpression): string {
  const kind = n.getOperatorToken().getKind();
  const l = n.getLeft();
  const r = n.getRight();
  const lt = l.getType();
  const rt = r.getType();
  if (kind === SyntaxKind.EqualsEqualsToken || kind === SyntaxKind.ExclamationEqualsToken) fail(ctx, n, 'loose equality', 'use === or !==');
  if (kind === SyntaxKind.InKeyword) fail(ctx, n, 'in');
  if (kind === SyntaxKind.InstanceOfKeyword) fail(ctx, n, 'instanceof');
  if (kind === SyntaxKind.EqualsEqualsEqualsToken || kind === SyntaxKind.ExclamationEqualsEqualsToken) {
    const neg = kind === SyntaxKind.ExclamationEqualsEqualsToken;
    const tt = typeofTest(ctx, l, r, neg) ?? typeofTest(ctx, r, l, neg);
    if (tt !== null) return tt;
    // JSON decodes 10 as int and 10.5 as float; TS has one number type, so numbers compare with ==.
    if (isNumberType(lt) && isNumberType(rt)) return `${expr(ctx, l)} ${neg ? '!=' : '=='} ${expr(ctx, r)}`;
    const maybeNum = (t: Type) => (t.isUnion() ? t.getUnionTypes() : [t]).some((u) => u.isNumber() || u.isNumberLiteral());
    if (maybeNum(lt) && maybeNum(rt)) return `${neg ? '!' : ''}runtime::same(${expr(ctx, l)}, ${expr(ctx, r)})`;
    return `${expr(ctx, l)} ${neg ? '!==' : '==='} ${expr(ctx, r)}`;
  }
  if (CMP[kind]) {
    if (isStringType(lt) && isStringType(rt)) return `strcmp(${expr(ctx, l)}, ${expr(ctx, r)}) ${CMP[kind]} 0`;
    if (isNumberType(lt) && isNumberType(rt)) return `${expr(ctx, l)} ${CMP[kind]} ${expr(ctx, r)}`;
    fail(ctx, n, 'comparison of mixed types', `${lt.getText()} vs ${rt.getText()}`);
  }
  if (kind === SyntaxKind.PlusToken || kind === SyntaxKind.PlusEqualsToken) {
    const strs = isStringType(lt) || isStringType(rt);
    if (strs) {
      const conv = (e: Node, t: Type) => (isStringType(t) ? expr(ctx, e) : isNumberType(t) ? numberToString(ctx, e)
        : isStringOrNumber(t) ? `runtime::str(${expr(ctx, e)})` : fail(ctx, e, 'string concatenation with ' + t.getText()));
      if (kind === SyntaxKind.PlusEqualsToken) return `${lvalue(ctx, l)} .= ${conv(r, rt)}`;
      return `${conv(l, lt)} . ${conv(r, rt)}`;
    }
    if (!(isNumberType(lt) && isNumberType(rt))) fail(ctx, n, '+ on ' + lt.getText());
    if (kind === SyntaxKind.PlusEqualsToken) return `${lvalue(ctx, l)} += ${expr(ctx, r)}`;
    return `${expr(ctx, l)} + ${expr(ctx, r)}`;
  }
  if (kind === SyntaxKind.PercentToken) return `runtime::mod(${expr(ctx, l)}, ${expr(ctx, r)})`;
  if (kind === SyntaxKind.SlashToken) {
    // A non-zero literal divisor: PHP's / gives the TS value (an int when exact, as JSON would print it).
    if (Node.isNumericLiteral(r) && r.getLiteralValue() !== 0) return `${expr(ctx, l)} / ${expr(ctx, r)}`;
    return `runtime::div(${expr(ctx, l)}, ${expr(ctx, r)})`;
  }
  if (kind === SyntaxKind.AmpersandAmpersandToken || kind === SyntaxKind.BarBarToken) {
    // TS returns an operand, PHP a bool: allowed only where both sides are booleans.
    return `${cond(ctx, l)} ${BIN[kind]} ${cond(ctx, r)}`;
  }
  const op = BIN[kind];
  if (!op) fail(ctx, n, 'operator ' + n.getOperatorToken().getText());
  if (kind === SyntaxKind.EqualsToken || kind === SyntaxKind.MinusEqualsToken || kind === SyntaxKind.AsteriskEqualsToken) {
    return `${lvalue(ctx, l)} ${op} ${expr(ctx, r)}`;
  }
  const left = expr(ctx, l);
  if (kind === SyntaxKind.QuestionQuestionToken && /^\(.* \?\? null\)$/.test(left) && balanced(left.slice(1, -1))) {
    // `x ?? null` where x already reads as null when absent (an optional field or element read): nothing to add.
    if (r.getKind() === SyntaxKind.NullKeyword) return left;
    // `($a['k'] ?? null) ?? y` is `$a['k'] ?? y`: PHP's ?? reads an absent key as null already (two opcodes less
    // in the innermost loops).
    const read = left.slice(1, -' ?? null)'.length);
    if (accessChain(read)) return `${read} ?? ${expr(ctx, r)}`;
  }
  return `${left} ${op} ${expr(ctx, r)}`;
}

/** A variable or parenthesised group followed only by [index] groups: `$a['x'][(int) ($i)]`, `($b ?? null)['y']`. */
function accessChain(s: string): boolean {
  const head = /^\$[a-z0-9]+/.exec(s);
  let i = head ? head[0].length : 0;
  if (!head) {
    if (s[0] !== '(') return false;
    i = groupEnd(s, 0);
    if (i < 0) return false;
  }
  if (i >= s.length) return false;
  while (i < s.length) {
    if (s[i] !== '[') return false;
    i = groupEnd(s, i);
    if (i < 0) return false;
  }
  return true;
}

/** Index just after the bracket group opening at s[start] (strings skipped), or -1. */
function groupEnd(s: string, start: number): number {
  let depth = 0;
  let inStr = false;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (inStr) { if (c === '\\') i++; else if (c === "'") inStr = false; continue; }
    if (c === "'") inStr = true;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') { depth--; if (depth === 0) return i + 1; if (depth < 0) return -1; }
  }
  return -1;
}

/** True when every parenthesis in s is closed inside s (outside strings): `(a ?? null)` is one group. */
function balanced(s: string): boolean {
  return groupEnd(`(${s})`, 0) === s.length + 2;
}

/** String(n): an int converts as in TS without a call (loop indexes, counts). */
function numberToString(ctx: Ctx, e: Node): string {
  const v = expr(ctx, e);
  return /^\$[a-z0-9]+$/.test(v) ? `(is_int(${v}) ? (string) ${v} : runtime::to_string(${v}))` : `runtime::to_string(${v})`;
}

function isArrayMethodCall(n: Node, method: string): boolean {
  if (!Node.isCallExpression(n)) return false;
  const c = n.getExpression();
  return Node.isPropertyAccessExpression(c) && c.getName() === method && isArrayType(c.getExpression().getType());
}

/** Arguments that may be repeated when an inlined parameter is used more than once: variables, literals, fields. */
function cheapArg(n: Node): boolean {
  if (Node.isParenthesizedExpression(n) || Node.isAsExpression(n) || Node.isNonNullExpression(n)) return cheapArg(n.getExpression());
  if (Node.isIdentifier(n) || Node.isStringLiteral(n) || Node.isNumericLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) return true;
  const k = n.getKind();
  if (k === SyntaxKind.TrueKeyword || k === SyntaxKind.FalseKeyword || k === SyntaxKind.NullKeyword) return true;
  if (Node.isPropertyAccessExpression(n)) return n.getName() !== 'length' && cheapArg(n.getExpression());
  return false;
}

/**
 * A call of a core function (of any module: the names in its body resolve to their own module's class) whose body is
 * one `return expression;` (no callback inside) is inlined: PHP's calls are costly and these helpers (isDone,
 * unitPath, stateAt…) run in the innermost loops. The core is pure, so evaluating an argument once per use of its
 * parameter gives the same value; only cheap arguments are repeated.
 */
function inlineCall(ctx: Ctx, decl: import('ts-morph').FunctionDeclaration, args: Node[]): string | null {
  if (ctx.inlining.includes(decl)) return null;
  const body = decl.getBody();
  if (!body || !Node.isBlock(body)) return null;
  const stmts = body.getStatements();
  if (stmts.length !== 1 || !Node.isReturnStatement(stmts[0]!)) return null;
  const ret = (stmts[0] as import('ts-morph').ReturnStatement).getExpression();
  if (!ret) return null;
  if (ret.getDescendants().some((d) => Node.isArrowFunction(d) || Node.isFunctionExpression(d))) return null;
  const params = decl.getParameters();
  if (params.length !== args.length || params.some((p) => p.getInitializer() || p.isRestParameter() || !Node.isIdentifier(p.getNameNode()))) return null;
  if (mutatedParams(decl).size > 0) return null;
  const uses = new Map<Node, number>();
  for (const id of [ret, ...ret.getDescendants()]) {
    if (!Node.isIdentifier(id)) continue;
    const d = id.getSymbol()?.getDeclarations()[0];
    if (d && params.includes(d as never)) uses.set(d, (uses.get(d) ?? 0) + 1);
  }
  for (let i = 0; i < params.length; i++) {
    if ((uses.get(params[i]!) ?? 0) > 1 && !cheapArg(args[i]!)) return null;
  }
  const texts = args.map((x) => expr(ctx, x));
  const saved = ctx.subst;
  ctx.subst = new Map(params.map((p, i) => [p as Node, /^\$[a-z0-9]+$|^'[^'\\]*'$|^-?\d+(\.\d+)?$/.test(texts[i]!) ? texts[i]! : `(${texts[i]})`]));
  ctx.inlining.push(decl);
  try {
    return `(${expr(ctx, ret)})`;
  } finally {
    ctx.inlining.pop();
    ctx.subst = saved;
  }
}

/** A literal, or a module-level constant (its PHP class constant): the same value on every call. */
function constantBody(n: Node): boolean {
  if (isConstantExpr(n)) return true;
  if (Node.isParenthesizedExpression(n) || Node.isAsExpression(n)) return constantBody(n.getExpression());
  if (!Node.isIdentifier(n)) return false;
  let d = n.getSymbol()?.getDeclarations()[0];
  if (d && Node.isImportSpecifier(d)) d = n.getSymbol()!.getAliasedSymbol()?.getDeclarations()[0];
  return !!d && Node.isVariableDeclaration(d) && Node.isSourceFile(d.getVariableStatement()?.getParent() ?? d);
}

/** typeof x === 'number' | 'string' | 'boolean' as a PHP type test (no runtime::type_of call), else null. */
function typeofTest(ctx: Ctx, t: Node, lit: Node, neg: boolean): string | null {
  if (!Node.isTypeOfExpression(t) || !Node.isStringLiteral(lit)) return null;
  const v = expr(ctx, t.getExpression());
  if (!/^\$[a-z0-9]+$/.test(v)) return null;
  const test = { number: `(is_int(${v}) || is_float(${v}))`, string: `is_string(${v})`, boolean: `is_bool(${v})` }[lit.getLiteralValue()];
  if (!test) return null;
  return neg ? `!${test}` : test;
}

function callback(ctx: Ctx, n: Node, maxParams: number): { params: string[]; body: string } {
  if (!Node.isArrowFunction(n)) fail(ctx, n, 'array method callback that is not an arrow function');
  const body = n.getBody();
  if (Node.isBlock(body)) fail(ctx, n, 'arrow callback with a block body', 'one expression');
  const ps = n.getParameters();
  if (ps.length > maxParams) fail(ctx, n, `callback with ${ps.length} parameters`);
  const params = ps.map((p) => {
    if (!Node.isIdentifier(p.getNameNode())) fail(ctx, p, 'destructured callback parameter');
    return declareVar(ctx, p, p.getName());
  });
  return { params, body: expr(ctx, body) };
}

function call(ctx: Ctx, n: import('ts-morph').CallExpression): string {
  if (n.hasQuestionDotToken()) fail(ctx, n, 'optional call');
  const callee = n.getExpression();
  const args = n.getArguments();
  const a = (i: number) => expr(ctx, args[i]!);
  if (Node.isPropertyAccessExpression(callee)) {
    const obj = callee.getExpression();
    const m = callee.getName();
    const objText = obj.getText();
    if (objText === 'Math') {
      const list = args.map((x) => (Node.isSpreadElement(x) ? `...${expr(ctx, x.getExpression())}` : expr(ctx, x))).join(', ');
      switch (m) {
        case 'min': return `min(${list})`;
        case 'max': return `max(${list})`;
        case 'floor': return `runtime::floor(${list})`;
        case 'ceil': return `runtime::ceil(${list})`;
        case 'abs': return `abs(${list})`;
        default: fail(ctx, n, `Math.${m}`, m === 'round' ? 'ties differ; use Math.floor(x + 0.5)' : '');
      }
    }
    if (objText === 'Number' && m === 'isInteger') return `runtime::is_integer(${a(0)})`;
    if (objText === 'Object' && m === 'keys') return `runtime::keys(${a(0)})`;
    if (objText === 'Array' && m === 'isArray') return `runtime::is_list(${a(0)})`;
    if (objText === 'JSON' || objText === 'Date' || objText === 'console') fail(ctx, n, `${objText}.${m}`);
    const ot = obj.getType();
    const o = expr(ctx, obj);
    if (isMapType(ot)) {
      // PHP turns a numeric string key into an int key both when storing and when reading: lookups agree.
      switch (m) {
        case 'get': return `(${o}[${a(0)}] ?? null)`;
        case 'has': return `array_key_exists(${a(0)}, ${o})`;
        default: fail(ctx, n, `Map.${m}`, m === 'set' ? 'set as a statement' : 'get, has, set (as a statement)');
      }
    }
    if (isStringType(ot)) {
      switch (m) {
        case 'startsWith': return `str_starts_with(${o}, ${a(0)})`;
        case 'endsWith': return `str_ends_with(${o}, ${a(0)})`;
        case 'includes': return `str_contains(${o}, ${a(0)})`;
        case 'indexOf': return `runtime::str_index_of(${o}, ${a(0)})`;
        case 'split':
          if (args.length !== 1 || !isStringType(args[0]!.getType())) fail(ctx, n, 'split without one string separator');
          if (Node.isStringLiteral(args[0]!) && args[0]!.getLiteralValue() !== '') return `explode(${a(0)}, ${o})`;
          return `runtime::split(${o}, ${a(0)})`;
        case 'slice': return `runtime::str_slice(${o}${args.length ? ', ' + args.map((_, i) => a(i)).join(', ') : ''})`;
        case 'trim': return `trim(${o}, " \\n\\r\\t\\v\\f")`;
        case 'toLowerCase': return `strtolower(${o})`;
        case 'toUpperCase': return `strtoupper(${o})`;
        default: fail(ctx, n, `string method .${m}()`);
      }
    }
    if (isArrayType(ot)) {
      switch (m) {
        case 'map': {
          const cb = callback(ctx, args[0]!, 2);
          // xs.map(() => constant): one value per item, without a callback call per item.
          const f = args[0]!;
          if (cb.params.length === 0 && Node.isArrowFunction(f) && constantBody(f.getBody())) return `array_fill(0, count(${o}), ${cb.body})`;
          if (cb.params.length === 2) return `array_map(fn(${cb.params.join(', ')}) => ${cb.body}, ${o}, array_keys(${o}))`;
          return `array_map(fn(${cb.params.join(', ')}) => ${cb.body}, ${o})`;
        }
        case 'filter': {
          const cb = callback(ctx, args[0]!, 2);
          if (cb.params.length === 2) return `array_values(array_filter(${o}, fn(${cb.params.join(', ')}) => ${cb.body}, ARRAY_FILTER_USE_BOTH))`;
          return `array_values(array_filter(${o}, fn(${cb.params.join(', ')}) => ${cb.body}))`;
        }
        case 'some': case 'every': case 'find': case 'findIndex': {
          const cb = callback(ctx, args[0]!, 2);
          const fnName = { some: 'some', every: 'every', find: 'find', findIndex: 'find_index' }[m];
          return `runtime::${fnName}(${o}, fn(${cb.params.join(', ')}) => ${cb.body})`;
        }
        case 'indexOf': return `runtime::index_of(${o}, ${a(0)})`;
        case 'includes': {
          // A string needle: strict in_array is TS's === (only number/number pairs need runtime::same).
          const nt = args[0]!.getType();
          if (isStringType(nt) || isBooleanType(nt)) return `in_array(${a(0)}, ${o}, true)`;
          return `runtime::includes(${o}, ${a(0)})`;
        }
        case 'join': {
          // Strings only: implode gives TS's join (numbers and null need runtime::join's conversions).
          const el = ot.getNumberIndexType();
          if (el && isStringType(el) && args.length === 1 && isStringType(args[0]!.getType())) return `implode(${a(0)}, ${o})`;
          return `runtime::join(${o}, ${args.length ? a(0) : "','"})`;
        }
        case 'slice': return `runtime::slice(${o}${args.length ? ', ' + args.map((_, i) => a(i)).join(', ') : ''})`;
        case 'concat': return `array_merge(${o}, ${args.map((_, i) => a(i)).join(', ')})`;
        case 'push': fail(ctx, n, 'push used as an expression', 'use it as a statement');
        default: fail(ctx, n, `array method .${m}()`);
      }
    }
    return fail(ctx, n, `method call .${m}() on ${ot.getText()}`);
  }
  if (Node.isIdentifier(callee)) {
    const sym = callee.getSymbol();
    let decl = sym?.getDeclarations()[0];
    if (decl && Node.isImportSpecifier(decl)) decl = sym!.getAliasedSymbol()?.getDeclarations()[0];
    if (!decl || !Node.isFunctionDeclaration(decl)) fail(ctx, n, `call of '${callee.getText()}'`, 'only functions of the core');
    const target = decl.getSourceFile();
    if (!args.some((x) => Node.isSpreadElement(x))) {
      const inlined = inlineCall(ctx, decl as import('ts-morph').FunctionDeclaration, args);
      if (inlined !== null) return inlined;
    }
    const list = args.map((x) => {
      if (Node.isSpreadElement(x)) fail(ctx, x, 'spread in call');
      return expr(ctx, x);
    });
    return `${classRef(ctx, target)}::${snake(decl.getName()!)}(${list.join(', ')})`;
  }
  return fail(ctx, n, 'call of ' + callee.getKindName());
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
