import { describe, expect, it } from 'vitest';
import { ikg } from '../helpers/cli';
import { MINI } from '../helpers/fixture';

const SECRET = 'hunter2-secret-pw';
const UNREACHABLE = 'bolt://127.0.0.1:1';
const env = { NEO4J_URI: '', NEO4J_PASSWORD: '', NEO4J_USERNAME: '', NEO4J_DATABASE: '' };

describe('ikg push and ikg query without a server', () => {
  it('push: a clear "cannot reach" error, exit 2, and the password never printed', () => {
    const result = ikg(['push', '--data', MINI, '--uri', UNREACHABLE, '--password', SECRET], { env });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`cannot reach Neo4j at ${UNREACHABLE}: is it running?`);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });

  it('query: the same error, with the password from NEO4J_PASSWORD never printed', () => {
    const result = ikg(['query', 'RETURN 1 AS one'], {
      env: { ...env, NEO4J_URI: UNREACHABLE, NEO4J_PASSWORD: SECRET },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`cannot reach Neo4j at ${UNREACHABLE}`);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    expect(result.stderr).not.toContain('    at ');
  });

  it('help never shows a password, even one set in the environment', () => {
    for (const command of ['push', 'query']) {
      const result = ikg([command, '--help'], { env: { ...env, NEO4J_PASSWORD: SECRET } });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('--password');
      expect(result.stdout).not.toContain(SECRET);
    }
  });

  it('query needs exactly one of a query or --file', () => {
    const result = ikg(['query'], { env: { ...env, NEO4J_PASSWORD: SECRET } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('give either a query or --file');
  });
});
