import type { Driver } from 'neo4j-driver';
import { type Batch, type PropertyValue, pushBatches } from '../../../src/cypher/rows';
import type { KnowledgeGraph } from '../../../src/graph/types';
import { toPlain } from '../../../src/neo4j/plain';

/** A property as Cypher's valueType() names its type, and its value as plain JSON. */
export type TypedValue = [type: string, value: unknown];

export interface DumpedRow {
  labels: string[];
  properties: Record<string, TypedValue>;
}

/** Every node (by `label|id`) and relationship (by `TYPE|source|target|key`) of one dataset, with typed properties. */
export type Dump = Record<string, DumpedRow>;

const NODES =
  'MATCH (n:Entity|Article {dataset: $dataset}) ' +
  'RETURN n.id AS id, labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS properties';
const RELATIONSHIPS =
  'MATCH (a:Entity|Article {dataset: $dataset})-[r]->(b) WHERE r.dataset = $dataset ' +
  'RETURN type(r) AS type, a.id AS source, b.id AS target, r.key AS key, ' +
  '[k IN keys(r) | [k, valueType(r[k]), r[k]]] AS properties';

/** Reads one dataset back from Neo4j. */
export async function dumpDataset(driver: Driver, dataset: string, database?: string): Promise<Dump> {
  const dump: Dump = {};
  const nodes = await driver.executeQuery(NODES, { dataset }, { database });
  for (const record of nodes.records) {
    const labels = (record.get('labels') as string[]).sort();
    const kind = labels.includes('Article') ? 'Article' : 'Entity';
    dump[`${kind}|${record.get('id')}`] = { labels, properties: typedProperties(record.get('properties')) };
  }
  const relationships = await driver.executeQuery(RELATIONSHIPS, { dataset }, { database });
  for (const record of relationships.records) {
    const key = ['type', 'source', 'target', 'key'].map((name) => record.get(name)).join('|');
    dump[key] = { labels: [record.get('type') as string], properties: typedProperties(record.get('properties')) };
  }
  return dump;
}

function typedProperties(triples: [string, string, unknown][]): Record<string, TypedValue> {
  return Object.fromEntries(triples.map(([name, type, value]) => [name, [type, toPlain(value)]]));
}

/** What a push of the graph must leave in Neo4j, computed from the rows without a server. */
export function expectedDump(graph: KnowledgeGraph, dataset: string): Dump {
  const ontology = graph.getAttribute('ontology');
  const dump: Dump = {};
  const nodeIds = new Map<string, string>();
  for (const batch of pushBatches(graph, { dataset })) {
    for (const row of batch.rows as Batch['rows'][number][]) {
      const properties = Object.fromEntries(
        Object.entries(row.properties).map(([name, value]) => [name, typed(value)]),
      );
      if ('id' in row) {
        const kind = batch.target === 'articles' ? 'Article' : 'Entity';
        const labels = kind === 'Article' ? ['Article'] : ['Entity', batch.type].sort();
        if (kind === 'Entity' && !Object.hasOwn(ontology.entityTypes, batch.type)) throw new Error(batch.type);
        dump[`${kind}|${row.id}`] = { labels, properties };
        nodeIds.set(row.id, kind);
      } else {
        dump[`${batch.type}|${row.source}|${row.target}|${row.properties.key}`] = { labels: [batch.type], properties };
      }
    }
  }
  return dump;
}

function typed(value: PropertyValue): TypedValue {
  const scalar = (item: unknown) =>
    typeof item === 'bigint'
      ? 'INTEGER'
      : typeof item === 'number'
        ? 'FLOAT'
        : typeof item === 'boolean'
          ? 'BOOLEAN'
          : 'STRING';
  const plain = (item: unknown) => (typeof item === 'bigint' ? Number(item) : item);
  if (Array.isArray(value)) {
    const element = value.length > 0 ? `${scalar(value[0])} NOT NULL` : 'NOTHING';
    return [`LIST<${element}> NOT NULL`, value.map(plain)];
  }
  return [`${scalar(value)} NOT NULL`, plain(value)];
}

/** The dump without some properties (e.g. `dataset`, or `contentHash` that only a push and the script write). */
export function without(dump: Dump, ...names: string[]): Dump {
  return Object.fromEntries(
    Object.entries(dump).map(([key, row]) => [
      key,
      {
        ...row,
        properties: Object.fromEntries(Object.entries(row.properties).filter(([name]) => !names.includes(name))),
      },
    ]),
  );
}
