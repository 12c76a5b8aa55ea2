import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/dataset';
import type { Diagnostic } from '../../src/load/diagnostics';
import { checkData } from '../../src/pipeline/compile-graph';
import { ikg } from '../helpers/cli';
import { copyFixture, loadOptionsFor, ONTOLOGY } from '../helpers/fixture';

const NO_STACK = /^ {4}at /m;

function expectDiagnostic(
  diagnostics: Diagnostic[],
  expected: { file: RegExp; message: RegExp; line?: number; col?: number },
) {
  const match = diagnostics.find((d) => expected.file.test(d.file) && expected.message.test(d.message));
  expect(match, `no diagnostic matching ${expected.message} in\n${JSON.stringify(diagnostics, null, 1)}`).toBeDefined();
  expect(match?.hint ?? '').not.toBe('');
  if (expected.line !== undefined) expect(match?.line).toBe(expected.line);
  if (expected.col !== undefined) expect(match?.col).toBe(expected.col);
}

/** Every problem is collected and reported at once; the CLI exits 1 with file:line, no stack and nothing written. */
function expectCliReports(dir: string, fileAndLine: RegExp) {
  const out = join(dir, 'out');
  const result = ikg(['build', '--data', dir, '--out', out]);
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).toMatch(fileAndLine);
  expect(result.stderr).toContain('hint:');
  expect(result.stderr).not.toMatch(NO_STACK);
  expect(existsSync(out), 'nothing is written when the data is invalid').toBe(false);
}

