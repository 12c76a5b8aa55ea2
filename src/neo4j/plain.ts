import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';

export type Plain = null | string | number | boolean | Plain[] | { [key: string]: Plain };

/**
 * A query result value as plain JSON: integers become numbers (or strings beyond 2^53), nodes
 * `{labels, properties}`, relationships `{type, properties}`, paths a list of alternating nodes and relationships.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isNode(value)) return { labels: value.labels, properties: toPlain(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: toPlain(value.properties) };
  if (isPath(value))
    return [toPlain(value.start), ...value.segments.flatMap((s) => [toPlain(s.relationship), toPlain(s.end)])];
  if (isTemporalOrSpatial(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value as string | number | boolean;
}

/** Dates, times and durations as their ISO 8601 text, points as `Point{…}`. */
function isTemporalOrSpatial(value: unknown): boolean {
  return (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value) ||
    isPoint(value)
  );
}
