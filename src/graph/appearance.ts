import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { NodeAttributes } from './types';

/** Any graph of this model's nodes: the built `KnowledgeGraph`, the site's lean form, or the viewer's copy. */
type ModelGraph<E extends Attributes, G extends Attributes> = Graph<NodeAttributes, E, G>;

export type Status = 'considered' | 'announced' | 'active' | 'ended';

/** How each status is drawn, in the explorer and in the GEXF export alike: colour and line thickness. */
export const STATUS_LOOK: Record<Status, { color: string; size: number }> = {
  considered: { color: '#9a6fd0', size: 1.5 },
  announced: { color: '#e8a33d', size: 2 },
  active: { color: '#2f6fb0', size: 3 },
  ended: { color: '#b8b8b8', size: 1.5 },
};

/** A node's metric value; degree falls back to the graph's own count when the analytics stage has not run. */
export function metricValue<E extends Attributes, G extends Attributes>(
  graph: ModelGraph<E, G>,
  node: string,
  metric: 'degree' | 'pagerank',
): number {
  const value = graph.getNodeAttribute(node, metric);
  if (typeof value === 'number') return value;
  return metric === 'degree' ? graph.degree(node) : 0;
}

/** 1 for graphs of up to 200 entities, shrinking with the square root of the count in bigger ones, down to 0.3. */
export function shrinkFor(entities: number): number {
  return Math.min(1, Math.max(0.3, Math.sqrt(200 / Math.max(1, entities))));
}

export function sizeShrink<E extends Attributes, G extends Attributes>(graph: ModelGraph<E, G>): number {
  return shrinkFor(graph.filterNodes((_, attributes) => attributes.kind === 'entity').length);
}

/** A node's radius from its metric value, the graph's highest value and `shrinkFor` the graph. */
export function radius(value: number, max: number, shrink: number): number {
  return shrink * (max > 0 ? 4 + 14 * Math.sqrt(value / max) : 6);
}

/**
 * Node radius from a metric: 4 to 18 px in small graphs, times `sizeShrink` in big ones so thousands of nodes do not
 * cover each other (sigma's label threshold shrinks alike, so the biggest still get labels).
 */
export function sizeScale<E extends Attributes, G extends Attributes>(
  graph: ModelGraph<E, G>,
  metric: 'degree' | 'pagerank',
): (node: string) => number {
  let max = 0;
  graph.forEachNode((node) => {
    max = Math.max(max, metricValue(graph, node, metric));
  });
  const shrink = sizeShrink(graph);
  return (node) => radius(metricValue(graph, node, metric), max, shrink);
}
