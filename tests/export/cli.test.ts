import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ikg } from '../helpers/cli';
import { copyFixture, MINI, ONTOLOGY } from '../helpers/fixture';

describe('ikg export', () => {
  it('writes out/graph.<format> by default, and the CSV folder out/graph-csv', async () => {
    const cwd = await copyFixture();
    for (const format of ['json', 'gexf', 'graphml', 'cypher', 'csv']) {
      const result = ikg(['export', '--format', format, '--data', MINI, '--ontology', ONTOLOGY], { cwd });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('exported 5 nodes and 7 edges');
    }
    expect((await readdir(join(cwd, 'out'))).sort()).toEqual([
      'graph-csv',
      'graph.cypher',
      'graph.gexf',
      'graph.graphml',
      'graph.json',
    ]);
    expect(await readFile(join(cwd, 'out', 'graph-csv', 'entities.csv'), 'utf8')).toContain('"Entity;Company"');
  });

  it('exports from a graph.json with --graph, and --out chooses the file', async () => {
    const dir = await copyFixture();
    expect(ikg(['build', '--data', MINI, '--out', dir]).status).toBe(0);
    const out = join(dir, 'x.graphml');
    const result = ikg(['export', '--format', 'graphml', '--graph', join(dir, 'graph.json'), '--out', out]);
    expect(result.status).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('라피더스');
  });

  it('an unknown format or a missing graph file is a clear error', async () => {
    expect(ikg(['export', '--format', 'xlsx', '--data', MINI]).stderr).toContain(
      'Allowed choices are json, gexf, graphml, csv, cypher',
    );
    const missing = ikg(['export', '--format', 'json', '--graph', '/nonexistent/graph.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/graph.json');
  });
});
