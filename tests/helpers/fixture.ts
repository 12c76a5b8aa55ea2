import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { LoadOptions } from '../../src/load/dataset';

export const ROOT = join(import.meta.dirname, '..', '..');
export const ONTOLOGY = join(ROOT, 'graph-schema', 'ontology.yaml');
export const MINI = join(ROOT, 'tests', 'fixtures', 'mini');

const created: string[] = [];
afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A scratch copy of a fixture dataset, removed after the test. */
export async function copyFixture(source = MINI): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ikg-test-'));
  created.push(dir);
  await cp(source, dir, { recursive: true });
  return dir;
}

export async function editFile(dir: string, file: string, edit: (text: string) => string): Promise<void> {
  const path = join(dir, file);
  const before = await readFile(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  await writeFile(path, after);
}

export function loadOptionsFor(dataDir: string): LoadOptions {
  return { dataDir, ontologyPath: ONTOLOGY };
}
