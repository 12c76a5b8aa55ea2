import type { FlatValue } from './flatten';
import type { AttributeType } from './schema';

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

/** Newlines and tabs are escaped too: XML readers normalise them to spaces in attribute values. */
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
/** Control characters that XML 1.0 forbids even when escaped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"'\n\r\t]/g, (c) => ESCAPES[c] as string);
}

/** An attribute value as XML text: lists are JSON-encoded, so their items survive intact. */
export function xmlValue(value: FlatValue): string {
  return escapeXml(Array.isArray(value) ? JSON.stringify(value) : String(value));
}
