/*
 * ESLint 8 configurations built from Moodle's rules (moodle-rules.json, copied from Moodle's .eslintrc).
 *  - amdJs: Moodle's exact settings for amd/src/*.js (babel parser, the stricter AMD overrides).
 *  - amdTs: the same rules for amd/**\/*.ts through typescript-eslint, with the core rules that TypeScript
 *    replaces swapped for their typescript-eslint versions (JSDoc rules unchanged: the comments
 *    are carried into amd/src/*.js).
 */
'use strict';
const moodle = require('./moodle-rules.json');

const base = {
  root: true,
  plugins: moodle.plugins,
  extends: moodle.extends,
  env: moodle.env,
  globals: moodle.globals,
  reportUnusedDisableDirectives: true,
};

const amdJs = {
  ...base,
  parser: '@babel/eslint-parser',
  parserOptions: { ecmaVersion: 2020, ...moodle.amdParserOptions },
  rules: { ...moodle.rules, ...moodle.amdRules },
};

const amdTs = {
  ...base,
  plugins: [...moodle.plugins.filter((p) => p !== '@babel'), '@typescript-eslint'],
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
  rules: {
    ...moodle.rules,
    ...Object.fromEntries(Object.entries(moodle.amdRules).filter(([k]) => !k.startsWith('@babel/'))),
    // Babel-specific rules map to the core rules for TS sources.
    'new-cap': ['warn', { properties: false }],
    'semi': 'error',
    'no-unused-expressions': 'error',
    // TypeScript resolves names and types itself.
    'no-undef': 'off',
    'no-unused-vars': 'off',
    '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }],
    'no-redeclare': 'off',
    '@typescript-eslint/no-redeclare': 'warn',
    // JSDoc rules stay as Moodle has them: the generated amd/src JS keeps these comments and must pass them.
  },
  // Declaration files are never emitted as JavaScript: Moodle's JSDoc parameter rules have nothing to document.
  overrides: [{ files: ['*.d.ts'], rules: { 'jsdoc/require-param': 'off', 'jsdoc/require-jsdoc': 'off' } }],
};

module.exports = { amdJs, amdTs };
