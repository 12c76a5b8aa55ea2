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
  /** Korean endings that make a cue describe the name right after it (설립한 라피더스: the name is the target). */
  adnominal: Words,
  passive: z.strictObject({ en: Words }),
  suffixes: z.record(z.string().min(1), TypeName).default({}),
  latinSuffixes: z.record(z.string().min(1), TypeName).default({}),
  stopwords: Words,
  /** Generic technical vocabulary (LLM, GPU, EUV…): never proposed as a new entity. */
  terms: Words,
  /** Korean family names (김, 이, 박…): a three-syllable word that starts with one is a full Korean name. */
  surnames: Words,
  /** Titles of people (회장, CEO, Minister…) and the role each gives in a LEADS relation. */
  titles: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** What may stand between a place and the organisation in it (대만 기업 TSMC; 도쿄에서 열린 '행사'). */
  located: z.strictObject({ between: Words, held: Words }).default({ between: [], held: [] }),
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
