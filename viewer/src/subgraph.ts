import { MultiDirectedGraph } from 'graphology';
import writeGexf from 'graphology-gexf/browser/writer';
import { flattenAttributes } from '../../src/graph/flatten';
import type { EdgeAttributes as BuiltEdgeAttributes } from '../../src/graph/types';
import { edgeLabel, nodeLabel } from './labels';
import { createEdgeReducer, createNodeReducer } from './reducers';
import type { ViewState } from './state';
import { STATUS_STYLE } from './style';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, Relation, ViewerGraph } from './types';

/** The view as the filters draw it, without the passing highlight of a hovered or selected node. */
function filteredLook(graph: ViewerGraph, state: ViewState) {
  const settled: ViewState = { ...state, node: undefined, edge: undefined };
  return { node: createNodeReducer(graph, settled, {}), edge: createEdgeReducer(graph, settled, {}) };
}

/** A relation as `ikg build` writes it: each evidence entry with its article's metadata, and no display data. */
function asBuilt(graph: ViewerGraph, attributes: EdgeAttributes): EdgeAttributes {
  if (attributes.kind !== 'relation') return { ...attributes };
  const { curvature: _, ...relation } = attributes as Relation & { curvature?: number };
  const table = graph.getAttribute('articles') ?? {};
  const evidence = relation.evidence.map((e) => {
    const meta = table[e.article];
    if (!meta) return e;
    const { title: articleTitle, date: articleDate, url: articleUrl, publisher } = meta;
    return { ...e, articleTitle, articleDate, publisher, ...(articleUrl === undefined ? {} : { articleUrl }) };
  });
  return { ...relation, evidence } as EdgeAttributes;
}

/**
 * The nodes and relations the current filters show, with their full attributes, graph positions and the ontology,
 * in the form `ikg build` writes (evidence carries its article's metadata), so `?graph=` opens it as it is.
 */
export function visibleSubgraph(graph: ViewerGraph, state: ViewState): ViewerGraph {
  const look = filteredLook(graph, state);
  const subgraph: ViewerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const { articles: _, articleFile: __, passageShards: ___, dates: ____, ...attributes } = graph.getAttributes();
  subgraph.replaceAttributes(attributes);
  graph.forEachNode((node, attributes) => {
    if (!look.node(node, attributes).hidden) subgraph.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!look.edge(edge, attributes).hidden) subgraph.addEdgeWithKey(edge, source, target, asBuilt(graph, attributes));
  });
  return subgraph;
}

/** graphology JSON of the filtered subgraph: `Graph.from` reads it, and the viewer opens it with `?graph=`. */
export function subgraphJson(graph: ViewerGraph, state: ViewState): string {
  return JSON.stringify(visibleSubgraph(graph, state).export());
}

/**
 * GEXF 1.3 of the filtered subgraph, attributes flattened as `ikg export --format gexf` does (names as name_en,
 * name_ko, …); labels are in the view's language and the viz elements carry the view's look: colour, size,
 * position, and dashed/dotted strokes by status.
 */
export function subgraphGexf(graph: ViewerGraph, state: ViewState): string {
  const look = filteredLook(graph, state);
  return writeGexf(visibleSubgraph(graph, state), {
    version: '1.3',
    formatNode: (node, attributes) => {
      const { x, y, label: _, ...rest } = attributes;
      const display = look.node(node, attributes);
      return {
        label: nodeLabel(attributes, state.lang),
        attributes: flattenAttributes(rest as NodeAttributes),
        viz: { color: display.color, size: display.size, x, y },
      };
    },
    formatEdge: (edge, attributes) => {
      const display = look.edge(edge, attributes);
      const { label, ...rest } = attributes;
      return {
        label: edgeLabel(graph, attributes, state.lang) || label,
        attributes: flattenAttributes(rest as BuiltEdgeAttributes),
        viz: {
          color: display.color,
          thickness: display.size,
          shape: attributes.kind === 'relation' ? STATUS_STYLE[attributes.status].dash : 'solid',
        },
      };
    },
  });
}
