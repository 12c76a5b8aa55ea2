import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, serializeState, type ViewState } from '../../viewer/src/state';

describe('URL state', () => {
  it('round-trips every field', () => {
    const state: ViewState = {
      lang: 'ko',
      node: 'rapidus',
      edge: undefined,
      hiddenTypes: ['Person', 'Place'],
      hiddenRelations: ['LEADS'],
      statuses: ['active', 'ended'],
      from: '2023',
      to: '2024-11',
      size: 'pagerank',
      color: 'community',
      articles: true,
    };
    expect(parseState(serializeState(state))).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  it('keeps unrelated parameters such as graph', () => {
    const search = serializeState({ ...DEFAULT_STATE, node: 'ibm' }, new URLSearchParams({ graph: 'big.json' }));
    expect(new URLSearchParams(search).get('graph')).toBe('big.json');
  });

  it('keeps an empty status filter empty and drops unknown statuses', () => {
    expect(parseState(serializeState({ ...DEFAULT_STATE, statuses: [] })).statuses).toEqual([]);
    expect(parseState('?status=active,bogus').statuses).toEqual(['active']);
  });
});
