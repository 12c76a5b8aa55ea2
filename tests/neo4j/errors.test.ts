import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { describeSettings, neo4jSettings } from '../../src/neo4j/config';
import { neo4jUserError } from '../../src/neo4j/errors';
import { redactSecrets } from '../../src/util/secrets';
import type { UserError } from '../../src/util/user-error';

const settings = { uri: 'bolt://db.example:7687', username: 'neo4j', password: 'hunter2-secret', database: 'kg' };
const driverError = (code: string, message = 'failed') => new Neo4jError(message, code as never, '50N42', 'error');

describe('driver errors become clear UserErrors', () => {
  it.each([
    ['ServiceUnavailable', 'Neo4jUnreachableError', 'cannot reach Neo4j at bolt://db.example:7687: is it running?'],
    ['SessionExpired', 'Neo4jUnreachableError', 'cannot reach Neo4j at bolt://db.example:7687: is it running?'],
    ['Neo.ClientError.Security.Unauthorized', 'Neo4jAuthError', 'refused the credentials of user neo4j'],
    ['Neo.ClientError.Security.CredentialsExpired', 'Neo4jCredentialsExpiredError', 'user neo4j has expired'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'Neo4jRateLimitError', 'has locked user neo4j'],
    ['Neo.ClientError.Security.Forbidden', 'Neo4jForbiddenError', 'user neo4j is not allowed to do this: failed'],
    ['Neo.ClientError.Security.TokenExpired', 'Neo4jAuthError', 'refused access to user neo4j: failed'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'Neo4jDatabaseNotFoundError', 'has no database kg'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'Neo4jDatabaseUnavailableError', 'database kg on Neo4j'],
    ['Neo.ClientError.Statement.SyntaxError', 'Neo4jQueryError', 'Neo4j rejected the query: failed'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'Neo4jServerError', 'a transient error: failed'],
    ['Neo.DatabaseError.General.UnknownError', 'Neo4jServerError', 'failed (Neo.DatabaseError.General.UnknownError)'],
    ['ProtocolError', 'Neo4jServerError', 'failed (ProtocolError)'],
  ])('%s → %s', (code, name, text) => {
    const error = neo4jUserError(driverError(code), settings) as UserError;
    expect(error.name).toBe(name);
    expect(error.message).toContain(text);
    expect(error.message).not.toContain('\n');
    expect(error.hint).toBeTruthy();
  });

  it('is chosen by code, not by message text', () => {
    const error = neo4jUserError(
      driverError('Neo.ClientError.Security.Forbidden', 'the credentials are wrong'),
      settings,
    );
    expect((error as Error).name).toBe('Neo4jForbiddenError');
  });

  it('a connection lost after it was verified is not "cannot reach"', () => {
    const error = neo4jUserError(driverError('ServiceUnavailable'), settings, 'working') as Error;
    expect(error.name).toBe('Neo4jConnectionLostError');
    expect(error.message).toBe(
      'lost the connection to Neo4j at bolt://db.example:7687: the server stopped or the network failed',
    );
  });

  it('never repeats the password, even when the server echoes it', () => {
    const error = neo4jUserError(
      driverError('Neo.ClientError.Security.Unauthorized', 'bad password hunter2-secret'),
      settings,
    );
    expect((error as Error).message).not.toContain('hunter2-secret');
  });

  it('leaves unknown errors alone (they are bugs, not user errors)', () => {
    const bug = new TypeError('x is undefined');
    expect(neo4jUserError(bug, settings)).toBe(bug);
  });
});

describe('connection settings', () => {
  it('flags win over NEO4J_* variables, which win over defaults', () => {
    const env = { NEO4J_URI: 'neo4j://env:7687', NEO4J_PASSWORD: 'from-env', NEO4J_DATABASE: 'envdb' };
    expect(neo4jSettings({}, env)).toEqual({
      uri: 'neo4j://env:7687',
      username: 'neo4j',
      password: 'from-env',
      database: 'envdb',
    });
    expect(neo4jSettings({ uri: 'bolt://flag:1', password: 'flag' }, env)).toMatchObject({
      uri: 'bolt://flag:1',
      password: 'flag',
    });
  });

  it('a missing password is a Neo4jSettingsError', () => {
    expect(() => neo4jSettings({}, {})).toThrowError(expect.objectContaining({ name: 'Neo4jSettingsError' }));
  });

  it('credentials in the URI are taken out of it; flags still win', () => {
    const env = { NEO4J_PASSWORD: 'from-env' };
    expect(neo4jSettings({ uri: 'bolt://alice:s%40cret-pw@db:7687' }, env)).toEqual({
      uri: 'bolt://db:7687',
      username: 'alice',
      password: 's@cret-pw',
    });
    expect(neo4jSettings({ uri: 'bolt://alice:uri-pw@db:7687', password: 'flag-pw' }, env).password).toBe('flag-pw');
    expect(redactSecrets('failed: bolt://alice:s%40cret-pw@db:7687 and s@cret-pw')).toBe(
      'failed: bolt://alice:***@db:7687 and ***',
    );
  });

  it('the printable description has no password', () => {
    expect(describeSettings(settings)).toBe('bolt://db.example:7687 as neo4j, database kg');
  });
});
