import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../../src/graph/types';
import { datasetCounts } from '../../../src/neo4j/push';
import { compileGraph } from '../../../src/pipeline/compile-graph';
import { cypherShell } from '../../../tools/neo4j/local-neo4j';
import { ikg } from '../../helpers/cli';
import { copyFixture, loadOptionsFor, ROOT } from '../../helpers/fixture';
import { liveNeo4j, NO_SERVER, neo4jEnv } from './context';
import { dumpDataset, expectedDump, without } from './dump';

const server = liveNeo4j();
const DATA = join(ROOT, 'data');
const PUSHED = 'ikg-live-push';
const SCRIPTED = 'ikg-live-script';
const QUERIES = join(ROOT, 'graph-schema', 'queries');

/** The curated data/ against the live server: push, re-push, the Cypher script, scope, and the example queries. */
describe.skipIf(!server)('live Neo4j: the curated data', { timeout: 240_000 }, () => {
  const live = server ?? NO_SERVER;
  const env = neo4jEnv(live);
  let driver: Driver;
  let graph: KnowledgeGraph;
  const cleanUp = () =>
    driver.executeQuery(
      'MATCH (n) WHERE n.dataset IN $datasets DETACH DELETE n',
      { datasets: [PUSHED, SCRIPTED, 'industry-kg'] },
      { database: live.database },
    );

  beforeAll(async () => {
    driver = neo4j.driver(live.uri, neo4j.auth.basic(live.username, live.password));
    await cleanUp();
    graph = await compileGraph(loadOptionsFor(DATA));
  });

  afterAll(async () => {
    await cleanUp();
    await driver.close();
  });

  it('each example query gives the expected answer, in table, JSON and CSV', async () => {
    expect(ikg(['push', '--data', DATA], { env }).status).toBe(0);
    const query = (file: string, format: string, ...params: string[]) => {
      const result = ikg(['query', '--file', join(QUERIES, file), '--format', format, ...params], { env });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return result.stdout;
    };
    const json = (file: string, ...params: string[]) =>
      JSON.parse(query(file, 'json', ...params)) as Record<string, unknown>[];
    expect((await readdir(QUERIES)).filter((file) => file.endsWith('.cypher')).sort()).toEqual([
      'entity-evidence.cypher',
      'japan-ai-investors.cypher',
      'rapidus-partners.cypher',
      'softbank-to-ibm.cypher',
      'supply-chain-2nm.cypher',
    ]);

    expect(json('rapidus-partners.cypher')).toEqual([
      {
        partner: 'ibm',
        name: 'IBM',
        name_ko: 'IBM',
        status: 'active',
        topic: 'joint development of 2 nm process technology',
      },
      { partner: 'imec', name: 'imec', name_ko: 'IMEC', status: 'active', topic: 'obtaining EUV lithography tools' },
    ]);
    expect(query('rapidus-partners.cypher', 'csv')).toBe(
      'partner,name,name_ko,status,topic\n' +
        'ibm,IBM,IBM,active,joint development of 2 nm process technology\n' +
        'imec,imec,IMEC,active,obtaining EUV lithography tools\n',
    );
    const table = query('rapidus-partners.cypher', 'table').split('\n');
    expect(table[0]).toMatch(/^partner │ name │ name_ko │ status │ topic$/);
    expect(table[2]).toMatch(/^ibm +│ IBM +│ IBM +│ active │ joint development of 2 nm process technology$/);
    expect(table.at(-2)).toBe('(2 rows)');

    expect(json('softbank-to-ibm.cypher')).toEqual([
      {
        entities: ['SoftBank Group', 'Nvidia', 'Rapidus', 'IBM'],
        relations: ['SUPPLIES', 'MANUFACTURES_FOR', 'PARTNERS_WITH'],
        hops: 3,
      },
    ]);
    expect(query('softbank-to-ibm.cypher', 'csv')).toBe(
      'entities,relations,hops\n' +
        '"[""SoftBank Group"",""Nvidia"",""Rapidus"",""IBM""]","[""SUPPLIES"",""MANUFACTURES_FOR"",""PARTNERS_WITH""]",3\n',
    );

    const evidence = json('entity-evidence.cypher', '--param', 'id=rapidus');
    expect(evidence).toHaveLength(17);
    expect(evidence).toContainEqual(
      expect.objectContaining({ relation: 'MANUFACTURES_FOR', outgoing: true, other: 'Nvidia', status: 'considered' }),
    );
    expect(evidence).toContainEqual(
      expect.objectContaining({ relation: 'PARTNERS_WITH', outgoing: true, other: 'IBM', status: 'active' }),
    );
    expect(evidence.find((row) => row.relation === 'PARTNERS_WITH' && row.other === 'IBM')?.quotes).toContain(
      'IBM과 협력해 2나노미터(nm) 공정 기술 개발을 목표로',
    );
    expect(evidence.filter((row) => row.relation === 'FOUNDED').map((row) => [row.other, row.outgoing])).toEqual([
      ['Government of Japan', false],
      ['Sony Group', false],
      ['Toyota Motor', false],
    ]);
    expect(query('entity-evidence.cypher', 'table', '--param', 'id=rapidus')).toContain(
      '라피더스를 새로운 파운드리 파트너로 고려하고 있습니다',
    );

    expect(json('supply-chain-2nm.cypher')).toEqual([
      { maker: 'IBM', suppliers: [], customers: [] },
      { maker: 'Rapidus', suppliers: ['ASML'], customers: ['Nvidia'] },
      { maker: 'TSMC', suppliers: ['ASML'], customers: ['Nvidia'] },
    ]);

    const investors = json('japan-ai-investors.cypher');
    expect(investors).toHaveLength(9);
    expect(investors).toContainEqual({
      investor: 'Microsoft',
      investor_ko: '마이크로소프트',
      target: 'Japan',
      status: 'announced',
      amount: '4조 원',
      date: null,
    });
    expect(investors).toContainEqual(
      expect.objectContaining({ investor: 'Toyota Motor', target: 'Rapidus', status: 'active', date: '2022-08' }),
    );
    expect(investors).toContainEqual(
      expect.objectContaining({ investor: 'TSMC', target: 'Japan', status: 'announced' }),
    );
    expect(query('japan-ai-investors.cypher', 'table')).toContain('도요타자동차');
    await cleanUp();
  });

  it('a push gives the exact nodes, labels, typed values and relationships of the built graph, and the constraints', async () => {
    const result = ikg(['push', '--data', DATA, '--dataset', PUSHED, '--batch-size', '50'], { env });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `✓ dataset ${PUSHED}: ${graph.order} nodes and ${graph.size} relationships in Neo4j ` +
        `(wrote ${graph.order + graph.size} new or changed rows; removed 0 stale nodes and 0 stale relationships)\n`,
    );
    expect(await datasetCounts(driver, PUSHED, live.database)).toEqual({ nodes: 80, relationships: 216 });
    const dump = await dumpDataset(driver, PUSHED, live.database);
    expect(dump).toEqual(expectedDump(graph, PUSHED));

    const rapidus = dump['Entity|rapidus'];
    expect(rapidus?.labels).toEqual(['Company', 'Entity']);
    expect(rapidus?.properties.name_ko).toEqual(['STRING NOT NULL', '라피더스']);
    expect(rapidus?.properties.degree).toEqual(['INTEGER NOT NULL', 17]);
    expect(rapidus?.properties.pagerank?.[0]).toBe('FLOAT NOT NULL');
    expect(rapidus?.properties.aliases?.[0]).toBe('LIST<STRING NOT NULL> NOT NULL');
    const partnership = Object.entries(dump).find(([key]) => key.startsWith('PARTNERS_WITH|rapidus|ibm|'))?.[1];
    expect(partnership?.properties.evidence_start?.[0]).toBe('LIST<INTEGER NOT NULL> NOT NULL');
    expect(partnership?.properties.status).toEqual(['STRING NOT NULL', 'active']);

    const { records } = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name STARTS WITH "ikg_" RETURN * ORDER BY name',
      {},
      { database: live.database },
    );
    expect(records.map((record) => record.toObject())).toEqual([
      { name: 'ikg_article_id', type: 'UNIQUENESS', labelsOrTypes: ['Article'], properties: ['dataset', 'id'] },
      { name: 'ikg_entity_id', type: 'UNIQUENESS', labelsOrTypes: ['Entity'], properties: ['dataset', 'id'] },
    ]);
  });

  it('a second push writes nothing and leaves every count and property value as it was', async () => {
    const before = await dumpDataset(driver, PUSHED, live.database);
    const result = ikg(['push', '--data', DATA, '--dataset', PUSHED], { env });
    expect(result.stdout).toContain('(wrote 0 new or changed rows; removed 0 stale nodes and 0 stale relationships)');
    expect(await dumpDataset(driver, PUSHED, live.database)).toEqual(before);
  });

  it.skipIf(!live.tools)(
    'the exported Cypher script, run by the real cypher-shell, gives what a push gives',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'ikg-script-'));
      try {
        const script = join(dir, 'graph.cypher');
        expect(
          ikg(['export', '--format', 'cypher', '--data', DATA, '--dataset', SCRIPTED, '--out', script]).status,
        ).toBe(0);
        const shell = await cypherShell([
          ...['-a', live.uri, '-u', live.username, '-p', live.password],
          ...(live.database ? ['-d', live.database] : []),
          ...['--non-interactive', '--fail-fast', '-f', script],
        ]);
        expect(shell.stderr).toBe('');
        expect(shell.status).toBe(0);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      const scripted = await dumpDataset(driver, SCRIPTED, live.database);
      expect(Object.keys(scripted)).toHaveLength(80 + 216);
      const pushed = await dumpDataset(driver, PUSHED, live.database);
      expect(without(scripted, 'dataset', 'contentHash')).toEqual(without(pushed, 'dataset', 'contentHash'));
      expect(scripted).toEqual(expectedDump(graph, SCRIPTED));
      const push = ikg(['push', '--data', DATA, '--dataset', SCRIPTED], { env });
      expect(push.stdout).toContain('(wrote 0 new or changed rows; removed 0 stale nodes and 0 stale relationships)');
    },
  );

  it('a push of a smaller dataset removes exactly what left it, whoever wrote it, and nothing of another dataset', async () => {
    const smallerDir = await copyFixture(DATA);
    await rm(join(smallerDir, 'relations', 'saenggak-sinmun-2023-07-20.yaml'));
    const smaller = await compileGraph(loadOptionsFor(smallerDir));
    expect(smaller.size).toBeLessThan(graph.size);
    const target = live.tools ? SCRIPTED : PUSHED;
    const other = live.tools ? PUSHED : undefined;
    const untouched = other && (await dumpDataset(driver, other, live.database));

    const result = ikg(['push', '--data', smallerDir, '--dataset', target], { env });
    expect(result.status).toBe(0);
    const after = await dumpDataset(driver, target, live.database);
    expect(after).toEqual(expectedDump(smaller, target));
    const removedRelationships = graph.size - smaller.size;
    expect(result.stdout).toContain(`removed 0 stale nodes and ${removedRelationships} stale relationships`);
    if (other) expect(await dumpDataset(driver, other, live.database)).toEqual(untouched);
  });

  it('ikg query runs CALL { … } IN TRANSACTIONS, and sends integers inside lists and maps as INTEGER', () => {
    const call =
      'UNWIND range(1, 3) AS i CALL { WITH i MERGE (:Entity {dataset: "ikg-live-push", id: "tx-" + toString(i)}) } ' +
      'IN TRANSACTIONS OF 1 ROWS RETURN count(*) AS merged';
    const merged = ikg(['query', call, '--format', 'json'], { env });
    expect(merged.stderr).toBe('');
    expect(JSON.parse(merged.stdout)).toEqual([{ merged: 3 }]);

    const types = ikg(
      [
        'query',
        'RETURN valueType($list) AS list, valueType($map.n) AS inMap, valueType($float) AS float, $list AS value',
        ...['--param', 'list=[1,2,3]', '--param', 'map={"n":5}', '--param', 'float=1.5', '--format', 'json'],
      ],
      { env },
    );
    expect(JSON.parse(types.stdout)).toEqual([
      { list: 'LIST<INTEGER NOT NULL> NOT NULL', inMap: 'INTEGER NOT NULL', float: 'FLOAT NOT NULL', value: [1, 2, 3] },
    ]);
  });

  it('ikg query prints every temporal type as ISO text', async () => {
    const query =
      "RETURN date('2024-11-15') AS date, localdatetime('2024-11-15T10:30:00') AS localDateTime, " +
      "localtime('10:30:00') AS localTime, time('10:30:00+09:00') AS time, " +
      "datetime('2024-11-15T10:30:00+09:00') AS dateTime, duration('P1DT2H') AS duration";
    expect(JSON.parse(ikg(['query', query, '--format', 'json'], { env }).stdout)).toEqual([
      {
        date: '2024-11-15',
        localDateTime: '2024-11-15T10:30:00',
        localTime: '10:30:00',
        time: '10:30:00+09:00',
        dateTime: '2024-11-15T10:30:00+09:00',
        duration: 'P1DT2H',
      },
    ]);
  });
});
