import { join } from 'node:path';
import type { KnowledgeGraph } from '../graph/types';
import { writeStreamAtomic } from '../util/atomic-write';
import { writeJson } from './json';

export const GRAPH_FILE = 'graph.json';

/** Streams graphology's serialization of the graph to DIR/graph.json, atomically. */
export async function writeGraph(graph: KnowledgeGraph, outDir: string): Promise<string> {
  const path = join(outDir, GRAPH_FILE);
  await writeStreamAtomic(path, (out) => writeJson(graph, out));
  return path;
}
