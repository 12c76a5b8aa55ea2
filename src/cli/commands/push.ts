import { Command } from 'commander';
import { describeSettings, type Neo4jSettings, neo4jSettings } from '../../neo4j/config';
import { withNeo4j } from '../../neo4j/connect';
import { pushGraph } from '../../neo4j/push';
import { positiveInteger } from '../options';
import { run } from '../run';
import { type GraphSourceFlags, graphFromFlags, graphSourceOptions } from './export';

/** Connection flags; each falls back to its NEO4J_* environment variable. */
export const neo4jOptions = (command: Command): Command =>
  command
    .option('--uri <uri>', 'Neo4j URI (env NEO4J_URI; default bolt://localhost:7687)')
    .option('--username <name>', 'Neo4j user (env NEO4J_USERNAME; default neo4j)')
    .option('--password <password>', 'Neo4j password (env NEO4J_PASSWORD, preferred)')
    .option('--database <name>', 'Neo4j database (env NEO4J_DATABASE; default: the server default)');

export const pushCommand = () =>
  neo4jOptions(
    graphSourceOptions(
      new Command('push')
        .description('load the graph into a running Neo4j 5; pushing again updates it and removes what is gone')
        .option('--batch-size <n>', 'rows per UNWIND transaction', positiveInteger, 1000),
    ),
  ).action(
    run(async (flags: GraphSourceFlags & Partial<Neo4jSettings> & { batchSize: number }) => {
      const settings = neo4jSettings(flags);
      const graph = await graphFromFlags(flags);
      process.stderr.write(`pushing ${graph.order} nodes and ${graph.size} edges to ${describeSettings(settings)}\n`);
      const summary = await withNeo4j(settings, (driver) =>
        pushGraph(driver, graph, { ...flags, database: settings.database, onProgress: progress() }),
      );
      process.stdout.write(
        `✓ dataset ${flags.dataset}: ${summary.nodes} nodes and ${summary.relationships} relationships in Neo4j ` +
          `(wrote ${summary.written} new or changed rows; removed ${summary.deletedNodes} stale nodes and ` +
          `${summary.deletedRelationships} stale relationships)\n`,
      );
    }),
  );

/** A progress line on stderr: rewritten in place on a terminal, every 10% otherwise. */
function progress() {
  let lastDecile = -1;
  let lastDone = -1;
  return (done: number, total: number) => {
    if (done === lastDone) return;
    lastDone = done;
    const percent = Math.floor((done / Math.max(total, 1)) * 100);
    if (process.stderr.isTTY)
      process.stderr.write(`\r  ${done}/${total} rows (${percent}%)${done >= total ? '\n' : ''}`);
    else if (Math.floor(percent / 10) > lastDecile) {
      lastDecile = Math.floor(percent / 10);
      process.stderr.write(`  ${done}/${total} rows (${percent}%)\n`);
    }
  };
}
