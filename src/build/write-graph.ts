import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write';
import type { KnowledgeGraph } from './types';

export const GRAPH_FILE = 'graph.json';

/** Writes graphology's serialization of the graph to DIR/graph.json, atomically. */
export async function writeGraph(graph: KnowledgeGraph, outDir: string): Promise<string> {
  const path = join(outDir, GRAPH_FILE);
  await writeFileAtomic(path, `${JSON.stringify(graph.export(), null, 1)}\n`);
  return path;
}
