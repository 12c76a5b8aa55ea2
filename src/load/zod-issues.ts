import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { COUNTRY_CODE, CURRENCY_CODE, ENTITY_ID, WIKIDATA_ID } from '../schema/data';
import { ENTITY_TYPE_NAME, HEX_COLOR, RELATION_TYPE_NAME } from '../schema/ontology';
import { type Diagnostic, diagnosticAt, type Located } from './diagnostics';

type Issue = z.core.$ZodIssue;
type Segment = string | number;

export interface ZodDiagnosticOptions {
  /** The schema the record was checked against: lets hints name the allowed fields and values. */
  schema?: z.core.$ZodType;
}

/** Where to read about the format when nothing more specific can be said. */
const FORMAT_DOCS = 'see "Data format" in README.md, or the JSON Schema in graph-schema/';

/**
 * Turns zod issues into located diagnostics; the issue path is relative to the record. Every diagnostic has a
 * hint saying how to fix it: what to add, the expected type with an example, the allowed fields or values.
 */
export function diagnosticsFromZod(
  record: Located<unknown>,
  error: z.ZodError,
  options: ZodDiagnosticOptions = {},
): Diagnostic[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((segment): segment is Segment => typeof segment !== 'symbol');
    const field = options.schema ? schemaAt(options.schema, path) : undefined;
    // For a key that is not allowed, the issue's path is the object's: its schema lists the allowed keys.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        diagnosticAt(record, [...path, key], `unknown field "${key}"`, hintForUnknownField(key, path, field)),
      );
    }
    const prefix = path.length > 0 ? `${path.join('.')}: ` : '';
    if (isMissing(record.value, path)) {
      return [diagnosticAt(record, path, `${prefix}missing required field`, hintForMissing(path, field))];
    }
    const value = valueAt(record.value, path);
    return [diagnosticAt(record, path, `${prefix}${messageOf(issue)}`, hintOf(issue, path, value, field))];
  });
}

function messageOf(issue: Issue): string {
  if (issue.code === 'invalid_key') return `invalid name: ${issue.issues.map((inner) => inner.message).join('; ')}`;
  return issue.message;
}

/** A hint for every kind of issue zod reports. */
function hintOf(issue: Issue, path: readonly Segment[], value: unknown, field: z.core.$ZodType | undefined): string {
  const key = lastKey(path);
  switch (issue.code) {
    case 'custom': {
      const hint = issue.params?.hint;
      return typeof hint === 'string' && hint !== '' ? hint : FORMAT_DOCS;
    }
    case 'invalid_type':
      if (path.length === 0) {
        const fields = field ? fieldsOf(field) : undefined;
        const shape = fields ? `a map with the fields ${fields.join(', ')}` : describeExpected(issue.expected);
        return `the top level must be ${shape}; ${FORMAT_DOCS}`;
      }
      if (value === null) {
        return `the value is empty; write ${describeExpected(issue.expected)} after "${key}:", e.g. ${key}: ${exampleOf(key, issue.expected, field)}, or remove the line if the field is optional`;
      }
      return `expected ${describeExpected(issue.expected)}, e.g. ${key}: ${exampleOf(key, issue.expected, field)}${
        issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? `; YAML reads ${value} as a ${typeof value}, so quote it if you meant the text: ${key}: "${value}"`
          : ''
      }`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      if (allowed.length === 1) return `write ${key}: ${allowed[0]}`;
      const close = typeof value === 'string' ? closestTypo(value, allowed) : undefined;
      return `${close ? `did you mean "${close}"? ` : ''}use one of: ${allowed.join(', ')}`;
    }
    case 'invalid_format':
      return hintForFormat(issue, key);
    case 'too_small':
      return hintForSize(issue.origin, 'small', Number(issue.minimum), issue.inclusive ?? true, key);
    case 'too_big':
      return hintForSize(issue.origin, 'big', Number(issue.maximum), issue.inclusive ?? true, key);
    case 'not_multiple_of':
      return `use a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return hintForUnknownField(issue.keys[0] ?? '', path, field);
    case 'invalid_key': {
      const inner = issue.issues[0];
      if (inner?.code === 'invalid_format' && inner.pattern) {
        const example = patternExample(inner.pattern);
        return `rename "${key}" to match ${inner.pattern}${example ? `, e.g. ${example}` : ''}`;
      }
      return inner ? hintOf(inner, path, undefined, undefined) : FORMAT_DOCS;
    }
    case 'invalid_union':
      return `the value does not have any of the accepted forms; ${FORMAT_DOCS}`;
    case 'invalid_element':
      return `check each element of ${key}; ${FORMAT_DOCS}`;
    default:
      return FORMAT_DOCS;
  }
}

/** The patterns the schemas use, keyed as zod reports them, each with an example. */
const PATTERNS = new Map<string, { regex: RegExp; example: string }>(
  (
    [
      [ENTITY_ID, 'sk-hynix'],
      [COUNTRY_CODE, 'JP'],
      [WIKIDATA_ID, 'Q95'],
      [CURRENCY_CODE, 'KRW'],
      [HEX_COLOR, '#1f77b4'],
      [ENTITY_TYPE_NAME, 'ResearchOrg'],
      [RELATION_TYPE_NAME, 'MANUFACTURES_FOR'],
    ] as const
  ).map(([regex, example]) => [String(regex), { regex, example }]),
);

/** An example value for a field with a pattern: the field's own example when it fits, else the pattern's. */
function patternExample(pattern: string, key?: string): string | undefined {
  const known = PATTERNS.get(pattern);
  const own = key !== undefined && Object.hasOwn(FIELD_EXAMPLES, key) ? FIELD_EXAMPLES[key] : undefined;
  return own !== undefined && known?.regex.test(own) ? own : known?.example;
}

function hintForFormat(issue: z.core.$ZodIssueInvalidStringFormat, key: string): string {
  if (issue.format === 'regex' && issue.pattern) {
    const example = patternExample(issue.pattern, key);
    return `the value must match the pattern ${issue.pattern}${example ? `, e.g. ${key}: ${example}` : ''}`;
  }
  if (issue.format === 'url') return `write a full URL with its scheme, e.g. ${key}: https://www.rapidus.inc`;
  return `the value must be a valid ${issue.format}; ${FORMAT_DOCS}`;
}

