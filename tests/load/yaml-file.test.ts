import { describe, expect, it } from 'vitest';
import { MAX_ALIAS_COUNT, parseYamlFile } from '../../src/load/yaml-file';
import { checkData } from '../../src/pipeline/compile-graph';
import { ikg } from '../helpers/cli';
import { copyFixture, editFile, loadOptionsFor } from '../helpers/fixture';

const NO_STACK = /^ {4}at /m;

/** The classic "billion laughs": nine aliases of nine aliases of … of a list. */
function aliasBomb(levels = 9): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < levels; level++) {
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(',')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function parse(text: string) {
  const parsed = parseYamlFile('test.yaml', text);
  for (const error of parsed.errors) {
    expect(error.hint ?? '').not.toBe('');
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.col).toBeGreaterThanOrEqual(1);
  }
  return parsed;
}

describe('parseYamlFile never throws', () => {
  it('an alias bomb is a located diagnostic, not a hang or a crash', () => {
    const started = Date.now();
    const { value, errors } = parse(aliasBomb());
    expect(value).toBeUndefined();
    expect(errors).toEqual([
      expect.objectContaining({ line: 2, col: 10, message: expect.stringMatching(/alias bomb/) }),
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(MAX_ALIAS_COUNT).toBe(100);
  });

  it('an alias to an undefined anchor, or one used before its anchor, is located at the alias', () => {
    expect(parse('a: 1\nb: *nope\n').errors).toEqual([
      expect.objectContaining({ line: 2, col: 4, message: expect.stringMatching(/alias \*nope refers to no anchor/) }),
    ]);
    expect(parse('a: *x\nb: &x 1\n').errors).toEqual([
      expect.objectContaining({ line: 1, col: 4, message: expect.stringMatching(/\*x/) }),
    ]);
  });

  it('ordinary aliases still work', () => {
    const { value, errors } = parse('quote: &q 라피더스\nother: *q\n');
    expect(errors).toEqual([]);
    expect(value).toEqual({ quote: '라피더스', other: '라피더스' });
  });

  it('an anchor that contains its own alias does not throw', () => {
    expect(() => parse('a: &a [*a]\n')).not.toThrow();
  });

  it('duplicate keys stay errors', () => {
    expect(parse('id: a\nid: b\n').errors).toEqual([
      expect.objectContaining({
        line: 2,
        message: expect.stringMatching(/unique/i),
        hint: expect.stringMatching(/once/),
      }),
    ]);
  });

  it('tags, complex keys and merge keys are not plain data', () => {
    expect(parse('a: !foo bar\n').errors).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/tag/i), hint: expect.stringMatching(/tag/) }),
    ]);
    expect(parse('a: !!binary aGVsbG8=\n').errors).toHaveLength(1);
    expect(parse('? [a, b]\n: c\n').errors).toEqual([
      expect.objectContaining({ line: 1, col: 3, message: expect.stringMatching(/plain name/) }),
    ]);
    expect(parse('<<: {a: 1}\n').value).toEqual({ '<<': { a: 1 } });
  });

  it('deep nesting is a diagnostic before the parser can run out of stack', () => {
    const deep = [
      '['.repeat(100_000),
      `${'- '.repeat(50_000)}x\n`,
      `a:\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`,
    ];
    for (const text of deep) {
      expect(parse(text).errors).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/nested more than 100 levels/) }),
      ]);
    }
    expect(parse('a: [[1], {b: [2]}]\n').errors).toEqual([]);
  });

  it('prototype keys become own properties, never the prototype', () => {
    const { value } = parse('__proto__: { polluted: true }\nconstructor: 1\n');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__', 'constructor']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('YAML problems in data files', () => {
  it('an alias bomb and an undefined alias in data are reported with file:line:col, and the CLI exits 1', async () => {
    const dir = await copyFixture();
    await editFile(dir, 'relations/relations.yaml', (t) =>
      t.replace('topic: 2 nm process technology', 'topic: *missing'),
    );
    await editFile(dir, 'entities/entities.yaml', (t) => `${aliasBomb()}${t}`);
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: expect.stringMatching(/relations\.yaml$/), line: 6, col: 12 }),
        expect.objectContaining({ file: expect.stringMatching(/entities\.yaml$/), line: 2, col: 10 }),
      ]),
    );
    const result = ikg(['validate', '--data', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/relations\.yaml:6:12 .*\*missing/);
    expect(result.stderr).toMatch(/entities\.yaml:2:10 .*alias bomb/);
    expect(result.stderr).not.toMatch(NO_STACK);
    expect(result.stderr).not.toMatch(/internal error/);
  });
});
