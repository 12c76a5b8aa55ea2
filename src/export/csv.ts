import { join } from 'node:path';
import { DEFAULT_DATASET } from '../cypher/rows';
import { inferSchema } from '../graph/attribute-schema';
import { externalId, type FlatEdge, type FlatNode, flatEdges, flatNodes } from '../graph/flat-graph';
import type { FlatAttributes, FlatValue } from '../graph/flatten';
import { type KnowledgeGraph, MENTIONS } from '../graph/types';
import { writeStreamAtomic } from '../util/atomic-write';
import { csvField } from '../util/csv-field';
import { UserError } from '../util/user-error';
import { ChunkedWriter } from './stream';

export const CSV_DEFAULTS = { arrayDelimiter: ';', dataset: DEFAULT_DATASET };
export type CsvOptions = typeof CSV_DEFAULTS;

/** A list item contains the array delimiter, so neo4j-admin would split it. */
export class ArrayDelimiterError extends UserError {
  override name = 'ArrayDelimiterError';
}

interface Table<T extends FlatNode> {
  file: string;
  items: () => Iterable<T>;
  /** The neo4j-admin header fields before the properties, and their values. */
  header: string[];
  values: (item: T) => string[];
}

/**
 * Writes `neo4j-admin database import` CSV files into DIR: entities.csv and articles.csv (nodes),
 * relations.csv and mentions.csv (relationships). Each file is written atomically; returns their paths.
 */
export async function writeCsvFolder(
  graph: KnowledgeGraph,
  dir: string,
  options: Partial<CsvOptions> = {},
): Promise<string[]> {
  const { arrayDelimiter, dataset } = { ...CSV_DEFAULTS, ...options };
  const idOf = (key: string) => externalId(graph, key);
  const nodes = (kind: string) => () => flatNodes(graph, kind);
  const edges = (kind: string) => () => flatEdges(graph, kind);
  const tables = [
    table({
      file: 'entities.csv',
      items: nodes('entity'),
      header: ['id:ID(Entity)', ':LABEL'],
      values: (n) => [n.key, `Entity${arrayDelimiter}${n.attributes.type}`],
    }),
    table({
      file: 'articles.csv',
      items: nodes('article'),
      header: ['id:ID(Article)', ':LABEL'],
      values: (n) => [idOf(n.key), 'Article'],
    }),
    table<FlatEdge>({
      file: 'relations.csv',
      items: edges('relation'),
      header: [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'key'],
      values: (e) => [e.source, e.target, String(e.attributes.type), e.key],
    }),
    table<FlatEdge>({
      file: 'mentions.csv',
      items: edges('mention'),
      header: [':START_ID(Article)', ':END_ID(Entity)', ':TYPE', 'key'],
      values: (e) => [idOf(e.source), e.target, MENTIONS, e.key],
    }),
  ];
  const paths: string[] = [];
  for (const spec of tables) {
    const path = join(dir, spec.file);
    await writeTable(path, spec, { arrayDelimiter, dataset });
    paths.push(path);
  }
  return paths;
}

const table = <T extends FlatNode>(spec: Table<T>) => spec as unknown as Table<FlatNode>;

async function writeTable(path: string, spec: Table<FlatNode>, options: CsvOptions): Promise<void> {
  const attributesOf = function* () {
    for (const item of spec.items()) yield item.attributes;
  };
  const schema = [...inferSchema(attributesOf())].filter(([name]) => name !== 'kind');
  const header = [...spec.header, 'dataset', ...schema.map(([name, type]) => `${name}:${type}`)];
  const names = schema.map(([name]) => name);
  const dataset = quote(options.dataset);
  await writeStreamAtomic(path, async (out) => {
    const writer = new ChunkedWriter(out);
    await writer.write(`${header.join(',')}\n`);
    for (const item of spec.items()) {
      let row = '';
      for (const value of spec.values(item)) row += `${quote(value)},`;
      row += dataset;
      for (const name of names) row += `,${field(item.attributes, name, options.arrayDelimiter)}`;
      await writer.write(`${row}\n`);
    }
    await writer.flush();
  });
}

function field(attributes: FlatAttributes, name: string, delimiter: string): string {
  const value: FlatValue | undefined = attributes[name];
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!Array.isArray(value)) return quote(value);
  const bad = value.find((item) => String(item).includes(delimiter));
  if (bad !== undefined)
    throw new ArrayDelimiterError(
      `the ${name} value "${bad}" contains the array delimiter "${delimiter}"`,
      'export with another --array-delimiter and pass the same to neo4j-admin',
    );
  return quote(value.join(delimiter));
}

/** neo4j-admin reads every field quoted, so a value with line breaks or the delimiter needs no special case. */
function quote(text: string): string {
  return csvField(text, true);
}
