import type { KnowledgeGraph } from '../../src/build/types';
import type { Stage } from '../stage';
import { optionalExport } from './optional';
import { compiledGraph } from './pipeline';

type BatchMaker = (graph: KnowledgeGraph) => Iterable<{ rows: unknown[] }>;

/** Every row `ikg push` would send, batched for UNWIND, without a server: rows per second. */
export const NEO4J_BATCHES: Stage = {
  name: 'neo4j batch preparation',
  async prepare(input) {
    const pushBatches = await optionalExport<BatchMaker>('src/neo4j/rows', 'pushBatches');
    const graph = await compiledGraph(input);
    return async () => {
      let rows = 0;
      for (const batch of pushBatches(graph)) rows += batch.rows.length;
      return { items: rows, unit: 'rows' };
    };
  },
};
