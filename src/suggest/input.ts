import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { canonicalBody } from '../load/article-body';
import { InputNotFoundError, ValidationError } from '../load/errors';
import { displayPath } from '../load/paths';
import { readRecordFile } from '../load/record-files';
import { BinaryInputError, EmptyInputError, InputTooLargeError } from './errors';
import { slugify } from './romanize';

/** The text to draft from, and the article id its evidence will cite. */
export interface ArticleInput {
  id: string;
  text: string;
}

export const MAX_INPUT_BYTES = 32 * 2 ** 20;

/** Reads plain text (.txt or any other extension), an article .yaml with its sibling .txt, or a .jsonl article. */
export async function readArticleInput(path: string, maxBytes = MAX_INPUT_BYTES): Promise<ArticleInput> {
  const shown = displayPath(path);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new InputNotFoundError(shown, 'pass the path of an article file');
  if (info.size > maxBytes) throw new InputTooLargeError(shown, info.size, maxBytes);
  const extension = extname(path).toLowerCase();
  const input = ['.yaml', '.yml', '.jsonl'].includes(extension)
    ? await readArticleRecord(path)
    : { id: slugify(basename(path, extname(path))) || 'article', text: decodeText(shown, await readFile(path)) };
  if (input.text.includes('\u0000')) throw new BinaryInputError(shown, 'it contains NUL bytes');
  if (!input.text.trim()) throw new EmptyInputError(shown);
  return input;
}

function decodeText(shown: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new BinaryInputError(shown, 'it contains NUL bytes');
  try {
    return canonicalBody(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BinaryInputError(shown, 'it is not valid UTF-8');
  }
}

async function readArticleRecord(path: string): Promise<ArticleInput> {
  const { records, diagnostics } = await readRecordFile(path, 'article');
  if (diagnostics.length > 0) throw new ValidationError(diagnostics);
  const [record] = records;
  const value = (record?.value ?? {}) as { id?: unknown; body?: unknown };
  if (typeof value.body !== 'string') throw new EmptyInputError(displayPath(path));
  return { id: typeof value.id === 'string' ? value.id : 'article', text: value.body };
}
