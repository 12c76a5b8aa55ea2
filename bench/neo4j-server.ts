import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildLocalNeo4j, type LocalNeo4j, missingTools, startLocalNeo4j } from '../tools/neo4j/local-neo4j';

/** How the runner tells a stage's process where the bench's Neo4j is; never a user's NEO4J_URI. */
export const BENCH_NEO4J_ENV = { uri: 'IKG_BENCH_NEO4J_URI', password: 'IKG_BENCH_NEO4J_PASSWORD' } as const;

export interface BenchNeo4j {
  uri: string;
  password: string;
}

/** The bench's Neo4j as a stage's process sees it, or why there is none. */
export function benchNeo4j(): BenchNeo4j | string {
  const uri = process.env[BENCH_NEO4J_ENV.uri];
  const password = process.env[BENCH_NEO4J_ENV.password];
  return uri && password ? { uri, password } : (process.env.IKG_BENCH_NEO4J_MISSING ?? 'no local Neo4j was started');
}

/**
 * Starts a fresh local Neo4j in DIR for one dataset size and puts its address into this process's environment,
 * which the stages' processes inherit; returns how to stop it, or undefined (with the reason set) if it cannot run.
 */
export async function startBenchNeo4j(
  dir: string,
  log: (line: string) => void,
): Promise<(() => Promise<void>) | undefined> {
  const missing = missingTools();
  if (missing) {
    process.env.IKG_BENCH_NEO4J_MISSING = `cannot run the local Neo4j: ${missing}`;
    return undefined;
  }
  const home = join(dir, 'neo4j');
  await rm(home, { recursive: true, force: true });
  buildLocalNeo4j(log);
  const server: LocalNeo4j = await startLocalNeo4j({
    home,
    password: `bench-${randomBytes(8).toString('hex')}`,
    heap: '2g',
  });
  process.env[BENCH_NEO4J_ENV.uri] = server.uri;
  process.env[BENCH_NEO4J_ENV.password] = server.password;
  return async () => {
    delete process.env[BENCH_NEO4J_ENV.uri];
    delete process.env[BENCH_NEO4J_ENV.password];
    await server.stop();
    await rm(home, { recursive: true, force: true });
  };
}
