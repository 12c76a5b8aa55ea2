import type { PropertyValue } from '../neo4j/rows';

export type CypherValue = PropertyValue | { [key: string]: CypherValue } | CypherValue[];

const STRING_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Backslash, quote and every control character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be escaped
const ESCAPED = /[\\'\u0000-\u001f]/g;
const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A value as Cypher literal text: bigints become INTEGER, numbers FLOAT, strings are escaped so nothing leaks out. */
export function cypherLiteral(value: CypherValue): string {
  if (typeof value === 'string') return `'${value.replace(ESCAPED, escapeChar)}'`;
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return floatLiteral(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(value).map(([key, inner]) => `${cypherName(key)}: ${cypherLiteral(inner)}`);
  return `{${entries.join(', ')}}`;
}

/** A map key or variable name, backtick-quoted unless it is a plain identifier. */
export function cypherName(name: string): string {
  return SIMPLE_NAME.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
}

function escapeChar(c: string): string {
  return STRING_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function floatLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} as a Cypher literal`);
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}
