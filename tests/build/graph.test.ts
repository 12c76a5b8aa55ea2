import { describe, expect, it } from 'vitest';
import { type ArticleNode, articleNodeKey, type MentionEdge, type RelationEdge } from '../../src/graph/types';
import { compileGraph } from '../../src/pipeline/compile-graph';
import { loadOptionsFor, MINI } from '../helpers/fixture';

describe('buildGraph', () => {
  it('turns entities into typed nodes carrying every entity field', async () => {
    const graph = await compileGraph(loadOptionsFor(MINI));
    expect(graph.getNodeAttributes('rapidus')).toMatchObject({
      kind: 'entity',
      type: 'Company',
      label: 'Rapidus',
      names: { en: 'Rapidus', ko: '라피더스', ja: 'ラピダス' },
      aliases: ['Rapidus Corporation'],
      country: 'JP',
    });
    expect(graph.getNodeAttributes('ibm')).toMatchObject({ wikidata: 'Q37156' });
  });

  it('turns relations into edges with type, status, dates and located evidence', async () => {
    const graph = await compileGraph(loadOptionsFor(MINI));
    const edge = graph.getEdgeAttributes('rapidus|MANUFACTURES_FOR|nvidia') as RelationEdge;
    expect(graph.source('rapidus|MANUFACTURES_FOR|nvidia')).toBe('rapidus');
    expect(edge).toMatchObject({
      kind: 'relation',
      type: 'MANUFACTURES_FOR',
      status: 'considered',
      date: '2024-11',
      symmetric: false,
    });
    const [evidence] = edge.evidence;
    expect(evidence).toMatchObject({
      article: 'mini-rapidus',
      articleTitle: '라피더스와 IBM, 2나노 협력',
      articleDate: '2024-11',
      articleUrl: 'https://example.com/mini-rapidus',
      publisher: 'Test Wire',
    });
    const article = graph.getNodeAttributes(articleNodeKey('mini-rapidus')) as ArticleNode;
    expect(article.body.slice(evidence?.start, evidence?.end)).toBe(
      '라피더스를 새로운 파운드리 파트너로 고려하고 있다',
    );
    expect(graph.getEdgeAttributes('rapidus|PARTNERS_WITH|ibm')).toMatchObject({ symmetric: true });
    expect(graph.getEdgeAttributes('jensen-huang|LEADS|nvidia')).toMatchObject({ role: 'CEO' });
  });

  it('stores the article body without its byte-order mark and CRLF line ends, quoted offsets pointing into it', async () => {
    const graph = await compileGraph(loadOptionsFor(MINI));
    const article = graph.getNodeAttributes(articleNodeKey('mini-rapidus')) as ArticleNode;
    expect(article).toMatchObject({ kind: 'article', type: 'Article', articleId: 'mini-rapidus', language: 'ko' });
    expect(article.body.startsWith('라피더스는')).toBe(true);
    expect(article.body).not.toContain('\r');
    const edge = graph.getEdgeAttributes('rapidus|PARTNERS_WITH|ibm') as RelationEdge;
    const [evidence] = edge.evidence;
    expect(article.body.slice(evidence?.start, evidence?.end)).toBe(
      'IBM과 협력해 2나노미터(nm) 공정 기술 개발을\n목표로',
    );
  });

  it('links each article to the entities it gives evidence for', async () => {
    const graph = await compileGraph(loadOptionsFor(MINI));
    const article = articleNodeKey('mini-rapidus');
    expect(graph.outNeighbors(article).sort()).toEqual(['ibm', 'jensen-huang', 'nvidia', 'rapidus']);
    const mention = graph.getEdgeAttributes(`${article}|MENTIONS|nvidia`) as MentionEdge;
    expect(mention).toMatchObject({ kind: 'mention', type: 'MENTIONS' });
    expect(mention.relations).toEqual(['jensen-huang|LEADS|nvidia', 'rapidus|MANUFACTURES_FOR|nvidia']);
  });

  it('carries the ontology in the graph attributes, for labels and colours', async () => {
    const graph = await compileGraph(loadOptionsFor(MINI));
    expect(graph.getAttribute('ontology').entityTypes.Company?.label.ko).toBe('기업');
    expect(graph.getAttribute('ontology').relationTypes.PARTNERS_WITH?.symmetric).toBe(true);
  });

  it('is deterministic: the same data serializes byte for byte the same', async () => {
    const first = JSON.stringify((await compileGraph(loadOptionsFor(MINI))).export());
    const second = JSON.stringify((await compileGraph(loadOptionsFor(MINI))).export());
    expect(second).toBe(first);
  });
});
