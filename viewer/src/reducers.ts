import type { NodeDisplayData } from 'sigma/types';
import { sizeScale } from '../../src/graph/appearance';
import type { DashedDisplayData } from './edge-programs';
import { isEdgeVisible, isNodeVisible } from './filters';
import { edgeLabel, nodeLabel } from './labels';
import type { ViewState } from './state';
import {
  ARTICLE_COLOR,
  communityColor,
  DASH_PATTERNS,
  type EdgeShape,
  FADED_COLOR,
  HIDDEN_PROGRAM,
  MENTION_COLOR,
  STATUS_STYLE,
  typeColor,
} from './style';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './types';

/** UI state that is not part of the link: what the pointer is over and whether the camera is close in. */
export interface Interaction {
  hovered?: string;
  hoveredEdge?: string;
  /** Zoomed in far enough that every edge whose end labels show gets its own label too. */
  zoomedIn?: boolean;
}

/**
 * The part of the graph in focus: a hovered or selected node with its neighbours, or a selected relation's ends.
 * `hideOthers` is set for a hovered node: as in sigma's hover example, the edges that do not touch it are hidden
 * rather than redrawn faded, so a hover draws only its neighbourhood's edges.
 */
interface Focus {
  nodes: Set<string>;
  hasEdge(edge: string, source: string, target: string): boolean;
  /** Set for a hovered node: whether an edge does not touch it (a cheap test, as it runs for every edge). */
  hideOthers?: (edge: string) => boolean;
}

function focusOf(graph: ViewerGraph, state: ViewState, interaction: Interaction): Focus | undefined {
  const node = [interaction.hovered, state.node].find((key) => key !== undefined && graph.hasNode(key));
  const hovered = node !== undefined && node === interaction.hovered;
  if (node !== undefined)
    return {
      nodes: new Set([node, ...graph.neighbors(node)]),
      hasEdge: (_, source, target) => source === node || target === node,
      ...(hovered ? { hideOthers: (edge: string) => !graph.hasExtremity(edge, node) } : {}),
    };
  if (state.edge !== undefined && graph.hasEdge(state.edge)) {
    const selected = state.edge;
    return { nodes: new Set(graph.extremities(selected)), hasEdge: (edge) => edge === selected };
  }
  return undefined;
}

/** Display data for each node, computed from the view state; the graph itself is never changed. */
export function createNodeReducer(graph: ViewerGraph, state: ViewState, interaction: Interaction) {
  const size = sizeScale(graph, state.size);
  const focus = focusOf(graph, state, interaction);
  return (node: string, attributes: NodeAttributes): Partial<NodeDisplayData> => {
    const display: Partial<NodeDisplayData> = {
      x: attributes.x,
      y: attributes.y,
      type: 'circle',
      label: nodeLabel(attributes, state.lang),
      size: attributes.kind === 'article' ? 4 : size(node),
      color:
        attributes.kind === 'article'
          ? ARTICLE_COLOR
          : state.color === 'community'
            ? communityColor(attributes.community)
            : typeColor(graph, attributes.type),
      hidden: !isNodeVisible(attributes, state),
    };
    if (focus && !focus.nodes.has(node)) Object.assign(display, { color: FADED_COLOR, label: '', zIndex: 0 });
    else if (focus) Object.assign(display, { highlighted: node === state.node, forceLabel: true, zIndex: 1 });
    return display;
  };
}

/** A parallel edge's curvature: stored by the site build, or computed by the viewer for graphs without it. */
function curvatureOf(edge: string, attributes: EdgeAttributes, curvatures: ReadonlyMap<string, number>) {
  return ('curvature' in attributes ? attributes.curvature : undefined) ?? curvatures.get(edge);
}

function edgeShape(curvature: number | undefined): EdgeShape {
  return curvature === undefined ? 'straight' : 'curved';
}

/**
 * The sigma program keys the edge reducer can return for this graph. Registering only these matters: every program
 * is compiled (twice, with its picking variant) before the first frame, which software WebGL pays for dearly.
 */
export function usedProgramKeys(graph: ViewerGraph, curvatures: ReadonlyMap<string, number> = new Map()): Set<string> {
  const keys = new Set<string>();
  graph.forEachEdge((edge, attributes) => {
    keys.add(edgeShape(curvatureOf(edge, attributes, curvatures)));
  });
  return keys;
}

/**
 * Display data for each edge: stroke by status, curvature for parallel edges, arrows only for directed types.
 * Labels show for the hovered or selected relation and around the focus; elsewhere only once zoomed in.
 */
export function createEdgeReducer(
  graph: ViewerGraph,
  state: ViewState,
  interaction: Interaction,
  curvatures: ReadonlyMap<string, number> = new Map(),
) {
  const focus = focusOf(graph, state, interaction);
  return (edge: string, attributes: EdgeAttributes): Partial<DashedDisplayData> => {
    // Hidden edges (the MENTIONS edges by default, often most of a graph) are answered first and cheaply: a hover
    // runs this for every edge.
    if (!isEdgeVisible(attributes, state)) return { hidden: true, type: HIDDEN_PROGRAM };
    const emphasized = edge === state.edge || edge === interaction.hoveredEdge;
    if (focus?.hideOthers?.(edge) && !emphasized) return { hidden: true, type: HIDDEN_PROGRAM };
    const [source, target] = graph.extremities(edge);
    if (
      !isNodeVisible(graph.getNodeAttributes(source), state) ||
      !isNodeVisible(graph.getNodeAttributes(target), state)
    )
      return { hidden: true, type: HIDDEN_PROGRAM };
    const inFocus = focus?.hasEdge(edge, source, target);
    const relation = attributes.kind === 'relation' ? attributes : undefined;
    const style = relation
      ? STATUS_STYLE[relation.status]
      : { color: MENTION_COLOR, size: 0.5, dash: 'solid' as const };
    const curvature = curvatureOf(edge, attributes, curvatures);
    const display: Partial<DashedDisplayData> = {
      hidden: false,
      color: style.color,
      size: style.size,
      label: interaction.zoomedIn ? edgeLabel(graph, attributes, state.lang) : '',
      type: edgeShape(curvature),
      arrowHead: !relation?.symmetric,
      zIndex: 0,
    };
    if (curvature !== undefined) display.curvature = curvature;
    const dash = DASH_PATTERNS[style.dash];
    if (dash) display.dash = dash;
    if (focus && !inFocus) Object.assign(display, { color: FADED_COLOR, label: '' });
    if (inFocus || emphasized)
      Object.assign(display, {
        label: edgeLabel(graph, attributes, state.lang),
        color: style.color,
        forceLabel: true,
        zIndex: emphasized ? 2 : focus?.hideOthers ? 0 : 1,
        size: emphasized ? style.size + 1.5 : style.size,
      });
    return display;
  };
}
