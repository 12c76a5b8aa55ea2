import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDataset } from '../../src/load/dataset';
import { EntitiesFileSchema, RelationsFileSchema } from '../../src/schema/data';
import { readArticleInput } from '../../src/suggest/input/article-input';
import { ikg } from '../helpers/cli';
import { loadOptionsFor, MINI, ROOT } from '../helpers/fixture';

const NO_STACK = /^\s+at .+:\d+:\d+\)?$/m;
const GOLD = join(ROOT, 'tests', 'suggest', 'gold');
const ARTICLE = join(MINI, 'articles', 'mini-rapidus.yaml');

async function scratch(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ikg-suggest-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('ikg suggest', () => {
  it('prints a YAML draft in the data format, every record marked for review', () => {
    const result = ikg(['suggest', ARTICLE, '--data', MINI]);
    expect(result.status, result.stderr).toBe(0);
    const draft = parse(result.stdout);
    expect(EntitiesFileSchema.safeParse({ entities: draft.entities }).success).toBe(true);
    expect(RelationsFileSchema.safeParse({ relations: draft.relations }).success).toBe(true);
    expect(draft.relations).toContainEqual(
      expect.objectContaining({ type: 'PARTNERS_WITH', from: 'rapidus', to: 'ibm', status: 'active' }),
    );
    const reviews = result.stdout.match(/^ *# REVIEW/gm) ?? [];
    expect(reviews.length).toBe(draft.entities.length + draft.relations.length);
  });

  it('--format json has the stable shape {entities, relations: [{type, from, to, status, quote, confidence}]}', () => {
    const result = ikg(['suggest', join(MINI, 'articles', 'mini-rapidus.txt'), '--data', MINI, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const draft = JSON.parse(result.stdout);
    expect(Array.isArray(draft.entities)).toBe(true);
    expect(draft.relations[0]).toEqual(
      expect.objectContaining({
        type: 'PARTNERS_WITH',
        from: 'rapidus',
        to: 'ibm',
        status: 'active',
        quote: expect.stringContaining('IBM과 협력해'),
        confidence: expect.any(Number),
        review: true,
      }),
    );
  });

  it('--min-confidence leaves out the less certain relations, and rejects a value outside 0..1', () => {
    const all = JSON.parse(ikg(['suggest', ARTICLE, '--data', MINI, '--format', 'json']).stdout).relations;
    const sure = JSON.parse(
      ikg(['suggest', ARTICLE, '--data', MINI, '--format', 'json', '--min-confidence', '0.6']).stdout,
    ).relations;
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.length).toBeLessThan(all.length);
    expect(sure.every((r: { confidence: number }) => r.confidence >= 0.6)).toBe(true);
    const bad = ikg(['suggest', ARTICLE, '--data', MINI, '--min-confidence', '2']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('expected a number from 0 to 1');
    expect(bad.stderr).not.toMatch(NO_STACK);
  });

  it('reads a .jsonl article record', async () => {
    const record = { id: 'jsonl-one', title: 't', publisher: 'p', published: '2024', language: 'ko' };
    const path = await scratch('a.jsonl', `${JSON.stringify({ ...record, body: '라피더스는 IBM과 손잡았다.' })}\n`);
    const result = ikg(['suggest', path, '--data', MINI, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).relations[0].evidence).toEqual([
      { article: 'jsonl-one', quote: '라피더스는 IBM과 손잡았다.' },
    ]);
  });

  it.each([
    ['an empty file', 'empty.txt', '', 'EmptyInputError', /is empty/],
    ['white space only', 'blank.txt', ' \n\t\n', 'EmptyInputError', /is empty/],
    [
      'binary garbage with NUL bytes',
      'junk.bin',
      new Uint8Array([0x89, 0x50, 0, 0, 0xff, 0x00, 0x13]),
      'BinaryInputError',
      /NUL bytes/,
    ],
    [
      'invalid UTF-8',
      'latin1.txt',
      new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]),
      'BinaryInputError',
      /not valid UTF-8/,
    ],
  ])('rejects %s with a named error, and the CLI says so without a stack', async (_, name, content, error, message) => {
    const path = await scratch(name, content);
    await expect(readArticleInput(path)).rejects.toMatchObject({ name: error });
    const result = ikg(['suggest', path, '--data', MINI]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('hint:');
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it('rejects a file over the size limit before reading it', async () => {
    const path = await scratch('big.txt', '가'.repeat(2000));
    await expect(readArticleInput(path, 1000)).rejects.toMatchObject({ name: 'InputTooLargeError' });
  });

  it('drafts from a 10 MB article', async () => {
    const sentence = '라피더스는 IBM과 협력해 2나노 공정 개발을 목표로 하고 있다. 엔비디아는 새 파운드리를 찾는다.\n';
    const path = await scratch('large.txt', sentence.repeat(Math.ceil(10e6 / Buffer.byteLength(sentence))));
    const result = ikg(['suggest', path, '--data', MINI, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).relations).toContainEqual(
      expect.objectContaining({ type: 'PARTNERS_WITH', from: 'rapidus', to: 'ibm' }),
    );
  }, 120_000);

  it('a missing article or none at all is a usage error', () => {
    expect(ikg(['suggest', '/nonexistent/a.txt', '--data', MINI]).stderr).toContain('does not exist');
    const none = ikg(['suggest', '--data', MINI]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no article given');
  });

  it('a broken cue lexicon is reported with its line, like a data file', async () => {
    const path = await scratch('cues.yaml', 'version: 1\nrelations:\n  partners_with: { ko: [협력] }\n');
    const result = ikg(['suggest', ARTICLE, '--data', MINI, '--cues', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cues\.yaml:\d+:\d+/);
  });
});

describe('ikg suggest --eval on the labelled set', () => {
  it('the labelled set is itself valid project data', async () => {
    const { diagnostics, dataset } = await loadDataset(loadOptionsFor(GOLD));
    expect(diagnostics).toEqual([]);
    expect(dataset?.articles.map((a) => a.value.language)).toEqual(expect.arrayContaining(['ko', 'en']));
  });

  it('meets the targets: recall ≥ 0.7 and precision ≥ 0.6 overall and on each held-out article', () => {
    const result = ikg(['suggest', '--eval', '--data', GOLD, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const { articles, micro } = JSON.parse(result.stdout);
    expect(articles).toHaveLength(5);
    expect(micro.recall).toBeGreaterThanOrEqual(0.7);
    expect(micro.precision).toBeGreaterThanOrEqual(0.6);
    for (const id of ['gold-ko-holdout', 'gold-en-holdout']) {
      const holdout = articles.find((a: { article: string }) => a.article === id);
      expect(holdout.recall, id).toBeGreaterThanOrEqual(0.7);
      expect(holdout.precision, id).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('prints a table by default', () => {
    const result = ikg(['suggest', '--eval', '--data', GOLD]);
    expect(result.stdout).toMatch(/^micro +\d+ +\d+ +\d+ +[\d.]+ +[\d.]+ +[\d.]+ +[\d.]+$/m);
  });
});
