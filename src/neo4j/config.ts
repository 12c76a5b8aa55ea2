import { UserError } from '../util/user-error';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

/** A required connection setting is missing. */
export class Neo4jSettingsError extends UserError {
  override name = 'Neo4jSettingsError';
}

export const DEFAULTS = { uri: 'bolt://localhost:7687', username: 'neo4j' };

/** Connection settings from flags, then NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE. */
export function neo4jSettings(flags: Partial<Neo4jSettings>, env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const password = flags.password ?? env.NEO4J_PASSWORD;
  if (!password)
    throw new Neo4jSettingsError(
      'no Neo4j password given',
      'set NEO4J_PASSWORD (preferred: it stays out of shell history) or pass --password',
    );
  const database = flags.database ?? env.NEO4J_DATABASE;
  return {
    uri: flags.uri ?? env.NEO4J_URI ?? DEFAULTS.uri,
    username: flags.username ?? env.NEO4J_USERNAME ?? DEFAULTS.username,
    password,
    ...(database ? { database } : {}),
  };
}

/** The settings as text safe to print: never the password. */
export function describeSettings({ uri, username, database }: Neo4jSettings): string {
  return `${uri} as ${username}${database ? `, database ${database}` : ''}`;
}
