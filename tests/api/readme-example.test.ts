import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixture';

describe('the public entry point', () => {
  it("the README's library example runs as written, importing the package by name", async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const example = /```ts\n(import [^\n]+ from 'industry-kg';[\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const file = join(ROOT, `readme-example-${process.pid}.mts`);
    const out = join(ROOT, 'out', 'library-example.gexf');
    await writeFile(
      file,
      `${example}\nconsole.log(JSON.stringify({ order: graph.order, problems: diagnostics.length, warnings: warnings.length }));\n`,
    );
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      const lines = result.stdout.trim().split('\n');
      expect(JSON.parse(lines.at(-1) ?? '')).toEqual({ order: 80, problems: 0, warnings: 0 });
      expect(lines).toContain('rapidus MANUFACTURES_FOR nvidia');
      expect((await readFile(out, 'utf8')).startsWith('<?xml')).toBe(true);
    } finally {
      await rm(file, { force: true });
      await rm(out, { force: true });
    }
  });

  it('exports the documented API', async () => {
    const api = await import('../../src/index');
    for (const name of [
      'compileGraph',
      'checkData',
      'loadOntology',
      'readGraph',
      'exportGraph',
      'writeJson',
      'writeGexf',
      'writeGraphml',
      'writeCsvFolder',
      'writeCypher',
      'pushGraph',
      'runQuery',
      'withNeo4j',
      'neo4jSettings',
      'suggest',
      'buildDictionary',
      'loadCues',
    ])
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
  });
});
