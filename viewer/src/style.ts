import type { Lang, Status, ViewerGraph } from './types';

/** Stroke patterns in CSS pixels: [dash, gap]; solid has none. The canvas and the legend both draw from these. */
export const DASH_PATTERNS = { solid: undefined, dashed: [7, 5], dotted: [2, 4] } as const;
export type Dash = keyof typeof DASH_PATTERNS;

/**
 * How each status looks, so a considered relation never looks like an active one: considered is dashed lilac,
 * announced dotted orange, active solid thick blue, ended solid thin grey. The legend and badges use the same styles.
 */
export const STATUS_STYLE: Record<Status, { color: string; size: number; dash: Dash; label: Record<Lang, string> }> = {
  considered: { color: '#9a6fd0', size: 1.5, dash: 'dashed', label: { en: 'considered', ko: '검토' } },
  announced: { color: '#e8a33d', size: 2, dash: 'dotted', label: { en: 'announced', ko: '발표' } },
  active: { color: '#2f6fb0', size: 3, dash: 'solid', label: { en: 'active', ko: '진행' } },
  ended: { color: '#b8b8b8', size: 1.5, dash: 'solid', label: { en: 'ended', ko: '종료' } },
};

export type EdgeShape = 'straight' | 'curved';

/** The program key of hidden edges: it keeps no buffer and draws nothing, so filtered-out edges cost no GPU work. */
export const HIDDEN_PROGRAM = 'hidden';

/** The sigma program key for an edge: its shape, whether it has an arrow head, and its stroke pattern. */
export function programKey(shape: EdgeShape, arrow: boolean, dash: Dash): string {
  return `${shape}${arrow ? 'Arrow' : ''}${dash === 'solid' ? '' : `-${dash}`}`;
}

/** A CSS background that draws a stroke pattern horizontally, for legend swatches. */
export function dashBackground(color: string, dash: Dash): string {
  const pattern = DASH_PATTERNS[dash];
  if (!pattern) return color;
  const [on, off] = pattern;
  return `repeating-linear-gradient(90deg, ${color} 0 ${on}px, transparent ${on}px ${on + off}px)`;
}

export const MENTION_COLOR = 'rgba(120, 120, 120, 0.25)';
export const ARTICLE_COLOR = '#9aa0a6';
export const FADED_COLOR = '#e6e6e6';

const COMMUNITY_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7'];

export function communityColor(community: number | undefined): string {
  return community === undefined ? '#999999' : (COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length] ?? '#999');
}

export function typeColor(graph: ViewerGraph, type: string): string {
  return graph.getAttribute('ontology')?.entityTypes[type]?.color ?? ARTICLE_COLOR;
}

/** A node's metric value; degree falls back to the graph's own count when the analytics stage has not run. */
export function metricValue(graph: ViewerGraph, node: string, metric: 'degree' | 'pagerank'): number {
  const value = graph.getNodeAttribute(node, metric);
  if (typeof value === 'number') return value;
  return metric === 'degree' ? graph.degree(node) : 0;
}

/** 1 for graphs of up to 200 entities, shrinking with the square root of the count in bigger ones, down to 0.3. */
export function sizeShrink(graph: ViewerGraph): number {
  const entities = graph.filterNodes((_, attributes) => attributes.kind === 'entity').length;
  return Math.min(1, Math.max(0.3, Math.sqrt(200 / Math.max(1, entities))));
}

/**
 * Node radius from a metric: 4 to 18 px in small graphs, times `sizeShrink` in big ones so thousands of nodes do not
 * cover each other (sigma's label threshold shrinks alike, so the biggest still get labels).
 */
export function sizeScale(graph: ViewerGraph, metric: 'degree' | 'pagerank'): (node: string) => number {
  let max = 0;
  graph.forEachNode((node) => {
    max = Math.max(max, metricValue(graph, node, metric));
  });
  const shrink = sizeShrink(graph);
  return (node) => shrink * (max > 0 ? 4 + 14 * Math.sqrt(metricValue(graph, node, metric) / max) : 6);
}
