import { describe, expect, it } from 'vitest';
import type { RelationEdge } from '../../src/graph/types';
import { isEdgeVisible, isNodeVisible, relationSpan } from '../../viewer/src/filters';
import { DEFAULT_STATE } from '../../viewer/src/state';
import { miniGraph } from './graph';

const relation = (extra: Partial<RelationEdge>): RelationEdge => ({
  kind: 'relation',
  type: 'PARTNERS_WITH',
  label: 'partners with',
  symmetric: true,
  status: 'active',
  evidence: [],
  ...extra,
});

describe('filters', () => {
  const graph = miniGraph();

  it('hides toggled entity types and articles unless provenance is on', () => {
    const state = { ...DEFAULT_STATE, hiddenTypes: ['Person'] };
    const visible = graph.filterNodes((_, a) => isNodeVisible(a, state));
    expect(visible.sort()).toEqual(['ibm', 'nvidia', 'rapidus']);
    expect(graph.filterNodes((_, a) => isNodeVisible(a, { ...DEFAULT_STATE, articles: true }))).toHaveLength(5);
  });

  it('filters relations by type and status', () => {
    expect(isEdgeVisible(relation({}), { ...DEFAULT_STATE, hiddenRelations: ['PARTNERS_WITH'] })).toBe(false);
    expect(isEdgeVisible(relation({ status: 'considered' }), { ...DEFAULT_STATE, statuses: ['active'] })).toBe(false);
    expect(isEdgeVisible(relation({ status: 'active' }), { ...DEFAULT_STATE, statuses: ['active'] })).toBe(true);
  });

  it('filters by the date range using partial-date bounds', () => {
    const november = relation({ date: '2024-11' });
    expect(isEdgeVisible(november, { ...DEFAULT_STATE, from: '2024-11-30' })).toBe(true);
    expect(isEdgeVisible(november, { ...DEFAULT_STATE, from: '2024-12' })).toBe(false);
    expect(isEdgeVisible(november, { ...DEFAULT_STATE, to: '2024-10' })).toBe(false);
    expect(isEdgeVisible(relation({}), { ...DEFAULT_STATE, from: '2030' })).toBe(true);
  });

  it('spans start to end', () => {
    expect(relationSpan(relation({ start: '2020', end: '2022-06' }))).toEqual([
      Date.UTC(2020, 0, 1),
      Date.UTC(2022, 6, 1) - 1,
    ]);
  });
});
