// Expressions of the subset → PHP: identifiers and constants, literals, property and element reads, operators with
// TS semantics (strict equality across int/float, string order by strcmp, division, %), conditions that must be
// booleans, typeof, and the helpers that keep PHP's parentheses right.
import { Node, SourceFile, SyntaxKind, Type, ts } from 'ts-morph';
import {
  classNameFor, constName, fail, isArrayType, isBooleanType, isMapType, isNumberType, isStringOrNumber, isStringType,
  phpString, varName, type Ctx,
} from './context';
import { call, typeofTest } from './calls';

export function lvalue(ctx: Ctx, n: Node): string {
  if (Node.isIdentifier(n)) return identifier(ctx, n);
  if (Node.isPropertyAccessExpression(n)) return `${lvalue(ctx, n.getExpression())}[${phpString(n.getName())}]`;
  if (Node.isElementAccessExpression(n)) return `${lvalue(ctx, n.getExpression())}[${expr(ctx, n.getArgumentExpressionOrThrow())}]`;
  if (Node.isParenthesizedExpression(n) || Node.isNonNullExpression(n) || Node.isAsExpression(n)) return lvalue(ctx, n.getExpression());
  return fail(ctx, n, 'assignment target ' + n.getKindName());
}

/** Condition position: TS truthiness of a string/number differs from PHP ('0' is falsy in PHP). */
export function cond(ctx: Ctx, n: Node): string {
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

export function identifier(ctx: Ctx, n: Node): string {
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

export function classRef(ctx: Ctx, sf: SourceFile): string {
  if (sf === ctx.sf) return 'self';
  const rel = sf.getFilePath();
  return classNameFor(rel);
}

export const BIN: Record<number, string> = {
  [SyntaxKind.MinusToken]: '-', [SyntaxKind.AsteriskToken]: '*', [SyntaxKind.SlashToken]: '/',
  [SyntaxKind.AmpersandAmpersandToken]: '&&', [SyntaxKind.BarBarToken]: '||', [SyntaxKind.QuestionQuestionToken]: '??',
  [SyntaxKind.EqualsToken]: '=', [SyntaxKind.PlusEqualsToken]: '+=', [SyntaxKind.MinusEqualsToken]: '-=',
  [SyntaxKind.AsteriskEqualsToken]: '*=',
};
export const CMP: Record<number, string> = {
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

export function isWriteTarget(n: Node): boolean {
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

export function wrapUnary(ctx: Ctx, o: Node): string {
  const s = expr(ctx, o);
  return /^[$\w:'\[\]()>-]+$/.test(s) && !s.includes(' ') ? s : `(${s})`;
}

export function binary(ctx: Ctx, n: import('ts-morph').BinaryExpression): string {
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
export function accessChain(s: string): boolean {
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
export function groupEnd(s: string, start: number): number {
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
export function balanced(s: string): boolean {
  return groupEnd(`(${s})`, 0) === s.length + 2;
}

/** String(n): an int converts as in TS without a call (loop indexes, counts). */
export function numberToString(ctx: Ctx, e: Node): string {
  const v = expr(ctx, e);
  return /^\$[a-z0-9]+$/.test(v) ? `(is_int(${v}) ? (string) ${v} : runtime::to_string(${v}))` : `runtime::to_string(${v})`;
}

export function isArrayMethodCall(n: Node, method: string): boolean {
  if (!Node.isCallExpression(n)) return false;
  const c = n.getExpression();
  return Node.isPropertyAccessExpression(c) && c.getName() === method && isArrayType(c.getExpression().getType());
}
