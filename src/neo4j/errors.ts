import { Neo4jError } from 'neo4j-driver';
import { UserError } from '../util/user-error';
import type { Neo4jSettings } from './config';

export class Neo4jUnreachableError extends UserError {
  override name = 'Neo4jUnreachableError';
}

export class Neo4jAuthError extends UserError {
  override name = 'Neo4jAuthError';
}

export class Neo4jDatabaseNotFoundError extends UserError {
  override name = 'Neo4jDatabaseNotFoundError';
}

/** Neo4j rejected a query, e.g. a Cypher syntax error or a constraint violation. */
export class Neo4jQueryError extends UserError {
  override name = 'Neo4jQueryError';
}

const START_HINT = 'start Neo4j 5 (see docs/exports.md) or set NEO4J_URI';

/** Turns a driver error into a clear UserError; the message never contains the password. */
export function neo4jUserError(error: unknown, settings: Neo4jSettings): unknown {
  if (!(error instanceof Neo4jError)) {
    if (error instanceof Error && /url|scheme|uri/i.test(error.message))
      return new Neo4jUnreachableError(
        `invalid Neo4j URI ${settings.uri}: ${redact(error.message, settings)}`,
        START_HINT,
      );
    return error;
  }
  const message = redact(error.message, settings);
  const code = error.code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired')
    return new Neo4jUnreachableError(`cannot reach Neo4j at ${settings.uri}: is it running?`, START_HINT, {
      cause: error,
    });
  if (code.startsWith('Neo.ClientError.Security.'))
    return new Neo4jAuthError(
      `Neo4j at ${settings.uri} refused the credentials of user ${settings.username}: ${message}`,
      'check NEO4J_USERNAME and NEO4J_PASSWORD (or --username/--password)',
    );
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return new Neo4jDatabaseNotFoundError(
      `Neo4j at ${settings.uri} has no database ${settings.database ?? '(default)'}`,
      'check NEO4J_DATABASE or --database; `SHOW DATABASES` lists them',
    );
  if (code.startsWith('Neo.ClientError.')) return new Neo4jQueryError(`Neo4j rejected the query: ${message}`, code);
  return error;
}

function redact(text: string, settings: Neo4jSettings): string {
  return settings.password ? text.replaceAll(settings.password, '***') : text;
}
