import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/suggest/sentences';

const split = (text: string, locale?: string) =>
  splitSentences(text, locale).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it('does not break after abbreviations such as U.S. or (U.S.)', () => {
    expect(split('The U.S. Commerce Department backed Micron (U.S.) again. It said so.', 'en')).toEqual([
      'The U.S. Commerce Department backed Micron (U.S.) again.',
      'It said so.',
    ]);
  });

  it('joins hard-wrapped lines and breaks at blank lines', () => {
    expect(split('라피더스는 IBM과 협력해\n개발한다. 다음 문장이다.\n\n제목 줄')).toEqual([
      '라피더스는 IBM과 협력해\n개발한다.',
      '다음 문장이다.',
      '제목 줄',
    ]);
  });
});
