import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePairs } from '../../src/suggest/evaluate/evaluate-pairs';
import { type PairLine, readPairRecords } from '../../src/suggest/evaluate/pair-records';
import { ikg } from '../helpers/cli';
import { ROOT } from '../helpers/fixture';
import { cues, ontology } from './helpers';

const PAIRS = join(ROOT, 'tests', 'suggest', 'fixtures', 'pairs.jsonl');
const NO_STACK = /^\s+at .+:\d+:\d+\)?$/m;

async function scratch(content: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'ikg-pairs-')), 'pairs.jsonl');
  await writeFile(path, content);
  return path;
}

describe('evaluatePairs: the assistant scored on benchmark-shaped pairs', () => {
  it('reads the type and direction proposed between the two marked entities, and scores them', async () => {
    const records = await readPairRecords(PAIRS);
    const { overall, byType, byPattern, outcomes } = evaluatePairs(records, cues, ontology);
    expect(overall).toMatchObject({ pairs: 7, positives: 5, proposed: 5, correct: 5, falsePositiveNegatives: 0 });
    expect(outcomes[0]).toMatchObject({ line: 1, gold: { type: 'LEADS', from: 'object' }, correct: true });
    expect(outcomes[0]?.proposed).toMatchObject({ type: 'LEADS', from: 'object' });
    expect(byType.find((t) => t.group === 'FOUNDED')).toMatchObject({ positives: 2, correct: 2 });
    expect(byPattern.find((p) => p.group === 'negative-denial')).toMatchObject({ pairs: 1, proposed: 0 });
  });

  it('counts a wrong direction as a wrong proposal and a miss, and a relation on a negative pair', async () => {
    const [leads, product] = (await readPairRecords(PAIRS)) as [PairLine, PairLine];
    const reversed: PairLine = { ...leads, relation: { type: 'LEADS', from: 'subject' } };
    const negative: PairLine = { ...product, relation: null };
    const { overall } = evaluatePairs([reversed, negative], cues, ontology);
    expect(overall).toMatchObject({ pairs: 2, positives: 1, proposed: 2, correct: 0, precision: 0, recall: 0 });
    expect(overall).toMatchObject({ falsePositiveNegatives: 1, negativeRate: 1 });
  });

  it('gives precision per confidence band', async () => {
    const { bands } = evaluatePairs(await readPairRecords(PAIRS), cues, ontology);
    expect(bands.map((b) => b.band)).toEqual(['>=0.8', '0.6-0.8', '<0.6']);
    expect(bands.reduce((sum, b) => sum + b.proposed, 0)).toBe(5);
  });
});

describe('ikg suggest --eval-pairs', () => {
  it('prints the scores overall, per relation type, per pattern and per confidence band', () => {
    const result = ikg(['suggest', '--eval-pairs', PAIRS]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^all\s+7\s+5\s+5\s+5\s+1\s+1\s+1\s+0\s+0$/m);
    expect(result.stdout).toContain('relation type');
    expect(result.stdout).toMatch(/^negative-plant\s+1\s+0\s+0/m);
    expect(result.stdout).toMatch(/^>=0\.8\s+\d+/m);
  });

  it('--format json has {overall, byType, byPattern, bands, outcomes}', () => {
    const result = ikg(['suggest', '--eval-pairs', PAIRS, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const scores = JSON.parse(result.stdout);
    expect(Object.keys(scores)).toEqual(['overall', 'byType', 'byPattern', 'bands', 'outcomes']);
    expect(scores.outcomes).toHaveLength(7);
  });

  it('reports every bad line at its file:line:col with a hint, without a stack trace', async () => {
    const good = (await readPairRecords(PAIRS))[0] as PairLine;
    const { line: _, ...record } = good;
    const shifted = { ...record, subject: { ...record.subject, start: 1 } };
    const path = await scratch(
      [
        JSON.stringify(record),
        '{not json',
        JSON.stringify(shifted),
        JSON.stringify({ ...record, relation: { type: 'OWNS', from: 'subject' } }),
      ].join('\n'),
    );
    const result = ikg(['suggest', '--eval-pairs', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/pairs\.jsonl:2:1 .*invalid JSON/);
    expect(result.stderr).toMatch(/pairs\.jsonl:3:\d+ .*subject\.start: sentence\[1, 3\) is not "부평구"/);
    expect(result.stderr).toMatch(/pairs\.jsonl:4:\d+ .*relation\.type/);
    expect(result.stderr).toContain('hint:');
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it('refuses a missing file and an empty one with a hint', async () => {
    const missing = ikg(['suggest', '--eval-pairs', '/nonexistent/pairs.jsonl']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const empty = ikg(['suggest', '--eval-pairs', await scratch('\n')]);
    expect(empty.stderr).toMatch(/pairs\.jsonl:1:1 .*no pair records/);
    expect(empty.stderr).not.toMatch(NO_STACK);
  });
});
