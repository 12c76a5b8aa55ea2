import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeGraph } from '../../src/export/write-graph';
import { compileGraph } from '../../src/pipeline/compile-graph';
import { jsonPath, readGraph } from '../../src/pipeline/read-graph';
import { ikg } from '../helpers/cli';
import { loadOptionsFor, MINI } from '../helpers/fixture';

const NO_STACK = /^ {4}at /m;
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ikg-read-graph-'));
  dirs.push(dir);
  return dir;
}

type Serialized = {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
};

let base: string;
let built: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'ikg-read-graph-base-'));
  built = await writeGraph(await compileGraph(loadOptionsFor(MINI)), base);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function graphFile(edit: (graph: Serialized) => unknown): Promise<string> {
  const graph = JSON.parse(await readFile(built, 'utf8')) as Serialized;
  const path = join(await scratch(), 'graph.json');
  await writeFile(path, JSON.stringify(edit(graph) ?? graph));
  return path;
}

async function expectGraphError(path: string, message: RegExp) {
  await expect(readGraph(path)).rejects.toMatchObject({
    name: 'GraphFileError',
    message: expect.stringMatching(message),
    hint: expect.stringMatching(/ikg build/),
  });
}

describe('readGraph checks a graph.json before using it', () => {
  it('reads back what ikg build wrote', async () => {
    const graph = await readGraph(built);
    expect(graph.order).toBeGreaterThan(0);
    expect(graph.getAttribute('ontology').relationTypes.LEADS?.from).toEqual(['Person']);
  });

  it('{} says what is missing', async () => {
    const path = await graphFile(() => ({}));
    await expectGraphError(path, /is not a graph\.json written by ikg build/);
    await expectGraphError(path, /\$\.attributes: missing/);
    await expectGraphError(path, /\$\.nodes: missing/);
  });

  it('a graph without an ontology in its attributes', async () => {
    await expectGraphError(
      await graphFile((g) => {
        g.attributes = { name: 'x' };
      }),
      /\$\.attributes\.ontology: missing/,
    );
  });

  it('a foreign graphology graph', async () => {
    const foreign = new Graph();
    foreign.addNode('a', { label: 'A', size: 3 });
    foreign.addNode('b', { label: 'B' });
    foreign.addEdge('a', 'b', { weight: 1 });
    const path = join(await scratch(), 'foreign.json');
    await writeFile(path, JSON.stringify(foreign.export()));
    await expectGraphError(path, /\$\.nodes\[0\]\.attributes\.kind/);
  });

  it('a truncated file', async () => {
    const text = await readFile(built, 'utf8');
    const path = join(await scratch(), 'graph.json');
    await writeFile(path, text.slice(0, text.length / 2));
    await expectGraphError(path, /is not JSON \(is it truncated\?\)/);
  });

  it('numbers out of range, located by JSON path', async () => {
    await expectGraphError(
      await graphFile((g) => {
        (g.nodes[0] as Serialized['nodes'][0]).attributes.degree = -1;
      }),
      /\$\.nodes\[0\]\.attributes\.degree: .*>=0/,
    );
    await expectGraphError(
      await graphFile((g) => {
        const relation = g.edges.find((e) => e.attributes.kind === 'relation') as Serialized['edges'][0];
        (relation.attributes.evidence as { end: number }[])[0] = {
          ...(relation.attributes.evidence as { end: number }[])[0],
          end: 10_000_000,
        } as { end: number };
      }),
      /evidence\[0\]\.end: the quote ends at 10000000, past the end of the article body/,
    );
    const path = await graphFile(() => undefined);
    await writeFile(path, (await readFile(path, 'utf8')).replace(/"pagerank":[0-9.e-]+/, '"pagerank":1e999'));
    await expectGraphError(path, /pagerank/);
  });

  it('edges to missing nodes and types the ontology does not declare', async () => {
    await expectGraphError(
      await graphFile((g) => {
        (g.edges[0] as Serialized['edges'][0]).target = 'nobody';
      }),
      /\$\.edges\[0\]\.target: no node has the key "nobody"/,
    );
    await expectGraphError(
      await graphFile((g) => {
        const relation = g.edges.find((e) => e.attributes.kind === 'relation') as Serialized['edges'][0];
        relation.attributes.type = 'constructor';
      }),
      /relation type "constructor" is not in the graph's ontology/,
    );
  });

  it('a missing file or a directory is a GraphFileError', async () => {
    const dir = await scratch();
    await expect(readGraph(join(dir, 'none.json'))).rejects.toMatchObject({
      name: 'GraphFileError',
      hint: expect.stringMatching(/ikg build/),
    });
    await mkdir(join(dir, 'graph.json'));
    await expect(readGraph(join(dir, 'graph.json'))).rejects.toMatchObject({
      name: 'GraphFileError',
      message: expect.stringMatching(/is a directory/),
    });
    await expect(readGraph(built, 100)).rejects.toMatchObject({
      name: 'GraphFileError',
      message: expect.stringMatching(/over the/),
    });
  });

  it('jsonPath writes zod paths as JSON paths', () => {
    expect(jsonPath(['edges', 3, 'attributes', 'evidence', 0, 'end'])).toBe('$.edges[3].attributes.evidence[0].end');
    expect(jsonPath(['nodes', 0, 'a key'])).toBe('$.nodes[0]["a key"]');
  });
});

describe('ikg export --graph with a bad file', () => {
  it.each(['gexf', 'cypher'])(
    '%s: exit 2, a clear error with the JSON path and hint, and no output file',
    async (format) => {
      const dir = await scratch();
      const path = join(dir, 'graph.json');
      await writeFile(path, '{}');
      const out = join(dir, `graph.${format}`);
      const result = ikg(['export', '--format', format, '--graph', path, '--out', out]);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/^error: .*graph\.json is not a graph\.json written by ikg build/m);
      expect(result.stderr).toMatch(/\$\.attributes: missing/);
      expect(result.stderr).toMatch(/hint: rebuild it with `ikg build`/);
      expect(result.stderr).not.toMatch(NO_STACK);
      expect(existsSync(out)).toBe(false);
    },
  );
});
