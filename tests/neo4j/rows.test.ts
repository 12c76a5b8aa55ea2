import { describe, expect, it } from 'vitest';
import { type Batch, pushBatches, type RelationshipRow } from '../../src/cypher/rows';
import { miniGraph } from '../export/helpers';

describe('pushBatches (pure, no server)', () => {
  it('gives one row per node and edge, nodes first, in batches of at most batchSize', async () => {
    const graph = await miniGraph();
    const batches = [...pushBatches(graph, { batchSize: 2, dataset: 'test' })];
    expect(batches.reduce((sum, b) => sum + b.rows.length, 0)).toBe(graph.order + graph.size);
    expect(batches.every((b) => b.rows.length >= 1 && b.rows.length <= 2)).toBe(true);
    const firstRelationship = batches.findIndex((b) => b.target === 'relations' || b.target === 'mentions');
    expect(batches.slice(firstRelationship).every((b) => b.target === 'relations' || b.target === 'mentions')).toBe(
      true,
    );
  });

  it('flattens properties, scopes them by dataset and types integers as bigint', async () => {
    const graph = await miniGraph();
    const batches = [...pushBatches(graph, { dataset: 'test' })];
    const rapidus = batches
      .filter((b): b is Extract<Batch, { target: 'entities' }> => b.target === 'entities')
      .flatMap((b) => b.rows)
      .find((row) => row.id === 'rapidus');
    expect(rapidus?.properties).toMatchObject({ id: 'rapidus', dataset: 'test', name_ko: '라피더스', degree: 2n });
    expect(typeof rapidus?.properties.pagerank).toBe('number');
    expect(rapidus?.properties).not.toHaveProperty('kind');
    const relation = batches.find((b) => b.target === 'relations' && b.type === 'MANUFACTURES_FOR')?.rows[0];
    expect(relation).toMatchObject({
      source: 'rapidus',
      target: 'nvidia',
      properties: { key: 'rapidus|MANUFACTURES_FOR|nvidia', status: 'considered', date_precision: 'month' },
    });
    const article = batches.find((b) => b.target === 'articles')?.rows[0];
    expect(article?.id).toBe('mini-rapidus');
    const mention = batches.find((b) => b.target === 'mentions')?.rows[0] as RelationshipRow | undefined;
    expect(mention?.source).toBe('mini-rapidus');
  });
});
