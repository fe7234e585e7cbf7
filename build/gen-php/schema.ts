// Structural validation for PHP, generated from rules-engine/schema/*.schema.json (the JSON Schemas ajv uses in TS).
// The generated class mirrors how ajv 8 (Ajv2020, allErrors) evaluates the keywords these schemas use, in ajv's
// order, with ajv's messages, so PHP reports exactly the errors load.ts reports: {code: 'schema', path, params:
// {keyword, message}}, path = instancePath (+ '/prop' for required / additionalProperties, as load.ts adds it).
// A keyword outside the supported list is refused at build time: the PHP never silently validates less.

export class SchemaGenError extends Error {}

/** Keywords with no effect on validation. */
const METADATA = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', 'deprecated',
  'readOnly', 'writeOnly']);
/** ajv's rule groups and the order of their keywords (vocabularies: validation, then applicator). */
const GROUPS: { type: string | null; keywords: string[] }[] = [
  { type: null, keywords: ['const', 'enum', 'anyOf', 'oneOf'] },
  { type: 'number', keywords: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum'] },
  { type: 'string', keywords: ['maxLength', 'minLength', 'pattern'] },
  { type: 'array', keywords: ['maxItems', 'minItems', 'items'] },
  { type: 'object', keywords: ['required', 'additionalProperties', 'properties'] },
];
const SUPPORTED = new Set(['type', ...GROUPS.flatMap((g) => g.keywords)]);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);
/** Names ajv would find on Object.prototype (data[prop] !== undefined): PHP cannot mirror that, so refuse them. */
const PROTO = new Set(Object.getOwnPropertyNames(Object.prototype));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json };

function phpString(s: string): string {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}
function phpNumber(n: number, where: string): string {
  if (!Number.isFinite(n)) throw new SchemaGenError(`${where}: non-finite limit`);
  return String(n);
}
function pointerEscape(k: string): string {
  return k.split('~').join('~0').split('/').join('~1');
}

/** JS regular expression (u flag, as ajv compiles it) → PCRE with the same meaning; small subset, else refused. */
export function pcre(pattern: string, where: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const n = pattern[i + 1];
      i++;
      if (n === 'd') out += inClass ? '0-9' : '[0-9]'; // PHP's /u makes \d match every Unicode digit; JS does not
      else if (n !== undefined && /[.\-\\/^$*+?()[\]{}|]/.test(n)) out += '\\' + n;
      else throw new SchemaGenError(`${where}: pattern escape \\${n ?? ''} not supported by the generator`);
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      if (c === '/') out += '\\/';
      else out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (pattern[i + 1] === '^') { out += '[^'; i++; continue; }
      out += c;
      continue;
    }
    if (c === '.') throw new SchemaGenError(`${where}: '.' outside a character class (JS and PCRE differ on line terminators)`);
    if (c === '/') { out += '\\/'; continue; }
    if (/[A-Za-z0-9 _:\-^$*+?(){},|=<>!@#%&~'"`]/.test(c)) { out += c; continue; }
    throw new SchemaGenError(`${where}: pattern character '${c}' not supported by the generator`);
  }
  if (inClass) throw new SchemaGenError(`${where}: unterminated character class`);
  // D: $ matches only at the very end (as in JS without the m flag); u: UTF-8 subject, code points.
  return `/${out}/Du`;
}

interface Fn { name: string; where: string; body: string }

class Gen {
  fns: Fn[] = [];
  memo = new Map<string, string>();

  constructor(readonly file: string) {}

