import type { AttributeType } from '../graph/attribute-schema';
import type { FlatValue } from '../graph/flatten';

/** GEXF and GraphML attribute types; lists are stored as JSON strings. */
export const XML_TYPES: Record<AttributeType, string> = {
  string: 'string',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
  'string[]': 'string',
  'long[]': 'string',
  'double[]': 'string',
};

/**
 * Newlines and tabs are escaped too: XML readers normalise them to spaces in attribute values.
 * Every other character XML 1.0 forbids, even escaped, is removed.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are escaped or removed
const SPECIAL = /[&<>"'\u0000-\u001f\ufffe\uffff]/;
const EVERY_SPECIAL = new RegExp(SPECIAL.source, 'g');

/** Text as XML attribute or element content; most text has nothing to escape and is returned as it is. */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(EVERY_SPECIAL, (c) => ESCAPES[c] ?? '') : text;
}

/** An attribute value as XML text: lists are JSON-encoded, so their items survive intact. */
export function xmlValue(value: FlatValue): string {
  return escapeXml(Array.isArray(value) ? JSON.stringify(value) : String(value));
}
