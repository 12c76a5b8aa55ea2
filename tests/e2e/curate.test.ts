import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../src/serve/server';
import { ikg } from '../helpers/cli';
import { ROOT } from '../helpers/fixture';
import { ARTIFACTS, launchChromium } from './browser';

const ARTICLE = {
  // A title that would run script if it were ever inserted as HTML.
  title: '엔비디아, SK하이닉스·삼성전자서 HBM 공급받아 <img src=x onerror="window.__xss=1">',
  publisher: 'industry-kg e2e',
  published: '2024-09-10',
  body: [
    '엔비디아는 SK하이닉스로부터 HBM3E 메모리를 공급받고 있다.',
    '삼성전자는 엔비디아에 HBM3E 12단 제품을 공급하기로 했다.',
    '애플은 TSMC와 2나노 칩 생산을 위해 협력하고 있다.',
    '아마존은 앤트로픽에 40억 달러를 투자했다.',
    '',
  ].join('\n'),
};
const HAND_QUOTE = '아마존은 앤트로픽에 40억 달러를 투자했다.';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=e2e@example.com', '-c', 'user.name=e2e', ...args], { cwd, encoding: 'utf8' });

/** Starts the real `ikg serve --edit` on a copy of data/ and returns the curate URL it prints. */
function serveEdit(dataDir: string, siteDir: string): Promise<{ child: ChildProcess; url: string }> {
  const args = [join(ROOT, 'bin', 'ikg.js'), 'serve', '--edit', '--data', dataDir, '--port', '0', '--site', siteDir];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const url = /curate \(writes to [^)]*\): (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr?.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => reject(new Error(`ikg serve --edit exited ${code}: ${err}`)));
  });
}

