import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/suggest/sentences/sentences';

const split = (text: string, locale?: string) =>
  splitSentences(text, locale).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it('does not break after abbreviations such as U.S. or (U.S.)', () => {
    expect(split('The U.S. Commerce Department backed Micron (U.S.) again. It said so.', 'en')).toEqual([
      'The U.S. Commerce Department backed Micron (U.S.) again.',
      'It said so.',
    ]);
  });

  it('splits a long paragraph, in any script, as Intl.Segmenter does', () => {
    const segmenter = new Intl.Segmenter('ko', { granularity: 'sentence' });
    for (const sentence of [
      '라피더스는 IBM과 협력한다. 새 공장은 2027년에 연다! ',
      '“새 공장”은 日本 정부가 지원했다. ',
    ]) {
      const text = sentence.repeat(400);
      const expected = Array.from(segmenter.segment(text), ({ segment }) => segment.trim());
      expect(split(text)).toEqual(expected);
    }
  });

  it('joins hard-wrapped lines and breaks at blank lines', () => {
    expect(split('라피더스는 IBM과 협력해\n개발한다. 다음 문장이다.\n\n제목 줄')).toEqual([
      '라피더스는 IBM과 협력해\n개발한다.',
      '다음 문장이다.',
      '제목 줄',
    ]);
  });
});
