import { STATUS_LOOK } from '../../src/graph/appearance';
import type { Lang, Status, ViewerGraph } from './types';

/** Stroke patterns in CSS pixels: [dash, gap]; solid has none. The canvas and the legend both draw from these. */
export const DASH_PATTERNS = { solid: undefined, dashed: [7, 5], dotted: [2, 4] } as const;
export type Dash = keyof typeof DASH_PATTERNS;

/**
 * How each status looks, so a considered relation never looks like an active one: considered is dashed lilac,
 * announced dotted orange, active solid thick blue, ended solid thin grey. The legend and badges use the same styles.
 */
export const STATUS_STYLE: Record<Status, { color: string; size: number; dash: Dash; label: Record<Lang, string> }> = {
  considered: { ...STATUS_LOOK.considered, dash: 'dashed', label: { en: 'considered', ko: '검토' } },
  announced: { ...STATUS_LOOK.announced, dash: 'dotted', label: { en: 'announced', ko: '발표' } },
  active: { ...STATUS_LOOK.active, dash: 'solid', label: { en: 'active', ko: '진행' } },
  ended: { ...STATUS_LOOK.ended, dash: 'solid', label: { en: 'ended', ko: '종료' } },
};

/** An edge's shape is its sigma program key; its arrow head and stroke pattern are drawn per edge. */
export type EdgeShape = 'straight' | 'curved';

/** The program key of hidden edges: it keeps no buffer and draws nothing, so filtered-out edges cost no GPU work. */
export const HIDDEN_PROGRAM = 'hidden';

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
