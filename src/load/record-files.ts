import { z } from 'zod';
import { ArticleFileSchema } from '../schema/data';
import { canonicalBody } from './article-body';
import type { Diagnostic, Located } from './diagnostics';
import { InputFileError, InputNotFoundError } from './errors';
import { readJsonLines } from './jsonl-file';
import { displayPath } from './paths';
import { type InputFileOptions, MAX_YAML_BYTES, readInputText } from './read-input';
import { parseYamlFile } from './yaml-file';
import { diagnosticsFromZod } from './zod-issues';

export type RecordKind = 'article' | 'entity' | 'relation';

interface RecordFile {
  records: Located<unknown>[];
  diagnostics: Diagnostic[];
}

const LIST_KEY = { entity: 'entities', relation: 'relations' } as const;

/** How data files are read: YAML whole, up to its limit; JSON Lines streamed, with the default limit per line. */
const DATA_FILE: InputFileOptions = {
  maxBytes: MAX_YAML_BYTES,
  what: 'YAML data file',
  tooLargeHint: 'split it into several files in the same folder, or use JSON Lines (.jsonl) for bulk data',
  notAFileHint: 'every *.yaml, *.yml and *.jsonl entry in the data folder must be a regular file; rename or remove it',
};

const ARTICLE_BODY: InputFileOptions = {
  what: 'article body',
  tooLargeHint: 'split the text into several articles, one .yaml and .txt pair each',
  notAFileHint: 'the body must be a regular .txt file with the same name as the article .yaml file',
};

/**
 * Reads one data file into unchecked records; the format follows the extension (.yaml/.yml or .jsonl).
 * A file that cannot be read (see read-input.ts) becomes a diagnostic, collected with every other problem.
 */
export async function readRecordFile(path: string, kind: RecordKind): Promise<RecordFile> {
  try {
    return await readRecordFileOrThrow(path, kind);
  } catch (error) {
    if (error instanceof InputFileError) return { records: [], diagnostics: [error.toDiagnostic()] };
    throw error;
  }
}

async function readRecordFileOrThrow(path: string, kind: RecordKind): Promise<RecordFile> {
  const file = displayPath(path);
  if (path.endsWith('.jsonl')) return readJsonLinesFile(path, file, kind);
  const text = canonicalBody(await readInputText(path, DATA_FILE));
  const parsed = parseYamlFile(file, text);
  if (parsed.errors.length > 0) return { records: [], diagnostics: parsed.errors };
  if (kind === 'article') return readArticleYaml(path, parsed.value, parsed.origin);
  const listKey = LIST_KEY[kind];
  const shape = z.strictObject({ [listKey]: z.array(z.unknown()) });
  const result = shape.safeParse(parsed.value);
  if (!result.success) {
    return {
      records: [],
      diagnostics: diagnosticsFromZod({ value: parsed.value, origin: parsed.origin, path: [] }, result.error, {
        schema: shape,
      }),
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
  if (!meta.success) {
    return { records: [], diagnostics: diagnosticsFromZod(record, meta.error, { schema: ArticleFileSchema }) };
  }
  const bodyPath = path.replace(/\.ya?ml$/, '.txt');
  const body = await readInputText(bodyPath, ARTICLE_BODY).catch((error: unknown) => {
    if (error instanceof InputNotFoundError) return undefined;
    throw error;
  });
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
