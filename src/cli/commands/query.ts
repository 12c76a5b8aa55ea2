import { Command, Option } from 'commander';
import { readInputText } from '../../load/read-input';
import { type Neo4jSettings, neo4jSettings } from '../../neo4j/config';
import { withNeo4j } from '../../neo4j/connect';
import { formatResult, RESULT_FORMATS, type ResultFormat } from '../../neo4j/format';
import { parseParameters, runQuery } from '../../neo4j/query';
import { UsageError } from '../../util/user-error';
import { run } from '../run';
import { neo4jOptions } from './push';

export const queryCommand = () =>
  neo4jOptions(
    new Command('query')
      .description('run a Cypher query against the configured Neo4j and print the result')
      .argument('[cypher]', 'the query, e.g. "MATCH (n:Entity) RETURN n.id LIMIT 5"')
      .option('--file <path>', 'run the query in this file instead, e.g. graph-schema/queries/rapidus-partners.cypher')
      .option(
        '--param <name=value>',
        'a query parameter; repeat for more',
        (pair: string, all: string[]) => [...all, pair],
        [],
      )
      .addOption(new Option('--format <format>', 'output format').choices(RESULT_FORMATS).default('table')),
  ).action(
    run(
      async (
        cypher: string | undefined,
        flags: Partial<Neo4jSettings> & { file?: string; param: string[]; format: ResultFormat },
      ) => {
        if (Boolean(cypher) === Boolean(flags.file))
          throw new UsageError(
            'give either a query or --file, not both or neither',
            'ikg query "MATCH (n) RETURN count(n)"',
          );
        const query = flags.file
          ? await readInputText(flags.file, { what: 'query file', missingHint: 'check the path of --file' })
          : (cypher as string);
        const parameters = parseParameters(flags.param);
        const settings = neo4jSettings(flags);
        const result = await withNeo4j(settings, (driver) => runQuery(driver, query, parameters, settings.database));
        process.stdout.write(formatResult(result, flags.format));
      },
    ),
  );
