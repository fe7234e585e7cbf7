#!/usr/bin/env node
/*
 * Copies the RULES (only rule settings, no Moodle code) of Moodle's ESLint configuration
 * ($MOODLE_DIR/.eslintrc, a YAML/JSON-with-comments file) into moodle-rules.json, which the repo's
 * ESLint configs use so the check also runs without a Moodle checkout.
 * Usage: node tests/static/eslint/sync-moodle-rules.cjs [--check]
 *   --check: exit 1 if moodle-rules.json differs from the Moodle tree's rules (prints the difference).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const stripComments = require('strip-json-comments');

const moodleDir = process.env.MOODLE_DIR || path.join(require('os').homedir(), 'moodle');
const src = path.join(moodleDir, '.eslintrc');
const out = path.join(__dirname, 'moodle-rules.json');

/** Reads Moodle's .eslintrc the way ESLint 8's legacy loader does. */
function readMoodleConfig() {
  return yaml.load(stripComments.default ? stripComments.default(fs.readFileSync(src, 'utf8')) : stripComments(fs.readFileSync(src, 'utf8')));
}

const cfg = readMoodleConfig();
const amd = (cfg.overrides || []).find((o) => (o.files || []).includes('**/amd/src/*.js'));
const rules = {
  source: 'Rules copied from Moodle 4.5 .eslintrc by tests/static/eslint/sync-moodle-rules.cjs',
  env: cfg.env,
  globals: cfg.globals,
  plugins: cfg.plugins,
  extends: cfg.extends,
  rules: cfg.rules,
  amdRules: amd ? amd.rules : {},
  amdParserOptions: amd ? amd.parserOptions : {},
};
const text = JSON.stringify(rules, null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error(`${path.relative(process.cwd(), out)} differs from ${src}: run node tests/static/eslint/sync-moodle-rules.cjs`);
    process.exit(1);
  }
  console.log(`moodle-rules.json matches ${src}`);
} else {
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(process.cwd(), out)} from ${src}`);
}