describe('curation in the browser (`ikg serve --edit`)', () => {
  let browser: Browser;
  let page: Page;
  let server: ChildProcess;
  let url: string;
  let work: string;
  let dataDir: string;
  let articleOpened: string | undefined;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ikg-curate-e2e-'));
    dataDir = join(work, 'data');
    await cp(join(ROOT, 'data'), dataDir, { recursive: true });
    git(dataDir, 'init', '-q');
    git(dataDir, 'add', '-A');
    git(dataDir, 'commit', '-qm', 'data as curated');
    ({ child: server, url } = await serveEdit(dataDir, join(work, 'site')));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
  });
  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    await rm(work, { recursive: true, force: true });
  });

  const status = () => page.locator('#curate-status');
  /** Waits for the outcome of a write, and fails with the server's message when it was refused. */
  async function written(expected: RegExp) {
    await page.waitForFunction(() => document.querySelector('#curate-status')?.className.match(/ok|error/));
    const text = (await status().textContent()) ?? '';
    expect(await status().getAttribute('class')).toContain('ok');
    expect(text).toMatch(expected);
    await page.evaluate(() => {
      const element = document.querySelector('#curate-status');
      if (element) element.className = 'curate-status';
    });
  }
  const selectedEdge = () =>
    page.evaluate(() => (window as unknown as { __ikg: { state(): { edge?: string } } }).__ikg.state().edge);

  /**
   * Selects the quote in the article text as a hand would, by a DOM range over its text nodes, and presses the button
   * in the same turn of the page, so that no redraw of the review can clear the selection in between.
   */
  async function selectInArticleAndPress(quote: string, button: string) {
    await page.evaluate(
      ([wanted, action]) => {
        const container = document.querySelector('.curate-text') as HTMLElement;
        const text = container.textContent ?? '';
        const start = text.indexOf(wanted);
        const end = start + wanted.length;
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (seen <= start && start <= seen + length) range.setStart(node, start - seen);
          if (seen <= end && end <= seen + length) {
            range.setEnd(node, end - seen);
            break;
          }
          seen += length;
        }
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        (document.querySelector(action) as HTMLElement).click();
      },
      [quote, button] as const,
    );
  }

  it('adds a Korean article, reviews its draft, accepts, adds by hand and creates an entity', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?edit=[\w-]{20,}$/);
    await page.goto(url);
    await page.waitForFunction(() => (window as { __ikg?: { firstRenderMs?: number } }).__ikg?.firstRenderMs);
    expect(page.url()).not.toContain('edit=');
    await page.locator('#curate-toggle:not([disabled])').click();

    // 1. Add the article; its id is proposed from publisher, title and date.
    await page.locator('[data-action="new-article"]').click();
    const form = page.locator('.curate-article-form');
    await form.locator('[data-field="title"]').fill(ARTICLE.title);
    await form.locator('[data-field="publisher"]').fill(ARTICLE.publisher);
    await form.locator('[data-field="published"]').fill(ARTICLE.published);
    await form.locator('[data-field="body"]').fill(ARTICLE.body);
    await form.locator('[data-field="title"]').focus();
    await expect.poll(() => form.locator('[data-field="id"]').inputValue()).toMatch(/^industry-kg-e2e-.*2024-09-10$/);
    const articleId = await form.locator('[data-field="id"]').inputValue();
    await form.locator('button[type="submit"]').click();
    await written(new RegExp(`added article ${articleId}`));

    // 2. The review: known entities highlighted, the draft beside the text; data shown as text only.
    await page.locator('.curate-text').waitFor();
    expect(await page.locator('.curate-review h2').textContent()).toBe(ARTICLE.title);
    expect(await page.locator('#curate img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    const mentioned = await page.locator('.curate-text mark.curate-mention').allTextContents();
    expect(mentioned).toEqual(expect.arrayContaining(['엔비디아', 'SK하이닉스', '삼성전자', '애플', 'TSMC', '아마존']));
    // Proposals of relations the data does not have yet: accepting one adds a new edge.
    const cards = page.locator('.curate-side > .curate-card[data-known="new"]');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    await cards.first().hover();
    const highlighted = (await page.locator('.curate-text .curate-quote').allTextContents()).join('');
    expect(highlighted).toBe(await cards.first().locator('.curate-card-quote').textContent());

    // 3. Accept one proposal as drafted, and one after changing its status.
    const first = (await cards.first().getAttribute('data-relation')) as string;
    await cards.first().locator('[data-action="accept"]').click();
    await written(/added /);
    await expect.poll(selectedEdge).toBe(first);
    // The side is drawn again once the accepted card is known: act on the next card only after that.
    await expect
      .poll(() => page.locator(`.curate-side > .curate-card[data-known="new"][data-relation="${first}"]`).count())
      .toBe(0);
    const card = page.locator('.curate-side > .curate-card[data-known="new"]');
    const second = (await card.first().getAttribute('data-relation')) as string;
    // The status is chosen and the card accepted in one turn of the page, so that no redraw loses the choice.
    await page.evaluate((relation) => {
      const chosen = document.querySelector(`.curate-side > .curate-card[data-relation="${relation}"]`) as HTMLElement;
      const status = chosen.querySelector('[data-field="status"]') as HTMLSelectElement;
      status.value = 'considered';
      status.dispatchEvent(new Event('input', { bubbles: true }));
      status.dispatchEvent(new Event('change', { bubbles: true }));
      (chosen.querySelector('[data-action="accept"]') as HTMLElement).click();
    }, second);
    await written(/added /);
    await expect.poll(selectedEdge).toBe(second);
    await expect.poll(() => page.locator('#panel').textContent()).toMatch(/considered/i);

    // 4. Create an entity the article names but the data does not know.
    await page.locator('[data-action="new-entity-blank"]').click();
    const entity = page.locator('.curate-entity-form');
    await entity.locator('[data-field="id"]').fill('anthropic');
    await entity.locator('[data-field="type"]').selectOption('Company');
    await entity.locator('[data-field="en"]').fill('Anthropic');
    await entity.locator('[data-field="ko"]').fill('앤트로픽');
    await entity.locator('button[type="submit"]').click();
    await written(/added Company anthropic/);
    await expect.poll(() => page.locator('.curate-text mark.curate-mention').allTextContents()).toContain('앤트로픽');

    // 5. A relation by hand: select the quote in the text, pick the type and amount.
    await selectInArticleAndPress(HAND_QUOTE, '[data-action="new-relation"]');
    const manual = page.locator('.curate-manual');
    expect(await manual.locator('[data-field="from"]').inputValue()).toBe('amazon');
    expect(await manual.locator('[data-field="to"]').inputValue()).toBe('anthropic');
    expect(await manual.locator('.curate-card-quote').textContent()).toBe(HAND_QUOTE);
    await manual.locator('[data-field="type"]').selectOption('INVESTS_IN');
    await manual.locator('[data-field="amount-value"]').fill('4000000000');
    await manual.locator('[data-field="amount-currency"]').fill('USD');
    await manual.locator('[data-field="amount-text"]').fill('40억 달러');
    await manual.locator('[data-action="accept"]').click();
    await written(/added amazon INVESTS_IN anthropic/);

    // 6. The new edge is in the graph, selected, with its quote highlighted in its article.
    await expect.poll(selectedEdge).toBe('amazon|INVESTS_IN|anthropic');
    await page.waitForFunction(() => document.querySelector('#panel mark')?.textContent?.includes('앤트로픽'));
    expect(await page.locator('#panel mark').first().textContent()).toContain(HAND_QUOTE.slice(0, 10));
    await page.screenshot({ path: join(ARTIFACTS, 'curate.png') });
    for (const edge of [first, second, 'amazon|INVESTS_IN|anthropic'])
      expect(
        await page.evaluate(
          (key) =>
            (window as unknown as { __ikg: { edgeDisplay(e: string): unknown } }).__ikg.edgeDisplay(key) !== undefined,
          edge,
        ),
      ).toBe(true);

    // 7. The data is valid, and git shows only additions.
    const validated = ikg(['validate', '--data', dataDir]);
    expect(validated.stderr).toBe('');
    expect(validated.status).toBe(0);
    git(dataDir, 'add', '-A', '-N');
    const numstat = git(dataDir, 'diff', '--numstat')
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(numstat.map(([, removed]) => removed)).toEqual(numstat.map(() => '0'));
    expect(numstat.map(([, , file]) => file).sort()).toEqual(
      [
        `articles/${articleId}.txt`,
        `articles/${articleId}.yaml`,
        'entities/companies.yaml',
        `relations/${articleId}.yaml`,
      ].sort(),
    );
    const relations = await readFile(join(dataDir, 'relations', `${articleId}.yaml`), 'utf8');
    expect(relations).toContain('status: considered');
    expect(relations).toContain(`quote: "${HAND_QUOTE}"`);
    articleOpened = articleId;
  }, 180_000);

  it('refuses a write from a second tab whose data is out of date, and lets it reload and retry', async () => {
    expect(articleOpened).toBeDefined();
    const other = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await other.goto(url);
    await other.locator('#curate-toggle:not([disabled])').click();
    for (const tab of [page, other]) {
      await tab.locator('[data-action="articles"]').click();
      await tab.locator(`[data-article="${articleOpened}"]`).click();
      await tab.locator('.curate-curated li').first().waitFor();
    }
    const row = (tab: Page) => tab.locator('.curate-curated li[data-relation="amazon|INVESTS_IN|anthropic"]');
    await row(page).locator('[data-field="status"]').selectOption('announced');
    await written(/amazon INVESTS_IN anthropic: status announced/);

    await row(other).locator('[data-field="status"]').selectOption('ended');
    await other.waitForFunction(() => document.querySelector('#curate-status')?.className.includes('error'));
    expect(await other.locator('#curate-status').textContent()).toMatch(/changed on disk since this page loaded it/);
    await other.locator('[data-action="reload"]').click();
    await expect.poll(() => row(other).locator('[data-field="status"]').inputValue()).toBe('announced');
    await row(other).locator('[data-field="status"]').selectOption('ended');
    await other.waitForFunction(() => document.querySelector('#curate-status')?.className.includes('ok'));
    const relations = await readFile(join(dataDir, 'relations', `${articleOpened}.yaml`), 'utf8');
    expect(relations).toMatch(/from: amazon\n {4}to: anthropic\n {4}status: ended/);
    await other.close();

    // The panel follows the explorer's language.
    await page.locator('#lang').click();
    await expect.poll(() => page.locator('#curate-toggle').textContent()).toBe('큐레이션');
    await expect.poll(() => page.locator('.curate-curated [data-action="remove"]').first().textContent()).toBe('삭제');
  }, 120_000);

  it('has no editing without --edit, even when the URL carries a token', async () => {
    const { server: readOnly, url: plain } = await serveSite(join(work, 'site'), { port: 0 });
    try {
      const tab = await browser.newPage();
      await tab.goto(`${plain}?edit=guessed-token-123456789`);
      const toggle = tab.locator('#curate-toggle');
      await expect.poll(() => toggle.getAttribute('title')).toMatch(/read-only/);
      expect(await toggle.isDisabled()).toBe(true);
      expect((await tab.request.get(`${plain}api/session`)).status()).toBe(404);
      await tab.close();
    } finally {
      readOnly.close();
    }
  });
});
