import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { canonicalBody } from './article-body';
import type { Diagnostic, Origin, PathSegment } from './diagnostics';

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

/**
 * Reads JSON Lines one line at a time, so a file of any size never becomes one string:
 * one record per non-blank line; a line's diagnostics point at that line.
 */
export async function readJsonLines(
  path: string,
  file: string,
): Promise<{ records: JsonLine[]; errors: Diagnostic[] }> {
  const records: JsonLine[] = [];
  const errors: Diagnostic[] = [];
  await forEachLine(path, (line) => {
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
  });
  return { records, errors };
}

/** Calls `visit` for every line of a file, splitting raw bytes so no more than a chunk and a line are held. */
export async function forEachLine(path: string, visit: (line: LineAt) => void): Promise<void> {
  let carry: Buffer = Buffer.alloc(0);
  let carryOffset = 0;
  let number = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    const buffer = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let end = buffer.indexOf(NEWLINE); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
      visit({
        text: buffer.toString('utf8', start, end),
        number: ++number,
        offset: carryOffset + start,
        bytes: end - start,
      });
      start = end + 1;
    }
    carry = buffer.subarray(start);
    carryOffset += start;
  }
  if (carry.length > 0)
    visit({ text: carry.toString('utf8'), number: number + 1, offset: carryOffset, bytes: carry.length });
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
