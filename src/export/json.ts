import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../graph/types';
import { ChunkedWriter } from './stream';

/** Streams graphology's serialization (what `graph.export()` gives), one node or edge per line; `Graph.from` reads it back. */
export async function writeJson(graph: KnowledgeGraph, out: Writable): Promise<void> {
  const writer = new ChunkedWriter(out);
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const head = { options, attributes: graph.getAttributes() };
  await writer.write(`${JSON.stringify(head).slice(0, -1)},"nodes":[`);
  let separator = '\n';
  for (const { node, attributes } of graph.nodeEntries()) {
    await writer.write(`${separator}${JSON.stringify({ key: node, attributes })}`);
    separator = ',\n';
  }
  await writer.write('\n],"edges":[');
  separator = '\n';
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    await writer.write(`${separator}${JSON.stringify({ key: edge, source, target, attributes })}`);
    separator = ',\n';
  }
  await writer.write('\n]}\n');
  await writer.flush();
}