describe('data files that cannot be read are diagnostics, reported with every other problem', () => {
  it('a directory named *.yaml is reported, not skipped', async () => {
    const dir = await copyFixture();
    await mkdir(join(dir, 'entities', 'more.yaml'));
    await writeFile(
      join(dir, 'relations', 'relations.yaml'),
      (await readFile(join(dir, 'relations', 'relations.yaml'), 'utf8')).replace('to: ibm', 'to: ibmm'),
    );
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expectDiagnostic(diagnostics, { file: /entities\/more\.yaml$/, message: /is a directory, not a file/, line: 1 });
    expectDiagnostic(diagnostics, { file: /relations\.yaml$/, message: /unknown entity "ibmm"/ });
    expectCliReports(dir, /entities\/more\.yaml:1:1/);
  });

  it('a FIFO named *.yaml is reported at once and never hangs', async () => {
    const dir = await copyFixture();
    execFileSync('mkfifo', [join(dir, 'entities', 'pipe.yaml')]);
    execFileSync('mkfifo', [join(dir, 'relations', 'pipe.jsonl')]);
    const started = Date.now();
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expectDiagnostic(diagnostics, { file: /pipe\.yaml$/, message: /FIFO/ });
    expectDiagnostic(diagnostics, { file: /pipe\.jsonl$/, message: /FIFO/ });
    expect(Date.now() - started).toBeLessThan(10_000);
    expectCliReports(dir, /pipe\.yaml:1:1/);
  });

  it('invalid UTF-8 in a YAML file is located at its line and column', async () => {
    const dir = await copyFixture();
    const path = join(dir, 'entities', 'entities.yaml');
    const text = await readFile(path);
    const at = text.indexOf('Rapidus Corporation');
    await writeFile(path, Buffer.concat([text.subarray(0, at), Buffer.from([0xc3, 0x28]), text.subarray(at)]));
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expectDiagnostic(diagnostics, { file: /entities\.yaml$/, message: /not valid UTF-8/, line: 5, col: 15 });
    expectCliReports(dir, /entities\.yaml:5:15/);
  });

  it('a NUL byte in an article body is located in the .txt file', async () => {
    const dir = await copyFixture();
    const path = join(dir, 'articles', 'mini-rapidus.txt');
    await writeFile(path, `first line\nab\u0000${await readFile(path, 'utf8')}`);
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expectDiagnostic(diagnostics, { file: /mini-rapidus\.txt$/, message: /NUL byte/, line: 2, col: 3 });
  });

  it('an article body that is a directory is reported at the .txt path', async () => {
    const dir = await copyFixture();
    await rm(join(dir, 'articles', 'mini-rapidus.txt'));
    await mkdir(join(dir, 'articles', 'mini-rapidus.txt'));
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expectDiagnostic(diagnostics, { file: /mini-rapidus\.txt$/, message: /is a directory/ });
  });

  it('a symbolic link to a data file is followed; a link loop is reported', async () => {
    const dir = await copyFixture();
    const entities = join(dir, 'entities');
    await writeFile(
      join(dir, 'extra.yaml'),
      'entities:\n  - id: tsmc\n    type: Company\n    names: { en: TSMC, ko: TSMC }\n',
    );
    await symlink(join(dir, 'extra.yaml'), join(entities, 'linked.yaml'));
    const loaded = await loadDataset(loadOptionsFor(dir));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.dataset?.entities.map((e) => e.value.id)).toContain('tsmc');
    await symlink(join(entities, 'loop.yaml'), join(entities, 'loop.yaml'));
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expectDiagnostic(diagnostics, { file: /loop\.yaml$/, message: /loops/ });
  });

  it('a JSON Lines file reports a line that is not UTF-8 and keeps the others', async () => {
    const dir = await copyFixture();
    await rm(join(dir, 'entities', 'entities.yaml'));
    const lines = [
      '{"id":"rapidus","type":"Company","names":{"en":"Rapidus","ko":"라피더스"}}',
      '{"id":"ibm","type":"Company","names":{"en":"IBM","ko":"IBM"}}',
      '{"id":"nvidia","type":"Company","names":{"en":"Nvidia","ko":"엔비디아"}}',
      '{"id":"jensen-huang","type":"Person","names":{"en":"Jensen Huang","ko":"젠슨 황"}}',
    ];
    await writeFile(
      join(dir, 'entities', 'entities.jsonl'),
      Buffer.concat([Buffer.from(`${lines.join('\n')}\n{"id":"x`), Buffer.from([0xff]), Buffer.from('"}\n')]),
    );
    const { dataset, diagnostics } = await loadDataset(loadOptionsFor(dir));
    expect(diagnostics).toHaveLength(1);
    expectDiagnostic(diagnostics, { file: /entities\.jsonl$/, message: /not valid UTF-8/, line: 5, col: 9 });
    expect(dataset?.entities).toHaveLength(4);
  });

  it('a 50 MB YAML data file is refused before it is read, with little memory', async () => {
    const dir = await copyFixture();
    const entity = '  - id: e\n    type: Company\n    names: { en: E, ko: E }\n';
    const path = join(dir, 'entities', 'big.yaml');
    await writeFile(path, `entities:\n${entity.repeat(Math.ceil(50e6 / entity.length))}`);
    const before = process.memoryUsage().rss;
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 2 ** 20);
    expectDiagnostic(diagnostics, {
      file: /big\.yaml$/,
      message: /is 4\d\.\d MiB, over the 5 MiB limit for a YAML data file/,
    });
    expect(diagnostics.find((d) => /big\.yaml$/.test(d.file))?.hint).toMatch(/JSON Lines/);
  });
});

describe('files outside the data folder are a usage error', () => {
  it('an ontology that is a directory, a FIFO or not UTF-8 exits 2 with error and hint, and no stack', async () => {
    const dir = await copyFixture();
    const fifo = join(dir, 'ontology.yaml');
    execFileSync('mkfifo', [fifo]);
    const latin1 = join(dir, 'latin1.yaml');
    await writeFile(latin1, Buffer.concat([await readFile(ONTOLOGY), Buffer.from('# caf\xe9\n', 'latin1')]));
    for (const [ontology, message] of [
      [dir, /is a directory/],
      [fifo, /FIFO/],
      [latin1, /not valid UTF-8.*line \d+, col 6/],
    ] as const) {
      const result = ikg(['validate', '--data', dir, '--ontology', ontology]);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/^error: /);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain('hint:');
      expect(result.stderr).not.toMatch(NO_STACK);
    }
  });
});
