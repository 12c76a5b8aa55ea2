import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { LoadOptions } from '../load/dataset';
import { displayPath } from '../load/paths';
import { type CheckResult, checkData } from '../pipeline/compile-graph';
import { dataPath, readDataFile, versionOf } from './data-files';
import { StaleDataError } from './errors';

/** A file's new content, by its path inside the data folder. */
export type FileChanges = Map<string, string>;

/**
 * Validates the data as it would be with the changes written: a copy of the data folder with the changes in it
 * goes through the same checks as `ikg validate`. Diagnostics name the real files.
 */
export async function checkWithChanges(options: LoadOptions, changes: FileChanges): Promise<CheckResult> {
  const staging = await mkdtemp(join(tmpdir(), 'ikg-curate-'));
  try {
    const copy = join(staging, 'data');
    await cp(options.dataDir, copy, { recursive: true });
    for (const [path, content] of changes) {
      await mkdir(dirname(join(copy, path)), { recursive: true });
      await writeFile(join(copy, path), content);
    }
    const result = await checkData({ ...options, dataDir: copy });
    const shownCopy = displayPath(copy);
    const shownData = displayPath(resolve(options.dataDir));
    const real = <T extends { file: string }>(d: T): T =>
      d.file.startsWith(shownCopy) ? { ...d, file: shownData + d.file.slice(shownCopy.length) } : d;
    return { ...result, diagnostics: result.diagnostics.map(real), warnings: result.warnings.map(real) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Refuses the edit when a file it touches differs from the version the page saw (absent means "did not exist"). */
export async function checkVersions(dataDir: string, paths: Iterable<string>, seen: ReadonlyMap<string, string>) {
  const stale: string[] = [];
  for (const path of paths) {
    const content = await readDataFile(dataDir, path);
    if ((content === undefined ? undefined : versionOf(content)) !== seen.get(path))
      stale.push(`${displayPath(join(dataDir, path))}`);
  }
  if (stale.length > 0) throw new StaleDataError(stale);
}

/**
 * Writes every changed file beside itself and then renames each into place, so no file is ever half-written;
 * the versions are checked once more just before the renames.
 */
export async function commitChanges(dataDir: string, changes: FileChanges, seen: ReadonlyMap<string, string>) {
  const staged: [string, string][] = [];
  try {
    for (const [path, content] of changes) {
      const target = join(dataDir, path);
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.curate.tmp`;
      await writeFile(temporary, content, { flag: 'wx' });
      staged.push([temporary, target]);
    }
    await checkVersions(dataDir, changes.keys(), seen);
    for (const [temporary, target] of staged) await rename(temporary, target);
  } finally {
    await Promise.all(staged.map(([temporary]) => rm(temporary, { force: true })));
  }
  return [...changes.keys()].map((path) => dataPath(dataDir, join(dataDir, path)));
}
