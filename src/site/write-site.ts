import { cp, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { KnowledgeGraph } from '../graph/types';
import { asOutputError } from '../util/atomic-write';
import { UserError } from '../util/user-error';
import { writeSiteData } from './site-data';
import { BUNDLE_STAMP, buildViewerBundle, DEFAULT_CACHE_DIR } from './viewer-bundle';

/** The file every site build writes into its folder: a folder with it may be replaced by the next build. */
export const SITE_MARKER = '.ikg-site';

const MARKER_TEXT =
  'This folder was written by `ikg build --site` (or `ikg serve`) and is replaced, whole, by the next site build.\n';

/** The folder given for the site cannot be used: it holds other files, or is a file, or a link. */
export class SiteFolderError extends UserError {
  override name = 'SiteFolderError';
}

/**
 * Writes a self-contained static site: the viewer bundle plus the data files of `writeSiteData`, all relative URLs.
 *
 * The site is built in a temporary sibling folder and renamed into place, so on any error nothing is half-written.
 * It never deletes what it did not write: an existing folder is replaced only when it is empty or holds the
 * marker file (.ikg-site) that every site build writes.
 */
export async function writeSite(graph: KnowledgeGraph, siteDir: string, cacheDir = DEFAULT_CACHE_DIR): Promise<string> {
  const dir = resolve(siteDir);
  await checkSiteFolder(dir, siteDir);
  const bundle = await buildViewerBundle(cacheDir);
  await mkdir(dirname(dir), { recursive: true }).catch(async (error: unknown) => {
    throw await asOutputError(siteDir, error);
  });
  const staging = `${dir}.${process.pid}.tmp`;
  const previous = `${dir}.${process.pid}.old`;
  try {
    await rm(staging, { recursive: true, force: true });
    await cp(bundle, staging, { recursive: true, filter: (source) => !source.endsWith(BUNDLE_STAMP) });
    await writeSiteData(graph, staging);
    await writeFile(join(staging, SITE_MARKER), MARKER_TEXT);
    await checkSiteFolder(dir, siteDir);
    await swapInto(staging, dir, previous);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw await asOutputError(siteDir, error);
  }
  await rm(previous, { recursive: true, force: true });
  return join(dir, 'index.html');
}

/** Moves the finished site into place; the earlier site, if any, is kept aside until the new one is in. */
async function swapInto(staging: string, dir: string, previous: string): Promise<void> {
  await rm(previous, { recursive: true, force: true });
  const moved = await rename(dir, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, dir);
  } catch (error) {
    if (moved) await rename(previous, dir).catch(() => undefined);
    throw error;
  }
}

/** Refuses a site folder that a site build did not write, before any work is done. */
async function checkSiteFolder(dir: string, shown: string): Promise<void> {
  const info = await lstat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    if (error.code === 'ENOTDIR') {
      throw new SiteFolderError(
        `cannot write the site to ${shown}: a folder in its path is a file`,
        'pass --site a folder path whose parents are folders',
      );
    }
    throw error;
  });
  if (!info) return;
  if (info.isSymbolicLink()) {
    throw new SiteFolderError(
      `cannot write the site to ${shown}: it is a symbolic link`,
      'pass the folder the link points to, or a new folder',
    );
  }
  if (!info.isDirectory()) {
    throw new SiteFolderError(
      `cannot write the site to ${shown}: it is a file, not a folder`,
      'pass --site a new or empty folder, or one written by an earlier site build',
    );
  }
  const entries = await readdir(dir);
  if (entries.length > 0 && !entries.includes(SITE_MARKER)) {
    throw new SiteFolderError(
      `refusing to replace ${shown}: it is not empty and was not written by a site build (it has no ${SITE_MARKER} file)`,
      `pass --site a new or empty folder; if ${shown} holds nothing you need (such as a site built before ${SITE_MARKER} existed), remove it first`,
    );
  }
}
