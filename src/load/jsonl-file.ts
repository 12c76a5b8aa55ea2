import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { canonicalBody } from './article-body';
import type { Diagnostic, Origin, PathSegment } from './diagnostics';
import { InputFileError, type InputProblem } from './errors';
import { DEFAULT_MAX_INPUT_BYTES, findTextProblem, openInputFile, positionOf } from './read-input';

export interface JsonLine {
  value: unknown;
  origin: Origin;
}

interface LineAt {
  text: string;
  /** 1-based. */
  number: number;
  /** Where the line starts in the file, in bytes, and how many bytes it has without its line end. */
  offset: number;
  bytes: number;
}

const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

/** A line that was not passed on: longer than the limit, or not UTF-8 text. */
export interface BadLine {
  problem: InputProblem;
  number: number;
  col: number;
  reason: string;
  hint: string;
}

export interface LineOptions {
  /** A line longer than this is reported and skipped without being held in memory. */
  maxLineBytes?: number;
  /** Told about each bad line; without it, the first bad line throws an InputFileError. */
  onBadLine?: (bad: BadLine) => void;
}

/**
 * Reads JSON Lines one line at a time, so a file of any size never becomes one string:
 * one record per non-blank line; a line's diagnostics point at that line.
 */
export async function readJsonLines(
  path: string,
  file: string,
  options: Pick<LineOptions, 'maxLineBytes'> = {},
): Promise<{ records: JsonLine[]; errors: Diagnostic[] }> {
  const records: JsonLine[] = [];
  const errors: Diagnostic[] = [];
  const onBadLine = (bad: BadLine) =>
    errors.push({ file, line: bad.number, col: bad.col, message: `this line ${bad.reason}`, hint: bad.hint });
  await forEachLine(
    path,
    (line) => {
      const text = canonicalBody(line.text);
      if (text.trim() === '') return;
      try {
        records.push({
          value: JSON.parse(text),
          origin: new LineOrigin(file, path, line.number, line.offset, line.bytes),
        });
      } catch (error) {
        errors.push({
          file,
          line: line.number,
          col: 1,
          message: `invalid JSON: ${(error as Error).message}`,
          hint: 'each line of a .jsonl file must be one complete JSON object',
        });
      }
    },
    { ...options, onBadLine },
  );
  return { records, errors };
}

/**
 * Calls `visit` for every line of a file, splitting raw bytes so no more than a chunk and a line are held.
 * The file is opened by openInputFile (a regular file, never a FIFO; no limit on its total size, as it is
 * streamed); each line must be UTF-8 text without NUL bytes and at most `maxLineBytes` long.
 */
export async function forEachLine(
  path: string,
  visit: (line: LineAt) => void,
  options: LineOptions = {},
): Promise<void> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const { handle, shown } = await openInputFile(path, {
    maxBytes: Number.POSITIVE_INFINITY,
    what: 'JSON Lines file',
    notAFileHint: 'a .jsonl data file must be a regular file; rename or remove this one',
  });
  const onBadLine =
    options.onBadLine ??
    ((bad: BadLine) => {
      throw new InputFileError(shown, bad.problem, bad.reason, bad.hint, {
        position: { line: bad.number, col: bad.col },
      });
    });
  /** `checked`: the line lies in a stretch of the buffer already found to be clean UTF-8 without NUL bytes. */
  const emit = (buffer: Buffer, start: number, end: number, number: number, offset: number, checked = false) => {
    if (end - start > maxLineBytes) return onBadLine(tooLong(number, end - start, maxLineBytes));
    const problem = checked ? undefined : findTextProblem(buffer.subarray(start, end));
    if (problem) {
      const { col } = positionOf(buffer.subarray(start, end), problem.offset);
      return onBadLine({ problem: problem.problem, number, col, reason: problem.reason, hint: problem.hint });
    }
    visit({ text: buffer.toString('utf8', start, end), number, offset, bytes: end - start });
  };
  try {
    let carry: Buffer = Buffer.alloc(0);
    let read = 0;
    let number = 0;
    /** Inside a line already reported as too long: its bytes are dropped until its end. */
    let skipping = false;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      const data = chunk.subarray(0, bytesRead);
      const buffer = carry.length > 0 ? Buffer.concat([carry, data]) : data;
      const bufferOffset = read - carry.length;
      read += bytesRead;
      // Checked once for the whole lines in the buffer; line by line only when something is wrong.
      const lines = buffer.subarray(0, Math.max(0, buffer.lastIndexOf(NEWLINE)));
      const clean = lines.indexOf(0) === -1 && isUtf8(lines);
      let start = 0;
      for (let end = buffer.indexOf(NEWLINE); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
        number++;
        if (skipping) skipping = false;
        else emit(buffer, start, end, number, bufferOffset + start, clean);
        start = end + 1;
      }
      carry = skipping ? Buffer.alloc(0) : buffer.subarray(start);
      if (carry.length > maxLineBytes) {
        onBadLine(tooLong(number + 1, carry.length, maxLineBytes, true));
        carry = Buffer.alloc(0);
        skipping = true;
      }
    }
    if (carry.length > 0 && !skipping) emit(carry, 0, carry.length, number + 1, read - carry.length);
  } finally {
    await handle.close();
  }
}

function tooLong(number: number, bytes: number, limit: number, atLeast = false): BadLine {
  return {
    problem: 'too-large',
    number,
    col: 1,
    reason: `is ${atLeast ? 'more than ' : ''}${bytes} bytes long, over the ${limit}-byte limit for one line`,
    hint: 'each line holds one record; split a very long article body into several articles',
  };
}

/** Locates a key by re-reading its line from the file, so records do not keep their source text alive. */
class LineOrigin implements Origin {
  constructor(
    readonly file: string,
    private readonly path: string,
    private readonly line: number,
    private readonly offset: number,
    private readonly bytes: number,
  ) {}

  locate(keyPath: readonly PathSegment[]): { line: number; col: number } {
    const key = [...keyPath].reverse().find((segment): segment is string => typeof segment === 'string');
    const at = key === undefined ? -1 : readLine(this.path, this.offset, this.bytes).indexOf(`"${key}"`);
    return { line: this.line, col: at + 1 || 1 };
  }
}

function readLine(path: string, offset: number, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    readSync(fd, buffer, 0, bytes, offset);
    return canonicalBody(buffer.toString('utf8'));
  } catch {
    return '';
  } finally {
    closeSync(fd);
  }
}
