import type { Writable } from 'node:stream';
import { STATUS_LOOK, type Status, sizeScale } from '../graph/appearance';
import type { AttributeSchema } from '../graph/attribute-schema';
import { flatEdges, flatNodes, graphSchema } from '../graph/flat-graph';
import type { FlatAttributes, FlatValue } from '../graph/flatten';
import type { KnowledgeGraph } from '../graph/types';
import { type Rgb, rgb, typeColors } from './colors';
import { ChunkedWriter } from './stream';
import { escapeXml, XML_TYPES, xmlValue } from './xml';

/**
 * Streams GEXF 1.3 with declared, typed attributes (lists as JSON strings) and the explorer's look as viz data:
 * node colour by entity type, size by degree as the explorer sizes it, position where the graph has one; edge colour
 * and thickness by status. Gephi and Gephi Lite open it laid out and styled.
 */
export async function writeGexf(graph: KnowledgeGraph, out: Writable): Promise<void> {
  const schema = graphSchema(graph);
  const colors = typeColors(graph);
  const size = sizeScale(graph, 'degree');
  const writer = new ChunkedWriter(out);
  await writer.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n' +
      `<meta><creator>industry-kg</creator><description>${escapeXml(graph.getAttribute('name'))}</description></meta>\n` +
      '<graph defaultedgetype="directed" mode="static">\n' +
      `${declarations('node', schema.node)}${declarations('edge', schema.edge)}<nodes>\n`,
  );
  for (const { key, attributes } of flatNodes(graph)) {
    const color = colors.get(String(attributes.type));
    let viz = color ? vizColor(color) : '';
    viz += `<viz:size value="${round(size(key))}"/>`;
    if (typeof attributes.x === 'number' && typeof attributes.y === 'number')
      viz += `<viz:position x="${round(attributes.x)}" y="${round(attributes.y)}" z="0"/>`;
    await writer.write(`<node id="${escapeXml(key)}"${labelOf(attributes)}>${attvalues(attributes)}${viz}</node>\n`);
  }
  await writer.write('</nodes>\n<edges>\n');
  for (const { key, source, target, attributes } of flatEdges(graph)) {
    const ends = `source="${escapeXml(source)}" target="${escapeXml(target)}"`;
    const status = String(attributes.status);
    const look = Object.hasOwn(STATUS_LOOK, status) ? STATUS_LOOK[status as Status] : undefined;
    const viz = look ? `${vizColor(rgb(look.color))}<viz:thickness value="${look.size}"/>` : '';
    await writer.write(
      `<edge id="${escapeXml(key)}" ${ends}${labelOf(attributes)}>${attvalues(attributes)}${viz}</edge>\n`,
    );
  }
  await writer.write('</edges>\n</graph>\n</gexf>\n');
  await writer.flush();
}

function vizColor({ r, g, b }: Rgb): string {
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

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
