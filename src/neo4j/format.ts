import { csvField } from '../util/csv-field';
import { layoutTable } from '../util/text-table';
import type { Plain } from './plain';

export const RESULT_FORMATS = ['table', 'json', 'csv'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

export interface QueryResult {
  keys: string[];
  rows: Record<string, Plain>[];
}

/** Renders a query result as an aligned text table, a JSON array of objects or CSV. */
export function formatResult(result: QueryResult, format: ResultFormat): string {
  if (format === 'json') return `${JSON.stringify(result.rows, null, 2)}\n`;
  const cells = result.rows.map((row) => result.keys.map((key) => cellText(row[key] ?? null)));
  if (format === 'csv')
    return [result.keys, ...cells].map((line) => `${line.map((cell) => csvField(cell)).join(',')}\n`).join('');
  return table(result.keys, cells);
}

/** Strings as they are, nodes as (:Label id), relationships as [:TYPE], anything else as JSON. */
export function cellText(value: Plain): string {
  if (typeof value === 'string') return value;
  if (isNodeLike(value)) return `(:${value.labels.join(':')} ${nodeName(value.properties)})`;
  if (isRelationshipLike(value)) return `[:${value.type}]`;
  if (Array.isArray(value) && value.length > 0 && value.every((item) => isNodeLike(item) || isRelationshipLike(item)))
    return value.map(cellText).join('-');
  return JSON.stringify(value);
}

function table(keys: string[], cells: string[][]): string {
  const lines = layoutTable([keys, ...cells], { separator: ' │ ', ruleJoin: '─┼─', rulesAfter: [0] });
  return `${lines.join('\n')}\n(${cells.length} row${cells.length === 1 ? '' : 's'})\n`;
}

type NodeLike = { labels: string[]; properties: Record<string, Plain> };
type RelationshipLike = { type: string; properties: Record<string, Plain> };

function isNodeLike(value: Plain): value is NodeLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray(value.labels) &&
    'properties' in value
  );
}

function isRelationshipLike(value: Plain): value is RelationshipLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof value.type === 'string' &&
    'properties' in value
  );
}

function nodeName(properties: Record<string, Plain>): string {
  return String(properties.id ?? properties.label ?? JSON.stringify(properties));
}
