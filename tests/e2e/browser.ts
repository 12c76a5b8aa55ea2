import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchChromium as launchDebianChromium } from '../../tools/browser/chromium';

export const ARTIFACTS = 'test-artifacts';

/** Launches Debian's chromium and makes the folder for screenshots. */
export async function launchChromium(): Promise<Browser> {
  await mkdir(ARTIFACTS, { recursive: true });
  return launchDebianChromium();
}

/**
 * Loads the viewer in a page and waits until it has painted its first frame; returns how long that took it.
 * Fails at once with the viewer's message if it could not load its graph.
 */
export async function gotoViewer(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () =>
      (window as { __ikg?: { firstRenderMs?: number } }).__ikg?.firstRenderMs ??
      document.querySelector('#count.error')?.textContent,
  );
  const outcome = await handle.jsonValue();
  if (typeof outcome !== 'number') throw new Error(`the viewer did not start: ${outcome}`);
  return outcome;
}

/** Opens a page on the viewer, ready once it has painted its first frame. */
export async function openViewer(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await gotoViewer(page, url);
  return page;
}

type Point = { x: number; y: number };
type Display = {
  color: string;
  label: string | null;
  hidden: boolean;
  size: number;
  forceLabel: boolean;
  type: string;
  /** A parallel edge's curvature. */
  curvature?: number;
};

/** The viewer's read-only test hooks, `window.__ikg` (see docs/viewer.md). */
export interface ViewerHooks {
  visibleNodeCount(): number;
  visibleEdges(): string[];
  state(): Record<string, unknown>;
  camera(): Point & { ratio: number };
  layoutRunning(): boolean;
  position(node: string): Point;
  nodeDisplay(node: string): Display | undefined;
  /** Undefined for a node or edge that is not in the graph (yet). */
  edgeDisplay(edge: string): Display | undefined;
  edgeLabels(): string[];
  nodeLabels(): string[];
  /** A node's position in pixels inside the graph canvas. */
  toViewport(node: string): Point;
  /** Whether edges are drawn into sigma's picking buffer yet (from the first pointer move or press). */
  pickingArmed(): boolean;
  /** Whether the article bodies are at hand (fetched, or in the graph from the start). */
  articlesReady(): boolean;
  /** Fetches the graph again and replaces its contents in place. */
  reloadGraph(): Promise<void>;
}

export function hook<K extends keyof ViewerHooks>(
  page: Page,
  name: K,
  ...args: Parameters<ViewerHooks[K]>
): Promise<ReturnType<ViewerHooks[K]>> {
  return page.evaluate(
    ([name, args]) =>
      (window as unknown as { __ikg: Record<string, (...a: unknown[]) => unknown> }).__ikg[name]?.(...args),
    [name, args] as const,
  ) as Promise<ReturnType<ViewerHooks[K]>>;
}

/** The canvas background (#f7f8fa). */
const BACKGROUND = [247, 248, 250];

/**
 * Decodes a PNG in the page and reports the share of pixels that differ from the canvas background, and for each
 * given point whether it has ink.
 */
export async function inkAt(page: Page, png: Buffer, points: Point[] = []): Promise<{ ratio: number; at: boolean[] }> {
  return page.evaluate(
    async ([data, points, background]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      // One flag per pixel; no inner functions, which some TypeScript runners wrap in helpers the page lacks.
      const inked = new Uint8Array(pixels.length / 4);
      let ink = 0;
      for (let p = 0; p < inked.length; p++) {
        const distance =
          Math.abs((pixels[4 * p] ?? 0) - (background[0] ?? 0)) +
          Math.abs((pixels[4 * p + 1] ?? 0) - (background[1] ?? 0)) +
          Math.abs((pixels[4 * p + 2] ?? 0) - (background[2] ?? 0));
        inked[p] = distance > 30 ? 1 : 0;
        ink += inked[p] ?? 0;
      }
      return {
        ratio: ink / inked.length,
        at: points.map(({ x, y }) => inked[Math.round(y) * image.width + Math.round(x)] === 1),
      };
    },
    [png.toString('base64'), points, BACKGROUND] as const,
  );
}

/** How many separate inked runs a straight line between two points crosses, sampled every pixel. */
export function runs(ink: boolean[]): number {
  return ink.filter((on, i) => on && !ink[i - 1]).length;
}
