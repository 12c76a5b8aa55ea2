import type { Writable } from 'node:stream';
import type { AttributeSchema } from '../graph/attribute-schema';
import { flatEdges, flatNodes, graphSchema } from '../graph/flat-graph';
import type { FlatAttributes, FlatValue } from '../graph/flatten';
import type { KnowledgeGraph } from '../graph/types';
import { typeColors } from './colors';
import { ChunkedWriter } from './stream';
import { escapeXml, XML_TYPES, xmlValue } from './xml';

/** Streams GEXF 1.3 with declared, typed attributes and viz colours by entity type; lists are JSON strings. */
export async function writeGexf(graph: KnowledgeGraph, out: Writable): Promise<void> {
  const schema = graphSchema(graph);
  const colors = typeColors(graph);
  const writer = new ChunkedWriter(out);
  await writer.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n' +
      `<meta><creator>industry-kg</creator><description>${escapeXml(graph.getAttribute('name'))}</description></meta>\n` +
      '<graph defaultedgetype="directed" mode="static">\n' +
      `${declarations('node', schema.node)}${declarations('edge', schema.edge)}<nodes>\n`,
  );
  for (const { key, attributes } of flatNodes(graph)) {
    const color = colors.get(String(attributes.type));
    const viz = color ? `<viz:color r="${color.r}" g="${color.g}" b="${color.b}"/>` : '';
    await writer.write(`<node id="${escapeXml(key)}"${labelOf(attributes)}>${attvalues(attributes)}${viz}</node>\n`);
  }
  await writer.write('</nodes>\n<edges>\n');
  for (const { key, source, target, attributes } of flatEdges(graph)) {
    const ends = `source="${escapeXml(source)}" target="${escapeXml(target)}"`;
    await writer.write(`<edge id="${escapeXml(key)}" ${ends}${labelOf(attributes)}>${attvalues(attributes)}</edge>\n`);
  }
  await writer.write('</edges>\n</graph>\n</gexf>\n');
  await writer.flush();
}

function declarations(kind: 'node' | 'edge', schema: AttributeSchema): string {
  const lines = [...schema]
    .filter(([name]) => name !== 'label')
    .map(
      ([name, type]) => `<attribute id="${escapeXml(name)}" title="${escapeXml(name)}" type="${XML_TYPES[type]}"/>\n`,
    );
  return `<attributes class="${kind}">\n${lines.join('')}</attributes>\n`;
}

function labelOf(attributes: FlatAttributes): string {
  return attributes.label === undefined ? '' : ` label="${xmlValue(attributes.label)}"`;
}

function attvalues(attributes: FlatAttributes): string {
  let values = '';
  for (const name in attributes) {
    if (name !== 'label')
      values += `<attvalue for="${escapeXml(name)}" value="${xmlValue(attributes[name] as FlatValue)}"/>`;
  }
  return `<attvalues>${values}</attvalues>`;
}
