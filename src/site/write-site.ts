import { cp, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { KnowledgeGraph } from '../build/types';
import { writeGraph } from '../build/write-graph';
import { seedPositions } from '../layout/seed-positions';
import { buildViewerBundle, DEFAULT_CACHE_DIR } from './viewer-bundle';

/** Writes a self-contained static site: the viewer bundle plus graph.json with stored positions, all relative URLs. */
export async function writeSite(graph: KnowledgeGraph, siteDir: string, cacheDir = DEFAULT_CACHE_DIR): Promise<string> {
  const bundle = await buildViewerBundle(cacheDir);
  const dir = resolve(siteDir);
  const staging = `${dir}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await cp(bundle, staging, { recursive: true, filter: (source) => !source.endsWith('.sources-hash') });
  const positioned = graph.copy();
  seedPositions.assign(positioned);
  await writeGraph(positioned, staging);
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  return join(dir, 'index.html');
}
