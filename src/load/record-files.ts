import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ArticleFileSchema } from '../schema/data';
import { canonicalBody } from './article-body';
import type { Diagnostic, Located } from './diagnostics';
import { readJsonLines } from './jsonl-file';
import { displayPath } from './paths';
import { parseYamlFile } from './yaml-file';
import { diagnosticsFromZod } from './zod-issues';

export type RecordKind = 'article' | 'entity' | 'relation';

interface RecordFile {
  records: Located<unknown>[];
  diagnostics: Diagnostic[];
}

const LIST_KEY = { entity: 'entities', relation: 'relations' } as const;

/** Reads one data file into unchecked records; the format follows the extension (.yaml/.yml or .jsonl). */
export async function readRecordFile(path: string, kind: RecordKind): Promise<RecordFile> {
  const file = displayPath(path);
  if (path.endsWith('.jsonl')) return readJsonLinesFile(path, file, kind);
  const text = canonicalBody(await readFile(path, 'utf8'));
  const parsed = parseYamlFile(file, text);
  if (parsed.errors.length > 0) return { records: [], diagnostics: parsed.errors };
  if (kind === 'article') return readArticleYaml(path, parsed.value, parsed.origin);
  const listKey = LIST_KEY[kind];
  const shape = z.strictObject({ [listKey]: z.array(z.unknown()) });
  const result = shape.safeParse(parsed.value);
  if (!result.success) {
    return {
      records: [],
      diagnostics: diagnosticsFromZod({ value: parsed.value, origin: parsed.origin, path: [] }, result.error),
    };
  }
  const items = result.data[listKey] as unknown[];
  return {
    records: items.map((value, index) => ({ value, origin: parsed.origin, path: [listKey, index] })),
    diagnostics: [],
  };
}

/** One record per line; an article's body is inline and stored in its canonical form, as a .txt body is. */
async function readJsonLinesFile(path: string, file: string, kind: RecordKind): Promise<RecordFile> {
  const { records, errors } = await readJsonLines(path, file);
  return {
    records: records.map(({ value, origin }) => ({
      value: kind === 'article' ? withCanonicalBody(value) : value,
      origin,
      path: [],
    })),
    diagnostics: errors,
  };
}

function withCanonicalBody(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('body' in value) || typeof value.body !== 'string') return value;
  return { ...value, body: canonicalBody(value.body) };
}

/** An article's YAML holds its metadata; the body is the sibling .txt file, kept as collected. */
async function readArticleYaml(path: string, value: unknown, origin: Located<unknown>['origin']): Promise<RecordFile> {
  const record = { value, origin, path: [] };
  const meta = ArticleFileSchema.safeParse(value);
  if (!meta.success) return { records: [], diagnostics: diagnosticsFromZod(record, meta.error) };
  const bodyPath = path.replace(/\.ya?ml$/, '.txt');
  const body = await readFile(bodyPath, 'utf8').catch(() => undefined);
  if (body === undefined) {
    return {
      records: [],
      diagnostics: [
        {
          file: origin.file,
          line: 1,
          col: 1,
          message: `the article body ${displayPath(bodyPath)} is missing`,
          hint: 'save the article text, verbatim, in a .txt file with the same name as this .yaml file',
        },
      ],
    };
  }
  return { records: [{ ...record, value: { ...meta.data, body: canonicalBody(body) } }], diagnostics: [] };
}
