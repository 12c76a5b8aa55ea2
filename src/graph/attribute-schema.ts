import type { FlatAttributes, FlatValue } from './flatten';

export type AttributeType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]';
/** Attribute name → type, in first-seen order. */
export type AttributeSchema = Map<string, AttributeType>;

/** The type of every attribute over a set of flattened items; a number column with any fraction is double. */
export function inferSchema(items: Iterable<FlatAttributes>): AttributeSchema {
  const schema: AttributeSchema = new Map();
  for (const item of items) {
    for (const name in item) {
      const known = schema.get(name);
      // Every type widens to string, so a string column needs no further look.
      if (known !== 'string') schema.set(name, widen(known, typeOf(item[name] as FlatValue)));
    }
  }
  return schema;
}

function typeOf(value: FlatValue): AttributeType {
  if (Array.isArray(value)) {
    if (value.length === 0 || value.some((v) => typeof v === 'string')) return 'string[]';
    return (value as number[]).every(Number.isInteger) ? 'long[]' : 'double[]';
  }
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return typeof value === 'boolean' ? 'boolean' : 'string';
}

function widen(known: AttributeType | undefined, seen: AttributeType): AttributeType {
  if (!known || known === seen) return seen;
  if (`${known}|${seen}` === 'long|double' || `${known}|${seen}` === 'double|long') return 'double';
  if (known.endsWith('[]') && seen.endsWith('[]'))
    return known === 'string[]' || seen === 'string[]' ? 'string[]' : 'double[]';
  return 'string';
}
