import { isUtf8 } from 'node:buffer';
import { constants, type Stats } from 'node:fs';
import { type FileHandle, lstat, open, readlink } from 'node:fs/promises';
import { InputFileError, InputNotFoundError } from './errors';
import { displayPath } from './paths';

/**
 * The one way input files are read: the data folder's YAML and JSON Lines files, article bodies, the ontology,
 * `--graph FILE` and the article `ikg suggest` drafts from.
 *
 * A path is refused, with a message naming it and a hint, when it does not exist, cannot be read, is a directory,
 * a FIFO, a socket or a device, loops through symbolic links, is larger than a limit (checked before reading), or
 * is not UTF-8 text (invalid bytes or a NUL byte, reported with their line and column). Symbolic links are
 * followed: a link to a regular file reads that file. A FIFO never blocks: the file is opened with O_NONBLOCK and
 * checked with fstat before anything is read. A leading UTF-8 byte-order mark is dropped; line ends and Unicode
 * normalization are left as they are (see canonicalBody for article bodies).
 */

/** The default size limit of a file read whole, such as an article body; also the limit of one JSON Lines line. */
export const DEFAULT_MAX_INPUT_BYTES = 20 * 2 ** 20;

/**
 * The size limit of a YAML file (a data file, the ontology). YAML is parsed into a whole document, kept to locate
 * every problem, which takes about 140 bytes of memory per byte of YAML (a 5 MiB file, some 50,000 entities, peaks
 * near 700 MiB); bulk data belongs in JSON Lines, which is streamed.
 */
export const MAX_YAML_BYTES = 5 * 2 ** 20;

export interface InputFileOptions {
  /** Refuse a file larger than this many bytes, before reading it. */
  maxBytes?: number;
  /** What the file is, for messages: "data file", "article body", "ontology". */
  what?: string;
  /** The hint for a file that does not exist. */
  missingHint?: string;
  /** The hint for a file over the size limit. */
  tooLargeHint?: string;
  /** The hint for a file that is not a regular file (a directory, a FIFO, a device). */
  notAFileHint?: string;
}

export interface OpenInput {
  handle: FileHandle;
  /** The size fstat reported. */
  size: number;
  /** The path as messages show it. */
  shown: string;
}

