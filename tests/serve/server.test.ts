import { mkdtemp, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../src/serve/server';

/** Sends the path exactly as written: fetch would normalize the dots away. */
function get(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(url), { path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveSite', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ikg-serve-'));
    const site = join(parent, 'site');
    await import('node:fs/promises').then((fs) => fs.mkdir(site));
    await writeFile(join(site, 'index.html'), '<!doctype html>viewer');
    await writeFile(join(site, 'graph.json'), '{"nodes":[]}');
    await writeFile(join(parent, 'secret.txt'), 'SECRET');
    ({ server, url } = await serveSite(site, { port: 0 }));
  });
  afterAll(() => server.close());

  it('binds 127.0.0.1 by default and serves the viewer and the graph', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await get(url, '/')).body).toContain('viewer');
    expect((await get(url, '/graph.json')).body).toBe('{"nodes":[]}');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/%252e%252e%252fsecret.txt',
    '//etc/passwd',
    '/etc/passwd',
    `/${join(tmpdir(), 'secret.txt')}`,
    '/../../../../package.json',
  ])('refuses %s', async (path) => {
    const response = await get(url, path);
    expect([400, 403, 404]).toContain(response.status);
    expect(response.body).not.toContain('SECRET');
    expect(response.body).not.toContain('root:');
  });

  it('reports a taken port as a ServeError, before it writes anything', async () => {
    const port = Number(new URL(url).port);
    let prepared = false;
    const prepare = async () => {
      prepared = true;
    };
    await expect(serveSite('.', { port, prepare })).rejects.toMatchObject({ name: 'ServeError' });
    expect(prepared).toBe(false);
  });

  it('serves what prepare wrote once the port is bound', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ikg-serve-'));
    let release: () => void = () => {};
    const written = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: { server: Server; url: string } | undefined;
    const serving = serveSite(dir, {
      port: 0,
      prepare: async () => {
        await writeFile(join(dir, 'index.html'), '<p>site</p>');
        await written;
      },
    }).then((result) => {
      started = result;
    });
    release();
    await serving;
    const response = await get(started?.url ?? '', '/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('site');
    started?.server.close();
  });
});
