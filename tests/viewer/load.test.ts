import { expect, it } from 'vitest';
import { replaceContents } from '../../viewer/src/load';
import { miniGraph } from './graph';

it('replaces the contents in place: nodes that stay keep their positions, new ones take theirs', () => {
  const graph = miniGraph();
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: 1, y: 1 }));
  const next = miniGraph();
  next.forEachNode((node) => next.mergeNodeAttributes(node, { x: 5, y: 5 }));
  next.dropNode('ibm');
  next.addNode('newco', {
    kind: 'entity',
    type: 'Company',
    label: 'NewCo',
    names: { en: 'NewCo' },
    x: 9,
    y: 8,
  } as never);
  next.mergeNodeAttributes('rapidus', { label: 'Rapidus Corp' });
  replaceContents(graph, next.export());
  expect(graph.hasNode('ibm')).toBe(false);
  expect(graph.getNodeAttributes('rapidus')).toMatchObject({ label: 'Rapidus Corp', x: 1, y: 1 });
  expect(graph.getNodeAttributes('newco')).toMatchObject({ x: 9, y: 8 });
  expect(graph.size).toBe(next.size);
});
