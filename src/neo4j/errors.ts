import { Neo4jError } from 'neo4j-driver';
import { redactSecrets, registerSecret } from '../util/secrets';
import { UserError } from '../util/user-error';
import type { Neo4jSettings } from './config';

export class Neo4jUnreachableError extends UserError {
  override name = 'Neo4jUnreachableError';
}

/** The connection dropped after it was established, e.g. the server stopped during a push. */
export class Neo4jConnectionLostError extends UserError {
  override name = 'Neo4jConnectionLostError';
}

export class Neo4jAuthError extends UserError {
  override name = 'Neo4jAuthError';
}

export class Neo4jCredentialsExpiredError extends UserError {
  override name = 'Neo4jCredentialsExpiredError';
}

export class Neo4jRateLimitError extends UserError {
  override name = 'Neo4jRateLimitError';
}

export class Neo4jForbiddenError extends UserError {
  override name = 'Neo4jForbiddenError';
}

export class Neo4jDatabaseNotFoundError extends UserError {
  override name = 'Neo4jDatabaseNotFoundError';
}

/** The database exists but is starting, stopping or offline. */
export class Neo4jDatabaseUnavailableError extends UserError {
  override name = 'Neo4jDatabaseUnavailableError';
}

/** Neo4j rejected a query, e.g. a Cypher syntax error or a constraint violation. */
export class Neo4jQueryError extends UserError {
  override name = 'Neo4jQueryError';
}

/** Any other error the server or driver reported: transient, database-internal or protocol. */
export class Neo4jServerError extends UserError {
  override name = 'Neo4jServerError';
}

/** Whether the failure came while connecting or after the connection had been verified. */
export type Neo4jPhase = 'connecting' | 'working';

const START_HINT = 'start Neo4j 5 (`npm run neo4j`, or see the README) or set NEO4J_URI';
const CREDENTIALS_HINT = 'check NEO4J_USERNAME and NEO4J_PASSWORD (or --username/--password)';

/**
 * Turns a driver error into a one-line UserError with a hint, chosen by the error's `code`; no message ever
 * contains the password. Errors that do not come from Neo4j are returned as they are: they are bugs.
 */
export function neo4jUserError(error: unknown, settings: Neo4jSettings, phase: Neo4jPhase = 'connecting'): unknown {
  const { uri, username } = settings;
  registerSecret(settings.password);
  const database = settings.database ?? '(the default)';
  if (!(error instanceof Neo4jError)) {
    if (error instanceof Error && /url|scheme|uri/i.test(error.message))
      return new Neo4jUnreachableError(`invalid Neo4j URI ${uri}: ${serverText(error.message)}`, START_HINT);
    return error;
  }
  const options = { cause: error };
  const code = error.code;
  const text = serverText(error.message);
  switch (code) {
    case 'ServiceUnavailable':
    case 'SessionExpired':
      return phase === 'connecting'
        ? new Neo4jUnreachableError(`cannot reach Neo4j at ${uri}: is it running?`, START_HINT, options)
        : new Neo4jConnectionLostError(
            `lost the connection to Neo4j at ${uri}: the server stopped or the network failed`,
            'start it again and rerun the command; a push resumes safely and writes only what is missing',
            options,
          );
    case 'Neo.ClientError.Security.Unauthorized':
      return new Neo4jAuthError(
        `Neo4j at ${uri} refused the credentials of user ${username}`,
        CREDENTIALS_HINT,
        options,
      );
    case 'Neo.ClientError.Security.CredentialsExpired':
      return new Neo4jCredentialsExpiredError(
        `the password of Neo4j user ${username} has expired and must be changed before it can be used`,
        "change it in cypher-shell -d system with ALTER CURRENT USER SET PASSWORD FROM '…' TO '…', then update NEO4J_PASSWORD",
        options,
      );
    case 'Neo.ClientError.Security.AuthenticationRateLimit':
      return new Neo4jRateLimitError(
        `Neo4j at ${uri} has locked user ${username} for a while after too many failed logins`,
        `wait a few seconds (the server's dbms.security.auth_lock_time, 5 s by default), then ${CREDENTIALS_HINT}`,
        options,
      );
    case 'Neo.ClientError.Security.Forbidden':
      return new Neo4jForbiddenError(
        `Neo4j user ${username} is not allowed to do this: ${text}`,
        'ask an administrator for the privilege, or connect as another user with --username',
        options,
      );
    case 'Neo.ClientError.Database.DatabaseNotFound':
      return new Neo4jDatabaseNotFoundError(
        `Neo4j at ${uri} has no database ${database}`,
        'check NEO4J_DATABASE or --database; `SHOW DATABASES` lists them',
        options,
      );
    case 'Neo.TransientError.General.DatabaseUnavailable':
    case 'Neo.ClientError.Database.DatabaseUnavailable':
      return new Neo4jDatabaseUnavailableError(
        `database ${database} on Neo4j at ${uri} is not available: it is starting, stopping or offline`,
        'wait until `SHOW DATABASES` lists it as online, then run the command again',
        options,
      );
  }
  if (code.startsWith('Neo.ClientError.Security.'))
    return new Neo4jAuthError(`Neo4j at ${uri} refused access to user ${username}: ${text}`, CREDENTIALS_HINT, options);
  if (code.startsWith('Neo.ClientError.'))
    return new Neo4jQueryError(`Neo4j rejected the query: ${text}`, `see the Cypher manual for ${code}`, options);
  if (code.startsWith('Neo.TransientError.'))
    return new Neo4jServerError(`Neo4j could not finish, a transient error: ${text}`, 'run the command again', options);
  return new Neo4jServerError(
    `Neo4j at ${uri} failed (${code}): ${text}`,
    "check the server's logs (debug.log); run again with IKG_DEBUG=1 for details",
    options,
  );
}

/** The first line of a server or driver message, with secrets taken out. */
function serverText(message: string): string {
  return redactSecrets(message.split('\n')[0]?.trim() ?? '');
}
