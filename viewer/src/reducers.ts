import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { isEdgeVisible, isNodeVisible } from './filters';
import type { ViewState } from './state';
import { ARTICLE_COLOR, communityColor, MENTION_COLOR, STATUS_STYLE, sizeScale, typeColor } from './style';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './types';

/** UI state that is not part of the link: the hovered node. */
export interface Interaction {
  hovered?: string;
}

const FADED = '#e6e6e6';

export function nodeLabel(attributes: NodeAttributes, lang: 'en' | 'ko'): string {
  if (attributes.kind === 'article') return attributes.title;
  return attributes.names?.[lang] ?? attributes.label;
}

/** Display data for each node, computed from the view state; the graph itself is never changed. */
export function createNodeReducer(graph: ViewerGraph, state: ViewState, interaction: Interaction) {
  const size = sizeScale(graph, state.size);
  const focus = interaction.hovered ?? state.node;
  const neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : undefined;
  return (node: string, attributes: NodeAttributes): Partial<NodeDisplayData> => {
    const display: Partial<NodeDisplayData> = {
      ...attributes,
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
    if (neighbours && node !== focus && !neighbours.has(node)) {
      display.color = FADED;
      display.label = '';
      display.zIndex = 0;
    } else if (neighbours) {
      display.highlighted = node === state.node;
      display.forceLabel = true;
      display.zIndex = 1;
    }
    return display;
  };
}

/** Display data for each edge: style by status, curvature for parallel edges, arrows only for directed types. */
export function createEdgeReducer(graph: ViewerGraph, state: ViewState, interaction: Interaction) {
  const focus = interaction.hovered ?? state.node;
  return (edge: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> => {
    const [source, target] = graph.extremities(edge);
    const hidden =
      !isEdgeVisible(attributes, state) ||
      !isNodeVisible(graph.getNodeAttributes(source), state) ||
      !isNodeVisible(graph.getNodeAttributes(target), state);
    const style =
      attributes.kind === 'relation' ? STATUS_STYLE[attributes.status] : { color: MENTION_COLOR, size: 0.5 };
    const directed = attributes.kind === 'relation' ? !attributes.symmetric : true;
    const { parallelIndex, parallelMaxIndex } = graph.getEdgeAttributes(edge) as {
      parallelIndex?: number;
      parallelMaxIndex?: number;
    };
    const curved = typeof parallelIndex === 'number' && (parallelMaxIndex ?? 0) > 0;
    const display: Partial<EdgeDisplayData> & { curvature?: number } = {
      ...attributes,
      hidden,
      color: style.color,
      size: style.size,
      label:
        attributes.kind === 'relation'
          ? (graph.getAttribute('ontology')?.relationTypes[attributes.type]?.label[state.lang] ?? attributes.label)
          : '',
      type: `${curved ? 'curved' : 'straight'}${directed ? 'Arrow' : ''}`,
    };
    if (curved) display.curvature = 0.25 + (0.5 * (parallelIndex ?? 0)) / Math.max(1, parallelMaxIndex ?? 1);
    if (focus && source !== focus && target !== focus) {
      display.color = FADED;
      display.label = '';
    } else if (focus) {
      display.forceLabel = true;
      display.zIndex = 1;
    }
    if (edge === state.edge) {
      display.size = (display.size ?? 1) + 2;
      display.forceLabel = true;
    }
    return display;
  };
}
