import type { KnowledgeGraph } from '../graph/types';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Article nodes have no entity type, so they get a neutral grey. */
export const ARTICLE_COLOR = '#9e9e9e';

/** The ontology's colour of every entity type, as RGB components. */
export function typeColors(graph: KnowledgeGraph): Map<string, Rgb> {
  const colors = new Map<string, Rgb>([['Article', rgb(ARTICLE_COLOR)]]);
  for (const [type, def] of Object.entries(graph.getAttribute('ontology').entityTypes))
    colors.set(type, rgb(def.color));
  return colors;
}

export function rgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: value >> 16, g: (value >> 8) & 0xff, b: value & 0xff };
}