function hintForSize(origin: string, which: 'small' | 'big', limit: number, inclusive: boolean, key: string): string {
  const at = which === 'small' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'fewer than';
  if (origin === 'string') {
    if (key === 'body' && which === 'small')
      return 'put the article text in the .txt file next to the article .yaml (in a .jsonl line, in "body")';
    return which === 'small' && limit <= 1
      ? `write some text after "${key}:", or remove the line if the field is optional`
      : `use ${at} ${limit} characters`;
  }
  if (origin === 'array' || origin === 'set') {
    if (key === 'evidence') return 'add an evidence item: - article: <article id>, quote: <words copied from its body>';
    return `give ${at} ${limit} item${limit === 1 ? '' : 's'}`;
  }
  if (origin === 'number' || origin === 'int' || origin === 'bigint') {
    const sign = which === 'small' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
    return `use a number ${sign} ${limit}${key === 'value' ? ', e.g. value: 1300000000000' : ''}`;
  }
  return `the value is too ${which}; use ${at} ${limit}`;
}

/** Example values for common fields, so a hint can show a line to copy. */
const FIELD_EXAMPLES: Record<string, string> = {
  id: 'sk-hynix',
  type: 'Company',
  names: '{ en: Rapidus, ko: 라피더스 }',
  en: 'Rapidus',
  ko: '라피더스',
  ja: 'ラピダス',
  zh: '拉皮达斯',
  aliases: '[Rapidus Corporation]',
  description: 'Japanese foundry founded in 2022',
  country: 'JP',
  website: 'https://www.rapidus.inc',
  wikidata: 'Q112080010',
  from: 'rapidus',
  to: 'nvidia',
  status: 'considered',
  date: '"2024-11"',
  start: '"2024-11"',
  end: '"2025"',
  role: 'CEO',
  topic: 'foundry partner for AI GPUs',
  amount: '{ value: 1300000000000, currency: KRW, text: "1조 3천억 원" }',
  value: '1300000000000',
  currency: 'KRW',
  text: '"1조 3천억 원"',
  evidence: '[{ article: <article id>, quote: <words copied from its body> }]',
  article: 'nvidia-rapidus-tokyo-ai-summit-2024-11-15',
  quote: '라피더스를 새로운 파운드리 파트너로 고려하고 있습니다',
  title: '엔비디아, 라피더스와 협력 검토',
  publisher: '조선일보',
  author: '홍길동',
  url: 'https://example.com/article',
  published: '2024-11-15',
  language: 'ko',
  source: '조선일보',
  version: '1',
  label: '{ en: Company, ko: 기업 }',
  color: '"#1f77b4"',
  symmetric: 'false',
  entityTypes: '{ Company: { … } }',
  relationTypes: '{ PARTNERS_WITH: { … } }',
  entities: '[{ id: rapidus, type: Company, names: { en: Rapidus, ko: 라피더스 } }]',
  relations: '[{ type: PARTNERS_WITH, from: rapidus, to: ibm, status: active, evidence: [ … ] }]',
};

const TYPE_EXAMPLES: Record<string, string> = {
  string: 'some text',
  number: '42',
  int: '42',
  boolean: 'true',
  array: '[first, second]',
  object: '{ key: value }',
  record: '{ Name: { … } }',
};

