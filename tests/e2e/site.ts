import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import { seedPosition } from '../../src/layout/seed-positions';
import { compileGraph } from '../../src/pipeline/compile-graph';
import { writeSite } from '../../src/site/write-site';
import { STATUSES } from '../../viewer/src/types';

export const XSS_LABEL = '<img src=x onerror=alert(1)>';
export const BIG = { nodes: 3000, edges: 6000 };

export interface TestSite {
  dir: string;
  dataDir: string;
  /** The site's graph.json as the viewer loads it first. */
  graph: SerializedGraph;
  /** The site's articles.json, which the viewer loads when it needs the articles. */
  articles: SerializedGraph;
}

/**
 * Builds the static site from data/ and adds graphs for single
 * checks: a hostile label, the built graph as `ikg build` writes it (no positions, articles inside), one relation
 * per status drawn as a horizontal line, and a graph of thousands of nodes.
 */
export async function buildTestSite(): Promise<TestSite> {
  const ontologyPath = 'graph-schema/ontology.yaml';
  const dir = join(await mkdtemp(join(tmpdir(), 'ikg-e2e-')), 'site');
  const dataDir = 'data';
  // The curated data/ or nothing: a broken data/ must fail the end-to-end tests, not swap in another graph.
  const built = await compileGraph({ dataDir, ontologyPath });
  await writeSite(built, dir);
  const graph: SerializedGraph = JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8'));
  const articles: SerializedGraph = JSON.parse(await readFile(join(dir, 'articles.json'), 'utf8'));
  const hostile = structuredClone(graph);
  for (const node of hostile.nodes)
    if (node.key === 'rapidus')
      Object.assign(node.attributes ?? {}, { label: XSS_LABEL, names: { en: XSS_LABEL }, description: XSS_LABEL });
  await writeFile(join(dir, 'xss-graph.json'), JSON.stringify(hostile));
  await writeFile(join(dir, 'unplaced-graph.json'), JSON.stringify(built.export()));
  await writeFile(join(dir, 'status-graph.json'), JSON.stringify(statusGraph(graph)));
  await writeFile(join(dir, 'big-graph.json'), JSON.stringify(bigGraph(graph)));
  await writeFile(join(dir, 'shape-graph.json'), JSON.stringify(shapeGraph(graph)));
  return { dir, dataDir, graph, articles };
}

const entity = (key: string, x: number, y: number, type = 'Company') => ({
  key,
  attributes: { kind: 'entity', type, label: key, names: { en: key, ko: key }, x, y },
});

const relation = (source: string, target: string, status: string, type = 'PARTNERS_WITH') => ({
  key: `${source}|${type}|${target}`,
  source,
  target,
  attributes: { kind: 'relation', type, label: type, symmetric: true, status, evidence: [] },
});

/** The ontology and name of the site graph, without its articles: the test graphs below have none. */
const attributesOf = ({ attributes }: SerializedGraph) => ({ name: attributes?.name, ontology: attributes?.ontology });

/** One symmetric relation per status, each a long horizontal line (`s-<status>` to `t-<status>`), and nothing else. */
function statusGraph(site: SerializedGraph): SerializedGraph {
  return {
    attributes: attributesOf(site),
    options: site.options,
    nodes: STATUSES.flatMap((status, i) => [entity(`s-${status}`, 0, -i * 40), entity(`t-${status}`, 300, -i * 40)]),
    edges: STATUSES.map((status) => relation(`s-${status}`, `t-${status}`, status)),
  };
}

/**
 * Edge shapes, each along a horizontal line: one directed relation (`arrow-from` → `arrow-to`, an arrow head at the
 * target) and two parallel ones between `pair-a` and `pair-b` (curved, one to each side).
 */
function shapeGraph(site: SerializedGraph): SerializedGraph {
  const directed = (source: string, target: string, type: string) => {
    const base = relation(source, target, 'active', type);
    return { ...base, attributes: { ...base.attributes, symmetric: false } };
  };
  return {
    attributes: attributesOf(site),
    options: site.options,
    nodes: [
      entity('arrow-from', 0, 0),
      entity('arrow-to', 300, 0),
      entity('pair-a', 0, -150),
      entity('pair-b', 300, -150),
    ],
    edges: [
      directed('arrow-from', 'arrow-to', 'SUPPLIES'),
      directed('pair-a', 'pair-b', 'SUPPLIES'),
      directed('pair-b', 'pair-a', 'INVESTS_IN'),
    ],
  };
}

/** A random-looking but fixed graph of BIG.nodes entities with seeded positions and BIG.edges relations. */
function bigGraph(site: SerializedGraph): SerializedGraph {
  const types = ['Company', 'Person', 'Product', 'Place', 'Technology'];
  const nodes = Array.from({ length: BIG.nodes }, (_, i) => {
    const key = `n${i}`;
    const { x, y } = seedPosition(key, 1000);
    return entity(key, x, y, types[i % types.length]);
  });
  const edges = Array.from({ length: BIG.edges }, (_, i) => {
    const source = (i * 7919) % BIG.nodes;
    const target = (source + 1 + ((i * 104729) % 97)) % BIG.nodes;
    return { ...relation(`n${source}`, `n${target}`, STATUSES[i % STATUSES.length] ?? 'active'), key: `e${i}` };
  });
  return { attributes: attributesOf(site), options: site.options, nodes, edges };
}
