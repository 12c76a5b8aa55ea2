import { downloadAsPNG } from '@sigma/export-image';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ViewerGraph } from './types';

type AnySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** The subgraph of nodes and edges that the current filters show. */
export function visibleSubgraph(graph: ViewerGraph, renderer: AnySigma): Graph {
  const subgraph = new Graph({ multi: true, type: 'directed' });
  graph.forEachNode((node, attributes) => {
    const display = renderer.getNodeDisplayData(node);
    if (display && !display.hidden) subgraph.addNode(node, { ...attributes, x: display.x, y: display.y });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const display = renderer.getEdgeDisplayData(edge);
    if (!display?.hidden && subgraph.hasNode(source) && subgraph.hasNode(target))
      subgraph.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return subgraph;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const savePng = (renderer: AnySigma) =>
  downloadAsPNG(renderer as unknown as Sigma, { fileName: 'industry-kg', backgroundColor: '#ffffff' });

/** GEXF attributes are scalars: objects such as names or evidence are written as JSON text. */
function flatten(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [
      key,
      value !== null && typeof value === 'object' ? JSON.stringify(value) : value,
    ]),
  );
}

export function saveGexf(graph: ViewerGraph, renderer: AnySigma) {
  const subgraph = visibleSubgraph(graph, renderer);
  subgraph.updateEachNodeAttributes((_, attributes) => flatten(attributes));
  subgraph.updateEachEdgeAttributes((_, attributes) => flatten(attributes));
  download('industry-kg.gexf', 'application/xml', writeGexf(subgraph));
}

export function saveJson(graph: ViewerGraph, renderer: AnySigma) {
  download('industry-kg.json', 'application/json', JSON.stringify(visibleSubgraph(graph, renderer).export(), null, 1));
}
