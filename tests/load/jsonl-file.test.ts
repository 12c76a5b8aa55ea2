import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forEachLine, readJsonLines } from '../../src/load/jsonl-file';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function scratchFile(content: string): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'ikg-jsonl-'));
  const path = join(dir, 'records.jsonl');
  await writeFile(path, content);
  return path;
}

describe('forEachLine', () => {
  it('splits lines across read chunks without breaking multi-byte characters, with byte offsets', async () => {
    const long = '가'.repeat(700_000);
    const path = await scratchFile(`first\n${long}\n라스트`);
    const seen: { text: string; number: number; offset: number; bytes: number }[] = [];
    await forEachLine(path, (line) => seen.push(line));
    expect(seen.map((line) => line.number)).toEqual([1, 2, 3]);
    expect(seen[1]?.text).toBe(long);
    expect(seen[2]).toEqual({ text: '라스트', number: 3, offset: 6 + 2_100_000 + 1, bytes: 9 });
  });
});

describe('readJsonLines', () => {
  it('keeps no line text on its records yet still locates keys in the line', async () => {
    const path = await scratchFile('{"id":"a"}\n\n{"x":1,"id":"b"}\n');
    const { records, errors } = await readJsonLines(path, 'records.jsonl');
    expect(errors).toEqual([]);
    expect(records.map((record) => record.value)).toEqual([{ id: 'a' }, { x: 1, id: 'b' }]);
    expect(records[1]?.origin.locate(['id'])).toEqual({ line: 3, col: 8 });
  });

  it('reports each line that is not JSON by its number', async () => {
    const path = await scratchFile('{"id":"a"}\nnot json\n{"id":\n{"id":"d"}');
    const { records, errors } = await readJsonLines(path, 'records.jsonl');
    expect(records).toHaveLength(2);
    expect(errors.map((error) => error.line)).toEqual([2, 3]);
    expect(errors.every((error) => error.file === 'records.jsonl' && error.hint)).toBe(true);
  });
});
