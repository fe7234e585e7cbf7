#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (a devDependency of the repo), so a fresh clone works after `npm ci`.
'use strict';
const path = require('node:path');
const { register } = require('tsx/cjs/api');
register();
const { run } = require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
const result = run(process.argv.slice(2));
(result.code === 0 ? process.stdout : process.stderr).write(result.out + '\n');
process.exitCode = result.code;
