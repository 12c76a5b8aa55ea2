import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../bench/markdown-table';

describe('markdownTable', () => {
  it('pads every column to its widest cell, right-aligned columns on the left', () => {
    const table = markdownTable(
      ['stage', 'time'],
      ['left', 'right'],
      [
        ['load', '5 ms'],
        ['build', '1200 ms'],
      ],
    );
    expect(table).toEqual(['| stage |    time |', '| ----- | ------: |', '| load  |    5 ms |', '| build | 1200 ms |']);
  });

  it('fills missing cells and keeps separators at least three dashes wide', () => {
    expect(markdownTable(['a', 'b'], ['left', 'right'], [['failed: out of memory']])).toEqual([
      '| a                     |   b |',
      '| --------------------- | --: |',
      '| failed: out of memory |     |',
    ]);
  });
});
