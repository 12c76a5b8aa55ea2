import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { describeSettings, neo4jSettings } from '../../src/neo4j/config';
import { neo4jUserError } from '../../src/neo4j/errors';

const settings = { uri: 'bolt://db.example:7687', username: 'neo4j', password: 'hunter2-secret', database: 'kg' };
const driverError = (code: string, message = 'failed') => new Neo4jError(message, code as never, '50N42', 'error');

describe('driver errors become clear UserErrors', () => {
  it.each([
    ['ServiceUnavailable', 'Neo4jUnreachableError', 'cannot reach Neo4j at bolt://db.example:7687: is it running?'],
    ['SessionExpired', 'Neo4jUnreachableError', 'cannot reach Neo4j at bolt://db.example:7687: is it running?'],
    ['Neo.ClientError.Security.Unauthorized', 'Neo4jAuthError', 'refused the credentials of user neo4j'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'Neo4jDatabaseNotFoundError', 'has no database kg'],
    ['Neo.ClientError.Statement.SyntaxError', 'Neo4jQueryError', 'Neo4j rejected the query'],
  ])('%s → %s', (code, name, text) => {
    const error = neo4jUserError(driverError(code), settings) as Error;
    expect(error.name).toBe(name);
    expect(error.message).toContain(text);
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

  it('the printable description has no password', () => {
    expect(describeSettings(settings)).toBe('bolt://db.example:7687 as neo4j, database kg');
  });
});
