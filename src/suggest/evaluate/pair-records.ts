import { z } from 'zod';
import { ValidationError } from '../../load/errors';
import { readJsonLines } from '../../load/jsonl-file';
import { displayPath } from '../../load/paths';
import { diagnosticsFromZod } from '../../load/zod-issues';

/** The relation types that the pair benchmark shares with the ontology. */
export const PAIR_TYPES = ['FOUNDED', 'LEADS', 'LOCATED_IN', 'DEVELOPS'] as const;

const MarkedEntity = z.strictObject({
  text: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  type: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'an ontology entity type, PascalCase (Company, Person…)'),
});

/** One benchmark-shaped line: a sentence, two marked entities, and the relation between them, if any. */
const PairRecordSchema = z
  .object({
    id: z.string().min(1).optional(),
    lang: z.enum(['ko', 'en']).optional(),
    sentence: z.string().min(1),
    subject: MarkedEntity,
    object: MarkedEntity,
    relation: z.strictObject({ type: z.enum(PAIR_TYPES), from: z.enum(['subject', 'object']) }).nullable(),
    pattern: z.string().min(1).default('none'),
  })
  .superRefine((record, context) => {
    for (const side of ['subject', 'object'] as const) {
      const { text, start, end } = record[side];
      if (record.sentence.slice(start, end) !== text)
        context.addIssue({
          code: 'custom',
          path: [side, 'start'],
          message: `sentence[${start}, ${end}) is not "${text}"`,
        });
    }
  });

export type PairRecord = z.infer<typeof PairRecordSchema>;

/** A pair record and the line of its file it was read from. */
export type PairLine = PairRecord & { line: number };

/** Reads a .jsonl file of pair records; every bad line is reported at its file:line:col, and none is scored. */
export async function readPairRecords(path: string): Promise<PairLine[]> {
  const { records, errors } = await readJsonLines(path, displayPath(path));
  const pairs: PairLine[] = [];
  for (const record of records) {
    const result = PairRecordSchema.safeParse(record.value);
    if (result.success) pairs.push({ ...result.data, line: record.origin.locate([]).line });
    else errors.push(...diagnosticsFromZod({ ...record, path: [] }, result.error, { schema: PairRecordSchema }));
  }
  if (errors.length > 0) throw new ValidationError(errors);
  if (pairs.length === 0) throw new ValidationError([emptyFile(displayPath(path))]);
  return pairs;
}

const emptyFile = (file: string) => ({
  file,
  line: 1,
  col: 1,
  message: 'no pair records in this file',
  hint: 'write one JSON object per line: {"sentence", "subject", "object", "relation", "pattern"} (docs/suggest.md)',
});
