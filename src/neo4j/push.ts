import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { BATCH_DEFAULTS, type BatchOptions, pushBatches, type Target } from '../cypher/rows';
import {
  CONSTRAINTS,
  COUNT_DATASET,
  DELETE_NODES,
  DELETE_RELATIONSHIPS,
  mergeStatement,
  READ_DATASET_NODES,
  READ_DATASET_RELATIONSHIPS,
} from '../cypher/statements';
import type { KnowledgeGraph } from '../graph/types';

export const PUSH_DEFAULTS = { ...BATCH_DEFAULTS, database: undefined as string | undefined };

export interface PushOptions extends Omit<BatchOptions, 'include'> {
  database?: string;
  /** Called after every batch with the rows looked at so far (written or found unchanged) and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface PushSummary {
  nodes: number;
  relationships: number;
  /** Rows (nodes + relationships) created or changed; the rest were already in the database as they are. */
  written: number;
  deletedNodes: number;
  deletedRelationships: number;
}

/** What the database holds for this dataset: content hash and element id by row key. */
interface Stored {
  hashes: Map<string, string | null>;
  elements: Map<string, string>;
  /** Rows of the dataset that no key of this graph can match: duplicates, or relationships without a key. */
  orphans: string[];
}

/**
 * Makes this dataset in Neo4j equal to the graph: constraints first, then reads what the dataset holds, writes only
 * the rows that are new or changed (UNWIND … MERGE batches in managed write transactions) and deletes the dataset's
 * rows that left the graph, whoever wrote them (push, Cypher script or CSV import). Nothing outside the dataset is touched.
 */
export async function pushGraph(
  driver: Driver,
  graph: KnowledgeGraph,
  options: Partial<PushOptions> = {},
): Promise<PushSummary> {
  const { batchSize, dataset, database, onProgress } = { ...PUSH_DEFAULTS, ...options };
  const ontology = graph.getAttribute('ontology');
  for (const constraint of CONSTRAINTS) await driver.executeQuery(constraint, {}, { database });
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const nodes = await readStored(session, READ_DATASET_NODES, dataset);
    const relationships = await readStored(session, READ_DATASET_RELATIONSHIPS, dataset);
    let seen = 0;
    const include = (target: Target, row: { id?: string; properties: { key?: unknown; contentHash?: unknown } }) => {
      seen++;
      const [stored, key] =
        target === 'entities' || target === 'articles'
          ? [nodes, `${target}|${row.id}`]
          : [relationships, String(row.properties.key)];
      const hash = stored.hashes.get(key);
      stored.hashes.delete(key);
      stored.elements.delete(key);
      return hash !== row.properties.contentHash;
    };
    let written = 0;
    const total = graph.order + graph.size;
    for (const batch of pushBatches(graph, { batchSize, dataset, include })) {
      const query = mergeStatement(batch, ontology);
      await session.executeWrite((tx) => tx.run(query, { rows: batch.rows, dataset }));
      written += batch.rows.length;
      onProgress?.(seen, total);
    }
    onProgress?.(total, total);
    const deletedRelationships = await deleteAll(session, DELETE_RELATIONSHIPS, stale(relationships), batchSize);
    const deletedNodes = await deleteAll(session, DELETE_NODES, stale(nodes), batchSize);
    return { ...(await datasetCounts(driver, dataset, database)), written, deletedNodes, deletedRelationships };
  } finally {
    await session.close();
  }
}

/** Streams the dataset's rows: the first row per key is matched against the graph, any further one is an orphan. */
async function readStored(session: Session, query: string, dataset: string): Promise<Stored> {
  const stored: Stored = { hashes: new Map(), elements: new Map(), orphans: [] };
  await session.executeRead(async (tx: ManagedTransaction) => {
    stored.hashes.clear();
    stored.elements.clear();
    stored.orphans.length = 0;
    for await (const record of tx.run(query, { dataset })) {
      const key = record.get('key') as string | null;
      const element = record.get('element') as string;
      if (key === null || stored.elements.has(key)) stored.orphans.push(element);
      else {
        stored.hashes.set(key, (record.get('hash') as string | null) ?? null);
        stored.elements.set(key, element);
      }
    }
  });
  return stored;
}

function stale(stored: Stored): string[] {
  return [...stored.elements.values(), ...stored.orphans];
}

async function deleteAll(session: Session, query: string, elements: string[], batchSize: number): Promise<number> {
  for (let start = 0; start < elements.length; start += batchSize) {
    const batch = elements.slice(start, start + batchSize);
    await session.executeWrite((tx) => tx.run(query, { elements: batch }));
  }
  return elements.length;
}

/** This dataset's node and relationship counts in the database. */
export async function datasetCounts(driver: Driver, dataset: string, database?: string) {
  const { records } = await driver.executeQuery(COUNT_DATASET, { dataset }, { database });
  const count = (key: string) => (records[0]?.get(key) as { toNumber(): number } | undefined)?.toNumber() ?? 0;
  return { nodes: count('nodes'), relationships: count('relationships') };
}
