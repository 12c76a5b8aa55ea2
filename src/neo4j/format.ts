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
  if (format === 'csv') return [result.keys, ...cells].map((line) => `${line.map(csvField).join(',')}\n`).join('');
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
  const widths = keys.map((key, column) =>
    Math.max(displayWidth(key), ...cells.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (row: string[]) =>
    `${row
      .map((cell, column) => pad(cell, widths[column] ?? 0))
      .join(' │ ')
      .trimEnd()}\n`;
  const rule = `${widths.map((width) => '─'.repeat(width)).join('─┼─')}\n`;
  const count = `(${cells.length} row${cells.length === 1 ? '' : 's'})\n`;
  return `${line(keys)}${rule}${cells.map(line).join('')}${count}`;
}

/** Terminal columns: Hangul, CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(/\n/g, ' ')) width += WIDE.test(char) ? 2 : 1;
  return width;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function pad(text: string, width: number): string {
  const flat = text.replace(/\n/g, ' ');
  return flat + ' '.repeat(Math.max(0, width - displayWidth(flat)));
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
