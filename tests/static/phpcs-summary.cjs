#!/usr/bin/env node
/*
 * Turns PHP_CodeSniffer's JSON report (stdin) into file:line:col messages and one PASS/FAIL line per file.
 * A file fails on any error; warnings (for example lines between 132 and 180 characters) are printed only.
 * Last line: "COUNTS passed failed".
 */
'use strict';
const path = require('path');
let input = '';
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', () => {
  let report;
  try {
    report = JSON.parse(input);
  } catch (e) {
    console.log(`FAIL phpcs: no JSON report (${e.message}): ${input.slice(0, 500)}`);
    console.log('COUNTS 0 1');
    return;
  }
  let passed = 0;
  let failed = 0;
  for (const [file, r] of Object.entries(report.files).sort()) {
    const rel = path.relative(process.cwd(), file);
    for (const m of r.messages) {
      console.log(`${rel}:${m.line}:${m.column}: ${m.type.toLowerCase()} ${m.message} (${m.source})`);
    }
    if (r.errors > 0) {
      failed++;
      console.log(`FAIL phpcs ${rel}: ${r.errors} error(s), ${r.warnings} warning(s)`);
    } else {
      passed++;
      console.log(`PASS phpcs ${rel}${r.warnings ? ` (${r.warnings} warning(s))` : ''}`);
    }
  }
  console.log(`COUNTS ${passed} ${failed}`);
});
