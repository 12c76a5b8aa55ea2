// `npm run neo4j`: starts the local Neo4j 5 Community (built from Maven Central) in the foreground, until Ctrl-C.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLocalNeo4j, LocalNeo4jError, missingTools, startLocalNeo4j } from './local-neo4j';

const USAGE = 'usage: NEO4J_PASSWORD=… npm run neo4j -- [--port 7687] [--home .neo4j], or npm run neo4j:build';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '7687' },
      home: { type: 'string', default: '.neo4j' },
      'build-only': { type: 'boolean', default: false },
    },
  });
  const missing = missingTools();
  if (missing)
    return fail(`cannot run the local Neo4j: ${missing}`, 'install Java 17 and Maven, or use Docker (see README)');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (values['build-only']) {
    buildLocalNeo4j(log);
    process.stdout.write('✓ the local Neo4j is built (tools/neo4j)\n');
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(`--port must be 0 to 65535`, USAGE);
  const password = process.env.NEO4J_PASSWORD;
  if (!password || password.length < 8)
    return fail(
      'set NEO4J_PASSWORD to at least 8 characters',
      `${USAGE}\n  the password is set on the first start of --home`,
    );
  buildLocalNeo4j(log);
  const home = resolve(values.home);
  process.stderr.write(`starting Neo4j 5 Community in ${home}…\n`);
  const server = await startLocalNeo4j({ home, password, port });
  process.stdout.write(`✓ Neo4j is ready at ${server.uri} (user neo4j); press Ctrl-C to stop\n`);
  await new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
  process.stderr.write('stopping Neo4j…\n');
  await server.stop();
  return 0;
}

function fail(message: string, hint: string): number {
  process.stderr.write(`error: ${message}\n  hint: ${hint}\n`);
  return 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = fail(error instanceof LocalNeo4jError ? error.message : String(error), 'see the lines above');
  },
);
