import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/util/csv-field';
import { layoutTable } from '../../src/util/text-table';

describe('layoutTable', () => {
  it('aligns by terminal columns: Hangul, kana, CJK and emoji take two, combining marks none', () => {
    const lines = layoutTable(
      [
        ['name', 'n'],
        ['라피더스', '1'],
        ['ラピダス', '22'],
        ['孫正義', '3'],
        ['👍 ok', '4'],
        ['e\u0301', '5'],
      ],
      { align: ['left', 'right'], separator: ' | ', ruleJoin: '-+-', rulesAfter: [0] },
    );
    expect(lines).toEqual([
      'name     |  n',
      '────────-+-──',
      '라피더스 |  1',
      'ラピダス | 22',
      '孫正義   |  3',
      '👍 ok    |  4',
      'e\u0301        |  5',
    ]);
  });

  it('shows line breaks inside a cell as spaces and trims trailing blanks', () => {
    expect(layoutTable([['a\nb', '']], { separator: '  ', ruleJoin: '' })).toEqual(['a b']);
  });
});

describe('csvField', () => {
  it('quotes only when it must, unless always', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('plain', true)).toBe('"plain"');
  });
});
