import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ikg } from '../../helpers/cli';
import { liveNeo4j, NO_SERVER, neo4jEnv } from './context';

const server = liveNeo4j();
const USERS = { wrong: 'ikg_wrong_pw', locked: 'ikg_locked', expired: 'ikg_expired' };
const USER_PASSWORD = 'ikg-user-secret-1';
const WRONG_PASSWORD = 'ikg-not-the-password';

/** Each failure against the real server: one `error:` line and one `hint:` line, exit 2, no stack, no password. */
describe.skipIf(!server)('live Neo4j: errors', { timeout: 120_000 }, () => {
  const live = server ?? NO_SERVER;
  const env = neo4jEnv(live);
  let driver: Driver;

  const system = (query: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(query, params, { database: 'system' });

  beforeAll(async () => {
    driver = neo4j.driver(live.uri, neo4j.auth.basic(live.username, live.password));
    if (!live.local) return;
    for (const user of [USERS.wrong, USERS.locked])
      await system(`CREATE OR REPLACE USER ${user} SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED`, {
        password: USER_PASSWORD,
      });
    await system(`CREATE OR REPLACE USER ${USERS.expired} SET PLAINTEXT PASSWORD $password CHANGE REQUIRED`, {
      password: USER_PASSWORD,
    });
  });

  afterAll(async () => {
    if (live.local) for (const user of Object.values(USERS)) await system(`DROP USER ${user} IF EXISTS`);
    await driver.close();
  });

  function failure(args: string[], extraEnv: Record<string, string> = {}, query = 'RETURN 1 AS one') {
    const result = ikg(['query', query, ...args], { env: { ...env, ...extraEnv } });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[1]).toMatch(/^ {2}hint: /);
    for (const secret of [live.password, USER_PASSWORD, WRONG_PASSWORD]) expect(result.stderr).not.toContain(secret);
    return lines[0];
  }

  it('a wrong password', () => {
    const username = live.local ? USERS.wrong : live.username;
    expect(failure(['--username', username, '--password', WRONG_PASSWORD])).toBe(
      `error: Neo4j at ${live.uri} refused the credentials of user ${username}`,
    );
  });

  it('a wrong password written in the URI is never printed', () => {
    const uri = live.uri.replace('bolt://', `bolt://${live.username}:${WRONG_PASSWORD}@`);
    expect(failure(['--uri', uri], { NEO4J_URI: '', NEO4J_PASSWORD: '' })).toBe(
      `error: Neo4j at ${live.uri} refused the credentials of user ${live.username}`,
    );
  });

  it('the right password written in the URI works', () => {
    const uri = live.uri.replace('bolt://', `bolt://${live.username}:${encodeURIComponent(live.password)}@`);
    const result = ikg(['query', 'RETURN 1 AS one', '--uri', uri, '--format', 'csv'], {
      env: { ...env, NEO4J_URI: '', NEO4J_PASSWORD: '' },
    });
    expect(result.stdout).toBe('one\n1\n');
    expect(result.stderr).not.toContain(live.password);
  });

  it('an unknown database', () => {
    expect(failure(['--database', 'no-such-db'])).toBe(`error: Neo4j at ${live.uri} has no database no-such-db`);
  });

  it('a server that is not there', () => {
    expect(failure([], { NEO4J_URI: 'bolt://127.0.0.1:1' })).toBe(
      'error: cannot reach Neo4j at bolt://127.0.0.1:1: is it running?',
    );
  });

  it.skipIf(!live.local)('an account locked after too many failed logins', () => {
    for (let attempt = 0; attempt < 3; attempt++) failure(['--username', USERS.locked, '--password', WRONG_PASSWORD]);
    expect(failure(['--username', USERS.locked, '--password', USER_PASSWORD])).toBe(
      `error: Neo4j at ${live.uri} has locked user ${USERS.locked} for a while after too many failed logins`,
    );
  });

  it.skipIf(!live.local)('an account whose password has expired', () => {
    expect(failure(['--username', USERS.expired, '--password', USER_PASSWORD])).toBe(
      `error: the password of Neo4j user ${USERS.expired} has expired and must be changed before it can be used`,
    );
  });

  it('a query Neo4j rejects', () => {
    expect(failure([], {}, 'RETURN nosuchfunction(1)')).toMatch(
      /^error: Neo4j rejected the query: Unknown function 'nosuchfunction'/,
    );
  });
});
