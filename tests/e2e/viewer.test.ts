import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../src/serve/server';
import { ARTIFACTS, launchChromium, openViewer } from './browser';
import { buildTestSite, XSS_LABEL } from './site';

const QUOTE = 'IBM과 협력해 2나노미터(nm) 공정 기술 개발을 목표로';
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

type Hook = { visibleNodeCount(): number; state(): Record<string, unknown>; firstRenderMs: number };
const hook = (page: Page) => page.evaluate(() => (window as unknown as { __ikg: Hook }).__ikg.state());
const visibleNodes = (page: Page) =>
  page.evaluate(() => (window as unknown as { __ikg: Hook }).__ikg.visibleNodeCount());

/** Share of screenshot pixels that differ from the background colour. */
async function inkRatio(page: Page): Promise<number> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (
        Math.abs((pixels[i] ?? 0) - 247) + Math.abs((pixels[i + 1] ?? 0) - 248) + Math.abs((pixels[i + 2] ?? 0) - 250) >
        30
      )
        ink++;
    return ink / (pixels.length / 4);
  }, png);
}

describe('viewer in headless Chromium', () => {
  let server: Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    const site = await buildTestSite();
    ({ server, url } = await serveSite(site.dir, { port: 0 }));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('paints a canvas that is not blank', async () => {
    const page = await openViewer(browser, url);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-first-paint.png` });
    expect(await inkRatio(page)).toBeGreaterThan(0.002);
    expect(await visibleNodes(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('finds 라피더스, opens its panel and shows the quote behind its IBM relation', async () => {
    const page = await openViewer(browser, url);
    await page.fill('#search', '라피더스');
    await page.locator('#results button').first().click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toContain('Rapidus');
    await page.screenshot({ path: `${ARTIFACTS}/viewer-rapidus-panel.png` });
    const ibm = page.locator('#panel .relation-link', { hasText: /^IBM$/ });
    let found = false;
    for (let i = 0; i < (await ibm.count()) && !found; i++) {
      await ibm.nth(i).click();
      found = (await page.locator('#panel mark').allTextContents()).some((text) => squash(text).includes(QUOTE));
      if (!found) await page.goBack();
    }
    expect(found).toBe(true);
    expect(squash(await page.locator('#panel .evidence').first().textContent())).toContain(QUOTE);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-ibm-evidence.png` });
    await page.close();
  });

  it('changes the visible node count when a type filter is toggled', async () => {
    const page = await openViewer(browser, url);
    const before = await visibleNodes(page);
    await page.locator('.legend-types label', { hasText: 'Company' }).locator('input').uncheck();
    await expect.poll(() => visibleNodes(page)).toBeLessThan(before);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-companies-hidden.png` });
    await page.close();
  });

  it('reproduces the view from a shared URL, and the back button restores the previous one', async () => {
    const page = await openViewer(browser, url);
    await page.fill('#search', 'Rapidus');
    await page.locator('#results button').first().click();
    await page.locator('.legend-types label', { hasText: 'Person' }).locator('input').uncheck();
    await page.click('#lang');
    const shared = page.url();
    const state = await hook(page);
    const panel = await page.locator('#panel h2').textContent();
    expect(panel).toContain('라피더스');

    const other = await openViewer(browser, shared);
    expect(await hook(other)).toEqual(state);
    expect(await other.locator('#panel h2').textContent()).toBe(panel);
    expect(await visibleNodes(other)).toBe(await visibleNodes(page));
    await other.screenshot({ path: `${ARTIFACTS}/viewer-shared-url-ko.png` });

    await page.goBack();
    await expect.poll(async () => (await hook(page)).lang).toBe('en');
    await other.close();
    await page.close();
  });

  it('runs ForceAtlas2 in a web worker and stops it', async () => {
    const page = await openViewer(browser, url);
    const where = () =>
      page.evaluate(() => {
        const { x, y } = (
          window as unknown as { __ikg: { position(n: string): { x: number; y: number } } }
        ).__ikg.position('rapidus');
        return `${x},${y}`;
      });
    const before = await where();
    await page.click('#layout');
    await expect.poll(where).not.toBe(before);
    await page.click('#layout');
    expect(
      await page.evaluate(() => (window as unknown as { __ikg: { layoutRunning(): boolean } }).__ikg.layoutRunning()),
    ).toBe(false);
    await page.close();
  });

  it('renders a hostile label as text, never as HTML', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await page.goto(`${url}?graph=xss-graph.json`);
    await page.waitForFunction(() => typeof (window as unknown as { __ikg: Hook }).__ikg?.firstRenderMs === 'number');
    await page.fill('#search', '<img');
    await page.locator('#results button').first().click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toContain(XSS_LABEL);
    expect(await page.locator('#panel img, #results img').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-hostile-label.png` });
    expect(dialogs).toBe(0);
    await page.close();
  });
});
