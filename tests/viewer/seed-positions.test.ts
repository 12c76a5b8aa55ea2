import { MultiDirectedGraph } from 'graphology';
import { expect, it } from 'vitest';
import { seedPosition, seedPositions } from '../../src/layout/seed-positions';
import { miniGraph } from './graph';

it('seeds positions from node keys and settles them the same way every build', () => {
  const graph = miniGraph();
  const reversed = new MultiDirectedGraph() as typeof graph;
  for (const node of [...graph.nodes()].reverse()) reversed.addNode(node, graph.getNodeAttributes(node));
  graph.forEachEdge((edge, attributes, source, target) => reversed.addEdgeWithKey(edge, source, target, attributes));
  const settled = seedPositions(graph, { iterations: 50 });
  expect(settled).toEqual(seedPositions(graph.copy(), { iterations: 50 }));
  for (const { x, y } of settled.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  const seeds = seedPositions(graph, { iterations: 0 });
  expect(seeds).toEqual(seedPositions(reversed, { iterations: 0 }));
  expect(seeds.get('rapidus')).toEqual(seedPosition('rapidus'));
  expect(Math.hypot(seedPosition('rapidus', 10).x, seedPosition('rapidus', 10).y)).toBeLessThanOrEqual(10);
});
