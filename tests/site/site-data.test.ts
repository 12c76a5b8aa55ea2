import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph, { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceAttributes, KnowledgeGraph } from '../../src/graph/types';
import {
  ARTICLES_FILE,
  isSiteGraph,
  type PassageShard,
  passageShardFile,
  passageShardOf,
  splitForSite,
} from '../../src/layout/site-payload';
import { compileGraph } from '../../src/pipeline/compile-graph';
import { SITE_DATA_FILES, writeSiteData } from '../../src/site/site-data';
import { loadOptionsFor, MINI } from '../helpers/fixture';

describe('writeSiteData', () => {
  let graph: KnowledgeGraph;
  let dir: string;
  let site: SerializedGraph;
  let articles: SerializedGraph;
  beforeAll(async () => {
    graph = await compileGraph(loadOptionsFor(MINI));
    dir = await mkdtemp(join(tmpdir(), 'ikg-site-data-'));
    await writeSiteData(graph, dir);
    site = JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8'));
    articles = JSON.parse(await readFile(join(dir, ARTICLES_FILE), 'utf8'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes exactly its data files, and no temporary file', async () => {
    expect((await readdir(dir)).sort()).toEqual([...SITE_DATA_FILES].sort());
  });

  it('puts the entities, laid out, and the relations in graph.json, and nothing of the articles', () => {
    const entities = graph.filterNodes((_, a) => a.kind === 'entity');
    expect(site.nodes.map((node) => node.key).sort()).toEqual(entities.sort());
    for (const node of site.nodes)
      expect(node.attributes).toMatchObject({ x: expect.any(Number), y: expect.any(Number) });
    expect(site.edges.length).toBe(graph.filterEdges((_, a) => a.kind === 'relation').length);
    expect(isSiteGraph(site.attributes ?? {})).toBe(true);
    expect(site.attributes?.ontology).toEqual(graph.getAttribute('ontology'));
  });

  it('keeps each article’s metadata once, and evidence only points to it', () => {
    const table = site.attributes?.articles as Record<string, { title: string }>;
    for (const edge of site.edges)
      for (const evidence of (edge.attributes?.evidence ?? []) as EvidenceAttributes[]) {
        expect(Object.keys(evidence).sort()).toEqual(['article', 'end', 'quote', 'start']);
        expect(table[evidence.article]?.title).toEqual(expect.any(String));
      }
    const original = graph.getEdgeAttributes('rapidus|PARTNERS_WITH|ibm');
    const first = original.kind === 'relation' ? original.evidence[0] : undefined;
    expect(table[String(first?.article)]).toMatchObject({ title: first?.articleTitle, publisher: first?.publisher });
  });

  it('lists the relation dates for the timeline, sorted and distinct', () => {
    const dates = site.attributes?.dates as string[];
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...new Set(dates)].sort());
  });

  it('puts the article nodes with their bodies and the MENTIONS edges in articles.json, which graphology reads', () => {
    const read = Graph.from(articles);
    const articleNodes = graph.filterNodes((_, a) => a.kind === 'article');
    expect(read.filterNodes((_, a) => a.kind === 'article').sort()).toEqual(articleNodes.sort());
    for (const node of articleNodes)
      expect((read.getNodeAttributes(node) as { body?: string }).body).toBe(
        (graph.getNodeAttributes(node) as { body?: string }).body,
      );
    expect(read.size).toBe(graph.filterEdges((_, a) => a.kind === 'mention').length);
  });

  it('puts every article body once in the passage shard `passageShardOf` names, and says how many shards', async () => {
    const shards = site.attributes?.passageShards as number;
    expect(shards).toBe(1);
    const entries: PassageShard = JSON.parse(await readFile(join(dir, passageShardFile(0)), 'utf8'));
    const bodies = graph
      .filterNodes((_, a) => a.kind === 'article')
      .map((node) => {
        const attributes = graph.getNodeAttributes(node);
        return attributes.kind === 'article' ? [attributes.articleId, attributes.body] : [];
      });
    expect(entries.sort()).toEqual(bodies.sort());
  });

  it('removes the shards a smaller graph no longer has, and nothing else in their folder', async () => {
    await writeFile(join(dir, passageShardFile(7)), '[]');
    await writeFile(join(dir, 'passages', 'notes.txt'), 'kept');
    await writeSiteData(graph, dir);
    expect((await readdir(join(dir, 'passages'))).sort()).toEqual(['0.json', 'notes.txt']);
    await rm(join(dir, 'passages', 'notes.txt'));
  });

  it('stops with a named error, not a stack trace, when the folder cannot be written', async () => {
    const file = join(dir, 'graph.json');
    await expect(writeSiteData(graph, join(file, 'site'))).rejects.toMatchObject({ name: 'OutputWriteError' });
    await writeFile(join(dir, 'probe'), '');
    await rm(join(dir, 'probe'));
  });
});

describe('splitForSite', () => {
  it('stores the curvature of parallel edges on them, and none on a lone edge', () => {
    const graph: KnowledgeGraph = new MultiDirectedGraph();
    graph.replaceAttributes({ name: 't', ontology: { entityTypes: {}, relationTypes: {} } } as never);
    for (const key of ['a', 'b', 'c'])
      graph.addNode(key, { kind: 'entity', type: 'Company', label: key, names: { en: key }, x: 0, y: 0 } as never);
    const relation = (type: string) => ({
      kind: 'relation',
      type,
      label: type,
      symmetric: false,
      status: 'active',
      evidence: [],
    });
    graph.addEdgeWithKey('ab1', 'a', 'b', relation('SUPPLIES') as never);
    graph.addEdgeWithKey('ba', 'b', 'a', relation('INVESTS_IN') as never);
    graph.addEdgeWithKey('bc', 'b', 'c', relation('SUPPLIES') as never);
    const { site } = splitForSite(graph);
    expect(site.getEdgeAttribute('ab1', 'curvature')).toBeCloseTo(-0.175);
    expect(site.getEdgeAttribute('ba', 'curvature')).toBeCloseTo(-0.175);
    expect(site.getEdgeAttributes('bc')).not.toHaveProperty('curvature');
  });

  it('spreads the bodies over shards of about `shardChars` characters, each body in the shard its id hashes to', () => {
    const graph: KnowledgeGraph = new MultiDirectedGraph();
    graph.replaceAttributes({ name: 't', ontology: { entityTypes: {}, relationTypes: {} } } as never);
    const ids = Array.from({ length: 200 }, (_, i) => (i === 0 ? 'constructor' : `article-${i}`));
    for (const id of ids)
      graph.addNode(`article:${id}`, {
        kind: 'article',
        type: 'Article',
        articleId: id,
        label: id,
        body: 'x'.repeat(100),
      } as never);
    const { site, passages } = splitForSite(graph, 1000);
    expect(passages).toHaveLength(20);
    expect(site.getAttribute('passageShards')).toBe(20);
    expect(
      passages
        .flat()
        .map(([id]) => id)
        .sort(),
    ).toEqual([...ids].sort());
    for (const [shard, entries] of passages.entries())
      for (const [id] of entries) expect(passageShardOf(id, passages.length)).toBe(shard);
    expect(Math.max(...passages.map((entries) => entries.length))).toBeLessThan(30);
  });
});
