// Statements of the subset → PHP: blocks, declarations, if/else, loops (a classic for over an array becomes a
// foreach), switch on strings, push and map set as statements, return.
import { Node, SyntaxKind } from 'ts-morph';
import { declareVar, fail, isArrayType, isMapType, type Ctx } from './context';
import { cond, expr, lvalue } from './expressions';

export const IND = '    ';

export function block(ctx: Ctx, b: Node, depth: number): string {
  const stmts = Node.isBlock(b) ? b.getStatements() : [b];
  return stmts.map((s) => statement(ctx, s as import('ts-morph').Statement, depth)).join('');
}

export function statement(ctx: Ctx, s: Node, depth: number): string {
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
export function loopCounter(s: import('ts-morph').ForStatement): Node | null {
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
export function chainRoot(n: Node): Node | null {
  let cur = n;
  while (Node.isPropertyAccessExpression(cur) || Node.isParenthesizedExpression(cur) || Node.isNonNullExpression(cur) || Node.isAsExpression(cur)) cur = cur.getExpression();
  return Node.isIdentifier(cur) ? cur : null;
}

/**
 * `for (let i = 0; i < xs.length; i++) { const x = xs[i]; … }` over an array the body does not change becomes
 * `foreach (xs as $i => $x)`: PHP's foreach walks the array without an index lookup and a count() per step.
 */
export function forAsForeach(ctx: Ctx, s: import('ts-morph').ForStatement, depth: number): string | null {
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
