import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputNotFoundError, ValidationError } from '../load/errors';
import { displayPath } from '../load/paths';
import { parseYamlFile } from '../load/yaml-file';
import { diagnosticsFromZod } from '../load/zod-issues';
import { RELATION_STATUSES, RelationStatus } from '../schema/data';
import { compileCues } from './compiled-cues';

export const DEFAULT_CUES_PATH = 'graph-schema/suggest-cues.yaml';

const Words = z.array(z.string().min(1)).default([]);
const Bilingual = z.strictObject({ ko: Words, en: Words });
const TypeName = z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'entity type names are PascalCase');

/** The cue lexicon: which words signal each relation type, its status and its direction. */
export const CuesSchema = z.strictObject({
  version: z.literal(1),
  relations: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'relation type names are UPPER_SNAKE_CASE'), Bilingual),
  status: z.strictObject({
    order: z.array(RelationStatus).min(1),
    fallback: RelationStatus,
    cues: z.partialRecord(z.enum(RELATION_STATUSES), Bilingual),
  }),
  particles: z.strictObject({ subject: Words, object: Words, with: Words, source: Words }),
  reversing: Bilingual,
  passive: z.strictObject({ en: Words }),
  suffixes: z.record(z.string().min(1), TypeName).default({}),
  latinSuffixes: z.record(z.string().min(1), TypeName).default({}),
  stopwords: Words,
});

export type Cues = z.infer<typeof CuesSchema>;

/**
 * Reads and checks the cue lexicon, and compiles it for scanning (once, here, rather than in the first
 * `suggest`); problems are reported like any data file's, with line and column.
 */
export async function loadCues(path = DEFAULT_CUES_PATH): Promise<Cues> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new InputNotFoundError(path, 'pass --cues FILE, or run from the project folder with graph-schema/');
  });
  const parsed = parseYamlFile(displayPath(path), text);
  if (parsed.errors.length > 0) throw new ValidationError(parsed.errors);
  const result = CuesSchema.safeParse(parsed.value);
  if (!result.success) {
    throw new ValidationError(
      diagnosticsFromZod({ value: parsed.value, origin: parsed.origin, path: [] }, result.error),
    );
  }
  compileCues(result.data);
  return result.data;
}
