import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../build/types';
import { writeChunk } from './stream';

/** Streams graphology's serialization (what `graph.export()` gives), one node or edge per line; `Graph.from` reads it back. */
export async function writeJson(graph: KnowledgeGraph, out: Writable): Promise<void> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const head = { options, attributes: graph.getAttributes() };
  await writeChunk(out, `${JSON.stringify(head).slice(0, -1)},"nodes":[`);
  let separator = '\n';
  for (const { node, attributes } of graph.nodeEntries()) {
    await writeChunk(out, `${separator}${JSON.stringify({ key: node, attributes })}`);
    separator = ',\n';
  }
  await writeChunk(out, '\n],"edges":[');
  separator = '\n';
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    await writeChunk(out, `${separator}${JSON.stringify({ key: edge, source, target, attributes })}`);
    separator = ',\n';
  }
  await writeChunk(out, '\n]}\n');
}
