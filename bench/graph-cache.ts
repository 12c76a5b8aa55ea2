import { MultiDirectedGraph } from 'graphology';
import type { GraphAttributes, KnowledgeGraph } from '../src/build/types';
import { writeChunk } from '../src/export/stream';
import { forEachLine } from '../src/load/jsonl-file';
import { writeStreamAtomic } from '../src/util/atomic-write';

const BATCH = 1000;

/**
 * Saves a built graph as JSON Lines (attributes, then one node or edge per line), so each stage's process
 * can start from the graph in seconds instead of rebuilding it; large graphs never become one string.
 */
export async function writeGraphCache(graph: KnowledgeGraph, path: string): Promise<void> {
  await writeStreamAtomic(path, async (out) => {
    let lines = [JSON.stringify(graph.getAttributes())];
    const flush = async (force = false) => {
      if (lines.length < BATCH && !force) return;
      await writeChunk(out, `${lines.join('\n')}\n`);
      lines = [];
    };
    for (const { node, attributes } of graph.nodeEntries()) {
      lines.push(JSON.stringify([node, attributes]));
      await flush();
    }
    for (const { edge, source, target, attributes } of graph.edgeEntries()) {
      lines.push(JSON.stringify([edge, source, target, attributes]));
      await flush();
    }
    await flush(true);
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
