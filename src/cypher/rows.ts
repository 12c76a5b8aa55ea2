import { createHash } from 'node:crypto';
import { type AttributeSchema, inferSchema } from '../graph/attribute-schema';
import { externalId } from '../graph/flat-graph';
import { type FlatAttributes, flattenAttributes } from '../graph/flatten';
import { isEntityNode, isRelationEdge, type KnowledgeGraph, MENTIONS } from '../graph/types';
import type { ARTICLE_LABEL } from './names';

/** The `dataset` property every node and relationship carries, when no --dataset is given. */
export const DEFAULT_DATASET = 'industry-kg';

export const BATCH_DEFAULTS = { batchSize: 1000, dataset: DEFAULT_DATASET };
export interface BatchOptions {
  batchSize: number;
  dataset: string;
  /** Only rows for which this returns true go into batches (a push skips rows the database already holds). */
  include?: (target: Target, row: NodeRow | RelationshipRow) => boolean;
}

/** A property value as sent to Neo4j: integers as bigint (Cypher INTEGER), other numbers as FLOAT. */
export type PropertyValue = string | number | bigint | boolean | string[] | number[] | bigint[];
export type Properties = Record<string, PropertyValue>;

export interface NodeRow {
  id: string;
  properties: Properties;
}

export interface RelationshipRow {
  source: string;
  target: string;
  properties: Properties;
}

export type Batch =
  | { target: 'entities'; type: string; rows: NodeRow[] }
  | { target: 'articles'; type: typeof ARTICLE_LABEL; rows: NodeRow[] }
  | { target: 'relations' | 'mentions'; type: string; rows: RelationshipRow[] };

export type Target = Batch['target'];

/**
 * Turns the graph into batches of rows for `UNWIND $rows … MERGE`, grouped by label or relationship type:
 * all nodes first, then all relationships. Pure: needs no server.
 */
export function* pushBatches(graph: KnowledgeGraph, options: Partial<BatchOptions> = {}): Generator<Batch> {
  const { batchSize, dataset, include } = { ...BATCH_DEFAULTS, ...options };
  const schemas = propertySchemas(graph);
  const pending = new Map<string, Batch>();
  const add = function* (target: Target, type: string, row: NodeRow | RelationshipRow): Generator<Batch> {
    if (include && !include(target, row)) return;
    const group = `${target}|${type}`;
    const batch = pending.get(group) ?? ({ target, type, rows: [] } as unknown as Batch);
    pending.set(group, batch);
    (batch.rows as (NodeRow | RelationshipRow)[]).push(row);
    if (batch.rows.length >= batchSize) {
      pending.delete(group);
      yield batch;
    }
  };
  const properties = (target: Target, flat: FlatAttributes, extra: Record<string, string>, identity: string) => {
    const row: Properties = { ...typed(flat, schemas[target]), ...extra, dataset };
    row.contentHash = contentHash(identity, row);
    return row;
  };
  for (const { node, attributes } of graph.nodeEntries()) {
    const flat = flattenAttributes(attributes);
    const [target, id] = isEntityNode(attributes)
      ? (['entities', node] as const)
      : (['articles', attributes.articleId] as const);
    yield* add(target, attributes.type, { id, properties: properties(target, flat, { id }, attributes.type) });
  }
  yield* pending.values();
  pending.clear();
  const idOf = (key: string) => externalId(graph, key);
  for (const { edge, attributes, source, target: end } of graph.edgeEntries()) {
    const target = isRelationEdge(attributes) ? 'relations' : 'mentions';
    const from = idOf(source);
    const row = {
      source: from,
      target: end,
      properties: properties(target, flattenAttributes(attributes), { key: edge }, `${from}|${end}`),
    };
    yield* add(target, isRelationEdge(attributes) ? attributes.type : MENTIONS, row);
  }
  yield* pending.values();
}

/** A digest of what a row writes: its label or endpoints and every property, so a re-push skips unchanged rows. */
function contentHash(identity: string, properties: Properties): string {
  const text = JSON.stringify([identity, properties], (_, value) =>
    typeof value === 'bigint' ? `${value}n` : (value as unknown),
  );
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** The type of every property per target, so a column holds one type: integers only where every value is one. */
function propertySchemas(graph: KnowledgeGraph): Record<Target, AttributeSchema> {
  const nodes = function* (entities: boolean) {
    for (const { attributes } of graph.nodeEntries())
      if (isEntityNode(attributes) === entities) yield flattenAttributes(attributes);
  };
  const edges = function* (relations: boolean) {
    for (const { attributes } of graph.edgeEntries())
      if (isRelationEdge(attributes) === relations) yield flattenAttributes(attributes);
  };
  return {
    entities: inferSchema(nodes(true)),
    articles: inferSchema(nodes(false)),
    relations: inferSchema(edges(true)),
    mentions: inferSchema(edges(false)),
  };
}

/** Typed property values; empty lists are left out, as `neo4j-admin database import` leaves them out. */
function typed(flat: FlatAttributes, schema: AttributeSchema): Properties {
  const properties: Properties = {};
  for (const [name, value] of Object.entries(flat)) {
    if (name === 'kind' || (Array.isArray(value) && value.length === 0)) continue;
    const type = schema.get(name);
    if (type === 'long' && typeof value === 'number') properties[name] = BigInt(value);
    else if (type === 'long[]' && Array.isArray(value)) properties[name] = (value as number[]).map((v) => BigInt(v));
    else properties[name] = value;
  }
  return properties;
}
