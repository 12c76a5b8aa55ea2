import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { type OutgoingHttpHeaders, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbench } from '../../src/curate/workbench';
import { checkData } from '../../src/pipeline/compile-graph';
import { curateApi, TOKEN_HEADER } from '../../src/serve/curate-api';
import { serveSite } from '../../src/serve/server';
import { loadOptionsFor, ROOT } from '../helpers/fixture';

const TOKEN = 'test-token-0123456789';

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

/** One request with exactly these headers (fetch would not let a test set Host). */
function call(url: string, method: string, path: string, headers: OutgoingHttpHeaders, body?: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, url), { method, headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text || '{}') }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
  });
}

describe('the curation API of `ikg serve --edit`', () => {
  let server: Server;
  let url: string;
  let dataDir: string;
  let changes = 0;
  const own = () => ({ [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json' });

  beforeAll(async () => {
    // Not copyFixture: its copies are removed after each test, and this server lives through all of them.
    dataDir = join(await mkdtemp(join(tmpdir(), 'ikg-curate-data-')), 'data');
    await cp(join(ROOT, 'data'), dataDir, { recursive: true });
    const site = join(await mkdtemp(join(tmpdir(), 'ikg-curate-site-')), 'site');
    await mkdir(site);
    await writeFile(join(site, 'index.html'), '<!doctype html>viewer');
    const workbench = new Workbench({ ...loadOptionsFor(dataDir), onChange: async () => void changes++ });
    ({ server, url } = await serveSite(site, { port: 0, api: curateApi({ workbench, token: TOKEN }) }));
  });
  afterAll(async () => {
    server.close();
    await rm(join(dataDir, '..'), { recursive: true, force: true });
  });

  const session = async () => (await call(url, 'GET', '/api/session', own())).body;

  it('answers the page with the data it curates, and no cache', async () => {
    const body = await session();
    expect(Object.keys(body.versions as object)).toContain('relations/saenggak-sinmun-2023-07-20.yaml');
    expect((body.relationTypes as Record<string, { from: string[] }>).LEADS?.from).toEqual(['Person']);
    expect((body.entities as { id: string }[]).length).toBe(76);
  });

  it('refuses every request without the token, or with a wrong one, with 403', async () => {
    for (const headers of [{}, { [TOKEN_HEADER]: 'wrong' }, { [TOKEN_HEADER]: `${TOKEN}x` }]) {
      expect((await call(url, 'GET', '/api/session', headers)).status).toBe(403);
      const write = await call(url, 'POST', '/api/entities', { ...headers, 'content-type': 'application/json' }, {});
      expect(write.status).toBe(403);
      expect(JSON.stringify(write.body)).not.toContain(TOKEN);
    }
  });

  it('refuses requests from another origin or site, and to another host name', async () => {
    const evil = { ...own(), origin: 'http://evil.example' };
    expect((await call(url, 'POST', '/api/entities', evil, {})).status).toBe(403);
    expect((await call(url, 'POST', '/api/entities', { ...own(), 'sec-fetch-site': 'cross-site' }, {})).status).toBe(
      403,
    );
    expect((await call(url, 'GET', '/api/session', { ...own(), host: 'evil.example' })).status).toBe(403);
    const sameOrigin = { ...own(), origin: url.replace(/\/$/, '') };
    expect((await call(url, 'GET', '/api/session', sameOrigin)).status).toBe(200);
  });

  it('takes JSON only', async () => {
    const reply = await call(
      url,
      'POST',
      '/api/entities',
      { [TOKEN_HEADER]: TOKEN, 'content-type': 'text/plain' },
      '{}',
    );
    expect(reply.status).toBe(415);
    const broken = await call(url, 'POST', '/api/entities', own(), '{"entity":');
    expect(broken).toMatchObject({ status: 400, body: { kind: 'BadRequestError' } });
  });

  it('writes a valid relation, tells the site to rebuild, and refuses the same base version a second time', async () => {
    const { versions } = await session();
    const before = changes;
    const reply = await call(url, 'POST', '/api/relations/update', own(), {
      versions,
      ref: { type: 'PARTNERS_WITH', from: 'softbank', to: 'fujitsu' },
      changes: { status: 'considered' },
    });
    expect(reply).toMatchObject({ status: 200, body: { edge: 'softbank|PARTNERS_WITH|fujitsu' } });
    expect(changes).toBe(before + 1);
    const again = await call(url, 'POST', '/api/relations/update', own(), {
      versions,
      ref: { type: 'PARTNERS_WITH', from: 'softbank', to: 'fujitsu' },
      changes: { status: 'ended' },
    });
    expect(again).toMatchObject({ status: 409, body: { kind: 'StaleDataError' } });
    expect((again.body.files as string[])[0]).toMatch(/nvidia-rapidus-tokyo-ai-summit-2024-11-15\.yaml$/);
  });

  it('answers an invalid edit with 422 and the validator message at file:line', async () => {
    const { versions } = await session();
    const reply = await call(url, 'POST', '/api/relations', own(), {
      versions,
      relation: { type: 'LEADS', from: 'rapidus', to: 'ibm', status: 'active' },
      evidence: { article: 'saenggak-sinmun-2023-07-20', quote: '일본의 반도체 동맹' },
    });
    expect(reply.status).toBe(422);
    const diagnostics = reply.body.diagnostics as { file: string; line: number; message: string }[];
    expect(diagnostics[0]?.file).toMatch(/relations\/saenggak-sinmun-2023-07-20\.yaml$/);
    expect(diagnostics[0]?.line).toBeGreaterThan(1);
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/LEADS/);
    expect((await checkData(loadOptionsFor(dataDir))).diagnostics).toEqual([]);
    expect(await readFile(join(dataDir, 'relations', 'saenggak-sinmun-2023-07-20.yaml'), 'utf8')).not.toMatch(
      /type: LEADS\n {4}from: rapidus/,
    );
  });

  it('reviews an article: its entities and the draft, each with where it is in the text', async () => {
    const review = (await call(url, 'GET', '/api/articles/saenggak-sinmun-2023-07-20/review', own())).body as {
      text: string;
      mentions: { id: string; start: number; end: number }[];
      proposals: { from: string; quoteSpan?: { start: number; end: number }; fromSpan?: { start: number } }[];
    };
    expect(review.mentions.length).toBeGreaterThan(20);
    const mention = review.mentions.find((m) => m.id === 'samsung-electronics');
    expect(mention && review.text.slice(mention.start, mention.end)).toBe('삼성전자');
    expect(review.proposals.length).toBeGreaterThan(0);
    for (const proposal of review.proposals) expect(proposal.quoteSpan).toBeDefined();
    expect((await call(url, 'GET', '/api/articles/no-such-article/review', own())).status).toBe(404);
    expect((await call(url, 'GET', '/api/articles/..%2F..%2Fetc/review', own())).status).toBe(404);
  });
});
