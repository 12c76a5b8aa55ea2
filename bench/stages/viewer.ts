import { join } from 'node:path';
import type { KnowledgeGraph } from '../../src/graph/types';
import { STAGE, type Stage } from '../stage';
import { optionalExport } from './optional';

export const DEFAULTS = { timeoutMs: 10 * 60_000 };

type WriteSite = (graph: KnowledgeGraph, siteDir: string, cacheDir?: string) => Promise<string>;
type ServeSite = (siteDir: string, options: { port: number }) => Promise<{ url: string }>;
type CompileGraph = (options: { dataDir: string; ontologyPath: string }) => Promise<KnowledgeGraph>;

/**
 * The viewer's first render in headless Chromium: from opening the page to the viewer's first-render signal
 * (`window.__ikg.firstRenderMs`), fetching and parsing graph.json included. The site is written as `ikg serve` does.
 */
export function viewerFirstRender(): Stage {
  return {
    name: STAGE.viewer,
    async prepare(input) {
      const writeSite = await optionalExport<WriteSite>('src/site/write-site', 'writeSite');
      const serveSite = await optionalExport<ServeSite>('src/serve/server', 'serveSite');
      const compileGraph = await optionalExport<CompileGraph>('src/pipeline/compile-graph', 'compileGraph');
      // Started as the end-to-end tests start it; imported here so that other stages never load Playwright.
      const { launchChromium } = await import('../../tools/browser/chromium');
      const graph = await compileGraph(input);
      const siteDir = join(input.outDir, 'site');
      await writeSite(graph, siteDir, join(input.dataDir, '..', 'viewer-bundle'));
      const { url } = await serveSite(siteDir, { port: 0 });
      const browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      return async () => {
        await page.goto(url);
        await page.waitForFunction(
          () => (window as { __ikg?: { firstRenderMs?: number } }).__ikg?.firstRenderMs,
          null,
          {
            timeout: DEFAULTS.timeoutMs,
            polling: 50,
          },
        );
        const heap = await page.evaluate(
          () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
        );
        return {
          items: graph.order,
          unit: 'nodes',
          note: `${graph.order.toLocaleString('en-US')} nodes, ${graph.size.toLocaleString('en-US')} edges${heap ? `, page JS heap ${Math.round(heap / 2 ** 20)} MiB` : ''}`,
        };
      };
    },
  };
}
