import { inject } from 'vitest';

/** The server the live tests use, as the global setup provides it. */
export interface LiveNeo4j {
  uri: string;
  username: string;
  password: string;
  database?: string | undefined;
  /** Started by the test run itself (so the tests may create users and start a second server). */
  local: boolean;
  /** cypher-shell and neo4j-admin were built and can run. */
  tools: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: LiveNeo4j | { skipped: string };
  }
}

/** Stands in for the server while skipped tests are collected. */
export const NO_SERVER: LiveNeo4j = { uri: '', username: '', password: '', local: false, tools: false };

/** The live server, or undefined when the live tests are skipped. */
export function liveNeo4j(): LiveNeo4j | undefined {
  const provided = inject('neo4j');
  return 'skipped' in provided ? undefined : provided;
}

/** The environment for an `ikg` child process that connects to the live server. */
export function neo4jEnv(server: LiveNeo4j): Record<string, string> {
  return {
    NEO4J_URI: server.uri,
    NEO4J_USERNAME: server.username,
    NEO4J_PASSWORD: server.password,
    NEO4J_DATABASE: server.database ?? '',
  };
}
