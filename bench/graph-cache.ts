import { MultiDirectedGraph } from 'graphology';
import { ChunkedWriter } from '../src/export/stream';
import type { GraphAttributes, KnowledgeGraph } from '../src/graph/types';
import { forEachLine } from '../src/load/jsonl-file';
import { writeStreamAtomic } from '../src/util/atomic-write';

/**
 * Saves a built graph as JSON Lines (attributes, then one node or edge per line), so each stage's process
 * can start from the graph in seconds instead of rebuilding it; large graphs never become one string.
 */
export async function writeGraphCache(graph: KnowledgeGraph, path: string): Promise<void> {
  await writeStreamAtomic(path, async (out) => {
    const writer = new ChunkedWriter(out);
    await writer.write(`${JSON.stringify(graph.getAttributes())}\n`);
    for (const { node, attributes } of graph.nodeEntries())
      await writer.write(`${JSON.stringify([node, attributes])}\n`);
    for (const { edge, source, target, attributes } of graph.edgeEntries())
      await writer.write(`${JSON.stringify([edge, source, target, attributes])}\n`);
    await writer.flush();
  });
}

export async function readGraphCache(path: string): Promise<KnowledgeGraph> {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  await forEachLine(path, ({ text, number }) => {
    const item = JSON.parse(text);
    if (number === 1) graph.replaceAttributes(item as GraphAttributes);
    else if (item.length === 2) graph.addNode(item[0], item[1]);
    else graph.addDirectedEdgeWithKey(item[0], item[1], item[2], item[3]);
  });
  return graph;
}
