import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { KnowledgeGraph } from '../../src/graph/types';
import { buildFloorPage } from '../floor-page';
import { measurePage, PAGE_TIMEOUT_MS, type PageProbe, type PageRun, VIEWPORT } from '../page-timing';
import { STAGE, type Stage } from '../stage';
import type { PageFigures, ViewerComparison } from '../viewer-figures';
import { optionalExport } from './optional';

export const DEFAULTS = {
  /** Interleaved rounds: each loads the explorer and the floor page once, in alternating order. */
  rounds: 5,
  /** Fewer rounds for graphs above this many nodes, where one page load takes tens of seconds. */
  bigGraphNodes: 20_000,
  bigGraphRounds: 3,
  /** More rounds for graphs below this many nodes, where a load takes about a second and its noise is large. */
  smallGraphNodes: 1_000,
  smallGraphRounds: 15,
  /** The curated graph of data/, measured beside the generated ones. */
  curatedDataDir: 'data',
};

type WriteSite = (graph: KnowledgeGraph, siteDir: string, cacheDir?: string) => Promise<string>;
type ServeSite = (siteDir: string, options: { port: number }) => Promise<{ url: string }>;
type CompileGraph = (options: { dataDir: string; ontologyPath: string }) => Promise<KnowledgeGraph>;

const EXPLORER: PageProbe = {
  ready: 'window.__ikg?.firstRenderMs',
  beforeHover: '',
  toViewport: 'window.__ikg.toViewport(NODE)',
  hovered: "document.getElementById('graph').style.cursor === 'pointer'",
};

const FLOOR: PageProbe = {
  ready: 'window.__floor?.firstRenderMs',
  beforeHover: 'window.__floor.enableHover()',
  toViewport: 'window.__floor.toViewport(NODE)',
  hovered: 'window.__floor.hovered() !== undefined',
};

/**
 * The explorer against its floor, in headless Chromium: the same site graph drawn by plain `new Sigma(graph,
 * container)` with default settings (bench/floor), in interleaved rounds. Each page load gives the wall time from
 * `page.goto` to its first frame drawn, the live JS heap then, and the hover of one node (sigma's hover-highlight
 * example on the floor page). The site is written as `ikg serve` does.
 */
function viewerComparison(name: string, curated = false): Stage {
  return {
    name,
    async prepare(input) {
      const writeSite = await optionalExport<WriteSite>('src/site/write-site', 'writeSite');
      const serveSite = await optionalExport<ServeSite>('src/serve/server', 'serveSite');
      const compileGraph = await optionalExport<CompileGraph>('src/pipeline/compile-graph', 'compileGraph');
      // Started as the end-to-end tests start it; imported here so that other stages never load Playwright.
      const { launchChromium } = await import('../../tools/browser/chromium');
      const dataDir = curated ? DEFAULTS.curatedDataDir : input.dataDir;
      const graph = await compileGraph({ ...input, dataDir });
      const siteDir = join(input.outDir, 'site');
      // The viewer bundle is cached beside the datasets, so sizes share one Vite build.
      await writeSite(graph, siteDir, join(input.dataDir, '..', 'viewer-bundle'));
      await buildFloorPage(join(siteDir, 'floor'));
      const { url } = await serveSite(siteDir, { port: 0 });
      const browser = await launchChromium();
      return async () => {
        const target = await hoverTarget(browser, `${url}floor/`);
        const rounds =
          graph.order > DEFAULTS.bigGraphNodes
            ? DEFAULTS.bigGraphRounds
            : graph.order < DEFAULTS.smallGraphNodes
              ? DEFAULTS.smallGraphRounds
              : DEFAULTS.rounds;
        const explorer: PageRun[] = [];
        const floor: PageRun[] = [];
        for (let round = 0; round < rounds; round++) {
          const measureExplorer = async () => explorer.push(await measurePage(browser, url, EXPLORER, target));
          const measureFloor = async () => floor.push(await measurePage(browser, `${url}floor/`, FLOOR, target));
          for (const measure of round % 2 === 0 ? [measureExplorer, measureFloor] : [measureFloor, measureExplorer])
            await measure();
        }
        const drawn = {
          nodes: graph.filterNodes((_, a) => a.kind === 'entity').length,
          edges: graph.filterEdges((_, a) => a.kind === 'relation').length,
        };
        const viewer: ViewerComparison = { ...drawn, rounds, explorer: figures(explorer), floor: figures(floor) };
        const count = (n: number) => n.toLocaleString('en-US');
        return {
          items: graph.order,
          unit: 'nodes',
          note: `${curated ? 'curated data/, ' : ''}${count(graph.order)} nodes, ${count(graph.size)} edges; drawn ${count(drawn.nodes)} and ${count(drawn.edges)}; ${rounds} rounds`,
          viewer,
        };
      };
    },
  };
}

async function hoverTarget(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(url);
    await page.waitForFunction(FLOOR.ready, null, { timeout: PAGE_TIMEOUT_MS, polling: 100 });
    const node = await page.evaluate('window.__floor.hoverTarget()');
    if (typeof node !== 'string') throw new Error('no node to hover in the middle of the viewport');
    return node;
  } finally {
    await page.close();
  }
}

function figures(runs: readonly PageRun[]): PageFigures {
  const of = (key: keyof PageRun) => {
    const values = runs.map((run) => run[key]).sort((a, b) => a - b);
    const middle = Math.floor(values.length / 2);
    const median = values.length % 2 ? (values[middle] ?? 0) : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
    return { min: values[0] ?? 0, median };
  };
  return {
    firstFrameMs: of('firstFrameMs'),
    heapBytes: of('heapBytes'),
    hoverJsMs: of('hoverJsMs'),
    hoverDrawnMs: of('hoverDrawnMs'),
  };
}

export const VIEWER_STAGES = {
  generated: viewerComparison(STAGE.viewer),
  curated: viewerComparison(STAGE.viewerCurated, true),
};
