/**
 * Wraps an esbuild CommonJS bundle as a named Moodle AMD module.
 *
 * Why: esbuild cannot emit AMD. Its CommonJS output (`require('core/str')`, `module.exports = …` with
 * `__esModule`) runs unchanged inside RequireJS's CommonJS-sugar form
 * `define(id, ['require', 'exports', 'module', ...deps], function(require, exports, module) {…})`:
 * RequireJS loads every listed dependency first, so the synchronous `require()` calls inside find them,
 * and the module's value is `module.exports` — the same shape Moodle's Babel build gives
 * (`exports.init = …`, `__esModule: true`), which `js_call_amd(id, 'init', …)` and
 * `require([id], m => m.init(…))` expect.
 */

/** Components whose modules Moodle serves; such imports stay external and become define() dependencies. */
const EXTERNAL = /^(?:jquery|jqueryui|core\/.+|core_[a-z0-9_]+\/.+|(?:local|block|mod|tool|theme|qtype|format|filter|auth|enrol|report|gradereport|repository|editor|tiny|atto|availability|customfield|dataformat|message|paygw|h5plib|aiplacement|aiprovider)_[a-z0-9_]+\/.+)$/;

/** True when an import specifier names a module Moodle's RequireJS provides (never bundled). */
export function isMoodleExternal(specifier: string): boolean {
  return EXTERNAL.test(specifier);
}

/** Moodle's AMD module id for a source: component plus file name without extension. */
export function moduleId(component: string, name: string): string {
  if (!/^[a-z]+_[a-z][a-z0-9_]*$/.test(component)) {
    throw new Error(`"${component}" is not a Moodle frankenstyle component name (type_name)`);
  }
  if (!/^[a-z][a-z0-9_]*$/.test(name)) {
    throw new Error(`"${name}" is not a valid AMD module name for ${component} (lowercase, digits, _)`);
  }
  return `${component}/${name}`;
}

/** The first line of a wrapped module; kept on its own line so a source map only shifts by one line. */
export function amdPrologue(id: string, deps: readonly string[]): string {
  const all = ['require', 'exports', 'module', ...[...new Set(deps)].sort()];
  return `define(${JSON.stringify(id)}, ${JSON.stringify(all)}, function(require, exports, module) {\n`;
}

export const AMD_EPILOGUE = '\n});\n';

/** Wraps CommonJS code (no trailing sourceMappingURL) as a named AMD module. */
export function wrapAmd(cjsCode: string, id: string, deps: readonly string[]): string {
  return amdPrologue(id, deps) + cjsCode.replace(/\s+$/, '') + AMD_EPILOGUE;
}

/** Shifts a v3 source map by the prologue's one line. */
export function shiftSourceMap(map: { mappings: string }, lines = 1): void {
  map.mappings = ';'.repeat(lines) + map.mappings;
}