  /** Returns the PHP method name checking `s`; identical subschemas share one method. */
  node(s: Json, where: string): string | null {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new SchemaGenError(`${this.file} ${where}: boolean or non-object schema`);
    const stripped: Schema = {};
    for (const k of Object.keys(s).sort()) {
      if (METADATA.has(k)) continue;
      if (!SUPPORTED.has(k)) throw new SchemaGenError(`${this.file} ${where}: JSON Schema keyword '${k}' not supported by build/gen-php/schema.ts`);
      stripped[k] = s[k]!;
    }
    if (Object.keys(stripped).length === 0) return null; // always valid (ajv skips it too)
    const key = JSON.stringify(stripped);
    const known = this.memo.get(key);
    if (known) return known;
    const name = `check_${this.fns.length + 1}`;
    this.memo.set(key, name);
    const fn: Fn = { name, where, body: '' };
    this.fns.push(fn);
    fn.body = this.body(stripped, where);
    return name;
  }

  private err(keyword: string, message: string, path = '$p'): string {
    return `self::error($e, ${path}, ${phpString(keyword)}, ${phpString(message)});`;
  }

  private typeCheck(type: string, v = '$d'): string {
    switch (type) {
      case 'string': return `is_string(${v})`;
      case 'number': return `(is_int(${v}) || is_float(${v}))`;
      case 'integer': return `self::is_integer(${v})`;
      case 'boolean': return `is_bool(${v})`;
      case 'null': return `${v} === null`;
      case 'array': return `self::is_array(${v})`;
      case 'object': return `self::is_object(${v})`;
      default: throw new SchemaGenError(`${this.file}: type '${type}'`);
    }
  }

  private body(s: Schema, where: string): string {
    const lines: string[] = [];
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    if (types.length === 0 && s.type !== undefined) throw new SchemaGenError(`${this.file} ${where}: empty type list`);
    for (const t of types) {
      if (typeof t !== 'string' || !TYPES.has(t)) throw new SchemaGenError(`${this.file} ${where}: type ${JSON.stringify(t)}`);
    }
    const type = types.length === 1 ? types[0] as string : undefined;
    const has = (g: { keywords: string[] }) => g.keywords.some((k) => s[k] !== undefined);
    // ajv: the type is checked up front unless it is one type whose own rule group has keywords (then the type error
    // is that group's else branch). Several types: "must be boolean,null".
    const ownGroup = GROUPS.find((g) => g.type !== null && g.type === type);
    const checkFirst = types.length > 1 || (type !== undefined && !(ownGroup && has(ownGroup)));
    if (checkFirst) {
      const test = types.map((t) => this.typeCheck(t as string)).join(' || ');
      lines.push(`if (!(${test})) {`, `    ${this.err('type', `must be ${types.join(',')}`)}`, '}');
    }
    for (const g of GROUPS) {
      if (!has(g)) continue;
      const inner: string[] = [];
      for (const k of g.keywords) if (s[k] !== undefined) inner.push(...this.keyword(k, s[k]!, s, where));
      // Object keywords share one read of the properties.
      const props = inner.indexOf('$o = self::props($d);');
      if (props >= 0) inner.splice(0, inner.length, ...inner.filter((l, i) => i === props || l !== '$o = self::props($d);'));
      if (g.type === null) {
        lines.push(...inner);
        continue;
      }
      lines.push(`if (${this.typeCheck(g.type)}) {`, ...inner.map((l) => '    ' + l));
      if (type === g.type) lines.push('} else {', `    ${this.err('type', `must be ${type}`)}`);
      lines.push('}');
    }
    return lines.join('\n');
  }

