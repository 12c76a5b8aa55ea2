import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { UserError } from './user-error';

/** An output file could not be written: its folder is a file, or not writable, or the path is a folder. */
export class OutputWriteError extends UserError {
  override name = 'OutputWriteError';
  constructor(
    readonly path: string,
    message: string,
    hint: string,
    options?: ErrorOptions,
  ) {
    super(message, hint, options);
  }
}

function temporaryPathFor(path: string): string {
  return `${path}.${process.pid}.${Date.now()}.tmp`;
}

/** Writes a whole file at once: readers see the old file or the new one, never half of it. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await makeFolderFor(path);
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw await asOutputError(path, error);
  }
}

/**
 * Streams into a temporary file and renames it over `path` only when `write` finishes;
 * on any error the temporary file is removed and `path` is untouched.
 */
export async function writeStreamAtomic(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  await makeFolderFor(path);
  const temporary = temporaryPathFor(path);
  const out = createWriteStream(temporary);
  try {
    await once(out, 'open');
    await write(out);
    out.end();
    await finished(out);
    await rename(temporary, path);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw await asOutputError(path, error);
  }
}

async function makeFolderFor(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true }).catch(async (error: unknown) => {
    throw await asOutputError(path, error);
  });
}

const FILE_SYSTEM_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'ENOSPC', 'EDQUOT']);

/** File-system refusals become an OutputWriteError naming the path, with a hint; anything else is rethrown. */
export async function asOutputError(path: string, error: unknown): Promise<unknown> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof UserError || !code || !FILE_SYSTEM_CODES.has(code)) return error;
  const cause = { cause: error };
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST': {
      const blocker = await fileInTheWay(path);
      return new OutputWriteError(
        path,
        `cannot write ${path}: ${blocker ?? 'a folder in its path'} is a file, not a folder`,
        `remove or rename ${blocker ?? 'that file'}, or write somewhere else (for example with --out DIR)`,
        cause,
      );
    }
    case 'EISDIR':
      return new OutputWriteError(
        path,
        `cannot write ${path}: it is a folder`,
        `remove or rename the folder ${path}, or write somewhere else (for example with --out DIR)`,
        cause,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputWriteError(
        path,
        `cannot write ${path}: no space left on the device`,
        'free some disk space, or write somewhere else (for example with --out DIR)',
        cause,
      );
    default:
      return new OutputWriteError(
        path,
        `cannot write ${path}: ${code === 'EROFS' ? 'the file system is read-only' : 'permission denied'}`,
        `check the permissions of ${dirname(path)}, or write somewhere else (for example with --out DIR)`,
        cause,
      );
  }
}

/** The nearest existing ancestor of `path`, when it is not a folder. */
async function fileInTheWay(path: string): Promise<string | undefined> {
  for (let current = dirname(path); ; current = dirname(current)) {
    const info = await stat(current).catch(() => undefined);
    if (info) return info.isDirectory() ? undefined : current;
    if (dirname(current) === current) return undefined;
  }
}
