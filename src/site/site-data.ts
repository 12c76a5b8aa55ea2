import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJson } from '../export/json';
import { GRAPH_FILE } from '../export/write-graph';
import type { KnowledgeGraph } from '../graph/types';
import { isPlaced, seedPositions } from '../layout/seed-positions';
import { ARTICLES_FILE, PASSAGE_DIR, passageShardFile, splitForSite } from '../layout/site-payload';
import { writeFileAtomic, writeStreamAtomic } from '../util/atomic-write';

/** The data files and folders of a site, beside the viewer bundle: what the viewer draws first, and what on demand. */
export const SITE_DATA_FILES = [GRAPH_FILE, ARTICLES_FILE, PASSAGE_DIR] as const;

/**
 * Writes every data file the viewer loads into `siteDir`, each atomically (temporary file, then rename), without
 * touching the viewer bundle: graph.json (entities and relations, laid out, evidence pointing to articles by id),
 * articles.json (article nodes with their bodies, MENTIONS edges) and the passage shards (the bodies alone). What
 * graph.json refers to is written before it, so a graph.json is never newer than its articles; shards a smaller
 * graph no longer has are removed after it. A graph without positions is laid out as `seedPositions` does.
 */
export async function writeSiteData(graph: KnowledgeGraph, siteDir: string): Promise<void> {
  const placed = graph.copy();
  if (!isPlaced(placed)) seedPositions.assign(placed);
  const { site, articles, passages } = splitForSite(placed);
  for (const [shard, entries] of passages.entries())
    await writeFileAtomic(join(siteDir, passageShardFile(shard)), JSON.stringify(entries));
  await writeStreamAtomic(join(siteDir, ARTICLES_FILE), (out) => writeJson(articles, out));
  // The site graph's evidence has no article metadata: writeJson streams any graph's serialization as it is.
  await writeStreamAtomic(join(siteDir, GRAPH_FILE), (out) => writeJson(site as unknown as KnowledgeGraph, out));
  const current = new Set(passages.map((_, shard) => passageShardFile(shard)));
  for (const file of await readdir(join(siteDir, PASSAGE_DIR)))
    if (/^\d+\.json$/.test(file) && !current.has(`${PASSAGE_DIR}/${file}`))
      await rm(join(siteDir, PASSAGE_DIR, file), { force: true });
}
