import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { asOutputError, writeFileAtomic } from '../util/atomic-write';

export const VIEWER_ROOT = resolve(import.meta.dirname, '../../viewer');
export const DEFAULT_CACHE_DIR = 'out/viewer';
export const BUNDLE_STAMP = '.sources-hash';

/** A hash of every viewer source file: the cached bundle is rebuilt when it changes. */
export async function viewerSourcesHash(): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(VIEWER_ROOT, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(file).update(await readFile(file));
  return hash.digest('hex');
}

/** Builds the viewer with Vite into `cacheDir`, only when its sources changed since the last build. */
export async function buildViewerBundle(cacheDir = DEFAULT_CACHE_DIR): Promise<string> {
  const dir = resolve(cacheDir);
  await mkdir(dir, { recursive: true }).catch(async (error: unknown) => {
    throw await asOutputError(cacheDir, error);
  });
  const current = await viewerSourcesHash();
  const previous = await readFile(join(dir, BUNDLE_STAMP), 'utf8').catch(() => '');
  if (previous === current) return dir;
  await rm(dir, { recursive: true, force: true });
  const { build } = await import('vite');
  await build({
    configFile: join(VIEWER_ROOT, 'vite.config.ts'),
    root: VIEWER_ROOT,
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true },
  });
  await writeFileAtomic(join(dir, BUNDLE_STAMP), current);
  return dir;
}
