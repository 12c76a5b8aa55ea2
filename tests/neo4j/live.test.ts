import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../src/build/pipeline';
import { neo4jSettings } from '../../src/neo4j/config';
import { datasetCounts, pushGraph } from '../../src/neo4j/push';
import { runQuery } from '../../src/neo4j/query';
import { ikg } from '../helpers/cli';
import { copyFixture, editFile, loadOptionsFor, MINI, ROOT } from '../helpers/fixture';

/** Needs a running Neo4j 5: NEO4J_URI, NEO4J_PASSWORD (and optionally NEO4J_USERNAME, NEO4J_DATABASE); see docs/exports.md. */
describe.skipIf(!process.env.NEO4J_URI)('live Neo4j', () => {
  const dataset = `ikg-test-${process.pid}`;
  let driver: Driver;
  let database: string | undefined;

  beforeAll(async () => {
    const settings = neo4jSettings({});
    database = settings.database;
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
    await driver.executeQuery("MERGE (:Entity {dataset: 'ikg-test-bystander', id: 'rapidus'})", {}, { database });
  });

  afterAll(async () => {
    await driver.executeQuery(
      'MATCH (n) WHERE n.dataset IN [$dataset, "ikg-test-bystander"] DETACH DELETE n',
      { dataset },
      { database },
    );
    await driver.close();
  });

  it('pushes every node and relationship, labelled by type, and a second push changes nothing', async () => {
    const graph = await compileGraph(loadOptionsFor(MINI));
    const first = await pushGraph(driver, graph, { dataset, database, batchSize: 2 });
    expect([first.nodes, first.relationships]).toEqual([graph.order, graph.size]);
    const second = await pushGraph(driver, graph, { dataset, database });
    expect(second).toEqual({ ...first, deletedNodes: 0, deletedRelationships: 0 });
    const { rows } = await runQuery(
      driver,
      'MATCH (n:Entity:Company {dataset: $dataset, id: "rapidus"})-[r:PARTNERS_WITH]->(m) RETURN n.name_ko AS ko, r.evidence_quote AS quotes, r.status AS status, n.degree AS degree',
      { dataset },
      database,
    );
    expect(rows).toEqual([
      { ko: '라피더스', quotes: ['IBM과 협력해 2나노미터(nm) 공정 기술 개발을 목표로'], status: 'active', degree: 2 },
    ]);
  });

  it('a re-push removes what left the data, and nothing of other datasets', async () => {
    const dir = await copyFixture();
    await editFile(dir, 'relations/relations.yaml', (text) => text.slice(0, text.indexOf('  - type: LEADS')));
    const smaller = await compileGraph(loadOptionsFor(dir));
    const summary = await pushGraph(driver, smaller, { dataset, database });
    expect([summary.nodes, summary.relationships]).toEqual([smaller.order, smaller.size]);
    expect(summary.deletedRelationships).toBeGreaterThan(0);
    const bystander = await datasetCounts(driver, 'ikg-test-bystander', database);
    expect(bystander.nodes).toBe(1);
    await pushGraph(driver, await compileGraph(loadOptionsFor(MINI)), { dataset, database });
  });

  it('every example query runs', async () => {
    const dir = join(ROOT, 'graph-schema', 'queries');
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cypher'))) {
      const result = await runQuery(driver, await readFile(join(dir, file), 'utf8'), { id: 'rapidus' }, database);
      expect(result.keys.length, file).toBeGreaterThan(0);
    }
  });

  it('ikg query prints results as a table, JSON or CSV', () => {
    const query = 'MATCH (n:Entity {id: $id}) WHERE n.dataset = $dataset RETURN n.name_ko AS name';
    const params = ['--param', 'id=rapidus', '--param', `dataset=${dataset}`];
    expect(ikg(['query', query, ...params]).stdout).toContain('라피더스');
    expect(JSON.parse(ikg(['query', query, ...params, '--format', 'json']).stdout)).toEqual([{ name: '라피더스' }]);
    expect(ikg(['query', query, ...params, '--format', 'csv']).stdout).toBe('name\n라피더스\n');
  });
});
