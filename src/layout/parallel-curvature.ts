import type Graph from 'graphology';

export const CURVATURE_STEP = 0.35;

/**
 * The curvature of each edge that shares its pair of nodes with others (either direction): the site build stores it
 * on the edge, and the viewer computes it for graphs that lack it.
 * The n edges of a pair get slots spread evenly around zero; an odd pair keeps its middle edge straight (absent here).
 * Curvature bends to the left of source→target, so an edge drawn against the pair's canonical direction is negated.
 */
export function parallelCurvatures(
  graph: Pick<Graph, 'forEachEdge' | 'extremities'>,
  step = CURVATURE_STEP,
): Map<string, number> {
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((edge, _, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const edges = pairs.get(pair);
    if (edges) edges.push(edge);
    else pairs.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of pairs.values()) {
    if (edges.length < 2) continue;
    edges.forEach((edge, index) => {
      const slot = index - (edges.length - 1) / 2;
      if (slot === 0) return;
      const [source, target] = graph.extremities(edge);
      curvatures.set(edge, slot * step * (source < target ? 1 : -1));
    });
  }
  return curvatures;
}
