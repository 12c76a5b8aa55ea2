import type { Lang, Status, ViewerGraph } from './types';

/** How each status looks: the edge legend explains it. Considered is faint and thin, ended is grey. */
export const STATUS_STYLE: Record<Status, { color: string; size: number; label: Record<Lang, string> }> = {
  considered: { color: 'rgba(150, 110, 200, 0.45)', size: 1, label: { en: 'considered', ko: '검토' } },
  announced: { color: '#e8a33d', size: 2, label: { en: 'announced', ko: '발표' } },
  active: { color: '#2f6fb0', size: 3, label: { en: 'active', ko: '진행' } },
  ended: { color: '#b8b8b8', size: 1.5, label: { en: 'ended', ko: '종료' } },
};

export const MENTION_COLOR = 'rgba(120, 120, 120, 0.25)';
export const ARTICLE_COLOR = '#9aa0a6';

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

/** Node radius from a metric, scaled so the largest node is 18px and the smallest 4px. */
export function sizeScale(graph: ViewerGraph, metric: 'degree' | 'pagerank'): (node: string) => number {
  let max = 0;
  graph.forEachNode((node) => {
    max = Math.max(max, metricValue(graph, node, metric));
  });
  return (node) => (max > 0 ? 4 + 14 * Math.sqrt(metricValue(graph, node, metric) / max) : 6);
}
