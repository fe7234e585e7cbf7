// Calls of the subset → PHP: core functions (inlined when their body is one expression, whatever their module),
// the allowed Math, Number, Object, Array, string and Map methods, and array-method callbacks.
import { Node, SyntaxKind } from 'ts-morph';
import {
  declareVar, fail, isArrayType, isBooleanType, isConstantExpr, isMapType, isStringType, mutatedParams, snake, type Ctx,
} from './context';
import { classRef, expr } from './expressions';

/** Arguments that may be repeated when an inlined parameter is used more than once: variables, literals, fields. */
export function cheapArg(n: Node): boolean {
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
export function inlineCall(ctx: Ctx, decl: import('ts-morph').FunctionDeclaration, args: Node[]): string | null {
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
export function constantBody(n: Node): boolean {
  if (isConstantExpr(n)) return true;
  if (Node.isParenthesizedExpression(n) || Node.isAsExpression(n)) return constantBody(n.getExpression());
  if (!Node.isIdentifier(n)) return false;
  let d = n.getSymbol()?.getDeclarations()[0];
  if (d && Node.isImportSpecifier(d)) d = n.getSymbol()!.getAliasedSymbol()?.getDeclarations()[0];
  return !!d && Node.isVariableDeclaration(d) && Node.isSourceFile(d.getVariableStatement()?.getParent() ?? d);
}

/** typeof x === 'number' | 'string' | 'boolean' as a PHP type test (no runtime::type_of call), else null. */
export function typeofTest(ctx: Ctx, t: Node, lit: Node, neg: boolean): string | null {
  if (!Node.isTypeOfExpression(t) || !Node.isStringLiteral(lit)) return null;
  const v = expr(ctx, t.getExpression());
  if (!/^\$[a-z0-9]+$/.test(v)) return null;
  const test = { number: `(is_int(${v}) || is_float(${v}))`, string: `is_string(${v})`, boolean: `is_bool(${v})` }[lit.getLiteralValue()];
  if (!test) return null;
  return neg ? `!${test}` : test;
}

export function callback(ctx: Ctx, n: Node, maxParams: number): { params: string[]; body: string } {
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

export function call(ctx: Ctx, n: import('ts-morph').CallExpression): string {
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
