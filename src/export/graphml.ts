import type { Writable } from 'node:stream';
import type { AttributeSchema } from '../graph/attribute-schema';
import { flatEdges, flatNodes, graphSchema } from '../graph/flat-graph';
import type { FlatAttributes, FlatValue } from '../graph/flatten';
import type { KnowledgeGraph } from '../graph/types';
import { ChunkedWriter } from './stream';
import { escapeXml, XML_TYPES, xmlValue } from './xml';

/** Streams GraphML with a typed <key> per attribute (graphology has no GraphML writer); lists are JSON strings. */
export async function writeGraphml(graph: KnowledgeGraph, out: Writable): Promise<void> {
  const schema = graphSchema(graph);
  const ids = { node: keyIds('n', schema.node), edge: keyIds('e', schema.edge) };
  const writer = new ChunkedWriter(out);
  await writer.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      `${keys('node', schema.node, ids.node)}${keys('edge', schema.edge, ids.edge)}` +
      `<graph id="${escapeXml(graph.getAttribute('name'))}" edgedefault="directed">\n`,
  );
  for (const { key, attributes } of flatNodes(graph))
    await writer.write(`<node id="${escapeXml(key)}">${data(attributes, ids.node)}</node>\n`);
  for (const { key, source, target, attributes } of flatEdges(graph)) {
    const ends = `source="${escapeXml(source)}" target="${escapeXml(target)}"`;
    await writer.write(`<edge id="${escapeXml(key)}" ${ends}>${data(attributes, ids.edge)}</edge>\n`);
  }
  await writer.write('</graph>\n</graphml>\n');
  await writer.flush();
}

function keyIds(prefix: string, schema: AttributeSchema): Map<string, string> {
  return new Map([...schema.keys()].map((name, index) => [name, `${prefix}${index}`]));
}

function keys(kind: 'node' | 'edge', schema: AttributeSchema, ids: Map<string, string>): string {
  return [...schema]
    .map(
      ([name, type]) =>
        `<key id="${ids.get(name)}" for="${kind}" attr.name="${escapeXml(name)}" attr.type="${XML_TYPES[type]}"/>\n`,
    )
    .join('');
}

function data(attributes: FlatAttributes, ids: Map<string, string>): string {
  let elements = '';
  for (const name in attributes)
    elements += `<data key="${ids.get(name)}">${xmlValue(attributes[name] as FlatValue)}</data>`;
  return elements;
}
