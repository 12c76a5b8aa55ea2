import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/types';
import { splitForSite } from '../../src/layout/site-payload';
import { DEFAULT_STATE } from '../../viewer/src/state';
import { STATUS_STYLE } from '../../viewer/src/style';
import { subgraphGexf, subgraphJson, visibleSubgraph } from '../../viewer/src/subgraph';
import type { ViewerGraph } from '../../viewer/src/types';
import { miniGraph } from './graph';

describe('exported subgraph', () => {
  const graph = miniGraph();
  graph.forEachNode((node, a) => graph.mergeNodeAttributes(node, { x: a.label.length, y: 1 }));
  const noPeople = { ...DEFAULT_STATE, hiddenTypes: ['Person'], node: 'ibm' };

  it('keeps only what the filters show, with its attributes and the ontology', () => {
    const subgraph = visibleSubgraph(graph, noPeople);
    expect(subgraph.nodes().sort()).toEqual(['ibm', 'nvidia', 'rapidus']);
    expect(subgraph.edges().sort()).toEqual(['rapidus|MANUFACTURES_FOR|nvidia', 'rapidus|PARTNERS_WITH|ibm']);
    expect(subgraph.getNodeAttributes('rapidus')).toEqual(graph.getNodeAttributes('rapidus'));
    expect(subgraph.getAttribute('ontology')).toEqual(graph.getAttribute('ontology'));
    expect(visibleSubgraph(graph, { ...noPeople, statuses: ['active'] }).size).toBe(1);
  });

  it('writes JSON that graphology reads back', () => {
    const copy = Graph.from(JSON.parse(subgraphJson(graph, noPeople)));
    expect(copy.order).toBe(3);
    expect(copy.size).toBe(2);
    expect(copy.getNodeAttributes('rapidus')).toEqual(graph.getNodeAttributes('rapidus'));
    expect(copy.getNodeAttribute('rapidus', 'x')).toBe(graph.getNodeAttribute('rapidus', 'x'));
  });

  it('writes GEXF with flattened attributes and the look of the view', () => {
    const text = subgraphGexf(graph, { ...noPeople, lang: 'ko' });
    const copy = parse(Graph, text);
    expect(copy.order).toBe(3);
    expect(copy.size).toBe(2);
    expect(copy.getNodeAttributes('rapidus')).toMatchObject({
      label: '라피더스',
      name_ko: '라피더스',
      type: 'Company',
    });
    expect(copy.getNodeAttribute('rapidus', 'x')).toBe(graph.getNodeAttribute('rapidus', 'x'));
    expect(text).toContain('<viz:shape value="dashed"');
    const considered = copy.findEdge((_, a) => a.status === 'considered');
    expect(considered && copy.getEdgeAttribute(considered, 'color')).toBe(STATUS_STYLE.considered.color);
  });
});

describe('exported subgraph of a site graph', () => {
  it('gives each evidence entry its article metadata back, as `ikg build` writes it, and drops the site attributes', () => {
    const built = miniGraph();
    built.forEachNode((node) => built.mergeNodeAttributes(node, { x: 1, y: 2 }));
    const { site } = splitForSite(built as unknown as KnowledgeGraph);
    const exported = visibleSubgraph(site as unknown as ViewerGraph, DEFAULT_STATE);
    const edge = 'rapidus|PARTNERS_WITH|ibm';
    expect(exported.getEdgeAttributes(edge)).toEqual(built.getEdgeAttributes(edge));
    expect(Object.keys(exported.getAttributes()).sort()).toEqual(Object.keys(built.getAttributes()).sort());
  });
});
