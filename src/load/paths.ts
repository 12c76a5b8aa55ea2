import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputFileError } from './errors';

/** A path as the user should see it in messages: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * Every entry below a folder whose name ends with one of the extensions, sorted; [] when the folder is missing.
 * Entries that are not regular files (a directory, a FIFO or a symbolic link named *.yaml) are listed too, so
 * that reading them reports what they are instead of skipping them silently; symbolic links are followed when
 * read. A folder that exists but cannot be listed throws an InputFileError.
 */
export async function listFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    const shown = displayPath(error.path ?? dir);
    if (error.code === 'ENOTDIR')
      throw new InputFileError(
        shown,
        'not-a-file',
        'is a file, not a folder',
        'data files go in a folder of this name',
      );
    throw new InputFileError(
      shown,
      error.code === 'EACCES' || error.code === 'EPERM' ? 'unreadable' : 'io',
      `cannot be listed: ${error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : (error.code ?? error.message)}`,
      `check the permissions of ${shown} and the folders in it`,
    );
  });
  return entries
    .filter((entry) => !isEditorLock(entry.name) && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Emacs marks a file being edited with a symbolic link ".#name" to nowhere; it is not data. */
function isEditorLock(name: string): boolean {
  return name.startsWith('.#');
}
