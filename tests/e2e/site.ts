import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileGraph } from '../../src/build/pipeline';
import { writeSite } from '../../src/site/write-site';

export const XSS_LABEL = '<img src=x onerror=alert(1)>';

/** Builds the static site from data/ when it validates, else from the mini fixture; adds a graph with a hostile label. */
export async function buildTestSite(): Promise<{ dir: string; dataDir: string }> {
  const ontologyPath = 'graph-schema/ontology.yaml';
  const dir = join(await mkdtemp(join(tmpdir(), 'ikg-e2e-')), 'site');
  let dataDir = 'data';
  const graph = await compileGraph({ dataDir, ontologyPath }).catch(() => {
    dataDir = 'tests/fixtures/mini';
    return compileGraph({ dataDir, ontologyPath });
  });
  await writeSite(graph, dir);
  const hostile = JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8'));
  for (const node of hostile.nodes)
    if (node.key === 'rapidus')
      Object.assign(node.attributes, { label: XSS_LABEL, names: { en: XSS_LABEL }, description: XSS_LABEL });
  await writeFile(join(dir, 'xss-graph.json'), JSON.stringify(hostile));
  return { dir, dataDir };
}
