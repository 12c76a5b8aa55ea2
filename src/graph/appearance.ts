import type Graph from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './types';

/** Any graph of this model: the built `KnowledgeGraph`, or the viewer's copy of it. */
type ModelGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type Status = 'considered' | 'announced' | 'active' | 'ended';

/** How each status is drawn, in the explorer and in the GEXF export alike: colour and line thickness. */
export const STATUS_LOOK: Record<Status, { color: string; size: number }> = {
  considered: { color: '#9a6fd0', size: 1.5 },
  announced: { color: '#e8a33d', size: 2 },
  active: { color: '#2f6fb0', size: 3 },
  ended: { color: '#b8b8b8', size: 1.5 },
};

/** A node's metric value; degree falls back to the graph's own count when the analytics stage has not run. */
export function metricValue(graph: ModelGraph, node: string, metric: 'degree' | 'pagerank'): number {
  const value = graph.getNodeAttribute(node, metric);
  if (typeof value === 'number') return value;
  return metric === 'degree' ? graph.degree(node) : 0;
}

/** 1 for graphs of up to 200 entities, shrinking with the square root of the count in bigger ones, down to 0.3. */
export function sizeShrink(graph: ModelGraph): number {
  const entities = graph.filterNodes((_, attributes) => attributes.kind === 'entity').length;
  return Math.min(1, Math.max(0.3, Math.sqrt(200 / Math.max(1, entities))));
}

/**
 * Node radius from a metric: 4 to 18 px in small graphs, times `sizeShrink` in big ones so thousands of nodes do not
 * cover each other (sigma's label threshold shrinks alike, so the biggest still get labels).
 */
export function sizeScale(graph: ModelGraph, metric: 'degree' | 'pagerank'): (node: string) => number {
  let max = 0;
  graph.forEachNode((node) => {
    max = Math.max(max, metricValue(graph, node, metric));
  });
  const shrink = sizeShrink(graph);
  return (node) => shrink * (max > 0 ? 4 + 14 * Math.sqrt(metricValue(graph, node, metric) / max) : 6);
}
