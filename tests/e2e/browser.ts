import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.IKG_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = 'test-artifacts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Launches Debian's chromium; without it the run fails and says how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM}: the end-to-end tests need a browser. Install it with "apt-get install -y chromium" (or set IKG_CHROMIUM to its path).`,
    );
  await mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Opens a page and waits until the viewer has painted its first frame. */
export async function openViewer(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(
    () => typeof (window as unknown as { __ikg?: { firstRenderMs?: number } }).__ikg?.firstRenderMs === 'number',
  );
  return page;
}
