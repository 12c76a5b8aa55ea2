import { join } from 'node:path';
import { writeJson } from '../export/json';
import { writeStreamAtomic } from '../util/atomic-write';
import type { KnowledgeGraph } from './types';

export const GRAPH_FILE = 'graph.json';

/** Streams graphology's serialization of the graph to DIR/graph.json, atomically. */
export async function writeGraph(graph: KnowledgeGraph, outDir: string): Promise<string> {
  const path = join(outDir, GRAPH_FILE);
  await writeStreamAtomic(path, (out) => writeJson(graph, out));
  return path;
}
