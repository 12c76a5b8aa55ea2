import type { EdgeAttributes, NodeAttributes } from '../build/types';
import { parsePartialDate } from '../schema/dates';

export type Scalar = string | number | boolean;
export type FlatValue = Scalar | string[] | number[];
/** Attributes without nesting: what Neo4j properties, CSV columns and GEXF/GraphML attributes can hold. */
export type FlatAttributes = Record<string, FlatValue>;

const DATE_KEYS = new Set(['date', 'start', 'end', 'published']);

/**
 * Flattens node or edge attributes: nested objects become `parent_child` (names.ko → name_ko),
 * lists of objects become one list per field (evidence[].quote → evidence_quote[]),
 * and every partial date gets a `<key>_precision` companion (year, month or day).
 */
export function flattenAttributes(attributes: NodeAttributes | EdgeAttributes): FlatAttributes {
  const flat: FlatAttributes = {};
  for (const [key, value] of Object.entries(attributes)) flattenInto(flat, key, value);
  return flat;
}

function flattenInto(flat: FlatAttributes, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    if (value.every(isScalarListItem)) flat[key] = value as string[] | number[];
    else Object.assign(flat, columnsOf(key, value as Record<string, unknown>[]));
  } else if (typeof value === 'object') {
    const prefix = key === 'names' ? 'name' : key;
    for (const [child, inner] of Object.entries(value)) flattenInto(flat, `${prefix}_${child}`, inner);
  } else {
    flat[key] = value as Scalar;
    const precision = DATE_KEYS.has(key) && typeof value === 'string' ? parsePartialDate(value)?.precision : undefined;
    if (precision) flat[`${key}_precision`] = precision;
  }
}

function isScalarListItem(item: unknown): item is string | number {
  return typeof item === 'string' || typeof item === 'number';
}

/** One list per field; a field an item lacks is an empty string, so the lists stay aligned. */
function columnsOf(key: string, items: Record<string, unknown>[]): FlatAttributes {
  const columns: Record<string, unknown[]> = {};
  items.forEach((item, index) => {
    for (const field in item) {
      columns[field] ??= new Array(items.length).fill('');
      (columns[field] as unknown[])[index] = item[field];
    }
  });
  const flat: FlatAttributes = {};
  for (const field in columns) {
    const values = columns[field] as unknown[];
    const numeric = values.every((v) => typeof v === 'number');
    flat[`${key}_${field}`] = numeric ? (values as number[]) : values.map(String);
  }
  return flat;
}
