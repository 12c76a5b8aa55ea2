import type { ViewerGraph } from './types';

export interface SearchEntry {
  node: string;
  /** The name or alias as written. */
  text: string;
  normalized: string;
}

export interface SearchHit {
  node: string;
  text: string;
}

export const normalize = (text: string) => text.normalize('NFKC').toLowerCase().trim();

/** Every name (all languages) and alias of each entity node. */
export function buildSearchIndex(graph: ViewerGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'entity') return;
    const texts = new Set([attributes.label, ...Object.values(attributes.names ?? {}), ...(attributes.aliases ?? [])]);
    for (const text of texts) if (text) entries.push({ node, text, normalized: normalize(text) });
  });
  return entries;
}

/** Prefix matches first, then substring matches; one hit per node. */
export function search(index: SearchEntry[], query: string, limit = 10): SearchHit[] {
  const needle = normalize(query);
  if (!needle) return [];
  const ranked = index
    .map((entry) => ({
      entry,
      rank: entry.normalized.startsWith(needle) ? 0 : entry.normalized.includes(needle) ? 1 : 2,
    }))
    .filter((r) => r.rank < 2)
    .sort((a, b) => a.rank - b.rank || a.entry.text.length - b.entry.text.length);
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const { entry } of ranked) {
    if (seen.has(entry.node)) continue;
    seen.add(entry.node);
    hits.push({ node: entry.node, text: entry.text });
    if (hits.length === limit) break;
  }
  return hits;
}