  private keyword(k: string, v: Json, s: Schema, where: string): string[] {
    const at = `${where}/${k}`;
    const num = (): number => {
      if (typeof v !== 'number') throw new SchemaGenError(`${this.file} ${at}: not a number`);
      return v;
    };
    switch (k) {
      case 'const': {
        if (!(typeof v === 'string' || typeof v === 'boolean' || v === null)) throw new SchemaGenError(`${this.file} ${at}: only string/boolean/null constants`);
        return [`if ($d !== ${typeof v === 'string' ? phpString(v) : String(v)}) {`, `    ${this.err('const', 'must be equal to constant')}`, '}'];
      }
      case 'enum': {
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new SchemaGenError(`${this.file} ${at}: only string enums`);
        return [`if (!in_array($d, [${v.map((x) => phpString(x as string)).join(', ')}], true)) {`,
          `    ${this.err('enum', 'must be equal to one of the allowed values')}`, '}'];
      }
      case 'anyOf': case 'oneOf': {
        if (!Array.isArray(v) || v.length === 0) throw new SchemaGenError(`${this.file} ${at}: empty ${k}`);
        const fns = v.map((b, i) => this.node(b, `${at}/${i}`));
        if (fns.some((f) => f === null)) {
          // A branch that accepts everything: anyOf always passes (ajv skips it); oneOf would need more care.
          if (k === 'anyOf') return [];
          throw new SchemaGenError(`${this.file} ${at}: oneOf with an always-valid branch`);
        }
        const out = ['$n = count($e);'];
        if (k === 'anyOf') {
          // Branches in order, stopping at the first that passes; its errors and earlier ones are dropped.
          out.push('$ok = false;');
          fns.forEach((f, i) => {
            const call = [`$m = count($e);`, `self::${f}($d, $p, $e);`, `$ok = count($e) === $m;`];
            if (i === 0) out.push(...call);
            else out.push('if (!$ok) {', ...call.map((l) => '    ' + l), '}');
          });
          out.push('if ($ok) {', '    array_splice($e, $n);', '} else {', `    ${this.err('anyOf', 'must match a schema in anyOf')}`, '}');
        } else {
          // Every branch is checked; exactly one must pass.
          out.push('$passing = 0;');
          for (const f of fns) out.push(`$m = count($e);`, `self::${f}($d, $p, $e);`, `$passing += count($e) === $m ? 1 : 0;`);
          out.push('if ($passing === 1) {', '    array_splice($e, $n);', '} else {', `    ${this.err('oneOf', 'must match exactly one schema in oneOf')}`, '}');
        }
        return out;
      }
      case 'maximum': return [`if ($d > ${phpNumber(num(), at)}) {`, `    ${this.err(k, `must be <= ${num()}`)}`, '}'];
      case 'minimum': return [`if ($d < ${phpNumber(num(), at)}) {`, `    ${this.err(k, `must be >= ${num()}`)}`, '}'];
      case 'exclusiveMaximum': return [`if ($d >= ${phpNumber(num(), at)}) {`, `    ${this.err(k, `must be < ${num()}`)}`, '}'];
      case 'exclusiveMinimum': return [`if ($d <= ${phpNumber(num(), at)}) {`, `    ${this.err(k, `must be > ${num()}`)}`, '}'];
      case 'maxLength': return [`if (mb_strlen($d, 'UTF-8') > ${phpNumber(num(), at)}) {`, `    ${this.err(k, `must NOT have more than ${num()} characters`)}`, '}'];
      case 'minLength': return [`if (mb_strlen($d, 'UTF-8') < ${phpNumber(num(), at)}) {`, `    ${this.err(k, `must NOT have fewer than ${num()} characters`)}`, '}'];
      case 'pattern': {
        if (typeof v !== 'string') throw new SchemaGenError(`${this.file} ${at}: pattern is not a string`);
        return [`if (!preg_match(${phpString(pcre(v, `${this.file} ${at}`))}, $d)) {`, `    ${this.err(k, `must match pattern "${v}"`)}`, '}'];
      }
      case 'maxItems': return [`if (count($d) > ${phpNumber(num(), at)}) {`, `    ${this.err(k, `must NOT have more than ${num()} items`)}`, '}'];
      case 'minItems': return [`if (count($d) < ${phpNumber(num(), at)}) {`, `    ${this.err(k, `must NOT have fewer than ${num()} items`)}`, '}'];
      case 'items': {
        if (Array.isArray(v) || typeof v !== 'object' || v === null) throw new SchemaGenError(`${this.file} ${at}: items must be one schema`);
        const f = this.node(v, at);
        if (f === null) return [];
        return ['foreach ($d as $i => $item) {', `    self::${f}($item, $p . '/' . $i, $e);`, '}'];
      }
      case 'required': {
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new SchemaGenError(`${this.file} ${at}: required is not a list of names`);
        const out = ['$o = self::props($d);'];
        for (const r of v as string[]) {
          this.checkName(r, at);
          out.push(`if (!array_key_exists(${phpString(r)}, $o)) {`,
            `    ${this.err('required', `must have required property '${r}'`, `$p . ${phpString('/' + pointerEscape(r))}`)}`, '}');
        }
        return out;
      }
      case 'additionalProperties': {
        if (v !== false) throw new SchemaGenError(`${this.file} ${at}: only additionalProperties: false`);
        const props = s.properties && typeof s.properties === 'object' && !Array.isArray(s.properties) ? Object.keys(s.properties) : [];
        return ['$o = self::props($d);',
          `foreach (self::extra_keys($o, [${props.map(phpString).join(', ')}]) as $k) {`,
          `    ${this.err('additionalProperties', 'must NOT have additional properties', "$p . '/' . self::escape($k)")}`, '}'];
      }
      case 'properties': {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new SchemaGenError(`${this.file} ${at}: properties is not an object`);
        const out = ['$o = self::props($d);'];
        for (const [name, sub] of Object.entries(v)) {
          this.checkName(name, at);
          const f = this.node(sub, `${at}/${pointerEscape(name)}`);
          if (f === null) continue;
          out.push(`if (array_key_exists(${phpString(name)}, $o)) {`,
            `    self::${f}($o[${phpString(name)}], $p . ${phpString('/' + pointerEscape(name))}, $e);`, '}');
        }
        return out;
      }
      default: throw new SchemaGenError(`${this.file} ${at}: keyword '${k}'`);
    }
  }

