import type { PropertyValue } from './rows';

export type CypherValue = PropertyValue | { [key: string]: CypherValue } | CypherValue[];

const STRING_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Backslash, quote and every control character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be escaped
const ESCAPED = /[\\'\u0000-\u001f]/;
const EVERY_ESCAPED = new RegExp(ESCAPED.source, 'g');
const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Map keys repeat on every row, so each is quoted once. */
const NAMES = new Map<string, string>();

/** A value as Cypher literal text: bigints become INTEGER, numbers FLOAT, strings are escaped so nothing leaks out. */
export function cypherLiteral(value: CypherValue): string {
  if (typeof value === 'string') return `'${ESCAPED.test(value) ? value.replace(EVERY_ESCAPED, escapeChar) : value}'`;
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return floatLiteral(value);
  let text = '';
  if (Array.isArray(value)) {
    for (const item of value) text += `${text === '' ? '' : ', '}${cypherLiteral(item)}`;
    return `[${text}]`;
  }
  for (const key in value) {
    text += `${text === '' ? '' : ', '}${cypherName(key)}: ${cypherLiteral(value[key] as CypherValue)}`;
  }
  return `{${text}}`;
}

/** A map key or variable name, backtick-quoted unless it is a plain identifier. */
export function cypherName(name: string): string {
  let quoted = NAMES.get(name);
  if (quoted === undefined) {
    quoted = SIMPLE_NAME.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
    NAMES.set(name, quoted);
  }
  return quoted;
}

function escapeChar(c: string): string {
  return STRING_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function floatLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} as a Cypher literal`);
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}
