import { z } from 'zod';
import { RELATION_STATUSES, RelationStatus } from './data';

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
