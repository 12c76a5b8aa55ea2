import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../../src/graph/types';
import { compileGraph } from '../../../src/pipeline/compile-graph';
import { type LocalNeo4j, neo4jAdmin, startLocalNeo4j } from '../../../tools/neo4j/local-neo4j';
import { ikg, ikgAsync } from '../../helpers/cli';
import { copyFixture, loadOptionsFor, ROOT } from '../../helpers/fixture';
import { liveNeo4j, neo4jEnv } from './context';
import { dumpDataset, expectedDump, without } from './dump';

const server = liveNeo4j();
const DATA = join(ROOT, 'data');
const DATASET = 'ikg-csv';
const PASSWORD = 'ikg-import-test-pw';

/**
 * A second server of our own: the CSV export loaded by the real `neo4j-admin database import full` into a stopped
 * database, then served; and what users see when the server is still starting or stops in the middle of a push.
 */
describe.skipIf(!server?.tools)('live Neo4j: neo4j-admin import of the CSV export', { timeout: 240_000 }, () => {
  let dir: string;
  let graph: KnowledgeGraph;
  let second: LocalNeo4j | undefined;
  let driver: Driver | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ikg-import-'));
    graph = await compileGraph(loadOptionsFor(DATA));
  });

  afterAll(async () => {
    await driver?.close();
    await second?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function importCsv(delimiter: string) {
    await stop();
    const csv = join(dir, `csv-${delimiter.charCodeAt(0)}`);
    const exported = ikg([
      'export',
      '--format',
      'csv',
      '--data',
      DATA,
      '--dataset',
      DATASET,
      '--out',
      csv,
      '--array-delimiter',
      delimiter,
    ]);
    expect(exported.status, exported.stderr).toBe(0);
    const result = await neo4jAdmin(join(dir, 'home'), [
      ...['database', 'import', 'full', 'neo4j'],
      `--nodes=${join(csv, 'entities.csv')}`,
      `--nodes=${join(csv, 'articles.csv')}`,
      `--relationships=${join(csv, 'relations.csv')}`,
      `--relationships=${join(csv, 'mentions.csv')}`,
      `--array-delimiter=${delimiter}`,
      '--multiline-fields=true',
      '--overwrite-destination=true',
    ]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('IMPORT DONE');
    expect(result.stdout).toMatch(new RegExp(`Imported:\\s+${graph.order} nodes\\s+${graph.size} relationships`));
  }

  async function serve(): Promise<{ server: LocalNeo4j; env: Record<string, string>; driver: Driver }> {
    second = await startLocalNeo4j({ home: join(dir, 'home'), password: PASSWORD, port: await freePort() });
    driver = neo4j.driver(second.uri, neo4j.auth.basic('neo4j', PASSWORD));
    return { server: second, env: neo4jEnv({ ...second, local: true, tools: true }), driver };
  }

  async function stop() {
    await driver?.close();
    driver = undefined;
    await second?.stop();
    second = undefined;
  }

  it('with the default delimiter: the graph a push gives, and a later push removes the rows that left', async () => {
    await importCsv(';');
    const { env, driver } = await serve();
    const imported = await dumpDataset(driver, DATASET);
    expect(without(imported, 'contentHash')).toEqual(without(expectedDump(graph, DATASET), 'contentHash'));
    expect(imported['Entity|rapidus']?.labels).toEqual(['Company', 'Entity']);

    const smallerDir = await copyFixture(DATA);
    await rm(join(smallerDir, 'relations', 'saenggak-sinmun-2023-07-20.yaml'));
    const smaller = await compileGraph(loadOptionsFor(smallerDir));
    const push = ikg(['push', '--data', smallerDir, '--dataset', DATASET], { env });
    expect(push.status, push.stderr).toBe(0);
    expect(push.stdout).toContain(`removed 0 stale nodes and ${graph.size - smaller.size} stale relationships`);
    expect(await dumpDataset(driver, DATASET)).toEqual(expectedDump(smaller, DATASET));
  });

  it('with another array delimiter: every entity still gets its two labels, and lists split right', async () => {
    await importCsv('^');
    const port = await freePort();
    const starting = startLocalNeo4j({ home: join(dir, 'home'), password: PASSWORD, port });
    const early = await ikgAsync(['query', 'RETURN 1'], {
      env: { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: PASSWORD, NEO4J_USERNAME: 'neo4j' },
    });
    second = await starting;
    expect(early.status).toBe(2);
    expect(early.stderr).toMatch(
      new RegExp(
        `^error: (cannot reach Neo4j at bolt://127.0.0.1:${port}: is it running\\?|database .* is not available: it is starting, stopping or offline)\\n  hint: .+\\n$`,
      ),
    );
    expect(early.stderr).not.toContain(PASSWORD);

    driver = neo4j.driver(second.uri, neo4j.auth.basic('neo4j', PASSWORD));
    const imported = await dumpDataset(driver, DATASET);
    expect(without(imported, 'contentHash')).toEqual(without(expectedDump(graph, DATASET), 'contentHash'));
    const labels = await driver.executeQuery(
      'MATCH (n:Entity) RETURN count(*) AS n, count(CASE WHEN size(labels(n)) = 2 THEN 1 END) AS two',
    );
    expect(labels.records[0]?.toObject()).toEqual({ n: neo4j.int(76), two: neo4j.int(76) });
  });

  it('a server that stops in the middle of a push: one clear error, and then "cannot reach"', async () => {
    if (!second) throw new Error('the previous test starts the server');
    const env = neo4jEnv({ ...second, local: true, tools: true });
    let stopping: Promise<void> | undefined;
    const running = second;
    const push = await ikgAsync(['push', '--data', DATA, '--dataset', 'ikg-stopped', '--batch-size', '1'], {
      env,
      onStderr: (text) => {
        if (!stopping && / rows \(\d+%\)/.test(text)) stopping = running.stop();
      },
    });
    await stopping;
    expect(stopping).toBeDefined();
    expect(push.status).toBe(2);
    const lines = push.stderr
      .split('\n')
      .filter((line) => !/^ {2}\d+\/\d+ rows/.test(line) && !line.startsWith('pushing '));
    expect(lines.join('\n')).toMatch(
      /^error: (lost the connection to Neo4j at .*: the server stopped or the network failed|database .* is not available: it is starting, stopping or offline)\n {2}hint: .+\n$/,
    );
    expect(push.stderr).not.toContain(PASSWORD);
    expect(push.stderr).not.toContain('    at ');

    const after = ikg(['query', 'RETURN 1'], { env });
    expect(after.status).toBe(2);
    expect(after.stderr).toContain(`error: cannot reach Neo4j at ${running.uri}: is it running?`);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