const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** Opens a regular file for reading, or throws an InputFileError; the caller closes the handle. */
export async function openInputFile(path: string, options: InputFileOptions = {}): Promise<OpenInput> {
  const shown = displayPath(path);
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | NONBLOCK);
  } catch (error) {
    throw await openError(path, shown, error as NodeJS.ErrnoException, options);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notAFile(shown, info, options);
    const limit = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
    if (info.size > limit) throw tooLarge(shown, info.size, limit, options);
    return { handle, size: info.size, shown };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Reads a whole file as UTF-8 text, once, refusing it before reading when it is over the size limit. */
export async function readInputText(path: string, options: InputFileOptions = {}): Promise<string> {
  const { handle, size, shown } = await openInputFile(path, options);
  const limit = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  let bytes: Buffer;
  try {
    bytes = await readCapped(handle, size, limit);
  } catch (error) {
    throw ioError(shown, error as NodeJS.ErrnoException);
  } finally {
    await handle.close();
  }
  if (bytes.length > limit) throw tooLarge(shown, bytes.length, limit, options);
  return decodeInput(bytes, shown);
}

/** Reads until the end of the file or one byte past the limit; a file may grow, and /proc files report size 0. */
async function readCapped(handle: FileHandle, size: number, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(Math.max(size - total + 1, 1 << 16), limit + 1 - total);
    if (want <= 0) break;
    const chunk = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(chunk, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === want ? chunk : chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

/** A problem in the content of a text file, at a byte offset. */
export interface TextProblem {
  problem: 'invalid-utf8' | 'nul-byte';
  offset: number;
  reason: string;
  hint: string;
}

/**
 * What keeps the bytes from being text: a NUL byte first (the mark of a binary file, or of UTF-16), else the first
 * invalid UTF-8 sequence; undefined for clean text.
 */
export function findTextProblem(bytes: Uint8Array): TextProblem | undefined {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      problem: 'nul-byte',
      offset: nul,
      reason: 'contains a NUL byte, so it is not text',
      hint: looksLikeUtf16(bytes)
        ? 'the file looks like UTF-16; save it as UTF-8'
        : 'this looks like a binary file; input files must be UTF-8 text',
    };
  }
  if (isUtf8(bytes)) return undefined;
  const invalid = firstInvalidUtf8(bytes);
  const byte = bytes[invalid] ?? 0;
  return {
    problem: 'invalid-utf8',
    offset: invalid,
    reason: `is not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} cannot start or continue a character`,
    hint: looksLikeUtf16(bytes)
      ? 'the file looks like UTF-16; save it as UTF-8'
      : 'save the file as UTF-8 (it may be in Latin-1, Windows-1252, EUC-KR or Shift JIS)',
  };
}

/** Decodes UTF-8 strictly (TextDecoder with fatal: true), dropping a byte-order mark; a problem names line:col. */
export function decodeInput(bytes: Uint8Array, shown: string): string {
  const problem = findTextProblem(bytes);
  if (problem) {
    const position = positionOf(bytes, problem.offset);
    throw new InputFileError(shown, problem.problem, problem.reason, problem.hint, { position });
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The 1-based line and column (in UTF-16 units, as editors count) of a byte offset. */
export function positionOf(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) {
    line++;
    lineStart = at + 1;
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, col: before.length + 1 };
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** A UTF-16 byte-order mark, or a NUL in every other byte of the first few characters. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 64);
  let zeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros++;
  return sample.length >= 4 && zeros >= sample.length / 3;
}

function mib(bytes: number): string {
  const value = bytes / 2 ** 20;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MiB`;
}

function tooLarge(shown: string, size: number, limit: number, options: InputFileOptions): InputFileError {
  return new InputFileError(
    shown,
    'too-large',
    `is ${mib(size)}, over the ${mib(limit)} limit for ${article(options.what ?? 'input file')}`,
    options.tooLargeHint ?? 'split it into smaller files',
    { size },
  );
}

function notAFile(shown: string, info: Stats, options: InputFileOptions): InputFileError {
  const hint = options.notAFileHint ?? 'pass the path of a regular file';
  if (info.isDirectory()) return new InputFileError(shown, 'directory', 'is a directory, not a file', hint);
  const kind = info.isFIFO()
    ? 'a FIFO (named pipe)'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
  return new InputFileError(shown, 'not-a-file', `is ${kind}, not a regular file`, hint);
}

async function openError(
  path: string,
  shown: string,
  error: NodeJS.ErrnoException,
  options: InputFileOptions,
): Promise<InputFileError> {
  const cause = { cause: error };
  switch (error.code) {
    case 'ENOENT': {
      const link = await lstat(path).catch(() => undefined);
      if (link?.isSymbolicLink()) {
        const target = await readlink(path).catch(() => '?');
        return new InputFileError(
          shown,
          'missing',
          `is a symbolic link to ${target}, which does not exist`,
          'fix the link or replace it with the file',
          cause,
        );
      }
      return new InputNotFoundError(shown, options.missingHint ?? 'check the path', 'does not exist', error);
    }
    case 'ENOTDIR':
      return new InputNotFoundError(
        shown,
        options.missingHint ?? 'check the path',
        'does not exist: a folder in its path is a file',
        error,
      );
    case 'EACCES':
    case 'EPERM':
      return new InputFileError(
        shown,
        'unreadable',
        'cannot be read: permission denied',
        `check its permissions (for example chmod u+r ${shown}) and those of its folders`,
        cause,
      );
    case 'ELOOP':
      return new InputFileError(
        shown,
        'symlink-loop',
        'is a symbolic link that loops back on itself (or a chain of more than 40 links)',
        'make the link point at a regular file',
        cause,
      );
    case 'EISDIR':
      return new InputFileError(
        shown,
        'directory',
        'is a directory, not a file',
        options.notAFileHint ?? 'pass the path of a regular file',
        cause,
      );
    case 'ENXIO':
    case 'ENODEV':
    case 'EOPNOTSUPP':
      return new InputFileError(
        shown,
        'not-a-file',
        'is a socket or device, not a regular file',
        options.notAFileHint ?? 'pass the path of a regular file',
        cause,
      );
    default:
      return ioError(shown, error);
  }
}

function ioError(shown: string, error: NodeJS.ErrnoException): InputFileError {
  return new InputFileError(
    shown,
    'io',
    `cannot be read: ${error.code ?? error.message}`,
    'check that the file is readable and the disk is healthy, then try again',
    { cause: error },
  );
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
