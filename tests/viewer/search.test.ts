import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../viewer/src/search';
import { miniGraph } from './graph';

describe('search index', () => {
  const index = buildSearchIndex(miniGraph());

  it.each(['라피더스', 'Rapidus', 'ラピダス', 'rapidus corp', 'RAPIDUS'])('finds rapidus by %s', (query) => {
    expect(search(index, query)[0]?.node).toBe('rapidus');
  });

  it('finds by substring and ranks prefix matches first', () => {
    expect(search(index, '비디').map((hit) => hit.node)).toEqual(['nvidia']);
    expect(search(index, 'i').map((hit) => hit.node)[0]).toBe('ibm');
  });

  it('normalizes Unicode so decomposed Hangul matches', () => {
    expect(search(index, '라피더스'.normalize('NFD'))[0]?.node).toBe('rapidus');
  });

  it('returns one hit per node and nothing for an empty query', () => {
    const nodes = search(index, 'n').map((hit) => hit.node);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(search(index, '   ')).toEqual([]);
  });

  it('leaves articles out', () => {
    expect(search(index, '2나노 협력')).toEqual([]);
  });
});
