import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

function temporaryPathFor(path: string): string {
  return `${path}.${process.pid}.${Date.now()}.tmp`;
}

/** Writes a whole file at once: readers see the old file or the new one, never half of it. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Streams into a temporary file and renames it over `path` only when `write` finishes;
 * on any error the temporary file is removed and `path` is untouched.
 */
export async function writeStreamAtomic(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryPathFor(path);
  const out = createWriteStream(temporary);
  try {
    await write(out);
    out.end();
    await finished(out);
    await rename(temporary, path);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}
