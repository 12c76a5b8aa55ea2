import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forEachLine } from '../../src/load/jsonl-file';
import { DEFAULT_MAX_INPUT_BYTES, openInputFile, readInputText } from '../../src/load/read-input';

const isRoot = process.getuid?.() === 0;
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ikg-read-input-'));
  dirs.push(dir);
  return dir;
}

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await scratch(), name);
  await writeFile(path, content);
  return path;
}

/** Rejects with an InputFileError (or its subclass InputNotFoundError) with this problem, message and a hint. */
async function expectRefusal(
  promise: Promise<unknown>,
  expected: { name?: string; problem: string; message: RegExp; position?: { line: number; col: number } },
) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a refusal').toBeInstanceOf(Error);
  expect(error).toMatchObject({ name: expected.name ?? 'InputFileError', problem: expected.problem });
  const { message, hint, position } = error as { message: string; hint?: string; position?: unknown };
  expect(message).toMatch(expected.message);
  expect(hint ?? '').not.toBe('');
  if (expected.position) expect(position).toEqual(expected.position);
}

describe('readInputText', () => {
  it('reads UTF-8 text, drops a byte-order mark and keeps line ends and normalization as they are', async () => {
    const nfd = '라피더스'.normalize('NFD');
    const path = await fileWith('a.txt', `\uFEFF첫 줄\r\n${nfd}\n`);
    expect(await readInputText(path)).toBe(`첫 줄\r\n${nfd}\n`);
  });

  it('a missing file is an InputNotFoundError naming the path, with the caller’s hint', async () => {
    const path = join(await scratch(), 'nope.yaml');
    await expectRefusal(readInputText(path, { missingHint: 'pass --ontology PATH' }), {
      name: 'InputNotFoundError',
      problem: 'missing',
      message: /nope\.yaml does not exist/,
    });
    await expect(readInputText(path, { missingHint: 'pass --ontology PATH' })).rejects.toMatchObject({
      hint: 'pass --ontology PATH',
    });
  });

  it('a path through a file is missing, not an internal error', async () => {
    const file = await fileWith('plain.txt', 'x');
    await expectRefusal(readInputText(join(file, 'child.yaml')), {
      name: 'InputNotFoundError',
      problem: 'missing',
      message: /a folder in its path is a file/,
    });
  });

  it('a directory is refused', async () => {
    const dir = join(await scratch(), 'entities.yaml');
    await mkdir(dir);
    await expectRefusal(readInputText(dir), { problem: 'directory', message: /is a directory, not a file/ });
  });

  it('a FIFO is refused at once, without waiting for a writer', async () => {
    const path = join(await scratch(), 'pipe.yaml');
    execFileSync('mkfifo', [path]);
    const started = Date.now();
    await expectRefusal(readInputText(path), { problem: 'not-a-file', message: /FIFO/ });
    await expectRefusal(
      forEachLine(path, () => undefined),
      { problem: 'not-a-file', message: /FIFO/ },
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a socket and a device are refused', async () => {
    const socketPath = join(await scratch(), 'socket.yaml');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      await expectRefusal(readInputText(socketPath), { problem: 'not-a-file', message: /socket/ });
    } finally {
      server.close();
    }
    await expectRefusal(readInputText('/dev/zero'), { problem: 'not-a-file', message: /device/ });
  });

  it('follows a symbolic link to a file; a dangling link and a loop each get their own message', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'real.yaml'), 'a: 1\n');
    await symlink(join(dir, 'real.yaml'), join(dir, 'link.yaml'));
    expect(await readInputText(join(dir, 'link.yaml'))).toBe('a: 1\n');
    await symlink(join(dir, 'gone.yaml'), join(dir, 'dangling.yaml'));
    await expectRefusal(readInputText(join(dir, 'dangling.yaml')), {
      problem: 'missing',
      message: /symbolic link to .*gone\.yaml, which does not exist/,
    });
    await symlink(join(dir, 'loop-b.yaml'), join(dir, 'loop-a.yaml'));
    await symlink(join(dir, 'loop-a.yaml'), join(dir, 'loop-b.yaml'));
    await expectRefusal(readInputText(join(dir, 'loop-a.yaml')), {
      problem: 'symlink-loop',
      message: /loops/,
    });
  });

  it.skipIf(isRoot)('an unreadable file is refused with a permissions hint', async () => {
    const path = await fileWith('secret.yaml', 'a: 1\n');
    await chmod(path, 0o000);
    await expectRefusal(readInputText(path), { problem: 'unreadable', message: /permission denied/ });
  });

  it('invalid UTF-8 is refused with the line and column of the first bad byte', async () => {
    const path = await fileWith('latin1.yaml', Buffer.from([...Buffer.from('a: 1\nname: caf'), 0xe9, 0x0a]));
    await expectRefusal(readInputText(path), {
      problem: 'invalid-utf8',
      message: /not valid UTF-8: byte 0xE9.*\(line 2, col 10\)/,
      position: { line: 2, col: 10 },
    });
  });

  it('columns count characters, not bytes, and UTF-16 gets its own hint', async () => {
    const path = await fileWith('ko.txt', Buffer.concat([Buffer.from('가나다'), Buffer.from([0xff])]));
    await expectRefusal(readInputText(path), { problem: 'invalid-utf8', message: /./, position: { line: 1, col: 4 } });
    const utf16 = await fileWith('utf16.txt', Buffer.from('\uFEFFhello', 'utf16le'));
    await expect(readInputText(utf16)).rejects.toMatchObject({ hint: expect.stringMatching(/UTF-16/) });
  });

  it('a NUL byte is refused with its line and column', async () => {
    const path = await fileWith('nul.txt', 'line one\nab\u0000c\n');
    await expectRefusal(readInputText(path), {
      problem: 'nul-byte',
      message: /NUL byte/,
      position: { line: 2, col: 3 },
    });
  });

  it('refuses a file over the limit before reading it', async () => {
    const path = await fileWith('huge.yaml', '');
    // Sparse: 50 MB that are never read; reading them would take a while and the memory to hold them.
    await truncate(path, 50 * 2 ** 20);
    const before = process.memoryUsage().rss;
    await expectRefusal(readInputText(path, { what: 'data file' }), {
      problem: 'too-large',
      message: /is 50 MiB, over the 20 MiB limit for a data file/,
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(20 * 2 ** 20);
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(20 * 2 ** 20);
    await expectRefusal(readInputText(await fileWith('small.txt', 'x'.repeat(2000)), { maxBytes: 1000 }), {
      problem: 'too-large',
      message: /over the/,
    });
  });

  it('openInputFile gives a handle on a regular file and its size', async () => {
    const path = await fileWith('a.jsonl', '{}\n');
    const { handle, size } = await openInputFile(path);
    try {
      expect(size).toBe(3);
    } finally {
      await handle.close();
    }
  });
});

