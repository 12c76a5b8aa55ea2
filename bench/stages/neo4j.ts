import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { pushBatches } from '../../src/cypher/rows';
import { writeCsvFolder } from '../../src/export/csv';
import { writeCypher } from '../../src/export/cypher';
import type { KnowledgeGraph } from '../../src/graph/types';
import { datasetCounts, pushGraph } from '../../src/neo4j/push';
import { writeStreamAtomic } from '../../src/util/atomic-write';
import { cypherShell, neo4jAdmin } from '../../tools/neo4j/local-neo4j';
import type { ProcessResult } from '../../tools/process';
import { benchNeo4j } from '../neo4j-server';
import { STAGE, type Stage, StageMissingError, type Work } from '../stage';
import { compiledGraph } from './pipeline';

/** Neo4j is measured at 10k and 100k relations: below, a server's warm-up dominates; 1M would take most of a run. */
const MIN_RELATIONS = 10_000;
const MAX_RELATIONS = 100_000;
/**
 * Neo4j 5.26 parses a Cypher literal at roughly 10 ms per row here (measured: 800 rows of 400 characters in 9.3 s,
 * linear in size), so the script of 100k relations would take over half an hour: it is measured up to 10k only.
 */
const MAX_SCRIPT_RELATIONS = 10_000;

/** Every row `ikg push` would send, batched for UNWIND, without a server: rows per second. */
export const NEO4J_BATCHES: Stage = {
  name: 'neo4j batch preparation',
  async prepare(input) {
    const graph = await compiledGraph(input);
    return async () => {
      let rows = 0;
      for (const batch of pushBatches(graph)) rows += batch.rows.length;
      return { items: rows, unit: 'rows' };
    };
  },
};

const rows = (graph: KnowledgeGraph): Work => ({ items: graph.order + graph.size, unit: 'rows' });

function server() {
  const found = benchNeo4j();
  if (typeof found === 'string') throw new StageMissingError(found);
  return found;
}

function checked(what: string, result: ProcessResult): void {
  if (result.status !== 0)
    throw new Error(`${what} exited ${result.status}: ${(result.stderr || result.stdout).trim()}`);
}

/** The ceiling: the exported CSV files loaded offline into a new database by the real neo4j-admin. */
export const NEO4J_IMPORT: Stage = {
  name: STAGE.neo4jImport,
  neo4j: true,
  minRelations: MIN_RELATIONS,
  maxRelations: MAX_RELATIONS,
  async prepare(input) {
    server();
    const graph = await compiledGraph(input);
    const csv = resolve(input.outDir, 'csv');
    const files = await writeCsvFolder(graph, csv, { dataset: 'bench-import' });
    const home = resolve(input.outDir, 'import-home');
    await mkdir(home, { recursive: true });
    return async () => {
      const [entities, articles, relations, mentions] = files as [string, string, string, string];
      const result = await neo4jAdmin(home, [
        ...['database', 'import', 'full', 'neo4j', `--nodes=${entities}`, `--nodes=${articles}`],
        ...[`--relationships=${relations}`, `--relationships=${mentions}`],
        ...['--array-delimiter=;', '--multiline-fields=true', '--overwrite-destination=true'],
      ]);
      checked('neo4j-admin database import', result);
      await rm(home, { recursive: true, force: true });
      return rows(graph);
    };
  },
};

/** The exported Cypher script, run by the real cypher-shell against the bench's server. */
export const NEO4J_SCRIPT: Stage = {
  name: STAGE.neo4jScript,
  baseline: STAGE.neo4jImport,
  neo4j: true,
  minRelations: MIN_RELATIONS,
  maxRelations: MAX_RELATIONS,
  async prepare(input) {
    const { uri, password } = server();
    if (input.relations > MAX_SCRIPT_RELATIONS)
      throw new StageMissingError(
        `not run above ${MAX_SCRIPT_RELATIONS / 1000}k relations: Neo4j parses the script's literals at about 10 ms a row`,
      );
    const graph = await compiledGraph(input);
    const script = join(input.outDir, 'graph.cypher');
    await writeStreamAtomic(script, (out) => writeCypher(graph, out, { dataset: 'bench-script' }));
    return async () => {
      const args = ['-a', uri, '-u', 'neo4j', '-p', password, '--non-interactive', '--fail-fast', '-f', script];
      checked('cypher-shell', await cypherShell(args));
      return rows(graph);
    };
  },
};

function pushStage(name: string, baseline: string, pushFirst: boolean): Stage {
  return {
    name,
    baseline,
    neo4j: true,
    minRelations: MIN_RELATIONS,
    maxRelations: MAX_RELATIONS,
    async prepare(input) {
      const { uri, password } = server();
      const graph = await compiledGraph(input);
      const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
      const dataset = 'bench-push';
      const counts = await datasetCounts(driver, dataset);
      if (pushFirst && (counts.nodes !== graph.order || counts.relationships !== graph.size))
        await pushGraph(driver, graph, { dataset });
      return async () => {
        await driver.verifyConnectivity();
        const summary = await pushGraph(driver, graph, { dataset });
        await driver.close();
        if (summary.nodes !== graph.order || summary.relationships !== graph.size)
          throw new Error(`pushed ${summary.nodes} nodes and ${summary.relationships} relationships`);
        return { ...rows(graph), note: `${summary.written} rows written` };
      };
    },
  };
}

/** `ikg push` of the built graph (connection included, graph build excluded) into an empty dataset. */
export const NEO4J_PUSH = pushStage(STAGE.neo4jPush, STAGE.neo4jScript, false);

/** The same push again: nothing changed, so nothing should be written. */
export const NEO4J_REPUSH = pushStage(STAGE.neo4jRepush, STAGE.neo4jPush, true);
