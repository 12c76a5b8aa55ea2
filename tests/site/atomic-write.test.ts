import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeStreamAtomic } from '../../src/util/atomic-write';
import { ikg } from '../helpers/cli';
import { MINI } from '../helpers/fixture';

const NO_STACK = /^ {4}at /m;
const isRoot = process.getuid?.() === 0;
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs) await chmod(dir, 0o755).catch(() => undefined);
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ikg-write-'));
  dirs.push(dir);
  return dir;
}

const writers = {
  writeFileAtomic: (path: string) => writeFileAtomic(path, 'data'),
  writeStreamAtomic: (path: string) =>
    writeStreamAtomic(path, async (out) => {
      out.write('data');
    }),
};

describe.each(Object.entries(writers))('%s', (_name, write) => {
  it('a folder in the path that is a file: OutputWriteError naming it, with a hint, no temporary file', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'out'), 'a file, not a folder');
    for (const path of [join(dir, 'out', 'graph.json'), join(dir, 'out', 'deeper', 'graph.json')]) {
      await expect(write(path)).rejects.toMatchObject({
        name: 'OutputWriteError',
        message: expect.stringMatching(/out is a file, not a folder/),
        hint: expect.stringMatching(/remove or rename .*out/),
      });
    }
    expect(await readdir(dir)).toEqual(['out']);
    expect(await readFile(join(dir, 'out'), 'utf8')).toBe('a file, not a folder');
  });

  it('the path is a folder: OutputWriteError, the folder and its files untouched, no temporary file', async () => {
    const dir = await scratch();
    await mkdir(join(dir, 'graph.json'));
    await writeFile(join(dir, 'graph.json', 'keep'), 'x');
    await expect(write(join(dir, 'graph.json'))).rejects.toMatchObject({
      name: 'OutputWriteError',
      message: expect.stringMatching(/graph\.json: it is a folder/),
    });
    expect(await readdir(dir)).toEqual(['graph.json']);
    expect(await readdir(join(dir, 'graph.json'))).toEqual(['keep']);
  });

  it.skipIf(isRoot)(
    'a folder that is not writable: OutputWriteError with a permissions hint, no temporary file',
    async () => {
      const dir = await scratch();
      await chmod(dir, 0o555);
      await expect(write(join(dir, 'graph.json'))).rejects.toMatchObject({
        name: 'OutputWriteError',
        message: expect.stringMatching(/permission denied/),
        hint: expect.stringMatching(/permissions/),
      });
      expect(await readdir(dir)).toEqual([]);
    },
  );

  it.runIf(isRoot && existsSync('/sys/kernel'))(
    'a folder that cannot be created (under /sys): OutputWriteError',
    async () => {
      await expect(write('/sys/ikg-test-output/graph.json')).rejects.toMatchObject({ name: 'OutputWriteError' });
    },
  );

  it('other errors pass through unchanged', async () => {
    const dir = await scratch();
    const failing = writeStreamAtomic(join(dir, 'x.json'), async () => {
      throw new RangeError('not a file-system error');
    });
    await expect(failing).rejects.toThrow(RangeError);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('ikg build --out', () => {
  it('out/ being a file: exit 2, error naming it with a hint, no stack, nothing written', async () => {
    const dir = await scratch();
    const out = join(dir, 'out');
    await writeFile(out, 'mine');
    const result = ikg(['build', '--data', MINI, '--out', out]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot write .*out\/graph\.json: .*out is a file, not a folder/m);
    expect(result.stderr).toMatch(/hint: remove or rename/);
    expect(result.stderr).not.toMatch(NO_STACK);
    expect(await readdir(dir)).toEqual(['out']);
    expect(await readFile(out, 'utf8')).toBe('mine');
  });
});
