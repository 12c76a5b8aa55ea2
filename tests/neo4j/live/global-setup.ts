import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildLocalNeo4j, type LocalNeo4j, missingTools, startLocalNeo4j } from '../../../tools/neo4j/local-neo4j';
import type { LiveNeo4j } from './context';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Starts the local Neo4j for the live tests, unless NEO4J_URI names a server of the user's own. Without Java or
 * Maven the live tests are skipped with the reason printed; under CI=true a server that cannot start fails the run.
 */
export default async function setup(project: TestProject) {
  if (!(await liveTestsSelected(project))) {
    project.provide('neo4j', { skipped: 'no live test selected' });
    return;
  }
  const ci = process.env.CI === 'true';
  const missing = missingTools();
  if (process.env.NEO4J_URI) {
    const password = process.env.NEO4J_PASSWORD ?? '';
    const tools = !missing && tryBuild();
    provide(project, {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME || 'neo4j',
      password,
      database: process.env.NEO4J_DATABASE || undefined,
      local: false,
      tools,
    });
    return;
  }
  const skip = (reason: string) => {
    if (ci) throw new Error(`CI=true, and the live Neo4j tests cannot run: ${reason}`);
    process.stderr.write(`\nlive Neo4j tests skipped: ${reason}\n`);
    project.provide('neo4j', { skipped: reason });
  };
  if (missing) return skip(missing);
  const home = join(ROOT, '.neo4j-test', `run-${process.pid}`);
  let server: LocalNeo4j;
  try {
    buildLocalNeo4j((line) => process.stderr.write(`${line}\n`));
    await rm(home, { recursive: true, force: true });
    const started = Date.now();
    server = await startLocalNeo4j({ home, password: `ikg-test-${randomBytes(8).toString('hex')}` });
    process.stderr.write(`live Neo4j tests: Neo4j 5 ready at ${server.uri} in ${Date.now() - started} ms\n`);
  } catch (error) {
    return skip(error instanceof Error ? error.message : String(error));
  }
  provide(project, { uri: server.uri, username: server.username, password: server.password, local: true, tools: true });
  return async () => {
    await server.stop();
    await rm(home, { recursive: true, force: true });
  };
}

/** Whether this run includes a live test file: `vitest run tests/load` needs no server. */
async function liveTestsSelected(project: TestProject): Promise<boolean> {
  // The file filters given on the command line; vitest keeps them on an internal field.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const { testFiles } = await project.globTestFiles(filters);
  return testFiles.some((file) => file.startsWith(import.meta.dirname));
}

function provide(project: TestProject, neo4j: LiveNeo4j) {
  project.provide('neo4j', neo4j);
}

function tryBuild(): boolean {
  try {
    buildLocalNeo4j();
    return true;
  } catch {
    return false;
  }
}
