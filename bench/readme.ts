import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../src/util/atomic-write';

export const RESULTS_START = '<!-- bench:results:start -->';
export const RESULTS_END = '<!-- bench:results:end -->';

/** The README has no place for the results: its markers are missing, repeated or out of order. */
export class ReadmeMarkersError extends Error {
  override name = 'ReadmeMarkersError';
}

/** The README text with `markdown` between the results markers; everything outside them is kept byte for byte. */
export function withResults(readme: string, markdown: string, path = 'README.md'): string {
  const start = readme.indexOf(RESULTS_START);
  const end = readme.indexOf(RESULTS_END);
  const once = (marker: string, at: number) => at >= 0 && readme.indexOf(marker, at + marker.length) < 0;
  if (!once(RESULTS_START, start) || !once(RESULTS_END, end) || end < start) {
    throw new ReadmeMarkersError(
      `${path} needs exactly one "${RESULTS_START}" line followed by one "${RESULTS_END}" line, where the bench writes its results`,
    );
  }
  const before = readme.slice(0, start + RESULTS_START.length);
  return `${before}\n\n${markdown.trim()}\n\n${readme.slice(end)}`;
}

/** Fails with ReadmeMarkersError unless the README at `path` has its results markers. */
export async function checkReadmeMarkers(path: string): Promise<void> {
  withResults(await readFile(path, 'utf8'), '', path);
}

/** Writes the results into the README at `path`, atomically. */
export async function writeResultsIntoReadme(path: string, markdown: string): Promise<void> {
  const readme = await readFile(path, 'utf8');
  await writeFileAtomic(path, withResults(readme, markdown, path));
}
