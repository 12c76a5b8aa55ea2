import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { networkMetrics } from '../../src/analytics/metrics';
import { writeGraph } from '../../src/export/write-graph';
import { type EntityNode, isEntityNode, type KnowledgeGraph, type RelationEdge } from '../../src/graph/types';
import { compileGraph } from '../../src/pipeline/compile-graph';
import { miniGraph } from '../export/helpers';
import { copyFixture, loadOptionsFor, MINI } from '../helpers/fixture';

describe('networkMetrics', () => {
  it('scores every entity on the relation subgraph and leaves Article nodes without metrics', async () => {
    const graph = await miniGraph();
    graph.forEachNode((node, attributes) => {
      if (isEntityNode(attributes)) {
        expect(attributes, node).toMatchObject({
          degree: expect.any(Number),
          pagerank: expect.any(Number),
          betweenness: expect.any(Number),
          community: expect.any(Number),
        });
      } else {
        expect(attributes).not.toHaveProperty('pagerank');
        expect(attributes).not.toHaveProperty('degree');
      }
    });
    // rapidus has two relations (PARTNERS_WITH ibm, MANUFACTURES_FOR nvidia); MENTIONS edges are not counted.
    expect(graph.getNodeAttribute('rapidus', 'degree')).toBe(2);
    const total = graph
      .filterNodes((_n, a) => isEntityNode(a))
      .reduce((sum, n) => sum + (graph.getNodeAttribute(n, 'pagerank') ?? 0), 0);
    expect(total).toBeCloseTo(1, 6);
    // rapidus and nvidia lie on the only paths between their neighbours.
    expect(graph.getNodeAttribute('rapidus', 'betweenness')).toBeGreaterThan(0);
    expect(graph.getNodeAttribute('ibm', 'betweenness')).toBe(0);
  });

  it('skips betweenness above its size threshold and says so', async () => {
    const graph = await compileGraph({ ...loadOptionsFor(MINI), analytics: false });
    const { metrics, skipped } = networkMetrics(graph, { betweennessMaxRelations: 1 });
    expect(skipped).toEqual(['betweenness']);
    expect(metrics.get('rapidus')).not.toHaveProperty('betweenness');
    expect(metrics.get('rapidus')).toHaveProperty('pagerank');
  });

  it('analytics can be turned off', async () => {
    const graph = await compileGraph({ ...loadOptionsFor(MINI), analytics: false });
    expect(graph.getNodeAttribute('rapidus', 'pagerank')).toBeUndefined();
  });

  it('Louvain follows the seed: the same seed gives the same communities, other seeds may differ', () => {
    // A ring has many partitions of equal modularity, so Louvain's random visiting order decides between them.
    const ring = ringGraph(60);
    const communities = (seed: number) => [...networkMetrics(ring, { seed }).metrics].map(([, m]) => m.community);
    for (const seed of [7, 42, 1234]) expect(communities(seed)).toEqual(communities(seed));
    const partitions = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(communities(seed))));
    expect(partitions.size).toBeGreaterThan(1);
  });

  it('building the same data twice writes a byte-identical graph.json', async () => {
    const [a, b] = [await copyFixture(), await copyFixture()];
    const paths = [
      await writeGraph(await compileGraph(loadOptionsFor(MINI)), a),
      await writeGraph(await compileGraph(loadOptionsFor(MINI)), b),
    ];
    const [first, second] = await Promise.all(paths.map((path) => readFile(path)));
    expect(first?.equals(second as Buffer)).toBe(true);
    expect(
      JSON.parse(String(first)).nodes.find((n: { key: string }) => n.key === 'rapidus').attributes.community,
    ).toEqual(expect.any(Number));
    expect(paths[0]).toBe(join(a, 'graph.json'));
  });
});

/** Entities 0…n-1 with one relation from each to the next, closing the ring. */
function ringGraph(n: number): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  for (let i = 0; i < n; i++)
    graph.addNode(String(i), { kind: 'entity', type: 'Company', label: String(i) } as EntityNode);
  for (let i = 0; i < n; i++)
    graph.addEdge(String(i), String((i + 1) % n), { kind: 'relation', type: 'PARTNERS_WITH' } as RelationEdge);
  return graph;
}
