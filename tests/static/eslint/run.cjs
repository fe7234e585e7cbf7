#!/usr/bin/env node
/*
 * Runs ESLint with Moodle's rules: `js` on built plugin AMD sources (<plugin>/amd/src/*.js), `ts` on amd/**\/*.ts.
 * Prints problems as file:line:col, one "PASS|FAIL file" per file, and writes "PASSED FAILED" (files) to
 * the file named by the last argument when given.  Errors fail a file; warnings are printed only.
 * Usage: node tests/static/eslint/run.cjs js|ts <counts-file|-> <files…>
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { ESLint } = require('eslint');
const { amdJs, amdTs } = require('./configs.cjs');

async function main() {
  const [kind, countsFile, ...files] = process.argv.slice(2);
  const eslint = new ESLint({
    useEslintrc: false,
    baseConfig: kind === 'ts' ? amdTs : amdJs,
    cwd: process.cwd(),
    resolvePluginsRelativeTo: path.resolve(__dirname, '..', '..', '..'),
    ignore: false,
  });
  const results = files.length ? await eslint.lintFiles(files) : [];
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    const rel = path.relative(process.cwd(), r.filePath);
    for (const m of r.messages) {
      const level = m.severity === 2 ? 'error' : 'warning';
      console.log(`${rel}:${m.line || 0}:${m.column || 0}: ${level} ${m.message} (${m.ruleId || 'parse'})`);
    }
    if (r.errorCount > 0) {
      failed++;
      console.log(`FAIL eslint(${kind}) ${rel}: ${r.errorCount} error(s), ${r.warningCount} warning(s)`);
    } else {
      passed++;
      console.log(`PASS eslint(${kind}) ${rel}${r.warningCount ? ` (${r.warningCount} warning(s))` : ''}`);
    }
  }
  if (countsFile && countsFile !== '-') fs.writeFileSync(countsFile, `${passed} ${failed}\n`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(2);
});
