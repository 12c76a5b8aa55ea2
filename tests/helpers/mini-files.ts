import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { checkData, compileGraph } from '../../src/pipeline/compile-graph';
import { loadOptionsFor, MINI } from './fixture';

export type Json = Record<string, unknown>;

/** The mini fixture's data files, which the property tests mutate. */
export const MINI_FILES = ['articles/mini-rapidus.yaml', 'entities/entities.yaml', 'relations/relations.yaml'] as const;

/** Each mini data file, parsed. */
export async function readMiniFiles(): Promise<Record<(typeof MINI_FILES)[number], Json>> {
  const entries = await Promise.all(
    MINI_FILES.map(async (file) => [file, parse(await readFile(join(MINI, file), 'utf8'))]),
  );
  return Object.fromEntries(entries);
}

/** Every object inside a parsed file: the candidates for a mutation. */
export function objectsIn(value: unknown, found: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const item of value) objectsIn(item, found);
  else if (value && typeof value === 'object') {
    found.push(value as Json);
    for (const child of Object.values(value)) objectsIn(child, found);
  }
  return found;
}

/**
 * Either the data builds, or every problem comes back as a located diagnostic with a hint; nothing throws.
 * Removes the folder afterwards.
 */
export async function buildsOrExplains(dir: string, analytics = true): Promise<'built' | 'explained'> {
  try {
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    for (const d of diagnostics) {
      expect(d.file).toEqual(expect.any(String));
      expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
      expect(Number.isInteger(d.col) && d.col >= 1).toBe(true);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.hint?.trim(), d.message).toBeTruthy();
    }
    if (diagnostics.length > 0) return 'explained';
    const graph = await compileGraph({ ...loadOptionsFor(dir), ...(analytics ? {} : { analytics: false }) });
    expect(graph.order).toBeGreaterThan(0);
    return 'built';
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
