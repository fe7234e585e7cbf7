#!/usr/bin/env node
/*
 * Renders every Mustache template of the plugins with the "Example context (json)" of its @template
 * documentation, as Moodle's template library and moodle-plugin-ci's mustache lint do.
 * Checks per template: the @template doc names <component>/<file>, an example context exists and is valid
 * JSON, and the template renders with it (mustache.js, with Moodle's helpers {{#str}}, {{#js}}, {{#pix}},
 * {{#quote}}, {{#cleanstr}}, {{#userdate}}, {{#shortentext}} and {{uniqid}} stubbed; partials of our
 * components must exist; core partials come from $MOODLE_DIR when present, else render as a marker).
 * Also: ids in the rendered HTML are unique and the tags are balanced.
 * Usage: node tests/static/mustache.cjs <counts-file|-> DIR:COMPONENT...
 */
'use strict';
const fs = require('fs');
const path = require('path');
const Mustache = require('mustache');

const moodleDir = process.env.MOODLE_DIR || path.join(require('os').homedir(), 'moodle');
const [countsFile, ...args] = process.argv.slice(2);
const plugins = args.map((a) => { const [dir, component] = a.split(':'); return { dir, component }; });
let passed = 0;
let failed = 0;

function result(ok, where, message) {
  if (ok) { passed++; console.log(`PASS ${where}: ${message}`); } else { failed++; console.log(`FAIL ${where}: ${message}`); }
  return ok;
}

/** Line of a character offset. */
function lineAt(text, offset) {
  return text.slice(0, offset).split('\n').length;
}

/** Partial loader: our components from the repo, core ones from Moodle when available. */
function loadPartial(name) {
  const [component, file] = name.trim().split('/');
  const ours = plugins.find((p) => p.component === component);
  if (ours) {
    const f = path.join(ours.dir, 'templates', `${file}.mustache`);
    if (!fs.existsSync(f)) throw new Error(`partial ${name} not found (${f})`);
    return fs.readFileSync(f, 'utf8');
  }
  const candidates = component === 'core'
    ? [path.join(moodleDir, 'lib', 'templates', `${file}.mustache`)]
    : [path.join(moodleDir, component.replace(/^core_/, ''), 'templates', `${file}.mustache`),
      path.join(moodleDir, 'lib', component.replace(/^core_/, ''), 'templates', `${file}.mustache`)];
  for (const c of candidates) if (fs.existsSync(c)) return fs.readFileSync(c, 'utf8');
  return `<!-- partial ${name} -->`;
}

/** Moodle's helpers, stubbed the way they render in a page (strings shown as [[key, component]]). */
function helpers(view) {
  const js = [];
  return Object.assign(Object.create(view && typeof view === 'object' ? view : null), view, {
    str: () => (text, render) => `[[${render(text).trim()}]]`,
    cleanstr: () => (text, render) => `[[${render(text).trim()}]]`,
    js: () => (text, render) => { js.push(render(text)); return ''; },
    pix: () => (text, render) => { const [key, component, alt] = render(text).split(',').map((s) => s.trim()); return `<i class="icon" title="${alt || ''}" data-pix="${component}/${key}"></i>`; },
    quote: () => (text, render) => JSON.stringify(render(text)),
    userdate: () => (text, render) => `[[userdate ${render(text).trim()}]]`,
    shortentext: () => (text, render) => render(text).split(',').slice(1).join(',').trim(),
    uniqid: view && view.uniqid !== undefined ? view.uniqid : 'uniqid0',
  });
}

/** Unique ids and balanced tags in rendered HTML (void elements excepted). */
function htmlProblems(html) {
  const problems = [];
  const ids = new Map();
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) ids.set(m[1], (ids.get(m[1]) || 0) + 1);
  for (const [id, n] of ids) if (n > 1) problems.push(`id "${id}" used ${n} times`);
  const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const stack = [];
  const stripped = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  for (const m of stripped.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
    const [, close, tag0, selfClose] = m;
    const tag = tag0.toLowerCase();
    if (voids.has(tag) || selfClose) continue;
    if (!close) { stack.push(tag); continue; }
    const top = stack.pop();
    if (top !== tag) { problems.push(`</${tag}> closes <${top || 'nothing'}>`); break; }
  }
  if (stack.length) problems.push(`unclosed <${stack.join('>, <')}>`);
  return problems;
}

for (const { dir, component } of plugins) {
  const tdir = path.join(dir, 'templates');
  if (!fs.existsSync(tdir)) continue;
  for (const file of fs.readdirSync(tdir).filter((f) => f.endsWith('.mustache')).sort()) {
    const f = path.join(tdir, file);
    const name = `${component}/${file.replace(/\.mustache$/, '')}`;
    const text = fs.readFileSync(f, 'utf8');
    let tokens;
    try {
      tokens = Mustache.parse(text);
    } catch (e) {
      result(false, f, `does not parse as Mustache: ${e.message}`);
      continue;
    }
    const doc = tokens.find((t) => t[0] === '!' && /@template\s/.test(t[1]));
    if (!result(Boolean(doc), f, 'has a {{! @template … }} documentation comment')) continue;
    const docLine = lineAt(text, doc[2]);
    const named = /@template\s+(\S+)/.exec(doc[1])[1];
    result(named === name, `${f}:${docLine}`, `@template names ${name} (found ${named})`);
    const ex = /Example context \(json\):\s*([\s\S]*)$/.exec(doc[1]);
    if (!result(Boolean(ex), `${f}:${docLine}`, 'has an "Example context (json):" section')) continue;
    let context;
    try {
      context = JSON.parse(ex[1].trim());
    } catch (e) {
      result(false, `${f}:${lineAt(text, doc[2] + doc[1].indexOf('Example context'))}`, `example context is not valid JSON: ${e.message}`);
      continue;
    }
    result(true, f, 'example context is valid JSON');
    let html;
    try {
      html = Mustache.render(text, helpers(context), loadPartial);
    } catch (e) {
      result(false, f, `does not render with its example context: ${e.message}`);
      continue;
    }
    result(html.trim().length > 0, f, `renders with its example context (${html.length} characters)`);
    const problems = htmlProblems(html);
    result(problems.length === 0, f, problems.length ? `rendered HTML: ${problems.join('; ')}` : 'rendered HTML: unique ids, balanced tags');
  }
}
if (countsFile && countsFile !== '-') fs.writeFileSync(countsFile, `${passed} ${failed}\n`);
process.exit(failed > 0 ? 1 : 0);
