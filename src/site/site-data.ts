import { join } from 'node:path';
import { writeJson } from '../export/json';
import { GRAPH_FILE } from '../export/write-graph';
import type { KnowledgeGraph } from '../graph/types';
import { isPlaced, seedPositions } from '../layout/seed-positions';
import { ARTICLES_FILE, splitForSite } from '../layout/site-payload';
import { writeStreamAtomic } from '../util/atomic-write';

/** The data files of a site, beside the viewer bundle: what the viewer draws first, and what it loads on demand. */
export const SITE_DATA_FILES = [GRAPH_FILE, ARTICLES_FILE] as const;

/**
 * Writes every data file the viewer loads into `siteDir`, each atomically (temporary file, then rename), without
 * touching the viewer bundle: graph.json (entities and relations, laid out, evidence pointing to articles by id) and
 * articles.json (article nodes with their bodies, MENTIONS edges). Articles go first, so a graph.json is never newer
 * than the articles it refers to. A graph without positions is laid out as `seedPositions` does.
 */
export async function writeSiteData(graph: KnowledgeGraph, siteDir: string): Promise<void> {
  const placed = graph.copy();
  if (!isPlaced(placed)) seedPositions.assign(placed);
  const { site, articles } = splitForSite(placed);
  await writeStreamAtomic(join(siteDir, ARTICLES_FILE), (out) => writeJson(articles, out));
  // The site graph's evidence has no article metadata: writeJson streams any graph's serialization as it is.
  await writeStreamAtomic(join(siteDir, GRAPH_FILE), (out) => writeJson(site as unknown as KnowledgeGraph, out));
}
