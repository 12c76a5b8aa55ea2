import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MINI } from './fixture';

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
