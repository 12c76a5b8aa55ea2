import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { isPlaced, seedPositions } from '../../src/layout/seed-positions';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ViewerGraph } from './types';

export type GraphData = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Graphs without stored positions up to this size are settled with ForceAtlas2 before the first frame. */
const SETTLE_MAX = 2000;

/** Fetches a graphology-serialized graph: the site's graph.json, or any graph given with `?graph=`. */
export async function fetchGraphData(url: string): Promise<GraphData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as GraphData;
}

export function emptyGraph(): ViewerGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}

/**
 * Gives positions to a graph that lacks them (such as `ikg build`'s out/graph.json), as the site build does; above
 * SETTLE_MAX nodes only seeds, which "Run layout" settles in the worker.
 */
export function placeUnplaced(graph: ViewerGraph): void {
  if (!isPlaced(graph)) seedPositions.assign(graph, graph.order <= SETTLE_MAX ? {} : { iterations: 0 });
}

/**
 * Replaces the graph's contents with `data` in place (the same graphology instance, so a renderer on it keeps
 * running); nodes that were already there keep their current positions.
 */
export function replaceContents(graph: ViewerGraph, data: GraphData): void {
  const positions = new Map(graph.mapNodes((node, { x, y }) => [node, { x, y }] as const));
  for (const node of data.nodes) {
    const kept = positions.get(node.key);
    if (kept && typeof kept.x === 'number' && typeof kept.y === 'number' && node.attributes)
      node.attributes = { ...node.attributes, x: kept.x, y: kept.y };
  }
  graph.clear();
  graph.replaceAttributes(data.attributes ?? ({} as GraphAttributes));
  graph.import(data);
}