describe('forEachLine', () => {
  it('reports a line that is not UTF-8 and one that is too long, and keeps reading the lines after them', async () => {
    const long = 'x'.repeat(3000);
    const path = await fileWith(
      'records.jsonl',
      Buffer.concat([Buffer.from('{"a":1}\n{"b":"caf'), Buffer.from([0xe9]), Buffer.from(`"}\n${long}\n{"c":3}`)]),
    );
    const lines: number[] = [];
    const bad: { number: number; col: number; problem: string }[] = [];
    await forEachLine(path, (line) => lines.push(line.number), {
      maxLineBytes: 1000,
      onBadLine: ({ number, col, problem }) => bad.push({ number, col, problem }),
    });
    expect(lines).toEqual([1, 4]);
    expect(bad).toEqual([
      { number: 2, col: 10, problem: 'invalid-utf8' },
      { number: 3, col: 1, problem: 'too-large' },
    ]);
  });

  it('skips a line longer than the limit across read chunks without holding it', async () => {
    const path = await fileWith('long.jsonl', `{"a":1}\n${'가'.repeat(1_500_000)}\n{"b":2}\n`);
    const seen: string[] = [];
    const bad: number[] = [];
    await forEachLine(path, (line) => seen.push(line.text), {
      maxLineBytes: 2 ** 20,
      onBadLine: (line) => bad.push(line.number),
    });
    expect(seen).toEqual(['{"a":1}', '{"b":2}']);
    expect(bad).toEqual([2]);
  });

  it('without a handler, a bad line throws a named error', async () => {
    const path = await fileWith('nul.jsonl', '{"a":1}\n{"b":\u0000}\n');
    await expectRefusal(
      forEachLine(path, () => undefined),
      { problem: 'nul-byte', message: /NUL/, position: { line: 2, col: 6 } },
    );
  });
});
