// The translator's context and vocabulary: PHP names of TS names, the error naming file, line and construct, the
// per-module translation state, parameters a function mutates, PHPDoc types and the TS type tests the translation
// reads.
import { Node, SourceFile, SyntaxKind, Type } from 'ts-morph';

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

export const PHP_RESERVED = new Set(['list', 'array', 'function', 'class', 'match', 'default', 'switch', 'case', 'print',
  'echo', 'empty', 'isset', 'unset', 'new', 'clone', 'and', 'or', 'xor', 'global', 'static', 'abstract', 'final',
  'string', 'int', 'float', 'bool', 'object', 'mixed', 'null', 'true', 'false', 'void', 'iterable', 'runtime']);

/** camelCase / kebab-case → snake_case. */
export function snake(s: string): string {
  return s.replace(/[-\s]+/g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}
/** Moodle wants lower-case variable names without underscores. */
export function varName(s: string): string {
  return '$' + s.replace(/_/g, '').toLowerCase();
}
export function constName(s: string): string {
  return snake(s).toUpperCase();
}
export function phpString(s: string): string {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

export interface Ctx {
  sf: SourceFile;
  file: string; // repo-relative path, for messages
  cls: string;
  loopSwitch: ('loop' | 'switch')[];
  vars: Map<string, string>; // php name → ts name, to detect collisions
  subst: Map<Node, string>; // parameter declaration → PHP argument text, while inlining a call
  inlining: Node[]; // functions being inlined (no recursion)
  intDecls: Set<Node>; // loop counters and foreach keys: PHP ints, used as indexes without an (int) cast
}

export function fail(ctx: Ctx, node: Node, construct: string, detail = ''): never {
  throw new SubsetError(ctx.file, node.getStartLineNumber(), construct, detail);
}

export function phpDocType(t: Type): string {
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

/** Names of parameters that the body mutates (push, or assignment/++ through a property or element). */
export function mutatedParams(fn: import('ts-morph').FunctionDeclaration): Set<string> {
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

export function declareVar(ctx: Ctx, node: Node, tsName: string): string {
  const v = varName(tsName);
  const prev = ctx.vars.get(v);
  if (prev !== undefined && prev !== tsName) fail(ctx, node, `variable names '${prev}' and '${tsName}' collide in PHP (${v})`);
  if (v === '$this' || v === '$globals') fail(ctx, node, `variable name '${tsName}'`);
  ctx.vars.set(v, tsName);
  return v;
}

/**
 * A Map (string keys): a PHP array. Lookups by key are what maps are for; TypeScript objects used as maps need a
 * typeof guard against Object.prototype members ("constructor"), which costs a call in PHP and a slow path in V8.
 */
export function isMapType(t: Type): boolean {
  if (t.isUnion()) return t.getUnionTypes().filter((u) => !u.isNull() && !u.isUndefined()).every(isMapType);
  return (t.getSymbol() ?? t.getAliasSymbol())?.getName() === 'Map';
}

export function isArrayType(t: Type): boolean {
  if (t.isUnion()) return t.getUnionTypes().filter((u) => !u.isNull() && !u.isUndefined()).every(isArrayType);
  return t.isArray() || t.isTuple() || t.getText().startsWith('readonly ');
}
export function isStringType(t: Type): boolean {
  if (t.isUnion() && !t.isBoolean()) return t.getUnionTypes().every((u) => isStringType(u));
  return t.isString() || t.isStringLiteral() || t.isTemplateLiteral();
}
export function isNumberType(t: Type): boolean {
  if (t.isUnion()) return t.getUnionTypes().every((u) => isNumberType(u));
  return t.isNumber() || t.isNumberLiteral();
}
export function isStringOrNumber(t: Type): boolean {
  const parts = (t.isUnion() ? t.getUnionTypes() : [t]).filter((u) => !u.isUndefined());
  return parts.length > 0 && parts.every((u) => isStringType(u) || isNumberType(u));
}
export function isBooleanType(t: Type): boolean {
  return t.isBoolean() || t.isBooleanLiteral();
}

/** A literal, or an array or object of literals: a top-level const of it becomes a PHP class constant. */
export function isConstantExpr(n: Node): boolean {
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
