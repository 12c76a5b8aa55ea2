import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import type { KnowledgeGraph } from '../build/types';
import { type BatchOptions, pushBatches, DEFAULTS as ROW_DEFAULTS } from './rows';
import {
  CONSTRAINTS,
  COUNT_DATASET,
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONSHIPS,
  mergeStatement,
} from './statements';

export const DEFAULTS = { ...ROW_DEFAULTS, database: undefined as string | undefined };

export interface PushOptions extends BatchOptions {
  database?: string;
  /** Called after every batch with the rows sent so far and the total (nodes + edges). */
  onProgress?: (done: number, total: number) => void;
}

export interface PushSummary {
  nodes: number;
  relationships: number;
  deletedNodes: number;
  deletedRelationships: number;
}

/**
 * Loads the graph into Neo4j: constraints first, then UNWIND … MERGE batches in managed write transactions,
 * then removes this dataset's nodes and relationships that this push did not write. Nothing outside the dataset is touched.
 */
export async function pushGraph(
  driver: Driver,
  graph: KnowledgeGraph,
  options: Partial<PushOptions> = {},
): Promise<PushSummary> {
  const { batchSize, dataset, database, onProgress } = { ...DEFAULTS, ...options };
  const ontology = graph.getAttribute('ontology');
  const pushId = randomUUID();
  for (const constraint of CONSTRAINTS) await driver.executeQuery(constraint, {}, { database });
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    let done = 0;
    for (const batch of pushBatches(graph, { batchSize, dataset })) {
      const query = mergeStatement(batch, ontology);
      await session.executeWrite((tx) => tx.run(query, { rows: batch.rows, dataset, pushId }));
      done += batch.rows.length;
      onProgress?.(done, graph.order + graph.size);
    }
    const deleteStale = async (query: string) => {
      let total = 0;
      for (;;) {
        const params = { dataset, pushId, limit: neo4j.int(batchSize) };
        const result = await session.executeWrite((tx) => tx.run(query, params));
        const deleted = (result.records[0]?.get('deleted') as { toNumber(): number } | undefined)?.toNumber() ?? 0;
        total += deleted;
        if (deleted === 0) return total;
      }
    };
    const deletedRelationships = await deleteStale(DELETE_STALE_RELATIONSHIPS);
    const deletedNodes = await deleteStale(DELETE_STALE_NODES);
    return { ...(await datasetCounts(driver, dataset, database)), deletedNodes, deletedRelationships };
  } finally {
    await session.close();
  }
}

/** This dataset's node and relationship counts in the database. */
export async function datasetCounts(driver: Driver, dataset: string, database?: string) {
  const { records } = await driver.executeQuery(COUNT_DATASET, { dataset }, { database });
  const count = (key: string) => (records[0]?.get(key) as { toNumber(): number } | undefined)?.toNumber() ?? 0;
  return { nodes: count('nodes'), relationships: count('relationships') };
}