function exampleOf(key: string, expected: string | undefined, field: z.core.$ZodType | undefined): string {
  const values = allowedValues(field);
  if (values) return String(values[0]);
  if (Object.hasOwn(FIELD_EXAMPLES, key)) return FIELD_EXAMPLES[key] as string;
  return (expected && TYPE_EXAMPLES[expected]) || '…';
}

function describeExpected(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a map of fields',
    record: 'a map of names to definitions',
    undefined: 'nothing (remove the field)',
  };
  return names[expected] ?? expected;
}

function hintForMissing(path: readonly Segment[], field: z.core.$ZodType | undefined): string {
  const key = lastKey(path);
  const parent = path.slice(0, -1).join('.');
  const values = allowedValues(field);
  const what = values ? `one of ${values.join(', ')}` : `e.g. ${key}: ${exampleOf(key, expectedTypeOf(field), field)}`;
  const description = descriptionOf(field);
  return `add "${key}"${parent ? ` under ${parent}` : ''}: ${what}${description ? ` (${description})` : ''}`;
}

function hintForUnknownField(key: string, path: readonly Segment[], parent: z.core.$ZodType | undefined): string {
  const allowed = parent ? fieldsOf(parent) : undefined;
  const where = path.length > 0 ? ` in ${path.join('.')}` : '';
  if (!allowed)
    return `remove it or check its spelling; the allowed fields${where} are listed in the JSON Schema in graph-schema/`;
  const close = closestTypo(key, allowed);
  const fix = close ? `check its spelling: did you mean "${close}"?` : 'remove it or check its spelling;';
  return `${fix} the fields allowed${where} are: ${allowed.join(', ')}`;
}

/** The known name the written one is most likely a misspelling of: a few edits apart for its length, or none. */
function closestTypo(written: string, known: readonly string[]): string | undefined {
  const a = written.toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const b = name.toLowerCase();
    const contains = Math.min(a.length, b.length) >= 3 && (a.includes(b) || b.includes(a));
    const score = contains ? 0 : distance(a, b);
    if (score > Math.max(1, Math.floor(Math.max(a.length, b.length) / 3))) continue;
    if (!best || score < best.score) best = { name, score };
  }
  return best?.name;
}

function lastKey(path: readonly Segment[]): string {
  const key = path[path.length - 1];
  return key === undefined ? 'value' : String(key);
}

/** True when the path's last key is absent from an object that is present. */
function isMissing(value: unknown, path: readonly Segment[]): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(value, path.slice(0, -1));
  return (
    typeof parent === 'object' &&
    parent !== null &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, String(path[path.length - 1]))
  );
}

/** The value at a path, reading own properties only. */
function valueAt(value: unknown, path: readonly Segment[]): unknown {
  let current: unknown = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<Segment, unknown>)[segment];
  }
  return current;
}

/* Reading the schema: zod 4 keeps each schema's definition in `_zod.def`. */

type Schema = z.core.$ZodType;

/** Optional, default, pipe and similar wrappers, unwrapped to the schema that says what the value is. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = current._zod.def as z.core.$ZodTypeDef & { innerType?: Schema; in?: Schema; getter?: () => Schema };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else return current;
  }
  return current;
}

/** The schema of the value at a path inside a value checked by `schema`, when the path can be followed. */
function schemaAt(schema: Schema, path: readonly Segment[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    const def = inner._zod.def;
    if (def.type === 'object') {
      const shape = (def as z.core.$ZodObjectDef).shape;
      current = typeof segment === 'string' && Object.hasOwn(shape, segment) ? shape[segment] : undefined;
    } else if (def.type === 'array') current = (def as z.core.$ZodArrayDef).element;
    else if (def.type === 'record') current = (def as z.core.$ZodRecordDef).valueType;
    else return undefined;
  }
  return current;
}

function fieldsOf(schema: Schema): string[] | undefined {
  const def = unwrap(schema)._zod.def;
  return def.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : undefined;
}

function allowedValues(schema: Schema | undefined): unknown[] | undefined {
  if (!schema) return undefined;
  const def = unwrap(schema)._zod.def;
  if (def.type === 'enum') return Object.values((def as z.core.$ZodEnumDef).entries);
  if (def.type === 'literal') return [...(def as z.core.$ZodLiteralDef<z.core.util.Literal>).values];
  return undefined;
}

function expectedTypeOf(schema: Schema | undefined): string | undefined {
  return schema ? unwrap(schema)._zod.def.type : undefined;
}

/** The description a schema (or one of its wrappers) carries in zod's global registry, from `.meta()`. */
function descriptionOf(schema: Schema | undefined): string | undefined {
  for (let current = schema, depth = 0; current && depth < 20; depth++) {
    const description = z.globalRegistry.get(current)?.description;
    if (description) return description;
    const def = current._zod.def as z.core.$ZodTypeDef & { innerType?: Schema };
    current = def.innerType;
  }
  return undefined;
}
