import type { Browser, Page } from 'playwright-core';

/** What one page load cost: wall time to its first frame drawn, live JS heap then, and one node hover. */
export interface PageRun {
  firstFrameMs: number;
  heapBytes: number;
  /** From the mousemove to the end of the frame's JavaScript, and until that frame is drawn. */
  hoverJsMs: number;
  hoverDrawnMs: number;
}

/** How a page tells the bench about itself: both the explorer and the floor page answer these. */
export interface PageProbe {
  /** Set (to a number) once the first frame is rendered. */
  ready: string;
  /** Prepares hover, if the page needs it; may be empty. */
  beforeHover: string;
  /** A node's position in the graph canvas (`#graph`), for `node`. */
  toViewport: string;
  /** Truthy once the node is hovered. */
  hovered: string;
}

export const VIEWPORT = { width: 1280, height: 800 };

/** How long a page may take to its first frame (50k nodes on SwiftShader take tens of seconds). */
export const PAGE_TIMEOUT_MS = 10 * 60_000;

/**
 * Waits until every WebGL canvas of the page has drawn what it was given: reading one pixel blocks until then
 * (software WebGL draws asynchronously from the JavaScript that issued the work).
 */
const FINISH_GL = `for (const canvas of document.querySelectorAll('canvas')) {
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}`;

const expression = (probe: string, node: string) => probe.replaceAll('NODE', JSON.stringify(node));

/**
 * Loads `url` in a fresh browser context (an empty cache) and measures its first frame, its heap, and hovering
 * `node` after the pointer has first rested on an empty corner (so lazily armed features are armed).
 */
export async function measurePage(browser: Browser, url: string, probe: PageProbe, node: string): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(probe.ready, null, { timeout: PAGE_TIMEOUT_MS, polling: 50 });
    await page.evaluate(FINISH_GL);
    const firstFrameMs = Date.now() - started;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize: heapBytes } = await cdp.send('Runtime.getHeapUsage');
    const hover = await hoverTiming(page, probe, node);
    return { firstFrameMs, heapBytes, ...hover };
  } finally {
    await context.close();
  }
}

async function settle(page: Page): Promise<void> {
  for (let frame = 0; frame < 3; frame++)
    await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => { ${FINISH_GL}; resolve(); }))`);
  await page.waitForTimeout(300);
}

async function hoverTiming(page: Page, probe: PageProbe, node: string) {
  if (probe.beforeHover) await page.evaluate(probe.beforeHover);
  await page.mouse.move(VIEWPORT.width - 3, VIEWPORT.height / 2);
  await settle(page);
  const inCanvas = (await page.evaluate(expression(probe.toViewport, node))) as { x: number; y: number };
  const box = await page.locator('#graph').boundingBox();
  const at = { x: (box?.x ?? 0) + inCanvas.x, y: (box?.y ?? 0) + inCanvas.y };
  await page.evaluate(`window.__hoverTiming = new Promise((resolve) => {
    window.addEventListener('mousemove', (event) => {
      requestAnimationFrame(() => {
        const js = performance.now() - event.timeStamp;
        ${FINISH_GL}
        resolve({ hoverJsMs: js, hoverDrawnMs: performance.now() - event.timeStamp });
      });
    }, { once: true });
  });
  0`);
  await page.mouse.move(at.x, at.y);
  const timing = (await page.evaluate('window.__hoverTiming')) as Pick<PageRun, 'hoverJsMs' | 'hoverDrawnMs'>;
  if (!(await page.evaluate(expression(probe.hovered, node))))
    throw new Error(`hovering ${node} at (${Math.round(at.x)}, ${Math.round(at.y)}) of ${page.url()} hovered nothing`);
  return timing;
}
