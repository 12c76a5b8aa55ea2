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

/** One symmetric relation per status, each a long horizontal line (`s-<status>` to `t-<status>`), and nothing else. */
/** The ontology and name of the site graph, without its articles: the test graphs below have none. */
const attributesOf = ({ attributes }: SerializedGraph) => ({ name: attributes?.name, ontology: attributes?.ontology });

function statusGraph(site: SerializedGraph): SerializedGraph {
  return {
    attributes: attributesOf(site),
    options: site.options,
    nodes: STATUSES.flatMap((status, i) => [entity(`s-${status}`, 0, -i * 40), entity(`t-${status}`, 300, -i * 40)]),
    edges: STATUSES.map((status) => relation(`s-${status}`, `t-${status}`, status)),
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
