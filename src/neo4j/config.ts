import { registerSecret } from '../util/secrets';
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

export const DEFAULT_NEO4J = { uri: 'bolt://localhost:7687', username: 'neo4j' };

/**
 * Connection settings from flags, then credentials written in the URI (`bolt://user:password@host`), then
 * NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE. The URI kept in the settings has no credentials.
 */
export function neo4jSettings(flags: Partial<Neo4jSettings>, env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const {
    uri,
    username: uriUsername,
    password: uriPassword,
  } = splitCredentials(flags.uri || env.NEO4J_URI || DEFAULT_NEO4J.uri);
  const password = flags.password || uriPassword || env.NEO4J_PASSWORD;
  registerSecret(password);
  if (!password)
    throw new Neo4jSettingsError(
      'no Neo4j password given',
      'set NEO4J_PASSWORD (preferred: it stays out of shell history) or pass --password',
    );
  const database = flags.database || env.NEO4J_DATABASE;
  return {
    uri,
    username: flags.username || uriUsername || env.NEO4J_USERNAME || DEFAULT_NEO4J.username,
    password,
    ...(database ? { database } : {}),
  };
}

/** Takes `user:password@` out of a URI; a URI that does not parse is returned with anything before `@` cut. */
function splitCredentials(text: string): { uri: string; username?: string; password?: string } {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/@]*)@(.*)$/is.exec(text);
  if (!match) return { uri: text };
  const [, scheme, userinfo = '', rest] = match;
  const colon = userinfo.indexOf(':');
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const username = decode(colon < 0 ? userinfo : userinfo.slice(0, colon)) || undefined;
  const password = colon < 0 ? undefined : decode(userinfo.slice(colon + 1)) || undefined;
  registerSecret(password);
  registerSecret(colon < 0 ? undefined : userinfo.slice(colon + 1));
  return { uri: `${scheme}${rest}`, username, password };
}

/** The settings as text safe to print: never the password. */
export function describeSettings({ uri, username, database }: Neo4jSettings): string {
  return `${uri} as ${username}${database ? `, database ${database}` : ''}`;
}
