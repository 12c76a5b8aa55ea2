import { MultiDirectedGraph } from 'graphology';
import { expect, it } from 'vitest';
import { parallelCurvatures } from '../../src/layout/parallel-curvature';
import type { ViewerGraph } from '../../viewer/src/types';

it('spreads the edges of one pair around the straight line, whichever way they point', () => {
  const graph = new MultiDirectedGraph() as unknown as ViewerGraph;
  for (const node of ['a', 'b', 'c']) graph.addNode(node);
  graph.addEdgeWithKey('ab1', 'a', 'b');
  graph.addEdgeWithKey('ab2', 'a', 'b');
  graph.addEdgeWithKey('ba', 'b', 'a');
  graph.addEdgeWithKey('bc', 'b', 'c');
  graph.addEdgeWithKey('ca1', 'c', 'a');
  graph.addEdgeWithKey('ac', 'a', 'c');
  const curvatures = parallelCurvatures(graph, 0.4);
  expect(curvatures.has('bc')).toBe(false);
  // Three a–b edges: one straight, one bent each way (b→a is drawn the other way round, so its sign flips).
  expect(curvatures.get('ab1')).toBeCloseTo(-0.4);
  expect(curvatures.has('ab2')).toBe(false);
  expect(curvatures.get('ba')).toBeCloseTo(-0.4);
  // Two opposite a–c edges bend to opposite sides of the line.
  expect(curvatures.get('ca1')).toBeCloseTo(0.2);
  expect(curvatures.get('ac')).toBeCloseTo(0.2);
});
