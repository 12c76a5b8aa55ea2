import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/types';
import { compileGraph } from '../../src/pipeline/compile-graph';
import { BUNDLE_STAMP, viewerSourcesHash } from '../../src/site/viewer-bundle';
import { SITE_MARKER, writeSite } from '../../src/site/write-site';
import { ikg } from '../helpers/cli';
import { loadOptionsFor, MINI } from '../helpers/fixture';

const NO_STACK = /^ {4}at /m;
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ikg-site-'));
  dirs.push(dir);
  return dir;
}

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await compileGraph({ ...loadOptionsFor(MINI), analytics: false });
});

/** A viewer bundle cache that is up to date with the viewer's sources, so no Vite build runs. */
async function fakeBundle(root: string): Promise<string> {
  const cache = join(root, 'viewer-cache');
  await mkdir(join(cache, 'assets'), { recursive: true });
  await writeFile(join(cache, 'index.html'), '<!doctype html><title>viewer</title>');
  await writeFile(join(cache, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(cache, BUNDLE_STAMP), await viewerSourcesHash());
  return cache;
}

describe('writeSite', () => {
  it('writes the bundle, the graph and a marker, and replaces its own earlier site whole', async () => {
    const root = await scratch();
    const cache = await fakeBundle(root);
    const site = join(root, 'site');
    expect(await writeSite(graph, site, cache)).toBe(join(site, 'index.html'));
    expect((await readdir(site)).sort()).toEqual(
      [SITE_MARKER, 'articles.json', 'assets', 'graph.json', 'index.html', 'passages'].sort(),
    );
    await writeFile(join(site, 'stale.txt'), 'from an earlier build');
    await writeSite(graph, site, cache);
    expect((await readdir(site)).sort()).toEqual(
      [SITE_MARKER, 'articles.json', 'assets', 'graph.json', 'index.html', 'passages'].sort(),
    );
    expect((await readdir(root)).sort()).toEqual(['site', 'viewer-cache']);
  });

  it('writes into an empty folder', async () => {
    const root = await scratch();
    const site = join(root, 'empty');
    await mkdir(site);
    await writeSite(graph, site, await fakeBundle(root));
    expect(await readdir(site)).toContain(SITE_MARKER);
  });

  it('refuses a non-empty folder that no site build wrote, and leaves it as it was', async () => {
    const root = await scratch();
    const mine = join(root, 'mine');
    await mkdir(mine);
    await writeFile(join(mine, 'thesis.tex'), 'precious');
    await expect(writeSite(graph, mine, await fakeBundle(root))).rejects.toMatchObject({
      name: 'SiteFolderError',
      message: expect.stringMatching(/not empty and was not written by a site build/),
      hint: expect.stringMatching(/new or empty folder/),
    });
    expect(await readdir(mine)).toEqual(['thesis.tex']);
    expect(await readFile(join(mine, 'thesis.tex'), 'utf8')).toBe('precious');
    expect((await readdir(root)).sort()).toEqual(['mine', 'viewer-cache']);
  });

  it('refuses a site path under a file, a file, and a link, writing nothing', async () => {
    const root = await scratch();
    const cache = await fakeBundle(root);
    await writeFile(join(root, 'file'), 'x');
    await mkdir(join(root, 'real'));
    await symlink(join(root, 'real'), join(root, 'link'));
    for (const [site, message] of [
      [join(root, 'file', 'site'), /a folder in its path is a file/],
      [join(root, 'file'), /is a file, not a folder/],
      [join(root, 'link'), /symbolic link/],
    ] as const) {
      await expect(writeSite(graph, site, cache)).rejects.toMatchObject({
        name: 'SiteFolderError',
        message: expect.stringMatching(message),
      });
    }
    expect((await readdir(root)).sort()).toEqual(['file', 'link', 'real', 'viewer-cache']);
    expect(await readFile(join(root, 'file'), 'utf8')).toBe('x');
  });

  it('on a failure midway, the earlier site stays and no temporary folder is left', async () => {
    const root = await scratch();
    const cache = await fakeBundle(root);
    const site = join(root, 'site');
    await writeSite(graph, site, cache);
    const broken = {
      copy() {
        throw new Error('boom');
      },
    } as unknown as KnowledgeGraph;
    await expect(writeSite(broken, site, cache)).rejects.toThrow('boom');
    expect(await readdir(site)).toContain('graph.json');
    expect((await readdir(root)).sort()).toEqual(['site', 'viewer-cache']);
  });
});

describe('ikg build --site', () => {
  it('under a path that is a file: exit 2 with error and hint, out/ written, no site and no stack', async () => {
    const root = await scratch();
    await writeFile(join(root, 'file'), 'x');
    const result = ikg(['build', '--data', MINI, '--out', join(root, 'out'), '--site', join(root, 'file', 'site')]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot write the site to .*file\/site/m);
    expect(result.stderr).toContain('hint:');
    expect(result.stderr).not.toMatch(NO_STACK);
    expect((await readdir(root)).sort()).toEqual(['file', 'out']);
  });

  it('into a folder of someone else’s files: exit 2, and the files are untouched', async () => {
    const root = await scratch();
    await mkdir(join(root, 'docs'));
    await writeFile(join(root, 'docs', 'notes.md'), 'keep me');
    const result = ikg(['build', '--data', MINI, '--out', join(root, 'out'), '--site', join(root, 'docs')]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/refusing to replace .*docs/);
    expect(await readdir(join(root, 'docs'))).toEqual(['notes.md']);
  });
});
