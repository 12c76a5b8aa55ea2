import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraph } from '../../src/export/write-graph';
import { type ArticleNode, articleNodeKey, type KnowledgeGraph, type RelationEdge } from '../../src/graph/types';
import type { Dataset } from '../../src/load/dataset';
import { checkData, compileGraph } from '../../src/pipeline/compile-graph';
import { loadOptionsFor, ROOT } from '../helpers/fixture';

/** The real, curated dataset — not a fixture. */
const DATA = join(ROOT, 'data');
const OPTIONS = loadOptionsFor(DATA);

/** White space runs count as one space and Unicode normalization is ignored, as in the validator's quote matching. */
const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

let dataset: Dataset;
let graph: KnowledgeGraph;
const scratch: string[] = [];

beforeAll(async () => {
  const checked = await checkData(OPTIONS);
  if (!checked.dataset) throw new Error('data/ did not load');
  dataset = checked.dataset;
  graph = await compileGraph(OPTIONS);
});

afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The id of the entity whose English name is exactly `en`; fails the test when there is not exactly one. */
function idOf(en: string): string {
  const matches = dataset.entities.filter((entity) => entity.value.names.en === en);
  expect(matches, `entities named "${en}"`).toHaveLength(1);
  return matches[0]?.value.id ?? '';
}

/** The relation edges of `type` between two entities; for symmetric types in either direction. */
function relationsBetween(type: string, from: string, to: string): RelationEdge[] {
  const found: RelationEdge[] = [];
  graph.forEachEdge((_key, attributes, source, target) => {
    if (attributes.kind !== 'relation' || attributes.type !== type) return;
    const forward = source === from && target === to;
    const backward = attributes.symmetric && source === to && target === from;
    if (forward || backward) found.push(attributes);
  });
  return found;
}

function theRelation(type: string, fromEn: string, toEn: string): RelationEdge {
  const found = relationsBetween(type, idOf(fromEn), idOf(toEn));
  expect(found, `${fromEn} ${type} ${toEn}`).toHaveLength(1);
  return found[0] as RelationEdge;
}

function relationEdges(): RelationEdge[] {
  const edges: RelationEdge[] = [];
  graph.forEachEdge((_key, attributes) => {
    if (attributes.kind === 'relation') edges.push(attributes);
  });
  return edges;
}

describe('the curated data in data/', () => {
  it('validates with no diagnostics at all', async () => {
    const { diagnostics } = await checkData(OPTIONS);
    expect(diagnostics).toEqual([]);
  });

  it('holds the four source articles, at least 40 entities and at least 45 relations', () => {
    expect(dataset.articles.map((article) => article.value.id).sort()).toEqual([
      'nvidia-japan-ai-network-2024-11',
      'nvidia-rapidus-tokyo-ai-summit-2024-11-15',
      'saenggak-sinmun-2023-07-20',
      'sbs-global-biz-softbank-ai-2024-04-23',
    ]);
    expect(dataset.entities.length).toBeGreaterThanOrEqual(40);
    expect(dataset.relations.length).toBeGreaterThanOrEqual(45);
    expect(relationEdges()).toHaveLength(dataset.relations.length);
  });

  it('gives every entity an English and a Korean name', () => {
    const unnamed = dataset.entities
      .filter(({ value }) => value.names.en.trim() === '' || value.names.ko.trim() === '')
      .map(({ value }) => value.id);
    expect(unnamed).toEqual([]);
  });

  it('cites every article as evidence for at least one relation', () => {
    const cited = new Set(dataset.relations.flatMap(({ value }) => value.evidence.map((item) => item.article)));
    const uncited = dataset.articles.map(({ value }) => value.id).filter((id) => !cited.has(id));
    expect(uncited).toEqual([]);
  });

  describe('the headline relations', () => {
    it('Rapidus partners with IBM on 2 nm, in effect', () => {
      const relation = theRelation('PARTNERS_WITH', 'Rapidus', 'IBM');
      expect(relation.status).toBe('active');
      expect(relation.evidence.map((item) => item.quote)).toContain(
        'IBM과 협력해 2나노미터(nm) 공정 기술 개발을 목표로',
      );
    });

    it('Rapidus would make chips for Nvidia: considered, not active, and directed foundry → customer', () => {
      const relation = theRelation('MANUFACTURES_FOR', 'Rapidus', 'Nvidia');
      expect(relation.status).toBe('considered');
      expect(relation.evidence.map((item) => item.quote)).toContain(
        '라피더스를 새로운 파운드리 파트너로 고려하고 있습니다',
      );
      expect(relationsBetween('MANUFACTURES_FOR', idOf('Nvidia'), idOf('Rapidus'))).toEqual([]);
    });

    it('SoftBank works with Fujitsu on next-generation telecom networks and AI, in effect', () => {
      const relation = theRelation('PARTNERS_WITH', 'SoftBank Group', 'Fujitsu');
      expect(relation.status).toBe('active');
      expect(relation.evidence.map((item) => item.quote)).toContain(
        '후지쓰와 협력해 차세대 통신 네트워크와 AI를 결합하는 목표',
      );
    });

    it('Microsoft partners with Meta Platforms to offer its LLM as a cloud service', () => {
      const relation = theRelation('PARTNERS_WITH', 'Microsoft', 'Meta Platforms');
      expect(relation.status).toBe('active');
      expect(relation.evidence.some((item) => item.quote.includes('메타플랫폼스와 손잡고'))).toBe(true);
    });

    it('TSMC makes Nvidia’s GPUs today', () => {
      expect(theRelation('MANUFACTURES_FOR', 'TSMC', 'Nvidia').status).toBe('active');
    });
  });

  it('locates every evidence quote in its article body', () => {
    const unlocated: string[] = [];
    for (const relation of relationEdges()) {
      for (const item of relation.evidence) {
        const article = graph.getNodeAttributes(articleNodeKey(item.article)) as ArticleNode;
        const located =
          Number.isInteger(item.start) &&
          Number.isInteger(item.end) &&
          item.start >= 0 &&
          item.end > item.start &&
          item.end <= article.body.length &&
          squash(article.body.slice(item.start, item.end)) === squash(item.quote);
        if (!located) unlocated.push(`${relation.type} ${item.article}: ${item.quote}`);
      }
    }
    expect(unlocated).toEqual([]);
  });

  it('keeps each amount as written in one of the relation’s own quotes', () => {
    const unquoted = relationEdges()
      .filter((relation) => relation.amount !== undefined)
      .filter(
        (relation) =>
          !relation.evidence.some((item) => squash(item.quote).includes(squash(relation.amount?.text ?? ''))),
      )
      .map((relation) => `${relation.type}: ${relation.amount?.text}`);
    expect(unquoted).toEqual([]);
  });

  it('builds deterministically: two builds write byte-identical JSON', async () => {
    const first = await mkdtemp(join(tmpdir(), 'ikg-curated-'));
    const second = await mkdtemp(join(tmpdir(), 'ikg-curated-'));
    scratch.push(first, second);
    const a = await readFile(await writeGraph(await compileGraph(OPTIONS), first));
    const b = await readFile(await writeGraph(await compileGraph(OPTIONS), second));
    expect(a.length).toBeGreaterThan(0);
    expect(a.equals(b)).toBe(true);
  });
});
