import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { asOutputError, writeFileAtomic } from '../util/atomic-write';

export const VIEWER_ROOT = resolve(import.meta.dirname, '../../viewer');
export const DEFAULT_CACHE_DIR = 'out/viewer';
export const BUNDLE_STAMP = '.sources-hash';

/** What the viewer bundles besides viewer/: the parts of src/ it may import (tests/architecture checks which). */
const SHARED_SOURCES = ['src/graph', 'src/layout', 'src/util/partial-date.ts'].map((path) =>
  resolve(VIEWER_ROOT, '..', path),
);

/** A hash of every source file the viewer is built from: the cached bundle is rebuilt when it changes. */
export async function viewerSourcesHash(): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const root of [VIEWER_ROOT, ...SHARED_SOURCES]) {
    if (root.endsWith('.ts')) files.push(root);
    else
      for (const entry of await readdir(root, { recursive: true, withFileTypes: true }))
        if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
  }
  for (const file of files.sort()) hash.update(file).update(await readFile(file));
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
