import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ikg } from '../helpers/cli';
import { copyFixture, editFile, MINI } from '../helpers/fixture';

const NO_STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('ikg CLI', () => {
  it('validate reports every problem as path:line:col with a hint, and exits 1', async () => {
    const dir = await copyFixture();
    await editFile(dir, 'relations/relations.yaml', (t) =>
      t.replace('    to: ibm', '    to: ibmm').replace('"2024-11"', '"2024-13"'),
    );
    const result = ikg(['validate', '--data', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/relations\.yaml:4:5 {2}unknown entity "ibmm"\n {4}hint: did you mean "ibm"/);
    expect(result.stderr).toMatch(/relations\.yaml:14:5 {2}date: expected a real date/);
    expect(result.stderr).toMatch(/✖ 2 problems found/);
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it('validate --json prints the diagnostics as data', async () => {
    const dir = await copyFixture();
    await editFile(dir, 'relations/relations.yaml', (t) => t.replace('    to: ibm', '    to: ibmm'));
    const result = ikg(['validate', '--data', dir, '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({ line: 4, col: 5, message: 'unknown entity "ibmm"' });
  });

  it('a missing data folder is a clear error with a hint, not a stack trace', () => {
    const result = ikg(['validate', '--data', '/nonexistent/ikg']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: /nonexistent/ikg does not exist or cannot be read');
    expect(result.stderr).toContain('hint: pass --data DIR');
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it('build writes graphology JSON that round-trips, and stats counts it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ikg-out-'));
    const result = ikg(['build', '--data', MINI, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const serialized = JSON.parse(await readFile(join(out, 'graph.json'), 'utf8'));
    expect(serialized.nodes.map((n: { key: string }) => n.key)).toEqual(
      expect.arrayContaining(['rapidus', 'ibm', 'article:mini-rapidus']),
    );
    const stats = ikg(['stats', '--data', MINI, '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({
      articles: 1,
      entities: 4,
      relations: 3,
      entityTypes: { Company: 3, Person: 1 },
      statuses: { active: 2, considered: 1 },
    });
  });

  it('a failed build leaves the previous output untouched and writes no temporary files', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ikg-out-'));
    await writeFile(join(out, 'graph.json'), 'previous build');
    const before = await stat(join(out, 'graph.json'));
    const dir = await copyFixture();
    await editFile(dir, 'relations/relations.yaml', (t) => t.replace('    to: ibm', '    to: ibmm'));
    const result = ikg(['build', '--data', dir, '--out', out]);
    expect(result.status).toBe(1);
    expect(await readFile(join(out, 'graph.json'), 'utf8')).toBe('previous build');
    expect((await stat(join(out, 'graph.json'))).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(out)).toEqual(['graph.json']);
  });

  it("a usage error exits 2 with commander's message, never 1 (invalid data)", () => {
    for (const [args, message] of [
      [['validate', '--bogus'], "unknown option '--bogus'"],
      [['export', '--format', 'xml'], "argument 'xml' is invalid"],
      [['export'], "required option '--format <format>' not specified"],
      [['nope'], "unknown command 'nope'"],
    ] as const) {
      const result = ikg([...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });

  it('build --no-analytics leaves the metrics out', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ikg-out-'));
    const pagerankOf = async () =>
      JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')).nodes.find(
        (n: { key: string }) => n.key === 'rapidus',
      ).attributes.pagerank;
    expect(ikg(['build', '--data', MINI, '--out', out]).status).toBe(0);
    expect(await pagerankOf()).toEqual(expect.any(Number));
    expect(ikg(['build', '--data', MINI, '--out', out, '--no-analytics']).status).toBe(0);
    expect(await pagerankOf()).toBeUndefined();
  });

  it('every command has --help', () => {
    const overview = ikg(['--help']).stdout;
    const commands = [...overview.slice(overview.indexOf('Commands:')).matchAll(/^ {2}([a-z]+)\b/gm)]
      .map((match) => match[1] as string)
      .filter((command) => command !== 'help');
    expect(commands).toEqual(['validate', 'build', 'stats', 'schema', 'suggest', 'export', 'push', 'query', 'serve']);
    for (const command of commands) {
      const result = ikg([command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Usage: ikg ${command}`);
    }
  });

  it.each([
    ['stats', '--top', 'abc'],
    ['stats', '--top', '-2'],
    ['stats', '--top', '1.5'],
    ['export', '--batch-size', '0'],
    ['push', '--batch-size', '1e3'],
    ['serve', '--port', '70000'],
    ['serve', '--port', 'http'],
    ['suggest', '--min-confidence', '2'],
    ['suggest', '--min-confidence', 'high'],
  ])('%s %s %s is a usage error, exit 2, that names the option', (command, option, value) => {
    const result = ikg([command, option, value, '--data', MINI]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`option '${option}`);
    expect(result.stderr).toContain(`'${value}' is invalid`);
    expect(result.stdout).toBe('');
  });

  it.each(['0.0.0.0', '192.168.1.10', '::'])('serve --edit refuses --host %s (not loopback) before binding', (host) => {
    const result = ikg(['serve', '--edit', '--host', host, '--port', '0', '--data', MINI]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('binds to loopback only');
    expect(result.stderr).toContain('--allow-remote-edit');
    expect(result.stdout).toBe('');
  });
});
