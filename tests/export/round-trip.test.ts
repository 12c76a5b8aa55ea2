import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export';
import { rgb } from '../../src/export/colors';
import { STATUS_LOOK, sizeScale } from '../../src/graph/appearance';
import { type FlatAttributes, flattenAttributes } from '../../src/graph/flatten';
import type { KnowledgeGraph } from '../../src/graph/types';
import { seedPosition } from '../../src/layout/seed-positions';
import { readGraph } from '../../src/pipeline/read-graph';
import { assertNetworkx, miniGraph, readWithNetworkx } from './helpers';

let graph: KnowledgeGraph;
let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  graph = await miniGraph();
  dir = await mkdtemp(join(tmpdir(), 'ikg-export-'));
  await exportGraph(graph, 'json', path('graph.json'));
  await exportGraph(graph, 'gexf', path('graph.gexf'));
  await exportGraph(graph, 'graphml', path('graph.graphml'));
  await exportGraph(graph, 'csv', path('csv'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** What a typed XML reader gives back for a flattened attribute: lists as JSON text. */
const xmlTyped = (value: FlatAttributes[string]) => (Array.isArray(value) ? JSON.stringify(value) : value);
/** What neo4j-admin reads from a CSV cell, as text. */
const csvText = (value: FlatAttributes[string]) => (Array.isArray(value) ? value.join(';') : String(value));

function expectAttributes(
  actual: Record<string, unknown>,
  expected: FlatAttributes,
  convert: (value: FlatAttributes[string]) => unknown,
  skip: string[] = [],
) {
  const wanted = Object.fromEntries(
    Object.entries(expected)
      .filter(([name]) => !skip.includes(name))
      .map(([name, value]) => [name, convert(value)]),
  );
  expect(actual).toMatchObject(wanted);
}

describe('exports read back by graphology', () => {
  it('JSON round-trips through Graph.from, attributes and Korean text intact', async () => {
    const text = await readFile(path('graph.json'), 'utf8');
    const back = MultiDirectedGraph.from(JSON.parse(text));
    expect(back.export()).toEqual(graph.export());
    expect(text).toContain('라피더스');
    expect((await readGraph(path('graph.json'))).export()).toEqual(graph.export());
  });

  it('GEXF parses with graphology-gexf with the same counts, typed attributes and colours', async () => {
    const back = parseGexf(MultiDirectedGraph, await readFile(path('graph.gexf'), 'utf8'));
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    graph.forEachNode((node, attributes) => {
      expectAttributes(back.getNodeAttributes(node), flattenAttributes(attributes), xmlTyped);
    });
    graph.forEachEdge((edge, attributes) => {
      expectAttributes(back.getEdgeAttributes(edge), flattenAttributes(attributes), xmlTyped);
    });
    expect(back.getNodeAttribute('rapidus', 'name_ko')).toBe('라피더스');
    expect(back.getNodeAttribute('rapidus', 'color')).toBe('rgb(78,121,167)'); // #4e79a7, the ontology's Company colour
    expect(typeof back.getNodeAttribute('rapidus', 'pagerank')).toBe('number');
  });

  it("GEXF carries the explorer's look: node size by degree, edge colour and thickness by status, positions", async () => {
    const back = parseGexf(MultiDirectedGraph, await readFile(path('graph.gexf'), 'utf8'));
    const size = sizeScale(graph, 'degree');
    for (const node of graph.nodes()) expect(back.getNodeAttribute(node, 'size')).toBeCloseTo(size(node), 3);
    expect(back.getNodeAttribute('rapidus', 'size')).toBeGreaterThan(back.getNodeAttribute('ibm', 'size'));
    graph.forEachEdge((edge, attributes) => {
      if (attributes.kind !== 'relation') return;
      const { color, size: thickness } = STATUS_LOOK[attributes.status];
      const { r, g, b } = rgb(color);
      expect(back.getEdgeAttribute(edge, 'color'), edge).toBe(`rgb(${r},${g},${b})`);
      expect(back.getEdgeAttribute(edge, 'thickness'), edge).toBe(thickness);
    });
    const placed = graph.copy();
    placed.forEachNode((node) => placed.mergeNodeAttributes(node, seedPosition(node, 100)));
    await exportGraph(placed, 'gexf', path('placed.gexf'));
    const text = await readFile(path('placed.gexf'), 'utf8');
    const positioned = parseGexf(MultiDirectedGraph, text);
    placed.forEachNode((node, attributes) => {
      expect(positioned.getNodeAttribute(node, 'x')).toBeCloseTo(Number(attributes.x), 2);
      expect(positioned.getNodeAttribute(node, 'y')).toBeCloseTo(Number(attributes.y), 2);
    });
    expect(text).toContain('<viz:position x=');
    const viz = readWithNetworkx('gexf', path('placed.gexf')).nodeData.rapidus?.viz as
      | { size: number; position: { x: number; y: number } }
      | undefined;
    expect(viz?.size).toBeCloseTo(size('rapidus'), 3);
    expect(viz?.position.x).toBeCloseTo(Number(placed.getNodeAttribute('rapidus', 'x')), 2);
  });
});

describe('exports read back by networkx', () => {
  beforeAll(assertNetworkx);

  for (const format of ['json', 'gexf', 'graphml'] as const) {
    it(`${format}: same counts and attributes, Korean text intact`, () => {
      const file = format === 'json' ? 'graph.json' : `graph.${format}`;
      const back = readWithNetworkx(format, path(file));
      expect([back.nodes, back.edges]).toEqual([graph.order, graph.size]);
      const nodeAttributes = (node: string) =>
        format === 'json'
          ? (graph.getNodeAttributes(node) as unknown as FlatAttributes)
          : flattenAttributes(graph.getNodeAttributes(node));
      for (const node of graph.nodes())
        expectAttributes(back.nodeData[node] ?? {}, nodeAttributes(node), format === 'json' ? (v) => v : xmlTyped);
      graph.forEachEdge((edge, attributes, source, target) => {
        const read = back.edgeData[edge];
        expect(read).toMatchObject({ source, target });
        if (format !== 'json') expectAttributes(read?.data ?? {}, flattenAttributes(attributes), xmlTyped);
      });
      expect(JSON.stringify(back.nodeData.rapidus)).toContain('라피더스');
    });
  }

  it('csv: the neo4j-admin files hold every node, relationship and attribute', () => {
    const back = readWithNetworkx('csv', path('csv'));
    expect([back.nodes, back.edges]).toEqual([graph.order, graph.size]);
    graph.forEachNode((node, attributes) => {
      expectAttributes(back.nodeData[node] ?? {}, flattenAttributes(attributes), csvText, ['kind']);
    });
    graph.forEachEdge((edge, attributes, source, target) => {
      expect(back.edgeData[edge]).toMatchObject({ source, target });
      expectAttributes(back.edgeData[edge]?.data ?? {}, flattenAttributes(attributes), csvText, ['kind']);
    });
    expect(back.nodeData.rapidus?.name_ko).toBe('라피더스');
  });
});
