import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { loadOntology } from '../../src/load/ontology';
import { checkData } from '../../src/pipeline/compile-graph';
import type { Ontology } from '../../src/schema/ontology';
import { ONTOLOGY } from '../helpers/fixture';

const FILES = ['entities/entities.jsonl', 'articles/articles.jsonl', 'relations/relations.jsonl'];

describe('generateDataset', () => {
  let dir: string;
  let ontology: Ontology;
  const read = (dataDir: string) => Promise.all(FILES.map((file) => readFile(join(dataDir, file), 'utf8')));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ikg-generate-'));
    ontology = (await loadOntology(ONTOLOGY)).ontology as Ontology;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the same bytes for the same seed, and different data for another seed', async () => {
    await generateDataset(join(dir, 'a'), 500, ontology);
    await generateDataset(join(dir, 'b'), 500, ontology);
    await generateDataset(join(dir, 'c'), 500, ontology, { seed: 7 });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((name) => read(join(dir, name))));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('makes a dataset the pipeline accepts, with every quote found in its article', async () => {
    const counts = await generateDataset(join(dir, 'valid'), 2000, ontology);
    expect(counts).toEqual({ relations: 2000, entities: 200, articles: 100 });
    const { diagnostics, dataset, spans } = await checkData({ dataDir: join(dir, 'valid'), ontologyPath: ONTOLOGY });
    expect(diagnostics).toEqual([]);
    expect(dataset?.relations).toHaveLength(2000);
    expect(spans?.size).toBe(2000);
  });

  it('names entities in Korean and English, and puts both in the quotes', async () => {
    await generateDataset(join(dir, 'names'), 1000, ontology);
    const [entities, , relations] = await read(join(dir, 'names'));
    const first = JSON.parse(entities?.split('\n')[0] ?? '{}');
    expect(first.names.ko).toMatch(/^[\uAC00-\uD7A3]+$/);
    expect(first.names.en).toMatch(/^[A-Z][a-z]+/);
    const quotes = (relations ?? '')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).evidence[0].quote as string);
    expect(quotes.some((quote) => /[A-Z][a-z]+ /.test(quote))).toBe(true);
    expect(quotes.every((quote) => /[\uAC00-\uD7A3]/.test(quote))).toBe(true);
  });
});
