import { readdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeAttributes } from '../../src/graph/types';
import { serveSite } from '../../src/serve/server';
import { dateBounds } from '../../src/util/partial-date';
import { relationSpan } from '../../viewer/src/filters';
import { ARTIFACTS, gotoViewer, hook, inkAt, launchChromium, openViewer, runs } from './browser';
import { BIG, buildTestSite, type TestSite, XSS_LABEL } from './site';

const QUOTE = 'IBM과 협력해 2나노미터(nm) 공정 기술 개발을 목표로';
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

describe('viewer in headless Chromium', () => {
  let server: Server;
  let url: string;
  let browser: Browser;
  let site: TestSite;
  const relations = new Map<string, EdgeAttributes>();

  beforeAll(async () => {
    browser = await launchChromium();
    site = await buildTestSite();
    for (const edge of site.graph.edges) relations.set(String(edge.key), edge.attributes as EdgeAttributes);
    ({ server, url } = await serveSite(site.dir, { port: 0 }));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  const statusOf = (edge: string) => {
    const attributes = relations.get(edge);
    return attributes?.kind === 'relation' ? attributes.status : undefined;
  };

  /** Moves the pointer onto a point of the graph canvas in small steps, as a hand would. */
  async function pointAt(page: Page, point: { x: number; y: number }) {
    const box = await page.locator('#graph').boundingBox();
    await page.mouse.move((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y, { steps: 4 });
  }

  it('the viewer bundle holds no zod and no Node built-in', async () => {
    const assets = join(site.dir, 'assets');
    const scripts = (await readdir(assets)).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = await readFile(join(assets, script), 'utf8');
      for (const marker of ['ZodError', '$ZodType', '__vite-browser-external', '"node:', "'node:"])
        expect(code.includes(marker), `${script} contains ${marker}`).toBe(false);
    }
  });

  it('paints the stored positions at once, on a canvas that is not blank', async () => {
    const page = await openViewer(browser, url);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-first-paint.png` });
    expect((await inkAt(page, await page.locator('#graph').screenshot())).ratio).toBeGreaterThan(0.002);
    expect(await hook(page, 'visibleNodeCount')).toBeGreaterThan(0);
    const stored = site.graph.nodes.find((node) => node.key === 'rapidus')?.attributes;
    expect(stored).toMatchObject({ x: expect.any(Number), y: expect.any(Number) });
    expect(await hook(page, 'position', 'rapidus')).toMatchObject({ x: stored?.x, y: stored?.y });
    expect(await hook(page, 'layoutRunning')).toBe(false);
    // Without stored positions (as in out/graph.json) the viewer lays the graph out as the site build does.
    await gotoViewer(page, `${url}?graph=unplaced-graph.json`);
    const settled = await hook(page, 'position', 'rapidus');
    expect(settled.x).toBeCloseTo(Number(stored?.x), 3);
    expect(settled.y).toBeCloseTo(Number(stored?.y), 3);
    await page.close();
  });

  it('finds one node by 라피더스, Rapidus or ラピダス, zooms to it and shows the quote behind its IBM relation', async () => {
    const page = await openViewer(browser, url);
    for (const query of ['Rapidus', 'ラピダス', '라피더스']) {
      await page.fill('#search', query);
      await page.press('#search', 'Enter');
      await expect.poll(async () => (await hook(page, 'state')).node).toBe('rapidus');
      if (query !== '라피더스') await page.goBack();
    }
    await expect.poll(() => page.locator('#panel h2').textContent()).toContain('Rapidus');
    await expect.poll(async () => (await hook(page, 'camera')).ratio).toBeLessThan(0.5);
    // Zoomed to the middle of the canvas part that the side panel leaves free.
    const canvas = await page.locator('#graph').boundingBox();
    const panel = await page.locator('#panel').boundingBox();
    const free = ((panel?.x ?? 0) - (canvas?.x ?? 0)) / 2;
    await expect.poll(async () => Math.abs((await hook(page, 'toViewport', 'rapidus')).x - free)).toBeLessThan(20);
    expect(await page.locator('#panel .names').textContent()).toContain('ラピダス');
    expect(await page.locator('#panel .description').textContent()).not.toBe('');
    expect(await page.locator('#panel .metrics').textContent()).toContain('PageRank');
    expect(await page.locator('#panel h3').count()).toBeGreaterThan(2);
    expect(await page.locator('#panel .relation .badge').count()).toBe(await page.locator('#panel .relation').count());
    await page.screenshot({ path: `${ARTIFACTS}/viewer-rapidus-panel.png` });
    const ibm = page.locator('#panel .relation-link', { hasText: /^IBM$/ });
    let found = false;
    for (let i = 0; i < (await ibm.count()) && !found; i++) {
      await ibm.nth(i).click();
      found = (await page.locator('#panel mark').allTextContents()).some((text) => squash(text).includes(QUOTE));
      if (!found) await page.goBack();
    }
    expect(found).toBe(true);
    expect(await page.locator('#panel').evaluate((panel) => panel.scrollTop)).toBe(0);
    const evidence = page.locator('#panel .evidence', { has: page.locator('mark', { hasText: QUOTE.slice(0, 8) }) });
    // The passage around the quote comes with the article bodies, fetched when the first evidence panel opens.
    await expect
      .poll(async () => squash(await evidence.first().locator('blockquote').textContent()).length)
      .toBeGreaterThan(QUOTE.length);
    expect(await evidence.first().getAttribute('data-passage')).toBe('shown');
    await expect.poll(() => evidence.first().locator('.source').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await evidence.first().locator('.source a').getAttribute('href')).toMatch(/^https?:\/\//);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-ibm-evidence.png` });
    await page.close();
  });

  it('shows which way each relation in an entity panel runs, in English and Korean', async () => {
    const page = await openViewer(browser, url);
    await page.fill('#search', 'SoftBank');
    await page.press('#search', 'Enter');
    await expect.poll(async () => (await hook(page, 'state')).node).toBe('softbank');
    const row = (name: RegExp) =>
      page.locator('#panel .relation', { has: page.locator('.relation-link', { hasText: name }) });
    const son = row(/^(Masayoshi Son|손정의)$/);
    expect(await son.getAttribute('data-direction')).toBe('in');
    expect(await son.locator('.direction').textContent()).toBe('←');
    expect(await son.locator('.direction-text').textContent()).toBe('incoming');
    expect(await son.locator('.direction').getAttribute('title')).toBe('incoming: Masayoshi Son leads SoftBank Group');
    const supplier = row(/^Nvidia$/).filter({ has: page.locator('.direction', { hasText: '←' }) });
    expect(await supplier.count()).toBeGreaterThan(0);
    const openai = row(/^OpenAI$/).first();
    expect(await openai.getAttribute('data-direction')).toBe('out');
    expect(await openai.locator('.direction').textContent()).toBe('→');
    await page.click('#lang');
    await expect.poll(() => son.locator('.direction-text').textContent()).toBe('들어오는 관계');
    expect(await son.locator('.direction').getAttribute('title')).toBe('들어오는 관계: 손정의 이끎 소프트뱅크');
    await page.close();
  });

  it('changes the visible node count when a type is toggled in the legend', async () => {
    const page = await openViewer(browser, url);
    const before = await hook(page, 'visibleNodeCount');
    await page.locator('.legend-types label', { hasText: 'Company' }).locator('input').uncheck();
    await expect.poll(() => hook(page, 'visibleNodeCount')).toBeLessThan(before);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-companies-hidden.png` });
    await page.close();
  });

  it('shows the articles and their MENTIONS edges only when asked, and draws them then', async () => {
    const page = await openViewer(browser, url);
    const articles = site.articles.nodes.filter((node) => node.attributes?.kind === 'article').length;
    const mention = String(site.articles.edges.find((edge) => edge.attributes?.kind === 'mention')?.key);
    expect(articles).toBeGreaterThan(0);
    const nodes = await hook(page, 'visibleNodeCount');
    const edges = (await hook(page, 'visibleEdges')).length;
    // The article nodes and MENTIONS edges are not in the first payload: they come when first asked for.
    expect(await hook(page, 'edgeDisplay', mention)).toBeUndefined();
    await page.locator('label', { hasText: 'Show articles' }).locator('input').check();
    await expect.poll(() => hook(page, 'visibleNodeCount')).toBe(nodes + articles);
    expect((await hook(page, 'visibleEdges')).length).toBeGreaterThan(edges);
    expect(await hook(page, 'edgeDisplay', mention)).toMatchObject({
      hidden: false,
      type: 'straight',
      arrowHead: true,
    });
    await page.screenshot({ path: `${ARTIFACTS}/viewer-articles-shown.png` });
    await page.goBack();
    await expect.poll(() => hook(page, 'visibleNodeCount')).toBe(nodes);
    // Hidden edges get the program that keeps no buffer and draws nothing.
    expect(await hook(page, 'edgeDisplay', mention)).toMatchObject({ hidden: true, type: 'hidden' });
    await page.close();
  });

  it('fetches only the shard of a passage for the passage, and the article nodes once, when first shown', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await gotoViewer(page, url);
    expect(fetched).toContain('/graph.json');
    expect(fetched).not.toContain('/articles.json');
    expect(fetched.filter((path) => path.startsWith('/passages/'))).toEqual([]);
    expect(await hook(page, 'articlesReady')).toBe(false);
    await page.fill('#search', 'Rapidus');
    await page.press('#search', 'Enter');
    await page.locator('#panel .relation-link', { hasText: /^IBM$/ }).first().click();
    await expect.poll(() => page.locator('#panel .evidence').first().getAttribute('data-passage')).toBe('shown');
    expect(await hook(page, 'articlesReady')).toBe(true);
    expect(fetched).not.toContain('/articles.json');
    expect(fetched.filter((path) => path.startsWith('/passages/'))).toEqual(['/passages/0.json']);
    const nodes = await hook(page, 'visibleNodeCount');
    await page.locator('label', { hasText: 'Show articles' }).locator('input').check();
    const articles = site.articles.nodes.filter((node) => node.attributes?.kind === 'article').length;
    await expect.poll(() => hook(page, 'visibleNodeCount')).toBe(nodes + articles);
    expect(fetched.filter((path) => path === '/articles.json')).toHaveLength(1);
    // A link to a relation loads its passage at once, too.
    await gotoViewer(page, `${url}?edge=${encodeURIComponent('rapidus|PARTNERS_WITH|ibm')}`);
    await expect.poll(() => page.locator('#panel .evidence').first().getAttribute('data-passage')).toBe('shown');
    await page.close();
  });

  it('says so when the articles cannot be loaded, and still shows the quote', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route('**/passages/*', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await gotoViewer(page, `${url}?edge=${encodeURIComponent('rapidus|PARTNERS_WITH|ibm')}`);
    await expect.poll(() => page.locator('#count').textContent()).toContain('The articles could not be loaded');
    expect(await page.locator('#panel .evidence mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel .evidence').first().getAttribute('data-passage')).toBe('loading');
    await page.close();
  });

  it('shows the quote alone, with no endless loading, when the shard comes without the article', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let fetches = 0;
    // A graph rebuilt under an open page: its shard no longer holds the article the old graph.json points to.
    await page.route('**/passages/*', (route) => {
      fetches++;
      return route.fulfill({ json: [] });
    });
    await gotoViewer(page, `${url}?edge=${encodeURIComponent('rapidus|PARTNERS_WITH|ibm')}`);
    await expect.poll(() => page.locator('#panel .evidence').first().getAttribute('data-passage')).toBe('missing');
    expect(await page.locator('#panel .evidence mark').first().textContent()).not.toBe('');
    await page.locator('#panel .relation-link').first().click();
    await page.goBack();
    await expect.poll(() => page.locator('#panel .evidence').first().getAttribute('data-passage')).toBe('missing');
    expect(fetches).toBe(1);
    await page.close();
  });

  it('reloads the graph in place: the same renderer, kept positions, new contents, articles fetched anew', async () => {
    const page = await openViewer(browser, `${url}?node=rapidus`);
    await page.evaluate(() => Object.assign(window, { unchanged: true }));
    const before = await hook(page, 'position', 'rapidus');
    await page.locator('#panel .relation-link', { hasText: /^IBM$/ }).first().click();
    await expect.poll(() => hook(page, 'articlesReady')).toBe(true);
    await page.locator('#panel .relation-link', { hasText: /^Rapidus$/ }).click();
    const changed = structuredClone(site.graph);
    for (const node of changed.nodes)
      if (node.key === 'rapidus')
        Object.assign(node.attributes ?? {}, { x: 999, y: 999, names: { en: 'Rapidus Corp' } });
    changed.nodes = changed.nodes.filter((node) => node.key !== 'ibm');
    changed.edges = changed.edges.filter((edge) => edge.source !== 'ibm' && edge.target !== 'ibm');
    changed.nodes.push({
      key: 'newco',
      attributes: { kind: 'entity', type: 'Company', label: 'NewCo', names: { en: 'NewCo' }, x: 1, y: 2 },
    });
    await page.route('**/graph.json', (route) => route.fulfill({ json: changed }));
    await hook(page, 'reloadGraph');
    expect(await page.evaluate(() => (window as { unchanged?: boolean }).unchanged)).toBe(true);
    expect(await hook(page, 'position', 'rapidus')).toMatchObject({ x: before.x, y: before.y });
    expect(await hook(page, 'position', 'newco')).toMatchObject({ x: 1, y: 2 });
    expect(await hook(page, 'nodeDisplay', 'ibm')).toBeUndefined();
    expect(await hook(page, 'nodeDisplay', 'newco')).toMatchObject({ hidden: false });
    expect(await hook(page, 'visibleNodeCount')).toBe(changed.nodes.length);
    expect(await page.locator('#panel h2').textContent()).toContain('Rapidus Corp');
    expect(await hook(page, 'articlesReady')).toBe(false);
    await page.fill('#search', 'NewCo');
    await expect.poll(() => page.locator('#results button').count()).toBe(1);
    await page.close();
  });

  it('filters relations by type and status, and draws each status with its own stroke', async () => {
    const page = await openViewer(browser, url);
    const all = await hook(page, 'visibleEdges');
    const typeOf = (edge: string) => relations.get(edge)?.type;
    await page.locator('.legend-relations label', { hasText: 'develops' }).locator('input').uncheck();
    await expect.poll(async () => (await hook(page, 'visibleEdges')).length).toBeLessThan(all.length);
    expect((await hook(page, 'visibleEdges')).filter((edge) => typeOf(edge) === 'DEVELOPS')).toEqual([]);
    await page.goBack();
    await expect.poll(async () => (await hook(page, 'visibleEdges')).length).toBe(all.length);
    expect(new Set(all.map(statusOf)).size).toBeGreaterThan(1);
    await page.locator('.legend-statuses label', { hasText: 'active' }).locator('input').uncheck();
    await expect.poll(async () => (await hook(page, 'visibleEdges')).length).toBeLessThan(all.length);
    const left = await hook(page, 'visibleEdges');
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((edge) => statusOf(edge) === 'active')).toEqual([]);
    expect(new URL(page.url()).searchParams.get('status')).toBe('considered,announced,ended');

    // What is drawn: along each line, considered and announced break into dashes or dots, active and ended do not.
    await gotoViewer(page, `${url}?graph=status-graph.json`);
    const png = await page.locator('#graph').screenshot({ path: `${ARTIFACTS}/viewer-status-strokes.png` });
    const strokes: Record<string, number> = {};
    for (const status of ['considered', 'announced', 'active', 'ended']) {
      const [from, to] = [await hook(page, 'toViewport', `s-${status}`), await hook(page, 'toViewport', `t-${status}`)];
      // The middle half of the line, one sample per pixel; a pixel counts as inked if the line covers it or a
      // pixel just above or below, since a thin line can fall between two rows.
      const xs = Array.from({ length: 301 }, (_, i) => from.x + (to.x - from.x) * (0.25 + (0.5 * i) / 300));
      const rows = [-1, 0, 1].map((dy) => xs.map((x) => ({ x, y: from.y + dy })));
      const { at } = await inkAt(page, png, rows.flat());
      strokes[status] = runs(xs.map((_, i) => rows.some((_, row) => at[row * xs.length + i])));
    }
    expect(strokes).toMatchObject({ active: 1, ended: 1 });
    expect(strokes.considered).toBeGreaterThan(10);
    expect(strokes.announced).toBeGreaterThan(10);
    await page.close();
  });

  it('draws an arrow head on the target border and parallel edges as curves to either side', async () => {
    const page = await openViewer(browser, `${url}?graph=shape-graph.json`);
    const png = await page.locator('#graph').screenshot({ path: `${ARTIFACTS}/viewer-edge-shapes.png` });
    /** Inked pixels in each column at `xs`, from `top` to `bottom`, read in one pass over the screenshot. */
    const columns = async (xs: number[], top: number, bottom: number) => {
      const ys = Array.from({ length: Math.round(bottom - top) + 1 }, (_, i) => top + i);
      const { at } = await inkAt(
        page,
        png,
        xs.flatMap((x) => ys.map((y) => ({ x, y }))),
      );
      return xs.map((_, c) => ys.filter((_, i) => at[c * ys.length + i]));
    };
    const column = async (x: number, top: number, bottom: number) => (await columns([x], top, bottom))[0] ?? [];

    // The straight arrow: the line is a few pixels thick along its middle, the head wider just before
    // the target's disc, and the head's tip touches the disc.
    const [from, to] = [await hook(page, 'toViewport', 'arrow-from'), await hook(page, 'toViewport', 'arrow-to')];
    const radius = (await hook(page, 'nodeDisplay', 'arrow-to'))?.size ?? 0;
    expect(radius).toBeGreaterThan(2);
    const line = (await column((from.x + to.x) / 2, from.y - 15, from.y + 15)).length;
    expect(line).toBeGreaterThan(0);
    const xs: number[] = [];
    for (let x = Math.round((from.x + to.x) / 2); x < to.x - radius - 1; x++) xs.push(x);
    const head = (await columns(xs, from.y - 15, from.y + 15)).map((inked) => inked.length);
    expect(Math.max(...head)).toBeGreaterThanOrEqual(line + 2);
    expect(head.at(-1)).toBeGreaterThan(0);

    // The parallel pair: nothing on the straight chord between them, one curve above it and one below, each about
    // half the control point's offset (chord length × curvature) away at the middle.
    const [a, b] = [await hook(page, 'toViewport', 'pair-a'), await hook(page, 'toViewport', 'pair-b')];
    const curvature = Math.abs((await hook(page, 'edgeDisplay', 'pair-a|SUPPLIES|pair-b'))?.curvature ?? 0);
    expect(curvature).toBeGreaterThan(0);
    const apex = (0.5 * (b.x - a.x) * curvature) | 0;
    const middle = (a.x + b.x) / 2;
    const inked = await column(middle, a.y - apex - 20, a.y + apex + 20);
    expect(inked.filter((y) => Math.abs(y - a.y) <= 2)).toEqual([]);
    expect(inked.some((y) => Math.abs(y - (a.y - apex)) <= 3)).toBe(true);
    expect(inked.some((y) => Math.abs(y - (a.y + apex)) <= 3)).toBe(true);
    await page.close();
  });

  it('filters relations by their dates with the timeline slider', async () => {
    const page = await openViewer(browser, url);
    const all = await hook(page, 'visibleEdges');
    const from = page.locator('#timeline .range-from');
    const max = Number(await from.getAttribute('max'));
    await from.fill(String(Math.round(max * 0.7)));
    await expect.poll(async () => (await hook(page, 'visibleEdges')).length).toBeLessThan(all.length);
    const start = String((await hook(page, 'state')).from);
    expect(new URL(page.url()).searchParams.get('from')).toBe(start);
    expect(await page.locator('#timeline .range-label').textContent()).toContain(start);
    for (const edge of await hook(page, 'visibleEdges')) {
      const attributes = relations.get(edge);
      const span = attributes && relationSpan(attributes);
      if (span) expect(span[1]).toBeGreaterThanOrEqual(dateBounds(start)[0]);
    }
    await page.screenshot({ path: `${ARTIFACTS}/viewer-timeline.png` });
    await page.goBack();
    await expect.poll(async () => (await hook(page, 'visibleEdges')).length).toBe(all.length);
    await page.close();
  });

  it('highlights a hovered neighbourhood, and shows edge labels on hover and when zoomed in', async () => {
    const page = await openViewer(browser, url);
    expect(await hook(page, 'edgeLabels')).toEqual([]);
    // Edges are drawn into sigma's picking buffer only from the first pointer move on.
    expect(await hook(page, 'pickingArmed')).toBe(false);
    const edge = 'rapidus|PARTNERS_WITH|ibm';
    const [a, b] = [await hook(page, 'toViewport', 'rapidus'), await hook(page, 'toViewport', 'ibm')];
    const colour = async (node: string) => (await hook(page, 'nodeDisplay', node))?.color;
    const nearIbm = new Set(
      site.graph.edges.flatMap((e) => (e.source === 'ibm' || e.target === 'ibm' ? [e.source, e.target] : [])),
    );
    const far = String(site.graph.nodes.find((n) => n.attributes?.kind === 'entity' && !nearIbm.has(n.key))?.key);
    const [ibm, stranger] = [await colour('ibm'), await colour(far)];
    await pointAt(page, b);
    expect(await hook(page, 'pickingArmed')).toBe(true);
    await expect.poll(() => colour(far)).not.toBe(stranger);
    // As in sigma's hover example, the edges that do not touch the hovered node are hidden.
    const elsewhere = site.graph.edges.find((e) => e.source !== 'ibm' && e.target !== 'ibm');
    expect(await hook(page, 'edgeDisplay', String(elsewhere?.key))).toMatchObject({ hidden: true });
    expect(await colour('rapidus')).toBe(await colour('ibm'));
    expect(await colour('ibm')).toBe(ibm);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-node-hover.png` });
    // A point on the edge clear of every other node (a node drawn over the line would take the hover).
    const others = await Promise.all(
      site.graph.nodes
        .filter((n) => n.key !== 'rapidus' && n.key !== 'ibm')
        .map(async (n) => ({
          at: await hook(page, 'toViewport', n.key),
          size: (await hook(page, 'nodeDisplay', n.key))?.size ?? 0,
        })),
    );
    const along = [0.5, 0.4, 0.6, 0.3, 0.7].map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }));
    const clear = along.find((p) => others.every(({ at, size }) => Math.hypot(at.x - p.x, at.y - p.y) > size + 8));
    await pointAt(page, clear ?? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    await expect.poll(() => hook(page, 'edgeLabels')).toEqual([edge]);
    expect((await hook(page, 'edgeDisplay', edge))?.label).toBe('partners with');
    await page.screenshot({ path: `${ARTIFACTS}/viewer-edge-hover.png` });
    await pointAt(page, { x: 4, y: 4 });
    await expect.poll(() => hook(page, 'edgeLabels')).toEqual([]);
    await pointAt(page, a);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await hook(page, 'edgeLabels')).length).toBeGreaterThan(2);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-zoomed-edge-labels.png` });
    await page.close();
  });

  it('switches labels and interface text to Korean', async () => {
    const page = await openViewer(browser, url);
    await page.click('#lang');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect((await hook(page, 'nodeDisplay', 'rapidus'))?.label).toBe('라피더스');
    expect(await page.getAttribute('#search', 'placeholder')).toBe('이름·별칭 검색…');
    expect(await page.locator('.legend-types').textContent()).toContain('기업');
    expect(await page.locator('#timeline').textContent()).toContain('기간');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ko');
    await page.screenshot({ path: `${ARTIFACTS}/viewer-korean.png` });
    await page.close();
  });

  it('colours nodes by Louvain community and sizes them by PageRank on request', async () => {
    const page = await openViewer(browser, url);
    const companies = site.graph.nodes.filter((n) => n.attributes?.type === 'Company');
    const colours = async () =>
      new Set(await Promise.all(companies.map(async (n) => (await hook(page, 'nodeDisplay', String(n.key)))?.color)));
    expect((await colours()).size).toBe(1);
    await page.locator('#controls label', { hasText: 'Colour by community' }).locator('input').check();
    await expect.poll(async () => (await colours()).size).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('color')).toBe('community');
    expect(await page.locator('.legend-types .dot').count()).toBe(0);
    const size = async () => (await hook(page, 'nodeDisplay', 'rapidus'))?.size;
    const byDegree = await size();
    await page.selectOption('#controls .size-by', 'pagerank');
    await expect.poll(size).not.toBe(byDegree);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-communities.png` });
    await page.close();
  });

  it('reproduces the view from a shared URL, and the back button restores the previous one', async () => {
    const page = await openViewer(browser, url);
    await page.fill('#search', 'Rapidus');
    await page.locator('#results button').first().click();
    await page.locator('.legend-types label', { hasText: 'Person' }).locator('input').uncheck();
    await page.click('#lang');
    const shared = page.url();
    const state = await hook(page, 'state');
    const panel = await page.locator('#panel h2').textContent();
    expect(panel).toContain('라피더스');

    const other = await openViewer(browser, shared);
    expect(await hook(other, 'state')).toEqual(state);
    expect(await other.locator('#panel h2').textContent()).toBe(panel);
    expect(await hook(other, 'visibleNodeCount')).toBe(await hook(page, 'visibleNodeCount'));
    await other.screenshot({ path: `${ARTIFACTS}/viewer-shared-url-ko.png` });

    await page.goBack();
    await expect.poll(async () => (await hook(page, 'state')).lang).toBe('en');
    await other.close();
    await page.close();
  });

  it('saves the view as PNG, and the filtered subgraph as GEXF and JSON', async () => {
    const page = await openViewer(browser, url);
    await page.locator('.legend-types label', { hasText: 'Person' }).locator('input').uncheck();
    await expect.poll(() => page.url()).toContain('hideTypes=Person');
    const nodes = await hook(page, 'visibleNodeCount');
    const edges = (await hook(page, 'visibleEdges')).length;
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      const name = download.suggestedFilename();
      await download.saveAs(`${ARTIFACTS}/${name}`);
      return { name, bytes: await readFile(`${ARTIFACTS}/${name}`) };
    };

    const png = await save('#save-png');
    expect(png.name).toBe('industry-kg-view.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.length).toBeGreaterThan(20_000);
    expect((await inkAt(page, png.bytes)).ratio).toBeGreaterThan(0.002);

    const gexf = await save('#save-gexf');
    expect(gexf.name).toBe('industry-kg-view.gexf');
    const fromGexf = parseGexf(Graph, gexf.bytes.toString('utf8'));
    expect([fromGexf.order, fromGexf.size]).toEqual([nodes, edges]);
    expect(fromGexf.filterNodes((_, a) => a.type === 'Person')).toEqual([]);

    const json = await save('#save-json');
    expect(json.name).toBe('industry-kg-view.json');
    const serialized: SerializedGraph = JSON.parse(json.bytes.toString('utf8'));
    const fromJson = Graph.from(serialized);
    expect([fromJson.order, fromJson.size]).toEqual([nodes, edges]);
    expect(fromJson.filterNodes((_, a) => a.type === 'Person')).toEqual([]);

    // The JSON is a graph the viewer opens as it is.
    const reopened = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await reopened.route('**/saved-view.json', (route) => route.fulfill({ body: json.bytes }));
    await gotoViewer(reopened, `${url}?graph=saved-view.json`);
    expect(await hook(reopened, 'visibleNodeCount')).toBe(nodes);
    await reopened.close();
    await page.close();
  });

  it('runs ForceAtlas2 in a web worker and stops it', async () => {
    const page = await openViewer(browser, url);
    const where = async () => JSON.stringify(await hook(page, 'position', 'rapidus'));
    const before = await where();
    await page.click('#layout');
    await expect.poll(where).not.toBe(before);
    expect(await hook(page, 'layoutRunning')).toBe(true);
    await page.click('#layout');
    expect(await hook(page, 'layoutRunning')).toBe(false);
    const stopped = await where();
    // Twenty frames later a running layout would have moved the node; a stopped one has not.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let frames = 0;
          const tick = () => (++frames >= 20 ? resolve() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
    );
    expect(await where()).toBe(stopped);
    await page.close();
  });

  it(`stays responsive with ${BIG.nodes} nodes and thins their labels`, async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    expect(await gotoViewer(page, `${url}?graph=big-graph.json`)).toBeLessThan(10_000);
    expect(await hook(page, 'visibleNodeCount')).toBe(BIG.nodes);
    const labels = (await hook(page, 'nodeLabels')).length;
    expect(labels).toBeGreaterThan(0);
    expect(labels).toBeLessThan(BIG.nodes / 10);
    const started = Date.now();
    await page.locator('.legend-types label', { hasText: 'Person' }).locator('input').uncheck();
    await expect.poll(() => hook(page, 'visibleNodeCount')).toBe(BIG.nodes * 0.8);
    expect(Date.now() - started).toBeLessThan(3_000);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-big-graph.png` });
    await page.close();
  });

  it('renders a hostile label as text, never as HTML', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await gotoViewer(page, `${url}?graph=xss-graph.json`);
    await page.fill('#search', '<img');
    await page.locator('#results button').first().click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toContain(XSS_LABEL);
    expect(await page.locator('#panel img, #results img').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-hostile-label.png` });
    expect(dialogs).toBe(0);
    await page.close();
  });
});