  private checkName(name: string, at: string): void {
    if (PROTO.has(name)) throw new SchemaGenError(`${this.file} ${at}: property name '${name}' is also an Object.prototype member in JS`);
    if (/^(0|-?[1-9][0-9]*)$/.test(name)) throw new SchemaGenError(`${this.file} ${at}: numeric property name '${name}'`);
  }
}

const IND = '    ';

/** The PHP class `schema` (local_sens\local\engine\schema) validating each named schema. */
export function schemaPhp(schemas: { method: string; file: string; schema: Json; title: string }[], banner: string, namespace: string): string {
  const gens: string[] = [];
  const publicFns: string[] = [];
  const all: Fn[] = [];
  const gen = new Gen('');
  for (const s of schemas) {
    (gen as { file: string }).file = s.file;
    const root = gen.node(s.schema, '#');
    publicFns.push(`${IND}/**
${IND} * Structural check of a ${s.title} against ${s.file} (same errors as ajv in rules-engine/src/load.ts).
${IND} *
${IND} * Decode the JSON with objects (json_decode($json)): a PHP array that is a list is a JSON array, a stdClass (or
${IND} * an array with string keys) a JSON object, so {} and [] stay different.
${IND} *
${IND} * @param mixed $data the decoded document
${IND} * @return array[] errors, each ['code' => 'schema', 'path' => JSON pointer, 'params' => ['keyword' =>, 'message' =>]]
${IND} */
${IND}public static function ${s.method}($data): array {
${IND}${IND}$e = [];
${root ? `${IND}${IND}self::${root}($data, '', $e);\n` : ''}${IND}${IND}return $e;
${IND}}
`);
  }
  all.push(...gen.fns);
  for (const f of all) {
    const body = f.body.split('\n').map((l) => IND + IND + l).join('\n');
    gens.push(`${IND}/**
${IND} * Subschema ${f.where.replace(/\*\//g, '* /')} (first place it appears).
${IND} *
${IND} * @param mixed $d value
${IND} * @param string $p JSON pointer of the value
${IND} * @param array $e errors, appended to
${IND} */
${IND}private static function ${f.name}($d, string $p, array &$e): void {
${body}
${IND}}
`);
  }
  return `${banner}
namespace ${namespace};

/**
 * Generated from ${schemas.map((s) => s.file).join(' and ')} by build/gen-php/schema.ts: do not edit, run
 * \`npm run generate:php\`. Mirrors ajv (draft 2020-12, allErrors) on the keywords these schemas use.
 *
 * @package    local_sens
 * @copyright  2026 SENS project
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class schema {
${publicFns.join('\n')}
${IND}/**
${IND} * Appends one error as load.ts reports an ajv error.
${IND} *
${IND} * @param array $e errors
${IND} * @param string $path JSON pointer
${IND} * @param string $keyword JSON Schema keyword
${IND} * @param string $message ajv's message
${IND} */
${IND}private static function error(array &$e, string $path, string $keyword, string $message): void {
${IND}${IND}$e[] = ['code' => 'schema', 'path' => $path, 'params' => ['keyword' => $keyword, 'message' => $message]];
${IND}}

${IND}/**
${IND} * JSON object: a stdClass, or a PHP array that is not a list.
${IND} *
${IND} * @param mixed $d
${IND} * @return bool
${IND} */
${IND}private static function is_object($d): bool {
${IND}${IND}return $d instanceof \\stdClass || (is_array($d) && !array_is_list($d));
${IND}}

${IND}/**
${IND} * JSON array: a PHP list (an empty PHP array is a list).
${IND} *
${IND} * @param mixed $d
${IND} * @return bool
${IND} */
${IND}private static function is_array($d): bool {
${IND}${IND}return is_array($d) && array_is_list($d);
${IND}}

${IND}/**
${IND} * JSON Schema integer as ajv tests it (typeof number, x % 1 is 0, not NaN; 1.0 counts).
${IND} *
${IND} * @param mixed $d
${IND} * @return bool
${IND} */
${IND}private static function is_integer($d): bool {
${IND}${IND}return is_int($d) || (is_float($d) && !is_nan($d) && (is_infinite($d) || floor($d) == $d));
${IND}}

${IND}/**
${IND} * Properties of a JSON object as an array.
${IND} *
${IND} * @param \\stdClass|array $d
${IND} * @return array
${IND} */
${IND}private static function props($d): array {
${IND}${IND}return is_array($d) ? $d : get_object_vars($d);
${IND}}

${IND}/**
${IND} * Keys not in $known, in JavaScript's for-in order (array-index-like keys first, ascending, then insertion order).
${IND} *
${IND} * @param array $o properties
${IND} * @param string[] $known declared property names
${IND} * @return string[]
${IND} */
${IND}private static function extra_keys(array $o, array $known): array {
${IND}${IND}$index = [];
${IND}${IND}$other = [];
${IND}${IND}foreach (array_keys($o) as $k) {
${IND}${IND}${IND}$k = (string) $k;
${IND}${IND}${IND}if (in_array($k, $known, true)) {
${IND}${IND}${IND}${IND}continue;
${IND}${IND}${IND}}
${IND}${IND}${IND}if (preg_match('/^(0|[1-9][0-9]*)$/D', $k) && (float) $k <= 4294967294) {
${IND}${IND}${IND}${IND}$index[] = $k;
${IND}${IND}${IND}} else {
${IND}${IND}${IND}${IND}$other[] = $k;
${IND}${IND}${IND}}
${IND}${IND}}
${IND}${IND}usort($index, fn($a, $b) => (float) $a <=> (float) $b);
${IND}${IND}return array_merge($index, $other);
${IND}}

${IND}/**
${IND} * JSON pointer escaping (RFC 6901) of a property name.
${IND} *
${IND} * @param string $k
${IND} * @return string
${IND} */
${IND}private static function escape(string $k): string {
${IND}${IND}return str_replace(['~', '/'], ['~0', '~1'], $k);
${IND}}

${gens.join('\n')}}
`;
}
