import { basename, extname } from 'node:path';
import { canonicalBody } from '../../load/article-body';
import { InputFileError, ValidationError } from '../../load/errors';
import { displayPath } from '../../load/paths';
import { type InputFileOptions, openInputFile, readInputText } from '../../load/read-input';
import { readRecordFile } from '../../load/record-files';
import { slugify } from '../mentions/romanize';
import { BinaryInputError, EmptyInputError, InputTooLargeError } from './errors';

/** The text to draft from, and the article id its evidence will cite. */
export interface ArticleInput {
  id: string;
  text: string;
}

export const MAX_INPUT_BYTES = 32 * 2 ** 20;

/**
 * Reads plain text (.txt or any other extension), an article .yaml with its sibling .txt, or a .jsonl article.
 * The file is read by read-input.ts like every input file; a file that cannot be read throws a UserError.
 */
export async function readArticleInput(path: string, maxBytes = MAX_INPUT_BYTES): Promise<ArticleInput> {
  const shown = displayPath(path);
  const options: InputFileOptions = {
    maxBytes,
    what: 'article',
    missingHint: 'pass the path of an article file',
    notAFileHint: 'pass the path of an article file: plain text, an article .yaml or a .jsonl record',
  };
  const extension = extname(path).toLowerCase();
  try {
    let input: ArticleInput;
    if (['.yaml', '.yml', '.jsonl'].includes(extension)) {
      await (await openInputFile(path, options)).handle.close();
      input = await readArticleRecord(path);
    } else {
      const text = canonicalBody(await readInputText(path, options));
      input = { id: slugify(basename(path, extname(path))) || 'article', text };
    }
    if (input.text.includes('\u0000')) throw new BinaryInputError(shown, 'it contains NUL bytes');
    if (!input.text.trim()) throw new EmptyInputError(shown);
    return input;
  } catch (error) {
    throw asSuggestError(error, shown, maxBytes);
  }
}

/** suggest's own names for a file that is too large or not text, which its users and tests know. */
function asSuggestError(error: unknown, shown: string, maxBytes: number): unknown {
  if (!(error instanceof InputFileError)) return error;
  const at = error.position ? ` at line ${error.position.line}, col ${error.position.col}` : '';
  if (error.problem === 'nul-byte') return new BinaryInputError(shown, `it contains NUL bytes${at}`);
  if (error.problem === 'invalid-utf8') return new BinaryInputError(shown, `it is not valid UTF-8${at}`);
  if (error.problem === 'too-large' && error.size !== undefined)
    return new InputTooLargeError(shown, error.size, maxBytes);
  return error;
}

async function readArticleRecord(path: string): Promise<ArticleInput> {
  const { records, diagnostics } = await readRecordFile(path, 'article');
  if (diagnostics.length > 0) throw new ValidationError(diagnostics);
  const [record] = records;
  const value = (record?.value ?? {}) as { id?: unknown; body?: unknown };
  if (typeof value.body !== 'string') throw new EmptyInputError(displayPath(path));
  return { id: typeof value.id === 'string' ? value.id : 'article', text: value.body };
}
