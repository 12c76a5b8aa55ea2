import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDataset } from '../../src/load/dataset';
import { compileGraph } from '../../src/pipeline/compile-graph';
import { copyFixture, loadOptionsFor, MINI } from '../helpers/fixture';

const lines = (records: readonly unknown[]) => `${records.map((record) => JSON.stringify(record)).join('\n')}\n`;

/** The mini fixture rewritten as JSON Lines: one article per line with its body inline. */
async function miniAsJsonLines(): Promise<string> {
  const dir = await copyFixture();
  const read = async (file: string) => readFile(join(MINI, file), 'utf8');
  const article = { ...parse(await read('articles/mini-rapidus.yaml')), body: await read('articles/mini-rapidus.txt') };
  await rm(join(dir, 'articles'), { recursive: true });
  await rm(join(dir, 'entities', 'entities.yaml'));
  await rm(join(dir, 'relations', 'relations.yaml'));
  await writeJsonLines(dir, 'articles/articles.jsonl', [article]);
  await writeJsonLines(dir, 'entities/entities.jsonl', parse(await read('entities/entities.yaml')).entities);
  await writeJsonLines(dir, 'relations/relations.jsonl', parse(await read('relations/relations.yaml')).relations);
  return dir;
}

async function writeJsonLines(dir: string, file: string, records: readonly unknown[]): Promise<void> {
  await mkdir(join(dir, file, '..'), { recursive: true });
  await writeFile(join(dir, file), lines(records));
}

describe('JSON Lines data', () => {
  it('builds the same graph as the same data in YAML', async () => {
    const dir = await miniAsJsonLines();
    const fromJsonLines = await compileGraph({ ...loadOptionsFor(dir), analytics: false });
    const fromYaml = await compileGraph({ ...loadOptionsFor(MINI), analytics: false });
    expect(fromJsonLines.order).toBe(fromYaml.order);
    expect(fromJsonLines.size).toBe(fromYaml.size);
    expect(fromJsonLines.export()).toEqual(fromYaml.export());
  });

  it('reports invalid JSON at its line and keeps reading the lines after it', async () => {
    const dir = await miniAsJsonLines();
    const path = join(dir, 'entities', 'entities.jsonl');
    const [first, ...rest] = (await readFile(path, 'utf8')).split('\n');
    await writeFile(path, [first, '{"id": "broken",', ...rest].join('\n'));
    const { dataset, diagnostics } = await loadDataset(loadOptionsFor(dir));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: expect.stringMatching(/entities\.jsonl$/), line: 2, col: 1 });
    expect(diagnostics[0]?.message).toMatch(/^invalid JSON/);
    expect(dataset?.entities.map((e) => e.value.id)).toEqual(['rapidus', 'ibm', 'nvidia', 'jensen-huang']);
  });

  it('points a schema error at the line and column of the offending key', async () => {
    const dir = await miniAsJsonLines();
    const path = join(dir, 'relations', 'relations.jsonl');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"status":"considered"', '"status":"rumoured"'));
    const { diagnostics } = await loadDataset(loadOptionsFor(dir));
    const line = text.split('\n')[1] as string;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 2, col: line.indexOf('"status"') + 1 });
  });

  it('skips blank lines and reads CRLF line ends, a byte-order mark and a last line without a line end', async () => {
    const dir = await miniAsJsonLines();
    const path = join(dir, 'entities', 'entities.jsonl');
    const records = (await readFile(path, 'utf8')).trim().split('\n');
    await writeFile(path, `\uFEFF${records[0]}\r\n\r\n${records.slice(1).join('\r\n')}`);
    const { dataset, diagnostics } = await loadDataset(loadOptionsFor(dir));
    expect(diagnostics).toEqual([]);
    expect(dataset?.entities).toHaveLength(4);
    expect(dataset?.entities[1]?.origin.locate([]).line).toBe(3);
  });

  it('stores an inline article body in the canonical form quotes are checked against', async () => {
    const dir = await miniAsJsonLines();
    const path = join(dir, 'articles', 'articles.jsonl');
    const [article] = (await readFile(path, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    await writeFile(path, lines([{ ...article, body: article.body.replace(/\n/g, '\r\n').normalize('NFD') }]));
    const { dataset } = await loadDataset(loadOptionsFor(dir));
    const body = dataset?.articles[0]?.value.body ?? '';
    expect(body).not.toContain('\r');
    expect(body).not.toContain('\uFEFF');
    expect(body).toBe(body.normalize('NFC'));
    await expect(compileGraph({ ...loadOptionsFor(dir), analytics: false })).resolves.toBeDefined();
  });
});
