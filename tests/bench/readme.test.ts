import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkReadmeMarkers,
  RESULTS_END,
  RESULTS_START,
  ReadmeMarkersError,
  withResults,
  writeResultsIntoReadme,
} from '../../bench/readme';

const BEFORE = '# Project\r\n\nIntro with `<!-- a comment -->` and trailing spaces.  \n\n## Benchmarks\n\n';
const AFTER = '\n\n## Tests\n\nLast line without a newline';
const README = `${BEFORE}${RESULTS_START}\nold table\n${RESULTS_END}${AFTER}`;
const RESULTS = '| stage | time |\n| ----- | ---: |\n| load  | 1 ms |\n';

describe('withResults', () => {
  it('puts the results between the markers and keeps every byte outside them', () => {
    const written = withResults(README, RESULTS);
    expect(written).toBe(`${BEFORE}${RESULTS_START}\n\n${RESULTS.trim()}\n\n${RESULTS_END}${AFTER}`);
  });

  it('gives the same README when written twice, and replaces older results', () => {
    const once = withResults(README, RESULTS);
    expect(withResults(once, RESULTS)).toBe(once);
    expect(withResults(once, 'new')).not.toContain('| load');
  });

  it.each([
    ['no markers', `${BEFORE}${AFTER}`],
    ['no end marker', `${BEFORE}${RESULTS_START}${AFTER}`],
    ['no start marker', `${BEFORE}${RESULTS_END}${AFTER}`],
    ['the end before the start', `${BEFORE}${RESULTS_END}\n${RESULTS_START}${AFTER}`],
    ['a marker twice', `${README}\n${RESULTS_START}\n${RESULTS_END}\n`],
  ])('refuses a README with %s, naming the file and the markers', (_, readme) => {
    expect(() => withResults(readme, RESULTS, 'docs/README.md')).toThrow(ReadmeMarkersError);
    expect(() => withResults(readme, RESULTS, 'docs/README.md')).toThrow(
      /docs\/README\.md needs exactly one "<!-- bench:results:start -->" line followed by one "<!-- bench:results:end -->"/,
    );
  });
});

describe('writeResultsIntoReadme', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ikg-readme-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rewrites the file in place', async () => {
    const path = join(dir, 'README.md');
    await writeFile(path, README);
    await checkReadmeMarkers(path);
    await writeResultsIntoReadme(path, RESULTS);
    expect(await readFile(path, 'utf8')).toBe(withResults(README, RESULTS));
  });

  it('leaves a README without markers untouched', async () => {
    const path = join(dir, 'plain.md');
    await writeFile(path, BEFORE);
    await expect(checkReadmeMarkers(path)).rejects.toThrow(ReadmeMarkersError);
    await expect(writeResultsIntoReadme(path, RESULTS)).rejects.toThrow(ReadmeMarkersError);
    expect(await readFile(path, 'utf8')).toBe(BEFORE);
  });
});
