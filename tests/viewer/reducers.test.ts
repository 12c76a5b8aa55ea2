import { describe, expect, it } from 'vitest';
import { createEdgeReducer, createNodeReducer } from '../../viewer/src/reducers';
import { DEFAULT_STATE } from '../../viewer/src/state';
import { STATUS_STYLE } from '../../viewer/src/style';
import { miniGraph } from './graph';

describe('reducers', () => {
  const graph = miniGraph();
  const before = JSON.stringify(graph.export());
  const node = (key: string, state = DEFAULT_STATE, hovered?: string) =>
    createNodeReducer(graph, state, { hovered })(key, graph.getNodeAttributes(key));
  const edge = (key: string, state = DEFAULT_STATE, hovered?: string) =>
    createEdgeReducer(graph, state, { hovered })(key, graph.getEdgeAttributes(key));

  it('colours by type from the ontology and labels in the chosen language', () => {
    expect(node('rapidus')).toMatchObject({ color: '#4e79a7', label: 'Rapidus', type: 'circle', hidden: false });
    expect(node('rapidus', { ...DEFAULT_STATE, lang: 'ko' }).label).toBe('라피더스');
    expect(node('article:mini-rapidus').hidden).toBe(true);
  });

  it('sizes by the chosen metric', () => {
    const pagerank = { ...DEFAULT_STATE, size: 'pagerank' as const };
    const ranks = ['ibm', 'nvidia'].map((key) => graph.getNodeAttribute(key, 'pagerank') ?? 0);
    const sizes = ['ibm', 'nvidia'].map((key) => node(key, pagerank).size ?? 0);
    expect(Math.sign((sizes[0] ?? 0) - (sizes[1] ?? 0))).toBe(Math.sign((ranks[0] ?? 0) - (ranks[1] ?? 0)));
  });

  it('fades nodes and edges outside the hovered neighbourhood', () => {
    expect(node('jensen-huang', DEFAULT_STATE, 'ibm')).toMatchObject({ color: '#e6e6e6', label: '' });
    expect(node('rapidus', DEFAULT_STATE, 'ibm').forceLabel).toBe(true);
    expect(edge('jensen-huang|LEADS|nvidia', DEFAULT_STATE, 'ibm').color).toBe('#e6e6e6');
    expect(edge('rapidus|PARTNERS_WITH|ibm', DEFAULT_STATE, 'ibm').forceLabel).toBe(true);
  });

  it('styles edges by status with arrows only on directed types', () => {
    expect(edge('rapidus|MANUFACTURES_FOR|nvidia')).toMatchObject({
      color: STATUS_STYLE.considered.color,
      type: 'straightArrow',
    });
    expect(edge('rapidus|PARTNERS_WITH|ibm')).toMatchObject({ color: STATUS_STYLE.active.color, type: 'straight' });
    expect(new Set(Object.values(STATUS_STYLE).map((s) => `${s.color}/${s.size}`)).size).toBe(4);
  });

  it('hides edges whose endpoint type is hidden', () => {
    expect(edge('jensen-huang|LEADS|nvidia', { ...DEFAULT_STATE, hiddenTypes: ['Person'] }).hidden).toBe(true);
  });

  it('curves parallel edges', () => {
    graph.setEdgeAttribute('rapidus|PARTNERS_WITH|ibm', 'parallelIndex' as never, 1 as never);
    graph.setEdgeAttribute('rapidus|PARTNERS_WITH|ibm', 'parallelMaxIndex' as never, 1 as never);
    expect(edge('rapidus|PARTNERS_WITH|ibm').type).toBe('curved');
    graph.removeEdgeAttribute('rapidus|PARTNERS_WITH|ibm', 'parallelIndex' as never);
    graph.removeEdgeAttribute('rapidus|PARTNERS_WITH|ibm', 'parallelMaxIndex' as never);
  });

  it('never changes the graph', () => {
    node('ibm', { ...DEFAULT_STATE, node: 'ibm' }, 'rapidus');
    edge('rapidus|PARTNERS_WITH|ibm', { ...DEFAULT_STATE, edge: 'rapidus|PARTNERS_WITH|ibm' });
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
