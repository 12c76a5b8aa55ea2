import { parsePartialDate } from '../util/partial-date';
import type { EdgeAttributes, NodeAttributes } from './types';

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
  const record = attributes as unknown as Record<string, unknown>;
  for (const key in record) flattenInto(flat, key, record[key]);
  return flat;
}

function flattenInto(flat: FlatAttributes, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    if (value.every(isScalarListItem)) flat[key] = value as string[] | number[];
    else addColumns(flat, key, value as Record<string, unknown>[]);
  } else if (typeof value === 'object') {
    const prefix = key === 'names' ? 'name' : key;
    const record = value as Record<string, unknown>;
    for (const child in record) flattenInto(flat, nestedName(prefix, child), record[child]);
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
function addColumns(flat: FlatAttributes, key: string, items: readonly Record<string, unknown>[]): void {
  const columns = new Map<string, unknown[]>();
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Record<string, unknown>;
    for (const field in item) {
      let column = columns.get(field);
      if (!column) {
        column = new Array(items.length).fill('');
        columns.set(field, column);
      }
      column[index] = item[field];
    }
  }
  for (const [field, values] of columns) flat[nestedName(key, field)] = listOf(values);
}

/** `parent_child`, made once per pair: the same names recur on every node and edge. */
const NESTED_NAMES = new Map<string, Map<string, string>>();

function nestedName(parent: string, child: string): string {
  let names = NESTED_NAMES.get(parent);
  if (!names) {
    names = new Map();
    NESTED_NAMES.set(parent, names);
  }
  let name = names.get(child);
  if (name === undefined) {
    name = `${parent}_${child}`;
    names.set(child, name);
  }
  return name;
}

/** Numbers stay numbers only when all are; anything else becomes text. */
function listOf(values: unknown[]): string[] | number[] {
  let numbers = true;
  let strings = true;
  for (const value of values) {
    numbers &&= typeof value === 'number';
    strings &&= typeof value === 'string';
  }
  return numbers || strings ? (values as string[] | number[]) : values.map(String);
}
